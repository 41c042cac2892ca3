#include "screen_reader.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>

#include <algorithm>
#include <string>
#include <vector>

#include "shell/screen_reader.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

EM_JS(void, js_install_screen_reader, (), {
    const view = document.getElementById("sr-view");
    if (!view) return;
    const withString = Module.smmWithString;
    view.addEventListener("click", (e) => {
        const link = e.target.closest("[data-view]");
        if (link) {
            e.preventDefault();
            withString(link.dataset.view, _smm_sr_show_view);
            return;
        }
        const step = e.target.closest("[data-step]");
        if (step) _smm_sr_step(Number(step.dataset.step));
        const action = e.target.closest("button[data-action]");
        if (action) withString(action.dataset.action, (p) => _smm_sr_action(p, Number(action.dataset.value)));
    });
    view.addEventListener("change", (e) => {
        const choice = e.target.closest("input[data-action]");
        if (choice && choice.checked) withString(choice.dataset.action, (p) => _smm_sr_action(p, Number(choice.value)));
        const radio = e.target.closest("input[data-question]");
        if (radio && radio.checked) _smm_sr_answer(Number(radio.dataset.question), Number(radio.value));
    });
});

// Replaces the view's content, keeping the keyboard focus on the same control
// (a radio just answered, a button just pressed) across the rewrite.
EM_JS(void, js_set_screen_reader_view, (const char* html), {
    const view = document.getElementById("sr-view");
    if (!view) return;
    const active = document.activeElement;
    let again = null;
    if (active && view.contains(active)) {
        if (active.dataset.view) again = '[data-view="' + active.dataset.view + '"]';
        else if (active.dataset.action) again = '[data-action="' + active.dataset.action + '"][value="' + (active.value || active.dataset.value) + '"], [data-action="' + active.dataset.action + '"][data-value="' + active.dataset.value + '"]';
        else if (active.dataset.step) again = '[data-step="' + active.dataset.step + '"]';
        else if (active.dataset.question) again = 'input[data-question="' + active.dataset.question + '"][value="' + active.value + '"]';
    }
    view.innerHTML = UTF8ToString(html);
    const target = again && view.querySelector(again);
    if (target) target.focus();
});

EM_JS(void, js_announce, (const char* text), {
    const live = document.getElementById("sr-live");
    if (live) live.textContent = UTF8ToString(text);
});

namespace smm::web {
namespace {

std::string gShown, gAnnounced;

}  // namespace

void installScreenReader() { js_install_screen_reader(); }

void syncScreenReader(const App& app) {
    std::string html = screenReaderHtml(app);
    if (html != gShown) {
        gShown = std::move(html);
        js_set_screen_reader_view(gShown.c_str());
    }
    std::string notice = screenReaderAnnouncement(app);
    if (notice != gAnnounced) {
        gAnnounced = std::move(notice);
        if (!gAnnounced.empty()) js_announce(gAnnounced.c_str());
    }
}

}  // namespace smm::web

extern "C" EMSCRIPTEN_KEEPALIVE void smm_sr_show_view(const char* slug) {
    smm::web::host().withApp([&](smm::App& app) {
        const bool participant = app.document().invitation() != nullptr;
        for (const smm::ui::ViewInfo& v : smm::ui::navigation(participant))
            if (std::string(slug) == v.slug) app.apply(smm::ShowView{v.id});
    });
}

// The workshop's buttons and the participant's group, by name.
extern "C" EMSCRIPTEN_KEEPALIVE void smm_sr_action(const char* name, int value) {
    smm::web::host().withApp([&](smm::App& app) {
        const std::string action = name;
        const int groups = static_cast<int>(app.document().model().roleGroups.size());
        if (action == "group" && value >= 0 && value < groups) app.apply(smm::SetParticipantGroup{value});
        else if (action == "send") app.apply(smm::SendAnswers{value == 1});
        else if (action == "invite") app.apply(smm::CopyInvitationLink{});
        else if (action == "reveal") app.apply(smm::RevealResults{value == 1});
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_sr_answer(int question, int option) {
    smm::web::host().withApp([&](smm::App& app) {
        if (question >= 0 && question < static_cast<int>(app.document().model().questions.size()))
            app.apply(smm::SetAnswer{question, option});
    });
}

// Previous (-1) or next (+1) question, across dimensions in questionnaire order.
extern "C" EMSCRIPTEN_KEEPALIVE void smm_sr_step(int delta) {
    smm::web::host().withApp([&](smm::App& app) {
        const smm::Model& model = app.document().model();
        std::vector<int> order;
        for (int d : smm::ui::questionnaireDimensionOrder(model))
            for (int q : smm::ui::questionnaireQuestions(model, d)) order.push_back(q);
        if (order.empty()) return;
        const auto at = std::find(order.begin(), order.end(), app.questionnaireState().focusedQuestion);
        const int index = at == order.end() ? 0 : static_cast<int>(at - order.begin()) + delta;
        const int next = order[static_cast<std::size_t>(std::clamp(index, 0, static_cast<int>(order.size()) - 1))];
        app.goTo(smm::ui::Address{smm::ui::ViewId::Questionnaire, model.questions[static_cast<std::size_t>(next)].id});
    });
}
