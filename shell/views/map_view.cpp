#include "map_view.hpp"
#include "stage_label.hpp"

#include <cctype>
#include <cmath>

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/format.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

constexpr float kNameWidth = 250.0f;
constexpr float kLevelWidth = 92.0f;
constexpr float kRowHeight = 33.0f;
constexpr float kGroupHeight = 27.0f;
constexpr float kCellGap = 4.0f;
constexpr float kMinCellWidth = 84.0f;  // narrower: the stacked form (drawStackedMap)

struct Grid {
    ImVec2 origin;   // top-left of the first cell column
    float cellWidth;
    int stages;
    float levelX(double level) const { return origin.x + static_cast<float>(level) * cellWidth; }
};

void drawStageHeaders(const Model& model, const Grid& grid, float y) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    for (int s = 0; s < grid.stages; ++s) {
        float x = grid.origin.x + s * grid.cellWidth;
        char num[8];
        std::snprintf(num, sizeof num, "%d", s + 1);
        ImVec2 badge(x + 2.0f, y + 2.0f);
        dl->AddCircleFilled(ImVec2(badge.x + 10.0f, badge.y + 10.0f), 10.0f, p.accentSoft);
        ImVec2 ns = textSize(fonts().small, num);
        drawText(dl, fonts().small, ImVec2(badge.x + 10.0f - ns.x * 0.5f, badge.y + 10.0f - ns.y * 0.5f), p.accent, num);
        const std::string& name = model.stages[s].name;
        // Narrow columns (small windows) take the small font so words are not split.
        ImFont* font = grid.cellWidth < 150.0f ? fonts().small : fonts().bodyBold;
        dl->PushClipRect(ImVec2(x + 26.0f, y), ImVec2(x + grid.cellWidth - kCellGap, y + 40.0f), true);
        drawText(dl, font, ImVec2(x + 26.0f, y + 2.0f), p.text, name, grid.cellWidth - 30.0f);
        dl->PopClipRect();
    }
}

void drawGroupLabel(const char* label, ImVec2 at) {
    drawText(ImGui::GetWindowDrawList(), fonts().small, ImVec2(at.x, at.y + 10.0f), palette().textMuted, label);
}

// Tooltip/detail text for one cell: the questions behind it and, for tracks, its gates.
void drawCellDetail(const Document& doc, int d, int s) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const StageEvidence& ev = doc.score().dimensions[d].stages[s];
    const bool isTrack = model.dimensions[d].kind == DimensionKind::Track;
    text(fonts().bodyBold, p.text, model.dimensions[d].name + " \xE2\x80\x94 " + model.stages[s].nameOn(sideOf(model, d)));
    if (ev.questions == 0) {
        text(fonts().small, p.textMuted, "No questions at this stage; it counts once the stages below it hold.", true);
    } else if (!ev.assessed) {
        text(fonts().small, p.warning, "Not assessed: most of its questions are unanswered or not applicable.", true);
    } else {
        std::string line = formatPercent(ev.share) + " of the evidence in place" + (ev.holds ? " \xE2\x80\x94 this stage holds" : " \xE2\x80\x94 not yet");
        text(fonts().small, ev.holds ? p.good : p.textMuted, line, true);
    }
    ImGui::Spacing();
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        const Question& question = model.questions[q];
        if (question.dimension != d || question.stage != s) continue;
        const Answer& a = doc.assessment().answers[q];
        double w = answerWeight(model, static_cast<int>(q), a);
        ImU32 dot = w < 0 ? p.border : heatColour(w);
        ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.0f, pos.y + 9.0f), 5.0f, dot);
        ImGui::SetCursorScreenPos(ImVec2(pos.x + 16.0f, pos.y));
        ImGui::BeginGroup();
        text(fonts().body, p.text, question.text, true);
        text(fonts().small, p.textMuted, answerLabel(model, static_cast<int>(q), a), true);
        if (!a.note.empty()) text(fonts().small, p.textMuted, "Note: " + a.note, true);
        ImGui::EndGroup();
    }
    const auto& gates = doc.score().gatesFor(sideOf(model, d), s);
    if (isTrack && !gates.empty()) {
        ImGui::Spacing();
        text(fonts().bodyBold, p.text, "Gates for this stage");
        for (const GateStatus& g : gates)
            text(fonts().small, g.met ? p.good : p.danger, std::string(g.met ? "Met: " : "Not met: ") + g.explanation, true);
    }
}

