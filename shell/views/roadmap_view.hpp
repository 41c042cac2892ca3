// The roadmap: the actions that take the organisation from where it stands to
// its targets, in phases. Wide screens show the phases as columns, with a
// connector from each action to those that wait for it; narrow screens stack
// the phases and say "After: ..." on each card instead.
#pragma once

#include <memory>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct RoadmapLayout;  // the board's cards, placed once per roadmap and width (roadmap_view.cpp)

struct RoadmapViewState {
    int expandedAction = -1;  // one card open at a time keeps the board readable
    std::shared_ptr<RoadmapLayout> layout;  // measuring 10,000 cards every frame would stall the page
};

void drawRoadmapView(const Document& doc, RoadmapViewState& state, Intents& out);

}  // namespace smm::ui
