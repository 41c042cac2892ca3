// A radar (spider) chart: one spoke per dimension, rings for the levels,
// the current levels as a filled polygon, the targets as a dashed outline
// and, when given, a group's average as a third polygon. Labels sit outside
// the rings, aligned away from the centre so they never cross the chart.
#pragma once

#include <imgui.h>

#include <optional>
#include <string>
#include <vector>

namespace smm::ui {

struct RadarChartData {
    std::vector<std::string> labels;  // one per spoke, clockwise from the top
    std::vector<bool> emphasised;     // spokes whose label is bold (e.g. tracks); may be empty
    std::vector<double> current;      // 0 .. maxLevel
    std::vector<int> targets;         // whole levels; 0 = no target on that spoke
    std::optional<std::vector<double>> groupMeans;  // a group's average level per spoke
    std::string groupLabel = "Group average";
    std::string hint;                 // last line of the tooltip, e.g. what a click does
    int maxLevel = 5;
};

struct RadarRect {
    ImVec2 min, max;
    bool overlaps(const RadarRect& o) const {
        return min.x < o.max.x && o.min.x < max.x && min.y < o.max.y && o.min.y < max.y;
    }
};

// Where the last draw put things (for hit-testing and tests), and input.
struct RadarChartResult {
    ImVec2 centre{0, 0};
    float radius = 0.0f;
    std::vector<ImVec2> points;       // each spoke's current-level point
    std::vector<RadarRect> labelRects;
    int hovered = -1;                 // spoke under the mouse
    int clicked = -1;                 // spoke clicked this frame
    bool numbered = false;            // too narrow for the names: spoke i is labelled i + 1
};

// Draws the chart as one item of `size` at the cursor. `highlight` is a spoke
// to emphasise (e.g. hovered in a table beside it), -1 for none.
RadarChartResult drawRadarChart(const RadarChartData& data, ImVec2 size, int highlight = -1);

// Target minus the level as shown (levels are shown truncated to one
// decimal), so the numbers on screen add up: 2.2 -> 4 has a gap of 1.8.
double shownGap(double level, int target);
std::string formatGap(double level, int target);  // "1.8"; an em dash when no target

// The legend for the chart's series, laid out as one line at the cursor.
void drawRadarLegend(const RadarChartData& data);

}  // namespace smm::ui
