// Read-only hooks for the browser tests: where a labelled item is, and a
// summary of the open assessment. They change nothing in the app.
#include <emscripten/emscripten.h>
#include <imgui_internal.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "core/json.hpp"
#include "core/model_io.hpp"
#include "host.hpp"
#include "shell/app.hpp"
#include "shell/item_registry.hpp"

using smm::Json;

extern "C" EMSCRIPTEN_KEEPALIVE void smm_enable_test_hooks() { smm::ui::setItemRegistry(true); }

// "x,y,w,h" in CSS pixels, or "" when no item with that label was drawn.
extern "C" EMSCRIPTEN_KEEPALIVE const char* smm_find_item(const char* label) {
    static char buf[96];
    buf[0] = 0;
    if (auto r = smm::ui::findItem(label))
        std::snprintf(buf, sizeof buf, "%.1f,%.1f,%.1f,%.1f", r->min.x, r->min.y, r->max.x - r->min.x, r->max.y - r->min.y);
    return buf;
}

// The item with the keyboard focus: "label\nx,y,w,h", or "" when none shows its ring.
extern "C" EMSCRIPTEN_KEEPALIVE const char* smm_focused_item() {
    static std::string out;
    out.clear();
    if (auto f = smm::ui::focusedItem()) {
        char box[96];
        std::snprintf(box, sizeof box, "%.1f,%.1f,%.1f,%.1f", f->rect.min.x, f->rect.min.y,
                      f->rect.max.x - f->rect.min.x, f->rect.max.y - f->rect.min.y);
        out = f->label + "\n" + box;
    }
    return out.c_str();
}

// The open assessment as JSON, plus what the app shows about it.
extern "C" EMSCRIPTEN_KEEPALIVE const char* smm_state() {
    static std::string out;
    const smm::App* app = smm::web::host().app.get();
    if (!app) return "";
    const smm::Document& doc = app->document();
    const smm::Workshop* workshop = doc.workshop();
    Json state = {
        {"assessment", smm::parseJson(smm::saveAssessment(doc.assessment(), doc.model(), false))},
        {"overallStage", doc.score().overallStage},
        {"answered", doc.score().answered},
        {"view", static_cast<int>(app->view())},
        {"previewing", app->workspace().previewingShared()},
        {"saved", app->workspace().library().entries().size()},
        {"invitation", doc.invitation() != nullptr},
        {"workshop", nullptr},
        {"presenting", app->presenting()},
        {"slide", app->presentationState().slide},
        {"slides", app->presentationState().slideCount},
        {"revealed", workshop && workshop->revealed},
        {"notices", Json::array()},
        {"pasted", app->workshopState().pasted},
        {"busy", nullptr},
    };
    if (app->busy()) {
        const smm::BusyStatus b = app->workspace().busyStatus();
        state["busy"] = {{"title", b.title}, {"progress", b.progress}, {"fraction", b.fraction}};
    }
    if (workshop) {
        state["workshop"] = {{"responses", workshop->responses.size()},
                             {"revealed", workshop->revealed},
                             {"decisions", workshop->decisions.size()},
                             {"anonymous", workshop->setup.anonymous},
                             {"expected", workshop->setup.expected},
                             {"organisation", workshop->setup.organisation},
                             {"purpose", workshop->setup.purpose},
                             {"date", workshop->setup.date},
                             {"groups", Json::array()}};
        for (int g : workshop->setup.groups) state["workshop"]["groups"].push_back(smm::roleGroupName(doc.model(), g));
    }
    for (const auto& n : app->workspace().notices().items()) state["notices"].push_back(n.title);
    out = smm::dumpJson(state);
    return out.c_str();
}

// How far the view's content is scrolled, in CSS pixels (touch scrolling tests).
extern "C" EMSCRIPTEN_KEEPALIVE float smm_content_scroll() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string_view(w->Name).starts_with("##app/##content")) return w->Scroll.y;
    return -1.0f;
}
