#include "presentation_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <iterator>
#include <string>

#include "core/risks.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/pill.hpp"
#include "shell/widgets/qr_code.hpp"

namespace smm::ui {
namespace {

// A projector washes out colour and thin lines: near-black on white, strong
// hues, nothing lighter than dark grey for text. Independent of the app theme.
constexpr ImU32 rgb(unsigned hex) { return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF); }
constexpr ImU32 kPage = rgb(0xFFFFFF);
constexpr ImU32 kInk = rgb(0x0A0A0A);
constexpr ImU32 kInkSoft = rgb(0x2E2E2E);  // secondary text: still dark
constexpr ImU32 kRule = rgb(0x0A0A0A);
constexpr ImU32 kTrack = rgb(0xE3E6EA);    // empty bar
constexpr ImU32 kAccent = rgb(0x0047AB);
constexpr ImU32 kTarget = rgb(0xC2410C);
constexpr ImU32 kGood = rgb(0x15803D);
constexpr ImU32 kDanger = rgb(0xB91C1C);
constexpr ImU32 kWarning = rgb(0x92400E);
constexpr ImU32 kGroupColours[] = {rgb(0x0047AB), rgb(0xC2410C), rgb(0x15803D), rgb(0x7E22CE), rgb(0xB91C1C),
                                   rgb(0x0E7490)};
const char* const kDot = " \xC2\xB7 ";

// Sizes are for a 1920 x 1080 slide; everything is multiplied by the scale.
constexpr float kRefWidth = 1920.0f, kRefHeight = 1080.0f;
constexpr float kBody = 34.0f, kTitle = 64.0f, kSmall = 26.0f, kKicker = 26.0f;
constexpr float kMargin = 96.0f;

// One frame's geometry and type.
struct Slate {
    ImDrawList* dl = nullptr;
    ImVec2 origin;        // top-left of the 16:9 area (centred in the window)
    float scale = 1.0f;   // CSS px per reference px
    float width = 0.0f;   // of the 16:9 area, CSS px
    float height = 0.0f;
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;

    float px(float ref) const { return ref * scale; }
    float left() const { return origin.x + px(kMargin); }
    float right() const { return origin.x + width - px(kMargin); }
    float inner() const { return right() - left(); }
    float bottom() const { return origin.y + height - px(96.0f); }  // above the footer

    // `wrapWidth` > 0 wraps at that width.
    ImVec2 measure(ImFont* f, float size, std::string_view s, float wrapWidth = 0.0f) const {
        return f->CalcTextSizeA(px(size), FLT_MAX, wrapWidth, s.data(), s.data() + s.size());
    }
    // Draws and returns the height used; `wrapAt` > 0 wraps at that x.
    float text(ImFont* f, float size, ImVec2 at, ImU32 colour, std::string_view s, float wrapAt = 0.0f) const {
        const float wrap = wrapAt > 0.0f ? std::max(1.0f, wrapAt - at.x) : 0.0f;
        drawTextSized(dl, f, px(size), at, colour, s, wrap);
        return measure(f, size, s, wrap).y;
    }
    // One line in `room`: a little smaller when that makes it fit, else cut
    // with an ellipsis.
    void line(ImFont* f, float size, ImVec2 at, ImU32 colour, const std::string& s, float room) const {
        const float natural = measure(f, size, s).x;
        if (natural > room) size = std::max(size * 0.85f, size * room / natural);
        std::string shown = s;
        if (measure(f, size, shown).x > room) {
            const std::string dots = "\xE2\x80\xA6";
            while (!shown.empty() && measure(f, size, shown + dots).x > room) {
                do shown.pop_back();
                while (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0x80);
                if (!shown.empty() && (static_cast<unsigned char>(shown.back()) & 0xC0) == 0xC0) shown.pop_back();
            }
            shown += dots;
        }
        text(f, size, at, colour, shown);
    }
};

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

// Participants with no workshop around them are treated as an anonymous
// workshop's: small groups stay hidden (core/workshop's rule decides).
const Workshop& orAnonymous(const Workshop* workshop) {
    static const Workshop anonymous;
    return workshop ? *workshop : anonymous;
}

// The slide's kicker (small, accent, upper case) and title; returns the y below.
float heading(const Slate& s, Slide slide, const std::string& note, const std::string& title) {
    float y = s.origin.y + s.px(64.0f);
    std::string kicker = upper(slideName(slide));
    if (!note.empty()) kicker += "  \xC2\xB7  " + upper(note);
    s.text(s.bold, kKicker, ImVec2(s.left(), y), kAccent, kicker);
    y += s.px(kKicker + 14.0f);
    y += s.text(s.title, kTitle, ImVec2(s.left(), y), kInk, title, s.right());
    return y + s.px(28.0f);
}

// A horizontal bar from 0 to `stages` with the level filled and the target marked.
void levelBar(const Slate& s, ImVec2 at, float w, float h, double level, int target, int stages) {
    const float unit = w / static_cast<float>(std::max(1, stages));
    s.dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), kTrack);
    s.dl->AddRectFilled(at, ImVec2(at.x + unit * static_cast<float>(level), at.y + h), kAccent);
    for (int i = 1; i < stages; ++i)  // stage boundaries
        s.dl->AddLine(ImVec2(at.x + unit * i, at.y), ImVec2(at.x + unit * i, at.y + h), kPage, s.px(3.0f));
    if (target > 0) {
        const float x = at.x + unit * static_cast<float>(target);
        s.dl->AddRectFilled(ImVec2(x - s.px(4.0f), at.y - s.px(8.0f)), ImVec2(x + s.px(4.0f), at.y + h + s.px(8.0f)),
                            kTarget);
    }
}

