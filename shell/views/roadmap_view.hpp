// The roadmap: the actions that take the organisation from where it stands to
// its targets, in phases. Wide screens show the phases as columns, with a
// connector from each action to those that wait for it; narrow screens stack
// the phases and say "After: ..." on each card instead.
#pragma once

#include <imgui.h>

#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct RoadmapViewState {
    int expandedAction = -1;  // one card open at a time keeps the board readable

    // Layout of the last frame, for hit-testing from outside (tests).
    struct Card {
        int action = -1;
        int phase = 0;
        ImVec2 min, max;          // the card
        ImVec2 linkMin, linkMax;  // its "Show on map" link
    };
    std::vector<Card> cards;  // in drawing order
    bool stacked = false;     // phases stacked rather than side by side
    ImVec2 emptyButtonMin, emptyButtonMax;  // the empty state's button
    const Card* card(int action) const;
};

void drawRoadmapView(const Document& doc, RoadmapViewState& state, Intents& out);

}  // namespace smm::ui
