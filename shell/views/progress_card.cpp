#include "progress_card.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/scoring.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"
#include "core/stable_sort.hpp"

namespace smm::ui {

namespace {

constexpr std::size_t kMoversShown = 5;
constexpr double kMoved = 0.05;  // less than this is noise from rounding

std::string signedLevel(double delta) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%+.1f", delta);
    return buf;
}

std::string stageName(const Model& model, int stage) {
    return stage > 0 && stage <= model.stageCount() ? model.stages[stage - 1].name : std::string("no stage yet");
}

}  // namespace

void drawProgressCard(const Document& doc, const std::vector<EarlierVersion>& versions, const std::string& compared,
                      const Progress& progress, Intents& out) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const Comparison& c = progress.comparison;
    const float width = ImGui::GetContentRegionAvail().x;
    beginCard("##progress", ImVec2(width, 0), metrics().cardPadding);
    text(fonts().heading, p.text, "Since " + (progress.date.empty() ? std::string("the earlier assessment") : progress.date));
    vspace(metrics().space.tight);

    // The tracks' stages, then and now.
    const Score& now = doc.score();
    for (std::size_t t = 0; t < now.tracks.size() && t < c.trackStageBefore.size(); ++t) {
        const int before = c.trackStageBefore[t], after = c.trackStageAfter[t];
        const std::string line = model.dimensions[now.tracks[t].track].name + ": " + stageName(model, before) +
                                 (before == after ? " (unchanged)" : " \xE2\x86\x92 " + stageName(model, after));
        text(fonts().body, before == after ? p.textMuted : (after > before ? p.good : p.danger), line, true);
    }

    // The dimensions that moved most, either way.
    std::vector<DimensionChange> moved;
    for (const DimensionChange& d : c.dimensions)
        if (std::abs(d.delta()) >= kMoved) moved.push_back(d);
    stableSort(moved, [](const DimensionChange& a, const DimensionChange& b) { return std::abs(a.delta()) > std::abs(b.delta()); });
    vspace(metrics().space.small);
    if (moved.empty()) text(fonts().body, p.textMuted, "No dimension moved.", true);
    for (std::size_t i = 0; i < moved.size() && i < kMoversShown; ++i) {
        const DimensionChange& d = moved[i];
        text(fonts().body, p.text,
             model.dimensions[d.dimension].name + "  " + formatLevel(d.before) + " \xE2\x86\x92 " + formatLevel(d.after) +
                 "  (" + signedLevel(d.delta()) + ")",
             true);
    }

    // Which earlier assessment: the others of this organisation.
    if (versions.size() > 1) {
        vspace(metrics().space.small);
        text(fonts().small, p.textMuted, "COMPARE WITH");
        for (const EarlierVersion& v : versions) {
            ImGui::PushID(v.id.c_str());
            const std::string label = (v.date.empty() ? std::string("undated") : v.date) + (v.workshop ? " (workshop)" : "");
            if (button(label.c_str(), label, v.id == compared ? ButtonKind::Primary : ButtonKind::Secondary))
                out.push_back(CompareWith{v.id});
            ImGui::PopID();
            ImGui::SameLine(0.0f, metrics().controlGap);
        }
        ImGui::NewLine();
    }
    endCard();
}

}  // namespace smm::ui
