// The maturity map: dimensions down, stages across. Each cell shows how much
// of that stage's evidence is in place; a dark bar marks the current level and
// an orange one the target. Hover or click a cell to see why.
#pragma once

#include <imgui.h>

#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct MapViewState {
    int selectedDimension = -1;
    int selectedStage = -1;
    // Layout of the last frame, for hit-testing from outside (tests, export).
    ImVec2 gridOrigin{0, 0};
    float cellWidth = 0.0f;
    std::vector<float> rowTop;  // per dimension, screen y of its row
    float rowHeight = 33.0f;    // of a row of cells (taller for a finger in the stacked form)
    ImVec2 cellCentre(int dimension, int stage) const;
};

void drawMapView(const Document& doc, MapViewState& state, Intents& out);

// Shared with other views: the one-line verdict and what holds it back.
void drawStandingSummary(const Document& doc);

}  // namespace smm::ui