// The stage numbers 0 .. stages along a scale of width `w` at `x`, at `y`.
void stageNumbers(const Slate& s, float x, float w, int stages, float y) {
    stages = std::max(1, stages);
    for (int t = 0; t <= stages; ++t) {
        const std::string n = std::to_string(t);
        const float tx = x + w * static_cast<float>(t) / static_cast<float>(stages);
        s.text(s.bold, kSmall, ImVec2(tx - s.measure(s.bold, kSmall, n).x * 0.5f, y), kInkSoft, n);
    }
}

std::string standingLine(const Model& model, const Standing& st, const char* label) {
    const std::string where = st.stage > 0 ? "Stage " + std::to_string(st.stage) + " of " +
                                                 std::to_string(model.stageCount()) + kDot + st.name
                                           : st.name;
    return std::string(label) + ": " + where;
}

// ---- the slides --------------------------------------------------------------

void drawStanding(const Slate& s, const Document& doc) {
    const Model& model = doc.model();
    const Score& score = doc.score();
    const std::string title = score.network >= 0 ? model.networkStandings[score.network].name : score.external.name;
    float y = heading(s, Slide::Standing, "confidence " + formatPercent(score.confidence()), title);
    const float standingTop = y;
    y += s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, standingLine(model, score.external, "With customers"));
    if (score.internal.leadingTrack >= 0)
        y += s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, standingLine(model, score.internal, "Inside"));
    y += s.px(20.0f);

    // Legend at the right of the standing: what the bar and the marker mean.
    const float targetW = s.px(18.0f) + s.measure(s.body, kSmall, "target").x;
    float lx = s.right() - targetW;
    s.dl->AddRectFilled(ImVec2(lx, standingTop), ImVec2(lx + s.px(8.0f), standingTop + s.px(28.0f)), kTarget);
    s.text(s.body, kSmall, ImVec2(lx + s.px(18.0f), standingTop), kInk, "target");
    lx -= s.px(40.0f) + s.px(46.0f) + s.measure(s.body, kSmall, "level now").x;
    s.dl->AddRectFilled(ImVec2(lx, standingTop + s.px(6.0f)), ImVec2(lx + s.px(36.0f), standingTop + s.px(22.0f)), kAccent);
    s.text(s.body, kSmall, ImVec2(lx + s.px(46.0f), standingTop), kInk, "level now");

    // Per dimension: level against target, one row each, under the stage numbers.
    const int rows = static_cast<int>(model.dimensions.size());
    if (rows == 0) return;
    const float numbersH = s.px(kSmall + 6.0f);
    const float rowH = std::min(s.px(66.0f), (s.bottom() - y - numbersH) / static_cast<float>(rows));
    const float size = std::min(kBody, rowH / s.scale * 0.58f);
    const float nameW = s.px(720.0f), valueW = s.px(200.0f);
    const float barX = s.left() + nameW, barW = s.inner() - nameW - valueW;
    stageNumbers(s, barX, barW, model.stageCount(), y);
    y += numbersH;
    for (int d = 0; d < rows; ++d, y += rowH) {
        const DimensionScore& ds = score.dimensions[d];
        const float textY = y + (rowH - s.px(size)) * 0.5f;
        s.line(s.body, size, ImVec2(s.left(), textY), kInk, model.dimensions[d].name, nameW - s.px(24.0f));
        const float barH = rowH * 0.42f;
        levelBar(s, ImVec2(barX, y + (rowH - barH) * 0.5f), barW, barH, ds.level, ds.target, model.stageCount());
        const std::string value = formatLevel(ds.level) + (ds.target > 0 ? "  \xE2\x86\x92 " + std::to_string(ds.target) : "");
        const float vw = s.measure(s.bold, size, value).x;
        s.text(s.bold, size, ImVec2(s.right() - vw, textY), ds.gap() > 0 ? kTarget : kInk, value);
    }
}