ImFont* nameFont(const Dimension& dim) { return dim.kind == DimensionKind::Track ? fonts().bodyBold : fonts().body; }

// "3.1 → 4": the current level, and the target when there is one.
float levelWidth(const DimensionScore& ds) {
    float w = textSize(fonts().bodyBold, formatLevel(ds.level)).x;
    if (ds.target > 0) w += 6.0f + textSize(fonts().body, "\xE2\x86\x92 " + std::to_string(ds.target)).x;
    return w;
}
void drawLevel(ImDrawList* dl, const DimensionScore& ds, ImVec2 at) {
    const std::string level = formatLevel(ds.level);
    drawText(dl, fonts().bodyBold, at, palette().text, level);
    if (ds.target > 0)
        drawText(dl, fonts().body, ImVec2(at.x + textSize(fonts().bodyBold, level).x + 6.0f, at.y), palette().target,
                 "\xE2\x86\x92 " + std::to_string(ds.target));
}

// One dimension's cells across the stages at `y` (clicking one pins its
// detail), with the current level and the target marked across them.
void drawCells(const Document& doc, MapViewState& state, const Grid& grid, int d, float y, float rowH = kRowHeight) {
    const Model& model = doc.model();
    const Score& score = doc.score();
    const DimensionScore& ds = score.dimensions[d];
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const bool isTrack = model.dimensions[d].kind == DimensionKind::Track;
    const bool internalTrack = sideOf(model, d) == Side::Internal;

    // Stages a track reaches on evidence but not past its gates.
    int gated = 0, ungated = 0;
    if (isTrack) {
        for (const TrackStage& t : score.tracks)
            if (t.track == d) { gated = t.stage; ungated = t.ungatedStage; }
    }

    for (int s = 0; s < grid.stages; ++s) {
        const StageEvidence& ev = ds.stages[s];
        ImVec2 a(grid.origin.x + s * grid.cellWidth, y + 3.0f);
        ImVec2 b(a.x + grid.cellWidth - kCellGap, y + rowH - 3.0f);
        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(d * 64 + s);
        const std::string label = model.dimensions[d].name + ", stage " + std::to_string(s + 1) + "###cell";
        bool clicked = ImGui::InvisibleButton(label.c_str(), ImVec2(b.x - a.x, b.y - a.y));
        bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        bool selected = state.selectedDimension == d && state.selectedStage == s;
        if (clicked) {
            state.selectedDimension = selected ? -1 : d;
            state.selectedStage = selected ? -1 : s;
        }

        std::string corner;  // the cell's figure, right-aligned
        ImU32 fg = p.textMuted;
        if (ev.applicable == 0) {
            dl->AddRect(a, b, p.border, 6.0f, 0, 1.0f);
            corner = "n/a";
        } else if (ev.share > 0.0) {
            dl->AddRectFilled(a, b, heatColour(ev.share), 6.0f);
            corner = formatPercent(ev.share);
            if (ev.share > 0.55) fg = p.textOnHeat;
        } else {
            dl->AddRectFilled(a, b, heatColour(0.0), 6.0f);
        }
        const ImVec2 ts = textSize(fonts().small, corner);
        const float textY = a.y + (b.y - a.y - textSize(fonts().small, "0").y) * 0.5f;
        if (!corner.empty()) drawText(dl, fonts().small, ImVec2(b.x - ts.x - 8.0f, textY), fg, corner);
        // The column headers name the external ladder: an internal track's
        // cells name their own stages, so no row borrows the other side's names.
        const float room = (b.x - a.x) - ts.x - 24.0f;
        if (internalTrack && room > 48.0f)
            drawText(dl, fonts().small, ImVec2(a.x + 8.0f, textY), fg,
                     fitText(fonts().small, model.stages[s].internal.name, room));
        if (isTrack && s >= gated && s < ungated)  // reached on answers, held back by a gate
            dl->AddRect(a, b, p.danger, 6.0f, 0, 2.0f);
        if (hovered || selected) dl->AddRect(a, b, p.accent, 6.0f, 0, selected ? 2.5f : 1.5f);
        if (hovered && !selected) {
            nextTooltipWidth(420.0f);
            ImGui::BeginTooltip();
            drawCellDetail(doc, d, s);
            ImGui::EndTooltip();
        }
    }

    // Current level (dark bar) and target (orange bar) across the row.
    float cx = grid.levelX(ds.level);
    dl->AddRectFilled(ImVec2(cx - 1.5f, y + 1.0f), ImVec2(cx + 1.5f, y + rowH - 1.0f), p.text, 1.5f);
    if (ds.target > 0) {
        float tx = grid.levelX(ds.target) - kCellGap * 0.5f;
        for (float yy = y + 1.0f; yy < y + rowH - 1.0f; yy += 7.0f)
            dl->AddLine(ImVec2(tx, yy), ImVec2(tx, std::min(yy + 4.0f, y + rowH - 1.0f)), p.target, 3.0f);
    }
}

