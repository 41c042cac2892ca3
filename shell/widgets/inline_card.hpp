// A card laid out inline (not a child window), so every card in a list is
// laid out every frame: heights are exact for scrolling, and nothing is
// skipped when it is scrolled out of sight. Content goes between the
// constructor and end(), wrapped at the card's inner width.
#pragma once

#include <imgui.h>

#include <string>

namespace smm::ui {

class InlineCard {
public:
    // `name` labels the card for the item registry (tests find it by it).
    explicit InlineCard(std::string name = {}, float padding = 20.0f);
    float contentWidth() const { return width_ - 2 * padding_; }
    // Closes the card; `outline` replaces the border colour (e.g. for focus).
    void end(ImU32 outline = 0, float thickness = 1.0f);
    ImVec2 min() const { return min_; }
    ImVec2 max() const { return max_; }

private:
    std::string name_;
    ImDrawList* dl_ = nullptr;
    ImVec2 start_, min_, max_;
    float width_ = 0.0f, padding_ = 0.0f;
};

}  // namespace smm::ui