// The distribution of one question's answers as a stacked bar: a segment per
// option (darker = higher weight), counts inside, labels underneath.
float distributionBar(const Slate& s, ImVec2 at, float w, const Model& model, int q, const Distribution& d) {
    const auto& options = model.optionsFor(q);
    const int total = d.answered() + d.notApplicable;
    const float h = s.px(52.0f);
    if (total == 0) return s.text(s.body, kSmall, at, kInkSoft, "No answers yet.");
    float x = at.x;
    const ImU32 light = rgb(0xBFD7F2), dark = rgb(0x0B2E66);
    std::string legend;
    auto segment = [&](int count, ImU32 fill, ImU32 ink, const std::string& label) {
        if (count == 0) return;
        const float sw = w * static_cast<float>(count) / static_cast<float>(total);
        s.dl->AddRectFilled(ImVec2(x, at.y), ImVec2(x + sw, at.y + h), fill);
        s.dl->AddLine(ImVec2(x + sw, at.y), ImVec2(x + sw, at.y + h), kPage, s.px(3.0f));
        const std::string n = std::to_string(count);
        const ImVec2 ns = s.measure(s.bold, kBody, n);
        if (ns.x + s.px(8.0f) < sw) s.text(s.bold, kBody, ImVec2(x + (sw - ns.x) * 0.5f, at.y + (h - ns.y) * 0.5f), ink, n);
        if (!legend.empty()) legend += "    ";
        legend += label + " " + n;
        x += sw;
    };
    for (int o = 0; o < static_cast<int>(options.size()); ++o) {
        const float t = options.size() > 1 ? static_cast<float>(o) / static_cast<float>(options.size() - 1) : 1.0f;
        segment(d.options[o], mix(light, dark, t), t > 0.45f ? kPage : kInk, options[o].label);
    }
    segment(d.notApplicable, rgb(0x9CA3AF), kInk, "Not applicable");
    float used = h + s.px(8.0f);
    used += s.text(s.body, kSmall, ImVec2(at.x, at.y + used), kInk, legend, at.x + w);
    return used;
}

void drawDisagreement(const Slate& s, const Document& doc, const Workshop* workshop) {
    const Model& model = doc.model();
    const Aggregate& agg = *doc.group();
    float y = heading(s, Slide::Disagreement, plural(agg.participants, "participant", "participants"),
                      "Agreement " + formatPercent(agg.agreement));
    y += s.text(s.body, kBody, ImVec2(s.left(), y), kInk,
                "100% means everyone gave the same answers. The most contested questions:", s.right());
    y += s.px(24.0f);
    if (orAnonymous(workshop).setup.anonymous && agg.participants < kMinGroupSize) {
        s.text(s.bold, kBody, ImVec2(s.left(), y), kInk,
               "Fewer than " + std::to_string(kMinGroupSize) + " people answered: their answers stay private.", s.right());
        return;
    }
    int shown = 0;
    for (int q : agg.contested) {
        if (agg.questions[q].stddev <= 0.0 || shown == 3) break;
        const Question& question = model.questions[q];
        const std::string where = model.dimensions[question.dimension].name;
        const float room = s.bottom() - y;
        if (room < s.px(190.0f)) break;
        s.text(s.body, kSmall, ImVec2(s.left(), y), kAccent, upper(where));
        y += s.px(kSmall + 6.0f);
        y += s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, question.text, s.right());
        y += s.px(10.0f);
        y += distributionBar(s, ImVec2(s.left(), y), s.inner(), model, q, agg.answers[q]);
        y += s.px(30.0f);
        ++shown;
    }
    if (shown == 0) s.text(s.bold, kBody, ImVec2(s.left(), y), kGood, "Everyone gave the same answers.", s.right());
}

