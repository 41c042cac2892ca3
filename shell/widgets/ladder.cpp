#include "ladder.hpp"

#include <algorithm>
#include <cmath>
#include <string>

#include "core/scoring.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

float legendHeight(float width);  // below: the legend wraps on narrow widths

constexpr float kMinPitch = 38.0f;  // rung spacing; two lines of stage name fit
constexpr float kMaxPitch = 60.0f;  // beyond this the ladder stops reading as one shape
constexpr float kRungGap = 10.0f;
constexpr float kColumnPad = 8.0f;

struct Geometry {
    float axisWidth, columnWidth, headerHeight, pitch;
};

// Below kNarrow the axis keeps only the stage numbers (names are in each
// rung's tooltip), so the track columns keep room for whole words.
constexpr float kNarrow = 420.0f;
float axisWidthFor(float width) { return width < kNarrow ? 28.0f : std::clamp(width * 0.28f, 128.0f, 230.0f); }

// The track's name in bold, or smaller where a word would not fit the column.
ImFont* headerFont(const LadderTrack& t, float width) { return fontForWords(fonts().bodyBold, fonts().small, t.name, width); }

// A track's status under its name: "Stage 1 · level 2.2 -> 4" on one line,
// or on two ("Stage 1" / "level 2.2 -> 4") when the column is narrow.
struct Status {
    std::string stage, level, target;
    bool twoLines;
};

Status statusFor(const LadderTrack& t, float width) {
    Status st{"Stage " + std::to_string(t.stage), "level " + formatLevel(t.level),
              t.target > 0 ? "\xE2\x86\x92 " + std::to_string(t.target) : std::string(), false};
    const std::string oneLine = st.stage + "  \xC2\xB7  " + st.level + "  " + st.target;
    st.twoLines = textSize(fonts().small, oneLine).x > width;
    // Very narrow: "0.5 -> 3" rather than a level that runs into its target.
    if (st.twoLines && textSize(fonts().small, st.level + "  " + st.target).x > width) st.level = formatLevel(t.level);
    return st;
}

float headerHeight(const LadderTrack& t, float width) {
    const float line = fontSize(fonts().small) + 2.0f;
    return textSize(headerFont(t, width), t.name, width).y + 4.0f + line * (statusFor(t, width).twoLines ? 2.0f : 1.0f);
}

float headerHeightFor(const std::vector<LadderTrack>& tracks, float columnWidth) {
    float h = 0.0f;
    for (const LadderTrack& t : tracks) h = std::max(h, headerHeight(t, columnWidth - 2 * kColumnPad));
    return h + 12.0f;
}

Geometry geometryFor(const std::vector<std::string>& stageNames, const std::vector<LadderTrack>& tracks, float width,
                     float minHeight) {
    Geometry g;
    g.axisWidth = axisWidthFor(width);
    g.columnWidth = (width - g.axisWidth) / std::max<std::size_t>(1, tracks.size());
    g.headerHeight = headerHeightFor(tracks, g.columnWidth);
    const int stages = std::max<int>(1, static_cast<int>(stageNames.size()));
    g.pitch = std::clamp((minHeight - g.headerHeight - legendHeight(width)) / stages, kMinPitch, kMaxPitch);
    return g;
}

// The stage number in a soft badge, then the name wrapped beside it.
void drawAxisLabel(ImDrawList* dl, ImVec2 at, float width, float pitch, int stage, const std::string& name) {
    const Palette& p = palette();
    const float midY = at.y + pitch * 0.5f;
    dl->AddCircleFilled(ImVec2(at.x + 10.0f, midY), 10.0f, p.accentSoft);
    std::string num = std::to_string(stage + 1);
    ImVec2 ns = textSize(fonts().small, num);
    drawText(dl, fonts().small, ImVec2(at.x + 10.0f - ns.x * 0.5f, midY - ns.y * 0.5f), p.accent, num);
    const float wrap = width - 36.0f;
    if (wrap <= 0.0f) return;  // a narrow axis: the number alone
    ImFont* font = textSize(fonts().body, name, wrap).y <= pitch - 4.0f ? fonts().body : fonts().small;
    ImVec2 ts = textSize(font, name, wrap);
    drawText(dl, font, ImVec2(at.x + 28.0f, midY - ts.y * 0.5f), p.text, name, wrap);
}

