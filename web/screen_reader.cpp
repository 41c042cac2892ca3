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
    // A form field's value as the app keeps it ("1"/"0" for a checkbox).
    const sendField = (el) => {
        const value = el.type === "checkbox" ? (el.checked ? "1" : "0") : el.value;
        withString(el.dataset.field, (f) => withString(value, (v) => _smm_sr_field(f, Number(el.dataset.index || -1), v)));
    };
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
        if (action) {
            // What was typed counts even if the field was not left first.
            view.querySelectorAll("[data-field]").forEach(sendField);
            withString(action.dataset.action, (p) => _smm_sr_action(p, Number(action.dataset.value)));
        }
    });
    view.addEventListener("change", (e) => {
        const field = e.target.closest("[data-field]");
        if (field) sendField(field);
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
        else if (active.dataset.field) again = '[data-field="' + active.dataset.field + '"]' + (active.dataset.index ? '[data-index="' + active.dataset.index + '"]' : "");
        else if (active.dataset.question) again = 'input[data-question="' + active.dataset.question + '"][value="' + active.value + '"]';
    }
    // A field being typed in keeps what was typed, even before the app has it.
    const typing = active && active.dataset && active.dataset.field && active.type !== "checkbox" ? active.value : null;
    const selection = typing !== null ? [active.selectionStart, active.selectionEnd] : null;
    view.innerHTML = UTF8ToString(html);
    const target = again && view.querySelector(again);
    if (target) {
        if (typing !== null) target.value = typing;
        target.focus();
        // Typing goes on where it was: the caret (or selection) where it was.
        if (selection && target.setSelectionRange) target.setSelectionRange(selection[0], selection[1]);
    }
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
    smm::web::host().withApp([&](smm::App& app) { smm::screenReaderAction(app, name, value); });
}

// A workshop form field typed in the screen-reader view.
extern "C" EMSCRIPTEN_KEEPALIVE void smm_sr_field(const char* field, int index, const char* value) {
    smm::web::host().withApp([&](smm::App& app) { smm::setScreenReaderField(app, field, index, value); });
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
        // The participant's area first, as on screen.
        const std::vector<int> order =
            smm::ui::questionnaireOrder(model, app.document().answerArea());
        if (order.empty()) return;
        const auto at = std::find(order.begin(), order.end(), app.questionnaireState().focusedQuestion);
        const int index = at == order.end() ? 0 : static_cast<int>(at - order.begin()) + delta;
        const int next = order[static_cast<std::size_t>(std::clamp(index, 0, static_cast<int>(order.size()) - 1))];
        app.goTo(smm::ui::Address{smm::ui::ViewId::Questionnaire, model.questions[static_cast<std::size_t>(next)].id});
    });
}
