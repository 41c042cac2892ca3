#include "pill.hpp"

#include <algorithm>
#include <cctype>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

int effortSteps(std::string_view effort) {
    if (effort == "high") return 3;
    if (effort == "medium") return 2;
    return 1;
}

std::string effortLabel(std::string_view effort) { return capitalised(effort) + " effort"; }

constexpr float kMeterWidth = 14.0f;  // three bars and their gaps

}  // namespace

Tint tintOf(ImU32 colour) {
    const Palette& p = palette();
    // Light: deepen the hue towards the text colour so amber stays legible.
    if (currentTheme() == ThemeKind::Light) return {withAlpha(colour, 0.14f), mix(colour, p.text, 0.3f)};
    return {withAlpha(colour, 0.22f), colour};
}

Tint severityTint(std::string_view severity) {
    const Palette& p = palette();
    if (severity == "high") return tintOf(p.danger);
    if (severity == "medium") return tintOf(p.warning);
    return {withAlpha(p.textMuted, 0.16f), p.textMuted};
}

ImVec2 tintedPill(ImDrawList* dl, ImVec2 pos, std::string_view label, Tint tint) {
    return pill(dl, pos, label, tint.background, tint.foreground);
}

ImVec2 effortPillSize(std::string_view effort) {
    ImVec2 ts = textSize(fonts().small, effortLabel(effort));
    return ImVec2(ts.x + 14.0f + kMeterWidth + 5.0f, ts.y + 4.0f);
}

ImVec2 effortPill(ImDrawList* dl, ImVec2 pos, std::string_view effort) {
    const Palette& p = palette();
    const ImVec2 size = effortPillSize(effort);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), withAlpha(p.textMuted, 0.13f), size.y * 0.5f);
    // Rising bars, like the product mark: one, two or three filled.
    const int steps = effortSteps(effort);
    const float base = pos.y + size.y * 0.5f + 4.5f;
    for (int i = 0; i < 3; ++i) {
        float x = pos.x + 8.0f + i * 4.5f, h = 4.0f + i * 2.5f;
        dl->AddRectFilled(ImVec2(x, base - h), ImVec2(x + 3.0f, base), i < steps ? p.text : withAlpha(p.textMuted, 0.35f),
                          1.0f);
    }
    drawText(dl, fonts().small, ImVec2(pos.x + 7.0f + kMeterWidth + 5.0f, pos.y + 2.0f), p.text, effortLabel(effort));
    return size;
}

bool textLink(const char* id, std::string_view label, ImFont* font, float wrapWidth) {
    const Palette& p = palette();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 size = textSize(font, label, wrapWidth);
    const bool clicked = ImGui::InvisibleButton(id, ImVec2(std::max(size.x, 1.0f), std::max(size.y, 1.0f)));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImU32 colour = hovered ? mix(p.accent, p.text, 0.3f) : p.accent;
    drawText(dl, font, pos, colour, label, wrapWidth);
    if (hovered && size.y < fontSize(font) * 1.6f)  // underline single lines only
        dl->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), colour, 1.0f);
    return clicked;
}

bool button(const char* id, std::string_view label, bool primary) {
    const Palette& p = palette();
    ImFont* font = fonts().bodyBold;
    const ImVec2 ts = textSize(font, label);
    const ImVec2 size(ts.x + 2 * metrics().buttonPaddingX, ts.y + 16.0f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton(id, size);
    const bool hovered = ImGui::IsItemHovered(), held = ImGui::IsItemActive();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 end(pos.x + size.x, pos.y + size.y);
    if (primary) {
        ImU32 bg = held ? mix(p.accent, p.text, 0.35f) : hovered ? mix(p.accent, p.text, 0.18f) : p.accent;
        dl->AddRectFilled(pos, end, bg, metrics().rounding);
    } else {
        dl->AddRectFilled(pos, end, hovered ? p.accentSoft : p.surface, metrics().rounding);
        dl->AddRect(pos, end, p.border, metrics().rounding);
    }
    drawText(dl, font, ImVec2(pos.x + 16.0f, pos.y + 8.0f), primary ? p.textOnAccent : p.accent, label);
    return clicked;
}

}  // namespace smm::ui
