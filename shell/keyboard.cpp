#include "keyboard.hpp"

#include <imgui_internal.h>

#include <algorithm>

#include "theme.hpp"

namespace smm::ui {

void drawFocusRing() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId == 0 || g.NavDisableHighlight || !g.NavIdIsAlive || !g.NavWindow) return;
    ImGuiWindow* window = g.NavWindow;
    const ImRect item = ImGui::WindowRectRelToAbs(window, window->NavRectRel[g.NavLayer]);
    // Clipped by the nearest window that scrolls (the view under the top bar)
    // or the menu it is in, not by a card's padding: the ring sits outside the item.
    ImGuiWindow* clipper = window;
    while ((clipper->Flags & ImGuiWindowFlags_ChildWindow) && clipper->ParentWindow &&
           clipper->ScrollMax.x <= 0.0f && clipper->ScrollMax.y <= 0.0f)
        clipper = clipper->ParentWindow;
    ImDrawList* dl = ImGui::GetForegroundDrawList();
    // 3 px of accent with a gap of the page colour inside it, so it shows on
    // an accent-coloured button and in both themes.
    const Palette& p = palette();
    const float gap = 2.0f, thickness = 3.0f;
    ImRect inner = item, outer = item;
    inner.Expand(gap * 0.5f);
    outer.Expand(gap + thickness * 0.5f);
    dl->PushClipRect(clipper->InnerRect.Min, clipper->InnerRect.Max, false);
    dl->AddRect(inner.Min, inner.Max, p.page, 7.0f, 0, gap);
    dl->AddRect(outer.Min, outer.Max, p.accent, 8.0f, 0, thickness);
    dl->PopClipRect();
}

void scrollWithKeys() {
    ImGuiWindow* window = ImGui::GetCurrentWindow();
    const ImGuiID owner = ImGui::GetID("##scroll-keys");
    const ImGuiIO& io = ImGui::GetIO();
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    const bool editing = io.WantTextInput || (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId);
    if (editing || ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;
    if (io.KeyCtrl || io.KeySuper || io.KeyAlt) return;  // browser and system shortcuts

    const float line = 48.0f, page = std::max(line, window->InnerRect.GetHeight() - 64.0f);
    struct Step {
        ImGuiKey key;
        float by;  // pixels; +-FLT_MAX for the ends
    };
    const Step steps[] = {
        {ImGuiKey_DownArrow, line}, {ImGuiKey_UpArrow, -line},   {ImGuiKey_PageDown, page},
        {ImGuiKey_PageUp, -page},   {ImGuiKey_End, FLT_MAX},     {ImGuiKey_Home, -FLT_MAX},
    };
    float scroll = window->Scroll.y;
    bool moved = false;
    for (const Step& s : steps) {
        // A key the view claimed this frame is the view's.
        const ImGuiID current = ImGui::GetKeyOwner(s.key);
        if (current != ImGuiKeyOwner_None && current != owner) continue;
        ImGui::SetKeyOwner(s.key, owner);  // from the next frame ImGui's own navigation leaves it alone
        if (!ImGui::IsKeyPressed(s.key, owner, ImGuiInputFlags_Repeat)) continue;
        scroll = s.by == FLT_MAX ? window->ScrollMax.y : s.by == -FLT_MAX ? 0.0f : scroll + s.by;
        moved = true;
    }
    // Space scrolls a page too, unless it presses the focused item.
    const bool focusShown = g.NavId != 0 && !g.NavDisableHighlight;
    if (!focusShown && ImGui::IsKeyPressed(ImGuiKey_Space, ImGuiKeyOwner_Any, ImGuiInputFlags_Repeat)) {
        scroll += io.KeyShift ? -page : page;
        moved = true;
    }
    if (moved) ImGui::SetScrollY(window, std::clamp(scroll, 0.0f, window->ScrollMax.y));
}

}  // namespace smm::ui
