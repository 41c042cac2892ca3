#include "action_card.hpp"

#include <algorithm>

#include "pill.hpp"
#include "shell/fonts.hpp"
#include "shell/item_registry.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

constexpr float kPad = 12.0f;
constexpr float kChevron = 18.0f;  // room kept right of the title for the expand mark
constexpr const char* kArrow = "\xE2\x86\x92 ";
constexpr const char* kShowOnMap = "Show on map";

// Where each part of a card goes, relative to its top-left corner. -1: absent.
struct Layout {
    float inner = 0;
    float gateY = -1, titleY = 0, dimensionY = 0, stageY = 0, afterY = -1;
    float ruleY = -1, detailY = -1, waitsY = -1, unlocksY = -1;
    float footerY = 0, linkY = 0, linkX = 0;
    float height = 0;
};

std::string afterLine(const ActionCardContent& c) { return "After: " + c.waitsFor; }
std::string waitsLine(const ActionCardContent& c) { return "Waits for: " + c.waitsFor; }
std::string unlocksLine(const ActionCardContent& c) { return "Unlocks: " + c.unlocks; }

Layout layoutCard(const ActionCardContent& c, float width) {
    const Fonts& f = fonts();
    Layout l;
    l.inner = width - 2 * kPad;
    float y = kPad;
    if (c.forGate) {
        l.gateY = y;
        y += textSize(f.small, "For a gate").y + 4.0f + 8.0f;
    }
    l.titleY = y;
    y += textSize(f.bodyBold, c.title, l.inner - kChevron).y + 4.0f;
    l.dimensionY = y;
    y += textSize(f.small, c.dimension, l.inner).y + 1.0f;
    l.stageY = y;
    const float arrow = textSize(f.small, kArrow).x;
    y += textSize(f.small, c.stage, l.inner - arrow).y;
    if (c.showWaitsFor && !c.expanded && !c.waitsFor.empty()) {
        l.afterY = y + 6.0f;
        y = l.afterY + textSize(f.small, afterLine(c), l.inner).y;
    }
    if (c.expanded) {
        l.ruleY = y + 10.0f;
        l.detailY = l.ruleY + 10.0f;
        y = l.detailY + textSize(f.body, c.detail, l.inner).y;
        if (!c.waitsFor.empty()) {
            l.waitsY = y + 8.0f;
            y = l.waitsY + textSize(f.small, waitsLine(c), l.inner).y;
        }
        if (!c.unlocks.empty()) {
            l.unlocksY = y + 4.0f;
            y = l.unlocksY + textSize(f.small, unlocksLine(c), l.inner).y;
        }
    }
    // Footer: effort on the left, the link on the right, or below when narrow.
    l.footerY = y + 10.0f;
    const ImVec2 effort = effortPillSize(c.effort);
    const ImVec2 link = textSize(f.small, kShowOnMap);
    if (effort.x + 10.0f + link.x <= l.inner) {
        l.linkX = l.inner - link.x;
        l.linkY = l.footerY + (effort.y - link.y) * 0.5f;
        y = l.footerY + effort.y;
    } else {
        l.linkX = 0;
        l.linkY = l.footerY + effort.y + 6.0f;
        y = l.linkY + link.y;
    }
    l.height = y + kPad;
    return l;
}

void drawChevron(ImDrawList* dl, ImVec2 centre, bool up, ImU32 colour) {
    const float s = 4.0f, d = up ? -1.0f : 1.0f;
    const ImVec2 pts[3] = {ImVec2(centre.x - s, centre.y - d * s * 0.5f), ImVec2(centre.x, centre.y + d * s * 0.5f),
                           ImVec2(centre.x + s, centre.y - d * s * 0.5f)};
    dl->AddPolyline(pts, 3, colour, ImDrawFlags_None, 1.5f);
}

}  // namespace

std::string actionCardName(const std::string& title) { return title + "##action-card"; }

float actionCardHeight(const ActionCardContent& card, float width) { return layoutCard(card, width).height; }