void drawGroups(const Slate& s, const Document& doc, const Workshop* workshop) {
    const Model& model = doc.model();
    const Aggregate& agg = *doc.group();
    const Workshop& rules = orAnonymous(workshop);
    const std::vector<GroupGap> gaps = groupGaps(agg, rules);
    auto groupName = [&](int g) { return roleGroupName(model, agg.groups[g].roleGroup); };
    std::string title = "No two groups to compare";
    if (!gaps.empty()) title = "Largest gap: " + model.dimensions[gaps.front().dimension].name;
    float y = heading(s, Slide::Groups, "", title);

    // Legend (the groups shown) and what is left out for anonymity.
    std::vector<int> shown;
    std::string hidden;
    for (int g : hiddenGroups(agg, rules)) hidden += (hidden.empty() ? "" : ", ") + groupName(g);
    for (int g = 0; g < static_cast<int>(agg.groups.size()); ++g)
        if (groupVisible(rules, agg.groups[g])) shown.push_back(g);
    auto colourOf = [&](int g) {
        const auto at = std::find(shown.begin(), shown.end(), g) - shown.begin();
        return kGroupColours[static_cast<std::size_t>(at) % std::size(kGroupColours)];
    };
    float x = s.left();
    for (int g : shown) {
        const std::string label = groupName(g) + " (" + std::to_string(agg.groups[g].participants) + ")";
        s.dl->AddCircleFilled(ImVec2(x + s.px(12.0f), y + s.px(kBody * 0.55f)), s.px(12.0f), colourOf(g));
        s.text(s.bold, kBody, ImVec2(x + s.px(32.0f), y), kInk, label);
        x += s.px(32.0f) + s.measure(s.bold, kBody, label).x + s.px(48.0f);
    }
    if (!shown.empty()) y += s.px(kBody + 12.0f);
    if (!hidden.empty())
        y += s.text(s.body, kSmall, ImVec2(s.left(), y), kInk,
                    "Not shown, fewer than " + std::to_string(kMinGroupSize) + " people (anonymity): " + hidden + ".",
                    s.right());
    y += s.px(16.0f);
    if (shown.size() < 2) {
        s.text(s.bold, kBody, ImVec2(s.left(), y), kInk,
               rules.setup.anonymous ? "At least two groups of " + std::to_string(kMinGroupSize) +
                                        " or more people are needed to compare."
                                  : std::string("At least two groups are needed to compare."),
               s.right());
        return;
    }

    // One row per dimension: the groups' mean levels on the stage scale; the
    // three largest gaps in bold with their size.
    std::vector<int> top;
    for (std::size_t i = 0; i < gaps.size() && i < 3; ++i) top.push_back(gaps[i].dimension);
    const int rows = static_cast<int>(model.dimensions.size());
    const float numbersH = s.px(kSmall + 6.0f);
    const float rowH = std::min(s.px(62.0f), (s.bottom() - y - numbersH) / static_cast<float>(std::max(1, rows)));
    const float size = std::min(kBody, rowH / s.scale * 0.58f);
    const float nameW = s.px(720.0f), valueW = s.px(220.0f);
    const float scaleX = s.left() + nameW, scaleW = s.inner() - nameW - valueW;
    const int stages = std::max(1, model.stageCount());
    stageNumbers(s, scaleX, scaleW, stages, y);
    y += numbersH;
    for (int d = 0; d < rows; ++d, y += rowH) {
        const bool called = std::find(top.begin(), top.end(), d) != top.end();
        const float textY = y + (rowH - s.px(size)) * 0.5f;
        const float mid = y + rowH * 0.5f;
        if (called) s.dl->AddRectFilled(ImVec2(s.left() - s.px(16.0f), y + s.px(2.0f)), ImVec2(s.right() + s.px(8.0f), y + rowH - s.px(2.0f)), rgb(0xFFF1E6));
        s.line(called ? s.bold : s.body, size, ImVec2(s.left(), textY), kInk, model.dimensions[d].name, nameW - s.px(24.0f));
        s.dl->AddLine(ImVec2(scaleX, mid), ImVec2(scaleX + scaleW, mid), kRule, s.px(2.0f));
        for (int t = 0; t <= stages; ++t) {
            const float tx = scaleX + scaleW * static_cast<float>(t) / static_cast<float>(stages);
            s.dl->AddLine(ImVec2(tx, mid - s.px(8.0f)), ImVec2(tx, mid + s.px(8.0f)), kRule, s.px(2.0f));
        }
        for (int g : shown) {
            const Stats& st = agg.groups[g].dimensions[d];
            if (st.count == 0) continue;
            const float gx = scaleX + scaleW * static_cast<float>(st.mean) / static_cast<float>(stages);
            s.dl->AddCircleFilled(ImVec2(gx, mid), s.px(13.0f), colourOf(g));
            s.dl->AddCircle(ImVec2(gx, mid), s.px(13.0f), kPage, 0, s.px(2.0f));
        }
        for (const GroupGap& gap : gaps) {
            if (gap.dimension != d || !called) continue;
            const std::string value = "gap " + formatLevel(gap.gap);
            const float vw = s.measure(s.bold, size, value).x;
            s.text(s.bold, size, ImVec2(s.right() - vw, textY), kTarget, value);
        }
    }
}