// One dimension's row on a wide screen: name, level, then the cells.
void drawRow(const Document& doc, MapViewState& state, const Grid& grid, int d, float y) {
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float left = grid.origin.x - kNameWidth - kLevelWidth;
    const Dimension& dim = doc.model().dimensions[d];
    drawText(dl, nameFont(dim), ImVec2(left, y + 8.0f), palette().text, fitText(nameFont(dim), dim.name, kNameWidth - 8.0f));
    drawLevel(dl, doc.score().dimensions[d], ImVec2(left + kNameWidth, y + 8.0f));
    drawCells(doc, state, grid, d, y);
}

// The explanation of the selected cell, pinned beside it until closed.
void drawPinnedDetail(const Document& doc, MapViewState& state) {
    const ImVec2 display = ImGui::GetIO().DisplaySize;
    const float width = std::min(440.0f, display.x - 32.0f);
    const ImVec2 cell = state.cellCentre(state.selectedDimension, state.selectedStage);
    // Right of the cell when there is room, otherwise left of it.
    float x = cell.x + state.cellWidth * 0.5f + 8.0f;
    if (x + width > display.x - 16.0f) x = cell.x - state.cellWidth * 0.5f - width - 8.0f;
    x = std::max(16.0f, x);
    ImGui::SetNextWindowPos(ImVec2(x, std::clamp(cell.y - 40.0f, 70.0f, display.y - 200.0f)), ImGuiCond_Always);
    ImGui::SetNextWindowSize(ImVec2(width, 0.0f));
    ImGui::SetNextWindowSizeConstraints(ImVec2(width, 0.0f), ImVec2(width, display.y - 90.0f));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, palette().surface);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowRounding, 10.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(18.0f, 14.0f));
    bool open = true;
    if (ImGui::Begin("Cell detail##pinned", &open,
                     ImGuiWindowFlags_NoTitleBar | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                         ImGuiWindowFlags_NoCollapse | ImGuiWindowFlags_AlwaysAutoResize)) {
        drawCellDetail(doc, state.selectedDimension, state.selectedStage);
        ImGui::Spacing();
        if (ImGui::Button("Close") || ImGui::IsKeyPressed(ImGuiKey_Escape)) open = false;
    }
    ImGui::End();
    ImGui::PopStyleVar(3);
    ImGui::PopStyleColor();
    if (!open) state.selectedDimension = state.selectedStage = -1;
}

