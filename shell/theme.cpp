#include "theme.hpp"

#include <algorithm>
#include <cmath>

namespace smm::ui {
namespace {

constexpr ImU32 rgb(unsigned hex) {
    return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF);
}

const Palette kLight{
    .page = rgb(0xF3F5F8), .surface = rgb(0xFFFFFF), .surfaceAlt = rgb(0xF7F9FB), .border = rgb(0xDDE3EA),
    .text = rgb(0x18212D), .textMuted = rgb(0x5D6877), .textOnAccent = rgb(0xFFFFFF),
    .accent = rgb(0x0E6E8E), .accentSoft = rgb(0xDCEFF5),
    .heatEmpty = rgb(0xEDF1F5), .heatFull = rgb(0x0E6E8E),
    .target = rgb(0xD9731A),
    .textOnTarget = rgb(0xFFFFFF),
    .textOnHeat = rgb(0xFFFFFF),
    .good = rgb(0x2E8B57), .warning = rgb(0xC99A06), .danger = rgb(0xC2412D),
    .trackTint = rgb(0xF0F6F9),
    .dimmer = rgb(0x0A0E14),
};

const Palette kDark{
    .page = rgb(0x11151B), .surface = rgb(0x1A2029), .surfaceAlt = rgb(0x161B23), .border = rgb(0x2B3440),
    .text = rgb(0xE7EBF0), .textMuted = rgb(0x9AA6B5), .textOnAccent = rgb(0x0B1015),
    .accent = rgb(0x46B3D6), .accentSoft = rgb(0x1C3440),
    .heatEmpty = rgb(0x222A35), .heatFull = rgb(0x3FA9CC),
    .target = rgb(0xF29A4A),
    .textOnTarget = rgb(0x140E08),  // dark ink: the orange is light in the dark theme
    .textOnHeat = rgb(0x0A1016),
    .good = rgb(0x4CBF84), .warning = rgb(0xE0B43A), .danger = rgb(0xEF6B55),
    .trackTint = rgb(0x18232C),
    .dimmer = rgb(0x0A0E14),
};

ThemeKind gTheme = ThemeKind::Light;
Metrics gMetrics;

ImVec4 vec(ImU32 c) { return ImGui::ColorConvertU32ToFloat4(c); }

}  // namespace

const Palette& palette() { return gTheme == ThemeKind::Light ? kLight : kDark; }
ThemeKind currentTheme() { return gTheme; }

const Metrics& metrics() { return gMetrics; }
void setTouchDevice(bool touch) {
    gMetrics.touch = touch;
    gMetrics.target = touch ? gMetrics.touchTarget : gMetrics.mouseTarget;
    if (ImGui::GetCurrentContext()) applyTheme(gTheme);
}

bool phoneLayout() { return ImGui::GetIO().DisplaySize.x < kPhoneWidth; }

ImU32 withAlpha(ImU32 colour, float alpha) {
    unsigned a = static_cast<unsigned>(std::clamp(alpha, 0.0f, 1.0f) * 255.0f + 0.5f);
    return (colour & ~IM_COL32_A_MASK) | (a << IM_COL32_A_SHIFT);
}

ImU32 mix(ImU32 a, ImU32 b, float t) {
    t = std::clamp(t, 0.0f, 1.0f);
    ImVec4 x = vec(a), y = vec(b);
    return ImGui::ColorConvertFloat4ToU32(ImVec4(x.x + (y.x - x.x) * t, x.y + (y.y - x.y) * t,
                                                 x.z + (y.z - x.z) * t, x.w + (y.w - x.w) * t));
}

ImU32 heatColour(double share) {
    // A gentle curve so that "a little evidence" is already visible.
    float t = static_cast<float>(std::sqrt(std::clamp(share, 0.0, 1.0)));
    return mix(palette().heatEmpty, palette().heatFull, t);
}