void drawRisks(const Slate& s, const Document& doc) {
    const Model& model = doc.model();
    const std::vector<TriggeredRisk> top = topRisks(model, doc.assessment(), doc.score(), 4);
    const int applies = static_cast<int>(doc.risks().size());
    float y = heading(s, Slide::Risks, applies ? plural(applies, "risk applies", "risks apply") : "",
                      top.empty() ? "None of the model's risks applies" : "What could go wrong");
    for (const TriggeredRisk& tr : top) {
        const Risk& risk = model.risks[tr.risk];
        if (s.bottom() - y < s.px(120.0f)) break;
        const ImU32 colour = risk.severity == "high" ? kDanger : risk.severity == "medium" ? kWarning : kInkSoft;
        const std::string sev = upper(risk.severity.empty() ? std::string("risk") : risk.severity);
        const float pillW = s.px(170.0f);
        s.dl->AddRectFilled(ImVec2(s.left(), y + s.px(2.0f)), ImVec2(s.left() + pillW, y + s.px(kBody + 10.0f)), colour,
                            s.px(6.0f));
        const float sw = s.measure(s.bold, kSmall, sev).x;
        s.text(s.bold, kSmall, ImVec2(s.left() + (pillW - sw) * 0.5f, y + s.px(6.0f)), kPage, sev);
        const float tx = s.left() + pillW + s.px(28.0f);
        y += s.text(s.bold, kBody, ImVec2(tx, y), kInk, risk.title, s.right()) + s.px(6.0f);
        const std::string why = tr.unknown ? unknownRiskSentence(model, tr)
                                           : (tr.reasons.empty() ? risk.description : "Because " + tr.reasons.front());
        y += s.text(s.body, kBody * 0.85f, ImVec2(tx, y), tr.unknown ? kWarning : kInkSoft, why, s.right());
        y += s.px(34.0f);
    }
}

void drawRoadmap(const Slate& s, const Document& doc) {
    const Model& model = doc.model();
    const Roadmap& roadmap = doc.roadmap();
    const int items = static_cast<int>(roadmap.items.size());
    float y = heading(s, Slide::Roadmap,
                      items ? plural(items, "action", "actions") + " in " + plural(roadmap.phaseCount, "phase", "phases") : "",
                      items ? "From today to the targets" : "No targets set yet");
    if (!items) {
        s.text(s.body, kBody, ImVec2(s.left(), y), kInk, "Set a target for at least one dimension to see the roadmap.",
               s.right());
        return;
    }
    const int columns = std::min(roadmap.phaseCount, 4);
    const float gap = s.px(32.0f);
    const float colW = (s.inner() - gap * static_cast<float>(columns - 1)) / static_cast<float>(columns);
    for (int c = 0; c < columns; ++c) {
        const int phase = c + 1;
        const bool last = c == columns - 1 && roadmap.phaseCount > columns;  // later phases fold into the last column
        float cy = y;
        const float cx = s.left() + static_cast<float>(c) * (colW + gap);
        s.dl->AddRectFilled(ImVec2(cx, cy), ImVec2(cx + colW, cy + s.px(8.0f)), phase == 1 ? kAccent : kInk);
        cy += s.px(20.0f);
        const std::string name = last ? "Phase " + std::to_string(phase) + "+" : "Phase " + std::to_string(phase);
        cy += s.text(s.title, kBody * 1.2f, ImVec2(cx, cy), kInk, name);
        cy += s.text(s.body, kSmall, ImVec2(cx, cy), kInkSoft,
                     phase == 1 ? "start now" : "after phase " + std::to_string(phase - 1)) + s.px(16.0f);
        int left = 0;
        for (const RoadmapItem& item : roadmap.items) {
            if (item.phase != phase && !(last && item.phase > phase)) continue;
            const Action& action = model.actions[item.action];
            const float need = s.measure(s.bold, kBody * 0.9f, action.title, colW).y + s.px(kSmall + 24.0f);
            if (cy + need > s.bottom()) {
                ++left;
                continue;
            }
            cy += s.text(s.bold, kBody * 0.9f, ImVec2(cx, cy), kInk, action.title, cx + colW);
            cy += s.text(s.body, kSmall, ImVec2(cx, cy + s.px(2.0f)), kInkSoft, model.dimensions[action.dimension].name,
                         cx + colW) + s.px(20.0f);
        }
        if (left) s.text(s.bold, kSmall, ImVec2(cx, cy), kAccent, "+ " + std::to_string(left) + " more");
    }
}