void drawHeader(ImDrawList* dl, ImVec2 at, float width, const LadderTrack& t) {
    const Palette& p = palette();
    ImFont* font = headerFont(t, width);
    drawText(dl, font, at, p.text, t.name, width);
    float y = at.y + textSize(font, t.name, width).y + 4.0f;
    const Status st = statusFor(t, width);
    drawText(dl, fonts().small, ImVec2(at.x, y), p.text, st.stage);
    float x = at.x + textSize(fonts().small, st.stage).x;
    if (st.twoLines) {
        x = at.x;
        y += fontSize(fonts().small) + 2.0f;
    } else {
        drawText(dl, fonts().small, ImVec2(x, y), p.textMuted, "  \xC2\xB7  ");
        x += textSize(fonts().small, "  \xC2\xB7  ").x;
    }
    drawText(dl, fonts().small, ImVec2(x, y), p.textMuted, st.level);
    x += textSize(fonts().small, st.level).x + 6.0f;
    if (!st.target.empty()) drawText(dl, fonts().small, ImVec2(x, y), p.target, st.target);
}

void centredLabel(ImDrawList* dl, ImVec2 a, ImVec2 b, ImU32 colour, const char* label) {
    ImVec2 ts = textSize(fonts().small, label);
    if (ts.x > b.x - a.x - 6.0f) return;  // a narrow rung says it by colour alone
    drawText(dl, fonts().small, ImVec2((a.x + b.x - ts.x) * 0.5f, (a.y + b.y - ts.y) * 0.5f), colour, label);
}

void drawRungTooltip(const std::string& stageName, int s, const LadderTrack& t) {
    const Palette& p = palette();
    nextTooltipWidth(360.0f);
    ImGui::BeginTooltip();
    text(fonts().bodyBold, p.text, t.name + " \xE2\x80\x94 stage " + std::to_string(s + 1) + ": " + stageName, true);
    if (s < t.stage) {
        text(fonts().small, p.good, "In place: this stage counts.", true);
    } else if (s < t.ungatedStage) {
        text(fonts().small, p.danger, "The answers reach this stage, but it does not count yet:", true);
        if (s == t.stage)
            for (const std::string& b : t.blockers) text(fonts().small, p.text, b, true);
        else
            text(fonts().small, p.text, "It counts once the stage below it does.", true);
    } else if (s == static_cast<int>(t.level)) {
        text(fonts().small, p.textMuted, "Part of the way there (level " + formatLevel(t.level) + ").", true);
    } else {
        text(fonts().small, p.textMuted, "Not reached yet.", true);
    }
    if (s + 1 == t.target) text(fonts().small, p.target, "This is the target stage.", true);
    text(fonts().small, p.textMuted, "Click to see the evidence on the maturity map.", true);
    ImGui::EndTooltip();
}

struct RungInput {
    bool hovered = false, clicked = false;
};

RungInput drawRung(ImDrawList* dl, ImVec2 a, ImVec2 b, int s, const LadderTrack& t, const std::string& stageName, int id) {
    const Palette& p = palette();
    const float r = 5.0f;
    const bool held = s < t.stage;
    const bool blocked = !held && s < t.ungatedStage;
    const bool isTarget = s + 1 == t.target;
    const double part = t.level - s;  // > 0 on the rung the level sits in

    ImGui::SetCursorScreenPos(a);
    ImGui::PushID(id);
    RungInput in;
    in.clicked = ImGui::InvisibleButton((t.name + ", " + stageName + "###rung").c_str(), ImVec2(b.x - a.x, b.y - a.y));
    in.hovered = ImGui::IsItemHovered();
    const bool hovered = in.hovered;
    ImGui::PopID();

    const ImU32 reached = withAlpha(p.accent, 0.32f);
    if (held) {
        dl->AddRectFilled(a, b, p.accent, r);
    } else if (blocked) {
        dl->AddRectFilled(a, b, reached, r);
    } else {
        dl->AddRectFilled(a, b, p.heatEmpty, r);
        if (part > 0.0 && part < 1.0) {
            float x = a.x + static_cast<float>(part) * (b.x - a.x);
            dl->AddRectFilled(a, ImVec2(x, b.y), reached, r, x < b.x - r ? ImDrawFlags_RoundCornersLeft : 0);
        }
    }
    if (isTarget) {
        const float grow = blocked ? 3.5f : 0.0f;  // outside the red outline when both apply
        dl->AddRect(ImVec2(a.x - grow, a.y - grow), ImVec2(b.x + grow, b.y + grow), p.target, r + grow, 0, 2.0f);
    }
    if (blocked) dl->AddRect(a, b, p.danger, r, 0, 2.0f);
    if (hovered) dl->AddRect(ImVec2(a.x - 1, a.y - 1), ImVec2(b.x + 1, b.y + 1), p.text, r + 1, 0, 1.0f);

    if (blocked) centredLabel(dl, a, b, p.danger, "Held back");
    else if (isTarget) centredLabel(dl, a, b, held ? p.textOnAccent : p.target, held ? "Target met" : "Target");
    return in;
}