void applyTheme(ThemeKind kind) {
    gTheme = kind;
    const Palette& p = palette();
    ImGuiStyle& s = ImGui::GetStyle();
    s = ImGuiStyle();
    s.WindowPadding = ImVec2(20, 16);
    // Text fields and plain buttons: 44 px tall on a touch screen (15 px text + 2 x 13).
    s.FramePadding = ImVec2(10, gMetrics.touch ? 13.0f : 6.0f);
    s.ItemSpacing = ImVec2(10, 8);
    s.ItemInnerSpacing = ImVec2(8, 6);
    s.CellPadding = ImVec2(8, 6);
    s.ScrollbarSize = 12;
    s.GrabMinSize = 12;
    s.WindowRounding = 0;
    s.ChildRounding = gMetrics.rounding;
    s.FrameRounding = 6;
    s.PopupRounding = gMetrics.rounding;
    s.ScrollbarRounding = 6;
    s.GrabRounding = 6;
    s.TabRounding = 6;
    s.WindowBorderSize = 0;
    s.ChildBorderSize = 1;
    s.PopupBorderSize = 1;
    s.FrameBorderSize = 0;

    ImVec4* c = s.Colors;
    c[ImGuiCol_Text] = vec(p.text);
    c[ImGuiCol_TextDisabled] = vec(p.textMuted);
    c[ImGuiCol_WindowBg] = vec(p.page);
    c[ImGuiCol_ChildBg] = vec(p.surface);
    c[ImGuiCol_PopupBg] = vec(p.surface);
    c[ImGuiCol_Border] = vec(p.border);
    c[ImGuiCol_BorderShadow] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_FrameBg] = vec(p.surfaceAlt);
    c[ImGuiCol_FrameBgHovered] = vec(p.accentSoft);
    c[ImGuiCol_FrameBgActive] = vec(p.accentSoft);
    c[ImGuiCol_TitleBg] = vec(p.surface);
    c[ImGuiCol_TitleBgActive] = vec(p.surface);
    c[ImGuiCol_MenuBarBg] = vec(p.surface);
    c[ImGuiCol_ScrollbarBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_ScrollbarGrab] = vec(p.border);
    c[ImGuiCol_ScrollbarGrabHovered] = vec(p.textMuted);
    c[ImGuiCol_ScrollbarGrabActive] = vec(p.accent);
    c[ImGuiCol_CheckMark] = vec(p.accent);
    c[ImGuiCol_SliderGrab] = vec(p.accent);
    c[ImGuiCol_SliderGrabActive] = vec(p.accent);
    c[ImGuiCol_Button] = vec(p.surfaceAlt);
    c[ImGuiCol_ButtonHovered] = vec(p.accentSoft);
    c[ImGuiCol_ButtonActive] = vec(mix(p.accentSoft, p.accent, 0.3f));
    c[ImGuiCol_Header] = vec(p.accentSoft);
    c[ImGuiCol_HeaderHovered] = vec(mix(p.accentSoft, p.accent, 0.15f));
    c[ImGuiCol_HeaderActive] = vec(mix(p.accentSoft, p.accent, 0.3f));
    c[ImGuiCol_Separator] = vec(p.border);
    c[ImGuiCol_Tab] = vec(p.surfaceAlt);
    c[ImGuiCol_TabHovered] = vec(p.accentSoft);
    c[ImGuiCol_TabActive] = vec(p.accent);
    c[ImGuiCol_TableHeaderBg] = vec(p.surfaceAlt);
    c[ImGuiCol_TableBorderStrong] = vec(p.border);
    c[ImGuiCol_TableBorderLight] = vec(p.border);
    c[ImGuiCol_TableRowBg] = ImVec4(0, 0, 0, 0);
    c[ImGuiCol_TableRowBgAlt] = vec(withAlpha(p.surfaceAlt, 0.6f));
    c[ImGuiCol_TextSelectedBg] = vec(withAlpha(p.accent, 0.3f));
    c[ImGuiCol_NavHighlight] = vec(p.accent);
    c[ImGuiCol_ModalWindowDimBg] = vec(withAlpha(p.dimmer, 0.45f));
}

}  // namespace smm::ui
