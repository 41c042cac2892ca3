#include "top_bar.hpp"

#include <algorithm>
#include <string>

#include "shell/fonts.hpp"
#include "file_menu.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

// The product mark: three rising bars, the ladder in miniature.
void drawMark(ImDrawList* dl, ImVec2 at, float size) {
    const Palette& p = palette();
    dl->AddRectFilled(at, ImVec2(at.x + size, at.y + size), p.accent, 7.0f);
    const float w = size * 0.16f, gap = size * 0.08f, base = at.y + size * 0.78f;
    float x = at.x + size * 0.2f;
    for (int i = 0; i < 3; ++i) {
        float h = size * (0.22f + 0.18f * i);
        dl->AddRectFilled(ImVec2(x, base - h), ImVec2(x + w, base), p.textOnAccent, 1.5f);
        x += w + gap;
    }
}

float navButtonWidth(const char* label) { return textSize(fonts().bodyBold, label).x + 28.0f; }

bool navButton(const char* label, bool selected, bool primary = false) {
    const Palette& p = palette();
    ImFont* font = fonts().bodyBold;
    ImVec2 ts = textSize(font, label);
    ImVec2 size(navButtonWidth(label), 36.0f);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(label, size);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = primary ? (hovered ? mix(p.accent, p.text, 0.15f) : p.accent)
                       : selected ? p.accentSoft : (hovered ? p.surfaceAlt : 0);
    if (bg) dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, 8.0f);
    ImU32 fg = primary ? p.textOnAccent : selected ? p.accent : (hovered ? p.text : p.textMuted);
    drawText(dl, font, ImVec2(pos.x + 14.0f, pos.y + (size.y - ts.y) * 0.5f), fg, label);
    return clicked;
}

// A round button showing a half-filled circle: light/dark theme.
bool themeButton() {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton("Switch theme", ImVec2(36.0f, 36.0f));
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 c(pos.x + 18.0f, pos.y + 18.0f);
    if (hovered) dl->AddCircleFilled(c, 18.0f, p.surfaceAlt);
    dl->AddCircle(c, 8.0f, p.textMuted, 24, 1.8f);
    dl->PathArcTo(c, 8.0f, -3.14159265f * 0.5f, 3.14159265f * 0.5f, 16);
    dl->PathFillConvex(p.textMuted);
    if (hovered) ImGui::SetTooltip(currentTheme() == ThemeKind::Light ? "Dark theme" : "Light theme");
    return clicked;
}

}  // namespace

void drawTopBar(const Document& doc, ViewId current, Intents& out) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + kTopBarHeight), p.surface);
    dl->AddLine(ImVec2(origin.x, origin.y + kTopBarHeight - 0.5f),
                ImVec2(origin.x + width, origin.y + kTopBarHeight - 0.5f), p.border);

    const float pad = 20.0f;
    drawMark(dl, ImVec2(origin.x + pad, origin.y + 14.0f), 32.0f);
    float x = origin.x + pad + 44.0f;
    drawText(dl, fonts().bodyBold, ImVec2(x, origin.y + 12.0f), p.text, "Social Maturity Map");
    const Assessment& a = doc.assessment();
    std::string org = a.organisation.empty() ? std::string("Untitled assessment") : a.organisation;
    if (!a.date.empty()) org += "  \xC2\xB7  " + a.date;
    drawText(dl, fonts().small, ImVec2(x, origin.y + 32.0f), p.textMuted, org);
    float brandWidth = std::max(textSize(fonts().bodyBold, "Social Maturity Map").x,
                                textSize(fonts().small, org).x);

    ImGui::SetCursorScreenPos(ImVec2(x + brandWidth + 36.0f, origin.y + 12.0f));
    for (const ViewInfo& v : kViews) {
        if (navButton(v.label, v.id == current)) out.push_back(ShowView{v.id});
        ImGui::SameLine(0.0f, 4.0f);
    }

    const float rightWidth = navButtonWidth("Copy link") + navButtonWidth("File") + 36.0f + 16.0f;
    ImGui::SetCursorScreenPos(ImVec2(origin.x + width - pad - rightWidth, origin.y + 12.0f));
    if (navButton("Copy link", false, true)) out.push_back(CopyShareLink{});
    if (ImGui::IsItemHovered())
        ImGui::SetTooltip("A link that opens this assessment in any browser.\nThe answers travel in the link itself; no server sees them.");
    ImGui::SameLine(0.0f, 8.0f);
    if (navButton("File", ImGui::IsPopupOpen(kFileMenuId))) ImGui::OpenPopup(kFileMenuId);
    ImGui::SameLine(0.0f, 8.0f);
    if (themeButton()) out.push_back(ToggleTheme{});

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + kTopBarHeight));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace smm::ui
