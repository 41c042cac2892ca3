#include "radar_view.hpp"

#include <algorithm>
#include <cmath>
#include <numeric>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "core/stable_sort.hpp"

namespace smm::ui {
namespace {

constexpr float kRowHeight = 30.0f;
constexpr float kGroupHeight = 28.0f;
constexpr int kHighlightedGaps = 3;

// The stage a dimension works on next: the first one it does not hold.
int nextStage(const Model& model, double level) {
    return std::clamp(static_cast<int>(std::floor(level)), 0, model.stageCount() - 1);
}

std::vector<int> biggestGaps(const Score& score) {
    std::vector<int> order(score.dimensions.size());
    std::iota(order.begin(), order.end(), 0);
    auto gap = [&](int d) { return shownGap(score.dimensions[d].level, score.dimensions[d].target); };
    stableSort(order, [&](int a, int b) { return gap(a) > gap(b); });
    std::vector<int> out;
    for (int d : order)
        if (gap(d) > 0.0 && static_cast<int>(out.size()) < kHighlightedGaps) out.push_back(d);
    return out;
}

RadarChartData chartData(const Document& doc, const Aggregate* group) {
    const Model& model = doc.model();
    RadarChartData data;
    data.maxLevel = model.stageCount();
    data.hint = "Click to see it on the maturity map.";
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        data.labels.push_back(model.dimensions[d].name);
        data.emphasised.push_back(model.dimensions[d].kind == DimensionKind::Track);
        data.current.push_back(doc.score().dimensions[d].level);
        data.targets.push_back(doc.score().dimensions[d].target);
    }
    if (group && group->participants > 1 && group->dimensions.size() == model.dimensions.size()) {
        std::vector<double> means;
        for (const Stats& s : group->dimensions) means.push_back(s.mean);
        data.groupMeans = std::move(means);
        data.groupLabel = "Group average (" + std::to_string(group->participants) + " people)";
    }
    return data;
}

struct Columns {
    float x, width;
    float now, target, group, gapBar, gapEnd;  // x of each column's left edge (gapEnd: right edge)
    bool hasGroup;
};

Columns columnsFor(float x, float width, bool hasGroup) {
    Columns c{x, width, 0, 0, 0, 0, x + width, hasGroup};
    // A phone: the gap as a number only, so the names keep their room.
    const bool narrow = width < 480.0f;
    c.gapBar = c.gapEnd - (narrow ? 40.0f : hasGroup ? 92.0f : 110.0f);
    c.group = c.gapBar - 58.0f;
    c.target = (hasGroup ? c.group : c.gapBar) - (narrow ? 58.0f : 60.0f);
    c.now = c.target - (narrow ? 42.0f : 48.0f);
    return c;
}


void drawHeaderRow(ImDrawList* dl, const Columns& c, float y) {
    const Palette& p = palette();
    drawText(dl, fonts().small, ImVec2(c.x, y), p.textMuted, "DIMENSION");
    drawText(dl, fonts().small, ImVec2(c.now, y), p.textMuted, "NOW");
    drawText(dl, fonts().small, ImVec2(c.target, y), p.target, "TARGET");
    if (c.hasGroup) drawText(dl, fonts().small, ImVec2(c.group, y), p.textMuted, "GROUP");
    drawText(dl, fonts().small, ImVec2(c.gapBar, y), p.textMuted, "GAP");
}

// One dimension's row; returns true when hovered, and appends a FocusCell when clicked.
bool drawRow(const Document& doc, const Columns& c, int d, float y, bool big, bool lit, const Aggregate* group,
             RadarViewState& state, Intents& out) {
    const Model& model = doc.model();
    const DimensionScore& ds = doc.score().dimensions[d];
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();

    ImGui::SetCursorScreenPos(ImVec2(c.x - 8.0f, y));
    ImGui::PushID(d);
    const bool clicked = ImGui::InvisibleButton((model.dimensions[d].name + "###row").c_str(), ImVec2(c.width + 16.0f, kRowHeight));
    const bool hovered = ImGui::IsItemHovered();
    ImGui::PopID();
    if (clicked) out.push_back(FocusCell{d, nextStage(model, ds.level)});
    if (hovered) {
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        ImGui::SetTooltip("%s: click to see it on the maturity map", model.dimensions[d].name.c_str());
    }

    const ImVec2 a(c.x - 8.0f, y + 1.0f), b(c.x + c.width + 8.0f, y + kRowHeight - 1.0f);
    if (hovered || lit) dl->AddRectFilled(a, b, p.accentSoft, 6.0f);
    else if (big) dl->AddRectFilled(a, b, withAlpha(p.danger, 0.08f), 6.0f);

    const float ty = y + (kRowHeight - fontSize(fonts().body)) * 0.5f - 1.0f;
    const bool track = model.dimensions[d].kind == DimensionKind::Track;
    ImFont* nameFont = track ? fonts().bodyBold : fonts().body;
    // When the chart numbers its spokes, the rows carry the same numbers.
    const std::string name = (state.chart.numbered ? std::to_string(d + 1) + "  " : std::string()) + model.dimensions[d].name;
    drawText(dl, nameFont, ImVec2(c.x, ty), p.text, fitText(nameFont, name, c.now - c.x - 10.0f));
    drawText(dl, fonts().bodyBold, ImVec2(c.now, ty), p.accent, formatLevel(ds.level));
    drawText(dl, fonts().body, ImVec2(c.target, ty), ds.target > 0 ? p.target : p.textMuted,
             ds.target > 0 ? std::to_string(ds.target) : std::string("\xE2\x80\x94"));
    if (c.hasGroup) drawText(dl, fonts().body, ImVec2(c.group, ty), p.textMuted, formatLevel(group->dimensions[d].mean));

    // The gap as a bar scaled to the whole ladder, and its number.
    const double gap = shownGap(ds.level, ds.target);
    const std::string num = formatGap(ds.level, ds.target);
    ImFont* numFont = big ? fonts().bodyBold : fonts().body;
    const float numW = textSize(numFont, num).x;
    const float barMax = c.gapEnd - c.gapBar - 40.0f;
    const float barY = y + kRowHeight * 0.5f;
    if (barMax >= 24.0f) dl->AddRectFilled(ImVec2(c.gapBar, barY - 3.0f), ImVec2(c.gapBar + barMax, barY + 3.0f), p.heatEmpty, 3.0f);
    if (gap > 0 && barMax >= 24.0f) {
        const float w = barMax * static_cast<float>(gap / std::max(1, model.stageCount()));
        dl->AddRectFilled(ImVec2(c.gapBar, barY - 3.0f), ImVec2(c.gapBar + w, barY + 3.0f),
                          big ? p.danger : withAlpha(p.textMuted, 0.55f), 3.0f);
    }
    drawText(dl, numFont, ImVec2(c.gapEnd - numW, ty), big ? p.danger : p.textMuted, num);
    return hovered;
}

// The table; returns its height.
float drawTable(const Document& doc, RadarViewState& state, Intents& out, const Aggregate* group, ImVec2 origin,
                float width, int litRow) {
    const Model& model = doc.model();
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool hasGroup = group && group->participants > 1 && group->dimensions.size() == model.dimensions.size();
    const Columns c = columnsFor(origin.x, width, hasGroup);
    int hovered = -1;

    drawHeaderRow(dl, c, origin.y);
    float y = origin.y + 24.0f;
    auto section = [&](DimensionKind kind, const char* label) {
        drawText(dl, fonts().small, ImVec2(c.x, y + 9.0f), p.textMuted, label);
        y += kGroupHeight;
        for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d) {
            if (model.dimensions[d].kind != kind) continue;
            bool big = std::find(state.biggestGaps.begin(), state.biggestGaps.end(), d) != state.biggestGaps.end();
            if (drawRow(doc, c, d, y, big, d == litRow, group, state, out)) hovered = d;
            y += kRowHeight;
        }
    };
    section(DimensionKind::Track, "TRACKS");
    section(DimensionKind::Enabler, "ENABLERS");