// Draws the legend, wrapping onto more lines when narrow (or, with `draw`
// false, only measures it); returns its height.
float drawLegend(ImVec2 at, float width, bool draw = true) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    LegendFlow legend(dl, at, width, draw);
    legend.item("Stage in place", [&](ImVec2 s) { dl->AddRectFilled(s, ImVec2(s.x + 16, s.y + 14), heatColour(1.0), 3.0f); });
    legend.item("Partly in place", [&](ImVec2 s) { dl->AddRectFilled(s, ImVec2(s.x + 16, s.y + 14), heatColour(0.35), 3.0f); });
    legend.item("Not applicable", [&](ImVec2 s) { dl->AddRect(s, ImVec2(s.x + 16, s.y + 14), p.border, 3.0f); });
    legend.item("Current level", [&](ImVec2 s) { dl->AddRectFilled(ImVec2(s.x + 7, s.y - 2), ImVec2(s.x + 10, s.y + 16), p.text); });
    legend.item("Target", [&](ImVec2 s) { dl->AddRectFilled(ImVec2(s.x + 7, s.y - 2), ImVec2(s.x + 10, s.y + 16), p.target); });
    legend.item("Held back by a gate", [&](ImVec2 s) { dl->AddRect(s, ImVec2(s.x + 16, s.y + 14), p.danger, 3.0f, 0, 2.0f); });
    return legend.height();
}

// Narrow screens: a key to the stages, then one dimension per block - its
// name and level on a line, its cells across the whole width under it - so
// every stage column fits and nothing slides off to the side.
void drawStackedMap(const Document& doc, MapViewState& state) {
    const Model& model = doc.model();
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    float y = top.y;
    drawText(dl, fonts().small, ImVec2(top.x, y), p.textMuted, "STAGES");
    y += 20.0f;
    bool internalTracks = false;
    for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d) internalTracks |= sideOf(model, d) == Side::Internal;
    for (int s = 0; s < model.stageCount(); ++s) {
        // Internal tracks climb their own ladder: both names, never one for the other.
        std::string line = std::to_string(s + 1) + "  " + model.stages[s].name;
        if (internalTracks) line += "  \xC2\xB7  inside: " + model.stages[s].internal.name;
        drawText(dl, fonts().small, ImVec2(top.x, y), p.text, line, width);
        y += textSize(fonts().small, line, width).y + 3.0f;
    }
    y += 10.0f;

    Grid grid;
    grid.stages = model.stageCount();
    grid.cellWidth = width / std::max(1, grid.stages);
    grid.origin = ImVec2(top.x, y);
    state.gridOrigin = grid.origin;
    state.cellWidth = grid.cellWidth;
    state.rowTop.assign(model.dimensions.size(), 0.0f);
    state.rowHeight = std::max(kRowHeight, metrics().target + 6.0f);  // cells a finger can hit
    auto group = [&](DimensionKind kind, const char* label) {
        y += 6.0f;
        drawText(dl, fonts().small, ImVec2(top.x, y), p.textMuted, label, width);
        y += textSize(fonts().small, label, width).y + 4.0f;
        // The stage numbers over the columns.
        for (int s = 0; s < grid.stages; ++s) {
            const std::string num = std::to_string(s + 1);
            const float cx = grid.origin.x + (s + 0.5f) * grid.cellWidth - kCellGap * 0.5f;
            drawText(dl, fonts().small, ImVec2(cx - textSize(fonts().small, num).x * 0.5f, y), p.textMuted, num);
        }
        y += 20.0f;
        for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d) {
            const Dimension& dim = model.dimensions[d];
            if (dim.kind != kind) continue;
            const DimensionScore& ds = doc.score().dimensions[d];
            const float levelW = levelWidth(ds), nameW = width - levelW - 12.0f;
            drawText(dl, nameFont(dim), ImVec2(top.x, y), p.text, dim.name, nameW);
            drawLevel(dl, ds, ImVec2(top.x + width - levelW, y));
            y += textSize(nameFont(dim), dim.name, nameW).y + 2.0f;
            drawCells(doc, state, grid, d, y, state.rowHeight);
            state.rowTop[d] = y;
            y += state.rowHeight + 10.0f;
        }
    };
    group(DimensionKind::Track, "TRACKS \xE2\x80\x94 WHAT YOU DO WITH SOCIAL MEDIA");
    group(DimensionKind::Enabler, "ENABLERS \xE2\x80\x94 WHAT HOLDS EACH STAGE UP");
    y += drawLegend(ImVec2(top.x, y + 4.0f), width) + 4.0f;
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(width, y - top.y));
}

}  // namespace

