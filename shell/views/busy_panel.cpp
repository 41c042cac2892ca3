#include "busy_panel.hpp"

#include <algorithm>

#include "shell/fonts.hpp"
#include "shell/storage_wording.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/progress_bar.hpp"

namespace smm::ui {

void drawBusyPanel(const BusyStatus& status) {
    const ImGuiIO& io = ImGui::GetIO();
    const Palette& p = palette();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleColor(ImGuiCol_WindowBg, p.page);
    ImGui::Begin("##busy", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoNav);
    ImGui::PopStyleColor();
    // A fixed-width card in the upper third: measured by nothing, so it is
    // drawn whole on its first frame (the frame that must say what is coming).
    const float width = std::min(560.0f, io.DisplaySize.x - 32.0f);
    ImGui::SetCursorPos(ImVec2((io.DisplaySize.x - width) * 0.5f, io.DisplaySize.y * 0.25f));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + width);
    text(fonts().heading, p.text, status.title, true);
    vspace(metrics().space.small);
    text(fonts().body, p.text, status.progress, true);
    vspace(metrics().space.small);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    progressBar(ImGui::GetWindowDrawList(), at, ImVec2(at.x + width, at.y + 8.0f), status.fraction, p.accent);
    vspace(8.0f + metrics().space.medium);
    text(fonts().small, p.textMuted, wording::kBusyHint, true);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    ImGui::End();
}

}  // namespace smm::ui
