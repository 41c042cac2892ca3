// The overview: one screen an executive reads at a glance. Where the
// organisation stands, each track's ladder, the next three moves, the top
// risks and how peers compare. Two columns of cards on wide screens, one on
// narrow ones.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/widgets/ladder.hpp"

namespace smm::ui {

struct OverviewViewState {
    // The ladders card stretches to the height the moves and risks took
    // (known only after drawing them), so it is kept from the last frame.
    float rightColumnHeight = 0.0f;
    LadderLayout ladders;  // the external tracks, on the external stage names
};

void drawOverviewView(const Document& doc, OverviewViewState& state, Intents& out);

}  // namespace smm::ui
