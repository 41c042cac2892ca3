// The roadmap: the actions that take the organisation from where it stands to
// its targets, in phases. Wide screens show the phases as columns, with a
// connector from each action to those that wait for it; narrow screens stack
// the phases and say "After: ..." on each card instead.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct RoadmapViewState {
    int expandedAction = -1;  // one card open at a time keeps the board readable
};

void drawRoadmapView(const Document& doc, RoadmapViewState& state, Intents& out);

}  // namespace smm::ui
