#include "button.hpp"

#include <imgui.h>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {

namespace {

int resizeCallback(ImGuiInputTextCallbackData* data) {
    if (data->EventFlag == ImGuiInputTextFlags_CallbackResize) {
        auto* s = static_cast<std::string*>(data->UserData);
        s->resize(static_cast<std::size_t>(data->BufTextLen));
        data->Buf = s->data();
    }
    return 0;
}

}  // namespace

bool button(const char* id, const std::string& label, ButtonKind kind, float width, bool enabled) {
    const Palette& p = palette();
    ImFont* font = fonts().bodyBold;
    const bool primary = kind == ButtonKind::Primary;
    if (width <= 0.0f) width = textSize(font, label).x + 2 * metrics().buttonPaddingX;
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size(width, metrics().target);
    ImGui::BeginDisabled(!enabled);
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered();
    ImGui::EndDisabled();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 bg = !enabled ? p.surfaceAlt : primary ? (hovered ? mix(p.accent, p.text, 0.15f) : p.accent)
                                                        : (hovered ? p.accentSoft : p.surface);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, metrics().rounding);
    if (!primary) dl->AddRect(pos, ImVec2(pos.x + size.x, pos.y + size.y), p.border, metrics().rounding);
    const std::string shown = fitText(font, label, width - 16.0f);
    const ImVec2 ts = textSize(font, shown);
    drawText(dl, font, ImVec2(pos.x + (size.x - ts.x) * 0.5f, pos.y + (size.y - ts.y) * 0.5f),
             !enabled ? p.textMuted : primary ? p.textOnAccent : p.text, shown);
    return clicked && enabled;
}

bool inputString(const char* id, const char* hint, std::string& value) {
    return ImGui::InputTextWithHint(id, hint, value.data(), value.capacity() + 1, ImGuiInputTextFlags_CallbackResize,
                                    resizeCallback, &value);
}

bool textField(const char* id, const char* hint, std::string& value, float width) {
    ImGui::SetNextItemWidth(width);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10.0f, (metrics().target - fontSize(fonts().body)) * 0.5f));
    const bool changed = inputString(id, hint, value);
    ImGui::PopStyleVar();
    return changed;
}

bool textArea(const char* id, const char* hint, std::string& value, float width, float height) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool changed = ImGui::InputTextMultiline(id, value.data(), value.capacity() + 1, ImVec2(width, height),
                                                   ImGuiInputTextFlags_CallbackResize, resizeCallback, &value);
    if (value.empty() && !ImGui::IsItemActive())  // InputTextMultiline has no hint of its own
        drawText(ImGui::GetWindowDrawList(), fonts().body,
                 ImVec2(pos.x + ImGui::GetStyle().FramePadding.x, pos.y + ImGui::GetStyle().FramePadding.y),
                 palette().textMuted, hint, width - 2 * ImGui::GetStyle().FramePadding.x);
    return changed;
}

}  // namespace smm::ui