void drawNextSteps(const Slate& s, const Document& doc, const Workshop* workshop) {
    const Model& model = doc.model();
    struct Row {
        std::string action, owner, due;
    };
    std::vector<Row> rows;
    if (workshop)
        for (const Decision& d : workshop->decisions)
            if (d.action >= 0 && d.action < static_cast<int>(model.actions.size()))
                rows.push_back({model.actions[d.action].title, d.owner.empty() ? "owner to agree" : d.owner, d.due});
    const bool agreed = !rows.empty();
    if (!agreed)
        for (int a : doc.roadmap().nextMoves()) rows.push_back({model.actions[a].title, "owner to agree", ""});
    float y = heading(s, Slide::NextSteps, agreed || rows.empty() ? "" : "proposed: the roadmap's first moves",
                      agreed ? "What we agreed" : rows.empty() ? "Nothing to do yet" : "Who does what, by when?");
    if (rows.empty()) {
        s.text(s.body, kBody, ImVec2(s.left(), y), kInk, "Set targets to see the first moves.", s.right());
        return;
    }
    const float ownerX = s.left() + s.inner() * 0.58f, dueX = s.left() + s.inner() * 0.84f;
    s.text(s.bold, kSmall, ImVec2(s.left(), y), kAccent, "ACTION");
    s.text(s.bold, kSmall, ImVec2(ownerX, y), kAccent, "OWNER");
    s.text(s.bold, kSmall, ImVec2(dueX, y), kAccent, "DUE");
    y += s.px(kSmall + 12.0f);
    for (const Row& r : rows) {
        if (s.bottom() - y < s.px(70.0f)) break;
        s.dl->AddLine(ImVec2(s.left(), y), ImVec2(s.right(), y), kRule, s.px(2.0f));
        y += s.px(16.0f);
        const float h = s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, r.action, ownerX - s.px(32.0f));
        const bool toAgree = r.owner == "owner to agree";
        s.text(toAgree ? s.body : s.bold, kBody, ImVec2(ownerX, y), toAgree ? kTarget : kInk, r.owner, dueX - s.px(24.0f));
        s.text(s.bold, kBody, ImVec2(dueX, y), r.due.empty() ? kInkSoft : kInk, r.due.empty() ? "\xE2\x80\x94" : r.due);
        y += h + s.px(18.0f);
    }
}

