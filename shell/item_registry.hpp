// Where each labelled item was drawn in the last frame, through Dear ImGui's
// test-engine hooks. Off by default (no cost); tests switch it on to click
// "Copy link" by its label instead of by guessed pixels.
//
// An item is found by its full label ("Yes###segment"), by the part shown
// ("Yes") and by its id ("##segment"). Items cut off by their window's clip
// (scrolled out of sight) are not labelled, so a found item is on screen.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <string_view>
#include <vector>

namespace smm::ui {

struct ItemRect {
    ImVec2 min, max;
    ImVec2 centre() const { return ImVec2((min.x + max.x) * 0.5f, (min.y + max.y) * 0.5f); }
    bool contains(const ItemRect& other) const {
        return other.min.x >= min.x && other.min.y >= min.y && other.max.x <= max.x && other.max.y <= max.y;
    }
};

void setItemRegistry(bool on);
// Forgets the previous frame's items; the app calls it as a frame begins.
void beginItemFrame();
// The item drawn last in the last frame with this label.
std::optional<ItemRect> findItem(std::string_view label);
// Every item with this label in the last frame, in drawing order.
std::vector<ItemRect> findItems(std::string_view label);
// The last item with this label lying inside `within` (e.g. a card found by
// its name): "the answer 'Yes' of question 12".
std::optional<ItemRect> findItemIn(const ItemRect& within, std::string_view label);

// Names a region that is not an item of its own (a card, a scrolling pane),
// so tests find it by label as they find buttons. Recorded whether or not it
// is in sight; does nothing while the registry is off.
void nameRegion(std::string_view label, ImVec2 min, ImVec2 max);

// The item that has the keyboard focus (Tab, arrows) and shows its focus
// ring, by its full label; nullopt when none does (the mouse was used last).
struct FocusedItem {
    std::string label;
    ItemRect rect;
};
std::optional<FocusedItem> focusedItem();

}  // namespace smm::ui
