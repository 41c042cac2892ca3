// The radar: every dimension as a spoke, so an unbalanced profile (tracks
// running ahead of the enablers that must hold them up) shows as a lopsided
// shape. Beside it, a table of current level, target and gap.
#pragma once

#include <imgui.h>

#include <vector>

#include "core/aggregate.hpp"
#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/widgets/radar_chart.hpp"

namespace smm::ui {

struct RadarViewState {
    int hoveredRow = -1;             // table row under the mouse last frame: its spoke lights up
    RadarChartResult chart;          // the last frame's chart: what is hovered or clicked, numbered spokes
    std::vector<int> biggestGaps;    // dimensions highlighted as the largest gaps
};

// `group` adds the group's average levels; nullptr with a single participant.
void drawRadarView(const Document& doc, RadarViewState& state, Intents& out, const Aggregate* group = nullptr);

}  // namespace smm::ui