ActionCardResult drawActionCard(int id, const ActionCardContent& c, ImVec2 pos, float width, float height,
                                CardEmphasis emphasis) {
    const Palette& p = palette();
    const Fonts& f = fonts();
    Layout l = layoutCard(c, width);
    if (height > l.height) {
        l.footerY += height - l.height;
        l.linkY += height - l.height;
        l.height = height;
    }
    const ImVec2 end(pos.x + width, pos.y + l.height);
    const float x = pos.x + kPad;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ActionCardResult result;

    // Surface, then a border or side stripe saying how it relates to the hovered card.
    dl->AddRectFilled(pos, end, p.surface, metrics().rounding);
    ImU32 border = p.border;
    float thickness = 1.0f;
    if (emphasis == CardEmphasis::Hovered || c.expanded) border = p.accent, thickness = 1.5f;
    dl->AddRect(pos, end, border, metrics().rounding, 0, thickness);
    if (emphasis == CardEmphasis::WaitsFor || emphasis == CardEmphasis::Unlocks)
        dl->AddRectFilled(pos, ImVec2(pos.x + 4.0f, end.y), emphasis == CardEmphasis::WaitsFor ? p.accent : p.target, metrics().rounding,
                          ImDrawFlags_RoundCornersLeft);

    ImGui::PushID(id);
    // The link first: ImGui gives the hover to the first item submitted, so a
    // click on the link does not also toggle the card underneath.
    ImGui::SetCursorScreenPos(ImVec2(x + l.linkX, pos.y + l.linkY));
    result.showOnMap = textLink(kShowOnMap, kShowOnMap, f.small);
    ImGui::SetCursorScreenPos(pos);
    result.toggled = ImGui::InvisibleButton((c.title + "###card").c_str(), ImVec2(width, l.height));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const bool tooltip = !c.expanded && ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip);
    ImGui::PopID();
    nameRegion(actionCardName(c.title), pos, end);  // found by tests in sight or not

    if (l.gateY >= 0) tintedPill(dl, ImVec2(x, pos.y + l.gateY), "For a gate", tintOf(p.target));
    drawText(dl, f.bodyBold, ImVec2(x, pos.y + l.titleY), p.text, c.title, l.inner - kChevron);
    drawChevron(dl, ImVec2(end.x - kPad - 5.0f, pos.y + l.titleY + 9.0f), c.expanded, hovered ? p.text : p.textMuted);
    drawText(dl, f.small, ImVec2(x, pos.y + l.dimensionY), p.textMuted, c.dimension, l.inner);
    const float arrow = textSize(f.small, kArrow).x;
    drawText(dl, f.small, ImVec2(x, pos.y + l.stageY), p.target, kArrow);
    drawText(dl, f.small, ImVec2(x + arrow, pos.y + l.stageY), p.textMuted, c.stage, l.inner - arrow);
    if (l.afterY >= 0) drawText(dl, f.small, ImVec2(x, pos.y + l.afterY), p.textMuted, afterLine(c), l.inner);
    if (l.ruleY >= 0) {
        dl->AddLine(ImVec2(x, pos.y + l.ruleY), ImVec2(end.x - kPad, pos.y + l.ruleY), p.border);
        drawText(dl, f.body, ImVec2(x, pos.y + l.detailY), p.text, c.detail, l.inner);
    }
    if (l.waitsY >= 0) drawText(dl, f.small, ImVec2(x, pos.y + l.waitsY), p.accent, waitsLine(c), l.inner);
    if (l.unlocksY >= 0) drawText(dl, f.small, ImVec2(x, pos.y + l.unlocksY), p.target, unlocksLine(c), l.inner);
    effortPill(dl, ImVec2(x, pos.y + l.footerY), c.effort);

    if (emphasis == CardEmphasis::Dimmed)  // fade cards unrelated to the hovered one
        dl->AddRectFilled(pos, end, withAlpha(p.surface, 0.62f), metrics().rounding);

    if (tooltip) {
        nextTooltipWidth(340.0f);
        ImGui::BeginTooltip();
        text(f.bodyBold, p.text, c.title, true);
        text(f.body, p.text, c.detail, true);
        text(f.small, p.textMuted, "Click the card to see what it waits for and what it unlocks.", true);
        ImGui::EndTooltip();
    }
    return result;
}

}  // namespace smm::ui
