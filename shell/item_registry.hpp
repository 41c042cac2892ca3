// Where each labelled item was drawn in the last frame, through Dear ImGui's
// test-engine hooks. Off by default (no cost); tests switch it on to click
// "Copy link" by its label instead of by guessed pixels.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>

namespace smm::ui {

struct ItemRect {
    ImVec2 min, max;
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
};

void setItemRegistry(bool on);
// Forgets the previous frame's items; the app calls it as a frame begins.
void beginItemFrame();
// The item drawn in the last frame with this label: its full label, or the
// part before "##".
std::optional<ItemRect> findItem(std::string_view label);

// The item that has the keyboard focus (Tab, arrows) and shows its focus
// ring, by its full label; nullopt when none does (the mouse was used last).
struct FocusedItem {
    std::string label;
    ItemRect rect;
};
std::optional<FocusedItem> focusedItem();

}  // namespace smm::ui
