// The overview: one screen an executive reads at a glance. Where the
// organisation stands, each track's ladder, the next three moves, the top
// risks and how peers compare. Two columns of cards on wide screens, one on
// narrow ones.
#pragma once

#include <imgui.h>

#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/widgets/ladder.hpp"

namespace smm::ui {

struct OverviewViewState {
    // Layout of the last frame: read by tests, and the ladders card stretches
    // to the height the moves and risks took (known only after drawing them).
    int columns = 0;
    float rightColumnHeight = 0.0f;
    float keyContentBottom = 0.0f;        // screen y where the ladders, moves and risks end
    std::vector<ImVec2> nextMoveCentres;  // screen centre of each next move's row
    ImVec2 roadmapLink{-1, -1}, risksLink{-1, -1};  // centres of the "All ..." links, when shown
    LadderLayout ladders;  // the external tracks, on the external stage names
};

void drawOverviewView(const Document& doc, OverviewViewState& state, Intents& out);

}  // namespace smm::ui
