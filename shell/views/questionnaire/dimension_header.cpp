#include "dimension_header.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/moves.hpp"
#include "shell/views/questionnaire/target_control.hpp"
#include "shell/views/stage_label.hpp"
#include "shell/widgets/inline_card.hpp"

namespace smm::ui {
namespace {

// The dimension's ladder in miniature: evidence per stage, current level, target.
void drawLadderStrip(const Document& doc, int d, ImVec2 at, float width) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const DimensionScore& ds = doc.score().dimensions[static_cast<std::size_t>(d)];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int n = model.stageCount();
    const float gap = 3.0f, h = 16.0f, r = metrics().roundingSmall;
    const float cell = (width - gap * (n - 1)) / std::max(1, n);
    for (int s = 0; s < n; ++s) {
        const ImVec2 a(at.x + s * (cell + gap), at.y);
        const ImVec2 b(a.x + cell, a.y + h);
        const StageEvidence& ev = ds.stages[static_cast<std::size_t>(s)];
        if (ev.questions == 0) dl->AddRect(a, b, p.border, r);
        else if (!ev.assessed) dl->AddRect(a, b, p.warning, r, 0, 1.5f);  // not assessed: no fill claims evidence
        else dl->AddRectFilled(a, b, heatColour(ev.share), r);
        char num[12];
        std::snprintf(num, sizeof num, "%d", s + 1);
        const ImVec2 ns = textSize(fonts().small, num);
        drawText(dl, fonts().small, ImVec2(a.x + (cell - ns.x) * 0.5f, b.y + 3.0f), p.textMuted, num);
    }
    auto xAt = [&](double level) {
        const int whole = std::clamp(static_cast<int>(level), 0, n);
        const double frac = level - whole;
        return at.x + whole * (cell + gap) + static_cast<float>(frac) * cell - (whole == n ? gap : 0.0f);
    };
    const float cx = xAt(ds.level);
    dl->AddRectFilled(ImVec2(cx - 1.5f, at.y - 4.0f), ImVec2(cx + 1.5f, at.y + h + 4.0f), p.text, 1.5f);
    if (ds.target > 0) {
        const float tx = at.x + ds.target * (cell + gap) - gap * 0.5f;
        dl->AddRectFilled(ImVec2(tx - 1.5f, at.y - 4.0f), ImVec2(tx + 1.5f, at.y + h + 4.0f), p.target, 1.5f);
    }
}

void bulletLine(ImU32 dot, ImFont* font, ImU32 colour, const std::string& line) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.0f, pos.y + fontSize(font) * 0.5f + 1.0f), 4.0f, dot);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 16.0f, pos.y));
    ImGui::BeginGroup();
    text(font, colour, line);  // wraps at the card's edge
    ImGui::EndGroup();
}

// Tracks: what counts after the gates, and what holds the next stage back.
void drawTrackGates(const Document& doc, int d) {
    const Palette& p = palette();
    const Model& model = doc.model();
    for (const TrackStage& t : doc.score().tracks) {
        if (t.track != d) continue;
        vspace(metrics().space.tight);
        text(fonts().small, p.textMuted, "AFTER GATES");
        std::string counts = t.stage > 0 ? "Counts at " + stageLabel(model, t.stage - 1, t.side) : "Not yet at stage 1";
        if (t.ungatedStage > t.stage) counts += "; the answers alone reach stage " + std::to_string(t.ungatedStage);
        text(fonts().bodyBold, t.ungatedStage > t.stage ? p.danger : p.text, counts);
        if (!t.nextAssessed)
            text(fonts().body, p.warning, "Stage " + std::to_string(t.stage + 1) +
                                              " is not assessed: most of its questions are unanswered or not applicable.");
        if (!t.blockers.empty()) {
            for (const BlockingGate& g : t.blockers) bulletLine(p.danger, fonts().body, p.text, g.explanation);
        } else if (t.stage < model.stageCount()) {
            text(fonts().body, p.textMuted, "No enabler holds the next stage back: more evidence here is what moves it.");
        }
    }
}

// Enablers: which stages of the tracks depend on this one.
void drawHeldUp(const Document& doc, int d) {
    const Palette& p = palette();
    const Model& model = doc.model();
    bool any = false;
    for (Side side : {Side::External, Side::Internal})
        for (int s = 0; s < model.stageCount(); ++s)
            for (const GateStatus& g : doc.score().gatesFor(side, s)) {
                const int owner = g.question >= 0 ? model.questions[static_cast<std::size_t>(g.question)].dimension
                                                  : g.dimension;
                if (owner != d) continue;
                if (!any) {
                    vspace(metrics().space.tight);
                    text(fonts().small, p.textMuted, "HOLDS UP");
                    any = true;
                }
                bulletLine(g.met ? p.good : p.danger, fonts().body, p.text,
                           g.explanation + (g.met ? " \xE2\x80\x94 met" : ""));
            }
}

}  // namespace

void drawDimensionHeader(const Document& doc, int d, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const Dimension& dim = model.dimensions[static_cast<std::size_t>(d)];
    const DimensionScore& ds = doc.score().dimensions[static_cast<std::size_t>(d)];
    const bool isTrack = dim.kind == DimensionKind::Track;
    const DimensionProgress pr = dimensionProgress(doc, d);

    InlineCard card("##dimension-header", metrics().cardPadding);
    {
        const float width = card.contentWidth();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        text(fonts().small, p.textMuted,
             std::string(isTrack ? "TRACK" : "ENABLER") + "  \xC2\xB7  " + std::to_string(pr.answered) + " of " +
                 std::to_string(pr.total) + " answered");
        text(fonts().heading, p.text, dim.name);
        if (!dim.summary.empty()) text(fonts().body, p.textMuted, dim.summary);
        vspace(metrics().space.small);

        // Current level beside the target control.
        const ImVec2 row = ImGui::GetCursorScreenPos();
        const float levelW = std::min(250.0f, width * 0.32f);
        drawText(dl, fonts().small, row, p.textMuted, "CURRENT LEVEL");
        const std::string level = formatLevel(ds.level);
        drawText(dl, fonts().title, ImVec2(row.x, row.y + 18.0f), p.text, level);
        const float lw = textSize(fonts().title, level).x;
        drawText(dl, fonts().body, ImVec2(row.x + lw + 6.0f, row.y + 30.0f), p.textMuted,
                 "of " + std::to_string(model.stageCount()));
        drawLadderStrip(doc, d, ImVec2(row.x, row.y + 62.0f), levelW - 20.0f);

        const float tx = row.x + levelW + metrics().inlineGap;
        const float bottom = drawTargetControl(doc, d, ImVec2(tx, row.y), width - levelW - metrics().inlineGap,
                                               row.x + width - tx /* wraps between words on a phone */, out);
        ImGui::SetCursorScreenPos(ImVec2(row.x, std::max(row.y + 92.0f, bottom + 8.0f)));
        ImGui::Dummy(ImVec2(width, 0.0f));

        if (isTrack) drawTrackGates(doc, d);
        else drawHeldUp(doc, d);
    }
    card.end();
}

}  // namespace smm::ui
