// The maturity ladder: the model's stages as rungs climbing upwards, one
// ladder per track, with the stage names on a shared axis at the left. A rung
// is filled when the track holds that stage, partly filled up to the
// fractional level, outlined in red when the answers reach it but a gate does
// not let it count, and marked when it is the track's target.
#pragma once

#include <imgui.h>

#include <string>
#include <vector>

namespace smm::ui {

struct LadderTrack {
    std::string name;
    double level = 0.0;   // fractional, 0 .. stage count
    int stage = 0;        // whole stage reached with gates applied
    int ungatedStage = 0; // whole stage reached on the answers alone
    int target = 0;       // whole target stage, 0 = none
    std::vector<std::string> blockers;  // why the next stage does not count, in words
};

struct LadderHit {
    int track = -1;       // index into the tracks passed in
    int stage = -1;       // 0-based stage of the rung
    bool clicked = false;
};

// What the last draw laid out, for hit-testing from tests.
struct LadderLayout {
    std::vector<std::vector<ImVec2>> rungCentres;  // [track][stage], screen pixels
};

// Draws the ladders as one item at the cursor, `width` wide and at least
// `minHeight` tall (rungs grow to fill it). Returns the rung under the mouse.
LadderHit drawLadders(const std::vector<std::string>& stageNames, const std::vector<LadderTrack>& tracks,
                      float width, float minHeight, LadderLayout* layout = nullptr);

// The natural height of the ladders at `width`, before any stretching.
float laddersNaturalHeight(const std::vector<std::string>& stageNames, const std::vector<LadderTrack>& tracks,
                           float width);

}  // namespace smm::ui
