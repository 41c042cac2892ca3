// Read-only hooks for the browser tests: where a labelled item is, and a
// summary of the open assessment. They change nothing in the app.
#include <emscripten/emscripten.h>
#include <imgui_internal.h>

#include <cstdio>
#include <string>
#include <string_view>

#include "core/model_io.hpp"
#include "shell/app.hpp"
#include "shell/item_registry.hpp"

namespace smm::web {
App* gTestApp = nullptr;  // set by main
}

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
    if (!smm::web::gTestApp) return "";
    const smm::Document& doc = smm::web::gTestApp->document();
    out = "{\"assessment\":" + smm::saveAssessment(doc.assessment(), doc.model(), false) +
          ",\"overallStage\":" + std::to_string(doc.score().overallStage) +
          ",\"answered\":" + std::to_string(doc.score().answered) +
          ",\"view\":" + std::to_string(static_cast<int>(smm::web::gTestApp->view())) +
          ",\"previewing\":" + (smm::web::gTestApp->workspace().previewingShared() ? "true" : "false") +
          ",\"saved\":" + std::to_string(smm::web::gTestApp->workspace().library().entries().size()) +
          ",\"invitation\":" + (doc.invitation() ? "true" : "false") +
          ",\"workshop\":" +
          (doc.workshop() ? "{\"responses\":" + std::to_string(doc.workshop()->responses.size()) +
                                ",\"revealed\":" + (doc.workshop()->revealed ? "true" : "false") +
                                ",\"decisions\":" + std::to_string(doc.workshop()->decisions.size()) + "}"
                          : std::string("null")) +
          ",\"presenting\":" + (smm::web::gTestApp->presenting() ? "true" : "false") +
          ",\"slide\":" + std::to_string(smm::web::gTestApp->presentationState().slide) +
          ",\"slides\":" + std::to_string(smm::web::gTestApp->presentationState().slideCount) +
          ",\"revealed\":" + (doc.workshop() && doc.workshop()->revealed ? "true" : "false") +
          ",\"notices\":[";
    bool first = true;
    for (const auto& n : smm::web::gTestApp->workspace().notices().items()) {
        std::string title;
        for (char c : n.title) {
            if (c == '"' || c == '\\') title += '\\';
            title += c;
        }
        out += (first ? "\"" : ",\"") + title + "\"";
        first = false;
    }
    out += "]}";
    return out.c_str();
}

// How far the view's content is scrolled, in CSS pixels (touch scrolling tests).
extern "C" EMSCRIPTEN_KEEPALIVE float smm_content_scroll() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows)
        if (std::string_view(w->Name).starts_with("##app/##content")) return w->Scroll.y;
    return -1.0f;
}