// Results stay hidden until the facilitator reveals them: the count, the
// invitation and how to reveal. True when the reveal hint was clicked.
bool drawHidden(const Slate& s, const Model& model, Slide slide, const Workshop& workshop, std::string_view link,
                bool first) {
    float y = heading(s, slide, "", "Results hidden");
    y += s.text(s.bold, kTitle * 0.75f, ImVec2(s.left(), y), kAccent, responseCount(model, workshop), s.right());
    y += s.px(24.0f);
    if (first && !link.empty()) {
        const float qr = std::min(s.px(460.0f), s.bottom() - y - s.px(90.0f));
        if (qr > s.px(160.0f)) {
            drawQrCode(s.dl, ImVec2(s.left(), y), qr, link);
            s.dl->AddRect(ImVec2(s.left(), y), ImVec2(s.left() + qr, y + qr), kRule, 0.0f, 0, s.px(2.0f));
            const float tx = s.left() + qr + s.px(40.0f);
            s.text(s.bold, kBody, ImVec2(tx, y), kInk, "Scan to answer on your phone", s.right());
            s.text(s.body, kSmall, ImVec2(tx, y + s.px(kBody + 16.0f)), kInkSoft, link, s.right());
            y += qr + s.px(28.0f);
        }
    }
    const std::string hint = "Press R to reveal";
    const ImVec2 size = s.measure(s.bold, kBody, hint);
    const ImVec2 pad(s.px(28.0f), s.px(14.0f));
    ImGui::SetCursorScreenPos(ImVec2(s.left(), y));
    const bool clicked = ImGui::InvisibleButton(hint.c_str(), ImVec2(size.x + 2 * pad.x, size.y + 2 * pad.y));
    if (ImGui::IsItemHovered()) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    s.dl->AddRectFilled(ImVec2(s.left(), y), ImVec2(s.left() + size.x + 2 * pad.x, y + size.y + 2 * pad.y), kInk,
                        s.px(8.0f));
    s.text(s.bold, kBody, ImVec2(s.left() + pad.x, y + pad.y), kPage, hint);
    return clicked;
}

std::string timerText(double remaining) {
    if (remaining <= 0.0) return "Time's up";
    const int secs = static_cast<int>(std::ceil(remaining));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", secs / 60, secs % 60);
    return buf;
}

// Organisation and date at the left, the countdown in the middle, the slide
// counter and how to leave at the right. True when "Esc to leave" was clicked.
bool drawFooter(const Slate& s, const Document& doc, const Workshop* workshop, const PresentationState& state, int count,
                double now) {
    const float y = s.origin.y + s.height - s.px(64.0f);
    std::string who = workshop && !workshop->setup.organisation.empty() ? workshop->setup.organisation
                                                                         : doc.assessment().organisation;
    const std::string date = workshop && !workshop->setup.date.empty() ? workshop->setup.date : doc.assessment().date;
    if (!date.empty()) who += (who.empty() ? "" : kDot) + date;
    s.line(s.body, kSmall, ImVec2(s.left(), y), kInkSoft, who, s.inner() * 0.4f);
    if (state.timerEnd > 0.0) {
        const double remaining = state.timerEnd - now;
        const std::string t = timerText(remaining);
        const float tw = s.measure(s.bold, kBody, t).x;
        s.text(s.bold, kBody, ImVec2(s.origin.x + (s.width - tw) * 0.5f, y - s.px(6.0f)),
               remaining < 60.0 ? kDanger : kInk, t);
    }
    const std::string counter = std::to_string(state.slide + 1) + " / " + std::to_string(count);
    const std::string leave = "Esc to leave";
    const float cw = s.measure(s.bold, kSmall, counter).x;
    const float lw = s.measure(s.body, kSmall, leave).x;
    s.text(s.bold, kSmall, ImVec2(s.right() - cw, y), kInk, counter);
    const ImVec2 at(s.right() - cw - s.px(40.0f) - lw, y);
    ImGui::SetCursorScreenPos(at);
    const bool clicked = ImGui::InvisibleButton(leave.c_str(), ImVec2(lw, s.px(kSmall + 4.0f)));
    s.text(s.body, kSmall, at, kInkSoft, leave);
    return clicked;
}

void handleKeys(const Document& doc, const Workshop* workshop, PresentationState& state, int count, double now,
                Intents& out) {
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, false); };
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space) ||
        pressed(ImGuiKey_DownArrow))
        state.slide = std::min(state.slide + 1, count - 1);
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_UpArrow))
        state.slide = std::max(state.slide - 1, 0);
    if (pressed(ImGuiKey_Home)) state.slide = 0;
    if (pressed(ImGuiKey_End)) state.slide = count - 1;
    if (pressed(ImGuiKey_R) && workshop && !workshop->revealed) out.push_back(RevealResults{});
    if (pressed(ImGuiKey_T)) state.timerEnd = state.timerEnd > 0.0 ? 0.0 : now + state.timerMinutes * 60.0;
    const int step = (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd))          ? 1
                     : (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract)) ? -1
                                                                                     : 0;
    if (step) {
        const int minutes = std::clamp(state.timerMinutes + step, 1, 60);
        if (state.timerEnd > 0.0) state.timerEnd += (minutes - state.timerMinutes) * 60.0;
        state.timerMinutes = minutes;
    }
    if (pressed(ImGuiKey_Escape)) out.push_back(LeavePresentation{});
    (void)doc;
}

}  // namespace