ImVec2 MapViewState::cellCentre(int dimension, int stage) const {
    return ImVec2(gridOrigin.x + (stage + 0.5f) * cellWidth - kCellGap * 0.5f, rowTop.at(dimension) + rowHeight * 0.5f);
}

// One side's standing: "Customers and market  Stage 2 of 4 · Conversation", then its summary.
// `wrap`: at the window's edge; false inside a column that pushed its own wrap position.
void drawStanding(const Model& model, const Standing& st, const char* label, bool wrap = true) {
    const Palette& p = palette();
    (void)model;
    // The standing's line as core words it (rung, held back, secured).
    text(fonts().bodyBold, st.assessed ? p.text : p.warning, std::string(label) + ": " + st.line, wrap);
    if (!st.summary.empty()) {
        std::string summary = capitalised(st.summary);
        if (summary.back() != '.') summary += '.';
        text(fonts().small, p.textMuted, summary, wrap);
    }
}

// The headline: the combined standing, both sides apart (never lending each
// other stage names), how much evidence it rests on, and what holds it back.
void drawStandingSummary(const Document& doc) {
    const Model& model = doc.model();
    const Score& score = doc.score();
    const Palette& p = palette();
    // Wraps between words on a phone rather than running off the card.
    // The headline as core computes it: the standings lead, the network word is a label.
    text(fonts().small, p.textMuted, "WHERE YOU STAND  \xC2\xB7  " + score.headline.confidence, true);
    text(fonts().title, p.text, score.external.name, true);  // wraps on a phone, never cut
    if (!score.headline.network.empty())
        text(fonts().small, p.textMuted, "Network: " + score.headline.network, true);
    const float width = ImGui::GetContentRegionAvail().x;
    const bool internal = score.internal.leadingTrack >= 0;
    if (internal && width > 520.0f) {
        const float half = std::floor((width - 24.0f) * 0.5f);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
        drawStanding(model, score.external, "With customers", false);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, metrics().sectionGap);
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + half);
        drawStanding(model, score.internal, "Inside", false);
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
    } else {
        drawStanding(model, score.external, "With customers");
        if (internal) drawStanding(model, score.internal, "Inside");
    }
    // The most pressing reason; the map and questionnaire give all of them.
    std::vector<std::string> why;
    if (!score.headline.binds.empty()) why.push_back(score.headline.binds);
    for (const BlockingGate& g : score.external.blockers) why.push_back(g.explanation);
    for (const BlockingGate& g : score.internal.blockers) why.push_back(g.explanation);
    if (!why.empty()) {
        ImVec2 pos = ImGui::GetCursorScreenPos();
        ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.0f, pos.y + 9.0f), 4.0f, p.danger);
        ImGui::SetCursorScreenPos(ImVec2(pos.x + 16.0f, pos.y));
        // The whole sentence, wrapped: on a phone it is the headline's point,
        // and a phone has no hover to show the rest.
        const std::string more = why.size() > 1 ? "  (+" + std::to_string(why.size() - 1) + " more on the map)" : "";
        text(fonts().small, p.text, why.front() + more, true);
        if (ImGui::IsItemHovered()) {
            nextTooltipWidth(460.0f);
            ImGui::BeginTooltip();
            for (const std::string& w : why) text(fonts().small, p.text, w, true);
            ImGui::EndTooltip();
        }
    }
}