// Draws the legend (or only measures it) and returns its height.
float drawLegend(ImDrawList* dl, ImVec2 at, float width, bool draw = true) {
    const Palette& p = palette();
    LegendFlow legend(dl, at, width, draw);
    const ImVec2 size(18.0f, 12.0f);
    legend.item("Stage in place", [&](ImVec2 s) { dl->AddRectFilled(s, ImVec2(s.x + size.x, s.y + size.y), p.accent, 3.0f); });
    legend.item("Part of the way", [&](ImVec2 s) {
        dl->AddRectFilled(s, ImVec2(s.x + size.x, s.y + size.y), p.heatEmpty, 3.0f);
        dl->AddRectFilled(s, ImVec2(s.x + 8.0f, s.y + size.y), withAlpha(p.accent, 0.32f), 3.0f, ImDrawFlags_RoundCornersLeft);
    });
    legend.item("Held back by a gate", [&](ImVec2 s) { dl->AddRect(s, ImVec2(s.x + size.x, s.y + size.y), p.danger, 3.0f, 0, 2.0f); });
    legend.item("Target", [&](ImVec2 s) { dl->AddRect(s, ImVec2(s.x + size.x, s.y + size.y), p.target, 3.0f, 0, 2.0f); });
    return legend.height();
}

float legendHeight(float width) { return 12.0f + drawLegend(nullptr, ImVec2(0, 0), width, false); }

}  // namespace

float laddersNaturalHeight(const std::vector<std::string>& stageNames, const std::vector<LadderTrack>& tracks,
                           float width) {
    Geometry g = geometryFor(stageNames, tracks, width, 0.0f);
    return g.headerHeight + g.pitch * static_cast<float>(stageNames.size()) + legendHeight(width);
}

LadderHit drawLadders(const std::vector<std::string>& stageNames, const std::vector<LadderTrack>& tracks, float width,
                      float minHeight, LadderLayout* layout) {
    LadderHit hit;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const Geometry g = geometryFor(stageNames, tracks, width, minHeight);
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const int stages = static_cast<int>(stageNames.size());
    const float rungsTop = top.y + g.headerHeight;
    auto rowTop = [&](int s) { return rungsTop + (stages - 1 - s) * g.pitch; };  // stage 1 at the bottom
    if (layout) layout->rungCentres.assign(tracks.size(), std::vector<ImVec2>(stages));

    // Faint rules tie each rung to its stage name across the columns.
    for (int s = 0; s < stages; ++s) {
        drawAxisLabel(dl, ImVec2(top.x, rowTop(s)), g.axisWidth, g.pitch, s, stageNames[s]);
        if (s > 0) {
            float y = rowTop(s) + g.pitch;
            dl->AddLine(ImVec2(top.x, y), ImVec2(top.x + width, y), withAlpha(p.border, 0.6f));
        }
    }

    for (std::size_t t = 0; t < tracks.size(); ++t) {
        const float x0 = top.x + g.axisWidth + t * g.columnWidth + kColumnPad;
        const float x1 = x0 + g.columnWidth - 2 * kColumnPad;
        drawHeader(dl, ImVec2(x0, top.y), x1 - x0, tracks[t]);
        // Rails either side, so the rungs read as a ladder.
        const float railTop = rungsTop + 2.0f, railBottom = rungsTop + stages * g.pitch - 2.0f;
        dl->AddLine(ImVec2(x0, railTop), ImVec2(x0, railBottom), p.border, 3.0f);
        dl->AddLine(ImVec2(x1, railTop), ImVec2(x1, railBottom), p.border, 3.0f);
        for (int s = 0; s < stages; ++s) {
            ImVec2 a(x0 + 6.0f, rowTop(s) + kRungGap * 0.5f), b(x1 - 6.0f, rowTop(s) + g.pitch - kRungGap * 0.5f);
            if (layout) layout->rungCentres[t][s] = ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
            RungInput in = drawRung(dl, a, b, s, tracks[t], stageNames[s], static_cast<int>(t) * 64 + s);
            if (in.hovered || in.clicked) {
                hit.track = static_cast<int>(t);
                hit.stage = s;
                hit.clicked = in.clicked;
            }
            if (in.hovered) drawRungTooltip(stageNames[s], s, tracks[t]);
        }
    }

    drawLegend(dl, ImVec2(top.x, rungsTop + stages * g.pitch + 14.0f), width);
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(width, g.headerHeight + stages * g.pitch + legendHeight(width)));
    return hit;
}

}  // namespace smm::ui