// Wall-clock seconds: the countdown runs on while the app sleeps between
// frames (ImGui's time only advances with frames).
double presentationClock() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::vector<Slide> presentationSlides(const Document& doc) {
    const bool group = doc.group() && doc.group()->participants > 0;
    std::vector<Slide> slides{Slide::Standing};
    if (group) slides.insert(slides.end(), {Slide::Disagreement, Slide::Groups});
    slides.insert(slides.end(), {Slide::Risks, Slide::Roadmap, Slide::NextSteps});
    return slides;
}

const char* slideName(Slide slide) {
    switch (slide) {
        case Slide::Standing: return "Where we stand";
        case Slide::Disagreement: return "Where we disagree";
        case Slide::Groups: return "How the groups see it";
        case Slide::Risks: return "Top risks";
        case Slide::Roadmap: return "Roadmap";
        case Slide::NextSteps: return "Agreed next steps";
    }
    return "";
}

float slideBodySize(ImVec2 display) {
    return kBody * std::max(0.25f, std::min(display.x / kRefWidth, display.y / kRefHeight));
}

double presentationRedrawIn(const PresentationState& state, double now) {
    if (state.timerEnd <= 0.0) return -1.0;
    const double remaining = state.timerEnd - now;
    if (remaining <= 0.0) return -1.0;  // "Time's up" stays as it is
    const double fraction = remaining - std::floor(remaining);
    return fraction > 0.0 ? fraction : 1.0;
}

void drawPresentation(const Document& doc, const Workshop* workshop, PresentationState& state, Intents& out,
                      std::string_view inviteLink) {
    const std::vector<Slide> slides = presentationSlides(doc);
    const int count = static_cast<int>(slides.size());
    state.slideCount = count;
    state.slide = std::clamp(state.slide, 0, count - 1);
    const double now = presentationClock();
    handleKeys(doc, workshop, state, count, now, out);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, kPage);
    ImGui::Begin("##presentation", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav);  // Space and arrows are ours
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();

    // The 16:9 slide, as large as the window allows, centred.
    Slate s;
    s.dl = ImGui::GetWindowDrawList();
    s.scale = slideBodySize(io.DisplaySize) / kBody;
    s.width = kRefWidth * s.scale;
    s.height = kRefHeight * s.scale;
    s.origin = ImVec2(std::floor((io.DisplaySize.x - s.width) * 0.5f), std::floor((io.DisplaySize.y - s.height) * 0.5f));
    const Fonts& f = fonts();
    // The large sizes arrive a frame after presenting starts (the atlas is rebuilt).
    s.body = f.slideBody ? f.slideBody : f.body;
    s.bold = f.slideBold ? f.slideBold : f.bodyBold;
    s.title = f.slideTitle ? f.slideTitle : f.title;

    // A click on the slide moves on, as a clicker's button would.
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    ImGui::SetNextItemAllowOverlap();  // the reveal and leave buttons sit on top
    if (ImGui::InvisibleButton("##next", ImVec2(std::max(1.0f, whole.x), std::max(1.0f, whole.y))))
        state.slide = std::min(state.slide + 1, count - 1);

    const Slide slide = slides[static_cast<std::size_t>(state.slide)];
    if (workshop && !workshop->revealed) {
        if (drawHidden(s, doc.model(), slide, *workshop, inviteLink, state.slide == 0)) out.push_back(RevealResults{});
    } else {
        switch (slide) {
            case Slide::Standing: drawStanding(s, doc); break;
            case Slide::Disagreement: drawDisagreement(s, doc, workshop); break;
            case Slide::Groups: drawGroups(s, doc, workshop); break;
            case Slide::Risks: drawRisks(s, doc); break;
            case Slide::Roadmap: drawRoadmap(s, doc); break;
            case Slide::NextSteps: drawNextSteps(s, doc, workshop); break;
        }
    }
    if (drawFooter(s, doc, workshop, state, count, now)) out.push_back(LeavePresentation{});
    ImGui::End();
}

}  // namespace smm::ui
