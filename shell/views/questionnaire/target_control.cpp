#include "target_control.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/stage_label.hpp"
#include "shell/widgets/segmented.hpp"

namespace smm::ui {

float drawTargetControl(const Document& doc, int d, ImVec2 at, float width, float aimWidth, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const DimensionScore& ds = doc.score().dimensions[static_cast<std::size_t>(d)];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, fonts().small, at, p.textMuted, "TARGET LEVEL");
    std::vector<Segment> segs;
    segs.push_back(Segment("None").withTooltip("No target", "No target for this dimension yet."));
    const Side side = sideOf(model, d);
    for (int s = 1; s <= model.stageCount(); ++s)
        segs.push_back(Segment(std::to_string(s)).withTooltip(stageLabel(model, s - 1, side), model.stages[s - 1].summaryOn(side)));
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + 20.0f));
    SegmentedStyle style;
    style.height = 36.0f;
    // A set target wears the target colour (as on the map); "None" stays quiet.
    if (ds.target > 0) {
        style.selectedFill = p.target;
        style.selectedText = p.textOnTarget;
    } else {
        style.selectedFill = mix(p.surfaceAlt, p.textMuted, 0.25f);
        style.selectedText = p.text;
    }
    const float controlW = std::min(width, 64.0f * (model.stageCount() + 1) + 16.0f);
    SegmentedResult r = segmented("##target", segs, ds.target, controlW, style);
    if (r.clicked >= 0 && r.clicked != ds.target) out.push_back(SetTarget{d, r.clicked});
    std::string aim;
    if (ds.target > 0) {
        aim = "Aim: " + stageLabel(model, ds.target - 1, side);
        aim += ds.gap() > 0 ? "  \xC2\xB7  " + formatLevel(ds.gap()) + " to go" : "  \xC2\xB7  reached";
    } else {
        aim = "No target yet: pick the level you aim for.";
    }
    drawText(dl, fonts().small, ImVec2(at.x, at.y + 64.0f), ds.target > 0 ? p.text : p.textMuted, aim, aimWidth);
    return at.y + 64.0f + textSize(fonts().small, aim, aimWidth).y;
}

}  // namespace smm::ui
