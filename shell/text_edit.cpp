#include "text_edit.hpp"

#include <imgui_internal.h>

namespace smm::ui {

bool editingText() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    if (!g) return false;
    return g->IO.WantTextInput || (g->ActiveId != 0 && g->InputTextState.ID == g->ActiveId);
}

bool inputPending() {
    const ImGuiContext* g = ImGui::GetCurrentContext();
    return g && g->InputEventsQueue.Size > 0;
}

void endTextEdit() {
    if (ImGui::GetCurrentContext() && editingText()) ImGui::ClearActiveID();
}

}  // namespace smm::ui
