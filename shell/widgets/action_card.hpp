// One roadmap action as a card: an optional "For a gate" tag, the title, its
// dimension and target stage, an effort pill and a "Show on map" link; when
// expanded, also the detail and what the action waits for and unlocks.
// Measuring and drawing share one layout, so the board can place every card
// (and the connectors between them) before drawing any.
#pragma once

#include <imgui.h>

#include <string>

namespace smm::ui {

struct ActionCardContent {
    std::string title;
    std::string dimension;     // "Governance and policy"
    std::string stage;         // "Stage 2 \u00b7 Conversation"
    std::string effort;        // "low", "medium" or "high"
    std::string detail;
    std::string waitsFor;      // titles joined with ", "; empty when none
    std::string unlocks;       // the other direction
    bool forGate = false;
    bool showWaitsFor = false; // where no connector shows it (stacked layout)
    bool expanded = false;
};

// How a card relates to the one under the mouse.
enum class CardEmphasis { Normal, Hovered, WaitsFor, Unlocks, Dimmed };

struct ActionCardResult {
    bool toggled = false;     // the card was clicked: expand or collapse it
    bool showOnMap = false;   // its "Show on map" link was clicked
};

// The card's name in the item registry, by the action's title.
std::string actionCardName(const std::string& title);

float actionCardHeight(const ActionCardContent& card, float width);
// Draws at `pos` in the current window and submits its buttons. A card
// stretched to `height` (cards sharing a row) keeps its footer at the bottom.
ActionCardResult drawActionCard(int id, const ActionCardContent& card, ImVec2 pos, float width, float height,
                                CardEmphasis emphasis);

}  // namespace smm::ui