    // The verdict under the numbers, for those who read rather than scan.
    if (!state.biggestGaps.empty()) {
        std::string s = "Largest gaps: ";
        for (std::size_t i = 0; i < state.biggestGaps.size(); ++i) {
            int d = state.biggestGaps[i];
            s += (i == 0 ? "" : i + 1 == state.biggestGaps.size() ? " and " : ", ") + model.dimensions[d].name + " (" +
                 formatGap(doc.score().dimensions[d].level, doc.score().dimensions[d].target) + ")";
        }
        s += ".";
        y += 14.0f;
        drawText(dl, fonts().small, ImVec2(c.x, y), p.textMuted, s, width);
        y += textSize(fonts().small, s, width).y;
    }
    state.hoveredRow = hovered;
    return y - origin.y;
}

}  // namespace

void drawRadarView(const Document& doc, RadarViewState& state, Intents& out, const Aggregate* group) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const RadarChartData data = chartData(doc, group);
    state.biggestGaps = biggestGaps(doc.score());

    if (beginCard("radar", ImVec2(0, 0), metrics().cardPadding)) {
        text(fonts().heading, p.text, "Balance across all " + std::to_string(model.dimensions.size()) + " dimensions");
        text(fonts().small, p.textMuted,
             "Each spoke is one dimension, from nothing at the centre to stage " + std::to_string(model.stageCount()) +
                 " at the rim. Where the filled shape falls short of the dashed target is where the work is.",
             true);
        vspace(metrics().space.hair);
        drawRadarLegend(data);
        vspace(metrics().space.small);

        const float width = ImGui::GetContentRegionAvail().x;
        const ImVec2 origin = ImGui::GetCursorScreenPos();
        // Fill what is left of the screen, within reason.
        const float screenLeft = ImGui::GetIO().DisplaySize.y - origin.y - 48.0f;
        const int lit = state.hoveredRow;
        float tableH = 0.0f, chartH = 0.0f;
        if (width >= metrics().breakpoints.twoColumns) {  // below it the table goes under the chart
            const float tableW = std::clamp(width * 0.4f, 400.0f, 520.0f), gap = 40.0f;
            const float chartW = width - tableW - gap;
            chartH = std::clamp(screenLeft, 440.0f, std::min(720.0f, chartW));
            ImGui::SetCursorScreenPos(origin);
            state.chart = drawRadarChart(data, ImVec2(chartW, chartH), lit);
            tableH = drawTable(doc, state, out, group, ImVec2(origin.x + chartW + gap, origin.y + 8.0f), tableW,
                               state.chart.hovered);
            ImGui::SetCursorScreenPos(origin);
            ImGui::Dummy(ImVec2(width, std::max(chartH, tableH + 8.0f)));
        } else {
            chartH = std::clamp(width * 0.85f, 320.0f, 560.0f);
            ImGui::SetCursorScreenPos(origin);
            state.chart = drawRadarChart(data, ImVec2(width, chartH), lit);
            tableH = drawTable(doc, state, out, group, ImVec2(origin.x, origin.y + chartH + 16.0f), width,
                               state.chart.hovered);
            ImGui::SetCursorScreenPos(origin);
            ImGui::Dummy(ImVec2(width, chartH + 16.0f + tableH));
        }
        if (state.chart.clicked >= 0) {
            const int d = state.chart.clicked;
            out.push_back(FocusCell{d, nextStage(model, doc.score().dimensions[d].level)});
        }
    }
    endCard();
}

}  // namespace smm::ui
