// Keyboard reach: a strong focus ring round the item Tab (or an arrow) has
// reached, and the keys that scroll a view the way they scroll a web page.
// Dear ImGui's keyboard navigation does the rest: Tab / Shift+Tab walk the
// items in the order they are drawn, Enter and Space press the focused one,
// Esc closes the open menu.
#pragma once

#include <imgui.h>

namespace smm::ui {

// Flags for a child window whose items belong to the page's Tab order, as if
// they were drawn straight into its parent (cards, columns, panes).
constexpr ImGuiWindowFlags kTabThrough = ImGuiWindowFlags_NavFlattened;

// Draws the focus ring round the keyboard-focused item; the app calls it once
// a frame after everything else is drawn. Nothing when the mouse or a finger
// was used last.
void drawFocusRing();

// Call inside the scrolling window of the current view, after the view drew:
// Up/Down arrows, PageUp/PageDown, Home/End (and Space with no focused item)
// scroll it, unless text is being edited, a menu is open, or the view
// claimed the key for itself (the questionnaire moves between questions).
void scrollWithKeys();

}  // namespace smm::ui