void drawMapView(const Document& doc, MapViewState& state, Intents& /*out*/) {
    const Model& model = doc.model();
    const Palette& p = palette();

    if (beginCard("standing", ImVec2(0, 0), metrics().cardPadding)) drawStandingSummary(doc);
    endCard();
    ImGui::Spacing();

    int tracks = 0;
    for (const Dimension& dim : model.dimensions) tracks += dim.kind == DimensionKind::Track;
    const int enablers = static_cast<int>(model.dimensions.size()) - tracks;
    const float headerHeight = 46.0f;
    // Stage columns narrower than this would break stage names and squeeze
    // the percentages: the stacked form instead.
    const float cardInner = ImGui::GetContentRegionAvail().x - 32.0f;
    const float legendHeight = drawLegend(ImVec2(0, 0), cardInner, false);
    const float gridHeight = headerHeight + 2 * kGroupHeight + (tracks + enablers) * kRowHeight + 18.0f + legendHeight;
    if ((cardInner - kNameWidth - kLevelWidth) / std::max(1, model.stageCount()) < kMinCellWidth) {
        if (beginCard("map", ImVec2(0, 0), 16.0f)) drawStackedMap(doc, state);
        endCard();
        if (state.selectedDimension >= 0 && state.selectedStage >= 0) drawPinnedDetail(doc, state);
        return;
    }

    if (beginCard("map", ImVec2(0, gridHeight + 32.0f), 16.0f)) {
        ImVec2 top = ImGui::GetCursorScreenPos();
        float width = ImGui::GetContentRegionAvail().x;
        Grid grid;
        grid.stages = model.stageCount();
        grid.origin = ImVec2(top.x + kNameWidth + kLevelWidth, top.y + headerHeight);
        grid.cellWidth = std::max(60.0f, (width - kNameWidth - kLevelWidth) / std::max(1, grid.stages));
        state.gridOrigin = grid.origin;
        state.cellWidth = grid.cellWidth;
        state.rowTop.assign(model.dimensions.size(), 0.0f);
        state.rowHeight = kRowHeight;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        drawText(dl, fonts().small, ImVec2(top.x, top.y + 4.0f), p.textMuted, "DIMENSION");
        drawText(dl, fonts().small, ImVec2(top.x + kNameWidth, top.y + 4.0f), p.textMuted, "LEVEL");
        drawStageHeaders(model, grid, top.y);

        float y = grid.origin.y;
        auto group = [&](DimensionKind kind, const char* label) {
            if (kind == DimensionKind::Track) {
                float bandBottom = y + kGroupHeight + tracks * kRowHeight;
                dl->AddRectFilled(ImVec2(top.x - 8.0f, y + 4.0f), ImVec2(top.x + width + 8.0f, bandBottom), p.trackTint, 6.0f);
            }
            drawGroupLabel(label, ImVec2(top.x, y));
            y += kGroupHeight;
            for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d) {
                if (model.dimensions[d].kind != kind) continue;
                drawRow(doc, state, grid, d, y);
                state.rowTop[d] = y;
                y += kRowHeight;
            }
        };
        group(DimensionKind::Track, "TRACKS \xE2\x80\x94 WHAT YOU DO WITH SOCIAL MEDIA");
        group(DimensionKind::Enabler, "ENABLERS \xE2\x80\x94 WHAT HOLDS EACH STAGE UP");
        y += 14.0f + drawLegend(ImVec2(top.x, y + 14.0f), width);
        ImGui::SetCursorScreenPos(ImVec2(top.x, y));
        ImGui::Dummy(ImVec2(width, 1.0f));
    }
    endCard();

    if (state.selectedDimension >= 0 && state.selectedStage >= 0) drawPinnedDetail(doc, state);
}

}  // namespace smm::ui
