#include "presentation_slides.hpp"

#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <iterator>
#include <string>

#include "core/risks.hpp"
#include "core/workshop_summary.hpp"
#include "shell/theme.hpp"
#include "shell/widgets/pill.hpp"
#include "shell/widgets/qr_code.hpp"

namespace smm::ui::slides {

void drawStanding(const Slate& s, const Document& doc) {
    const Model& model = doc.model();
    const Score& score = doc.score();
    // The headline in core's words: both standings lead, the network word is a label.
    const Headline& head = score.headline;
    float y = heading(s, Slide::Standing, "confidence " + formatPercent(score.confidence()), score.external.name);
    const float standingTop = y;
    const float legendW = s.px(420.0f);
    y += s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, "With customers: " + head.external, s.right() - legendW);
    if (!head.internal.empty())
        y += s.text(s.bold, kBody, ImVec2(s.left(), y), kInk, "Inside: " + head.internal, s.right() - legendW);
    if (!head.network.empty())
        y += s.text(s.body, kSmall, ImVec2(s.left(), y), kInkSoft, "Network: " + head.network, s.right() - legendW);
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
    // "Don't know" is no answer on the scale: it is counted beside the bar, not in it.
    if (d.dontKnow) legend += (legend.empty() ? "" : "    ") + std::string("Don't know ") + std::to_string(d.dontKnow);
    float used = h + s.px(8.0f);
    used += s.text(s.body, kSmall, ImVec2(at.x, at.y + used), kInk, legend, at.x + w);
    return used;
}

void drawDisagreement(const Slate& s, const Document& doc, const Workshop* workshop) {
    const Model& model = doc.model();
    const Aggregate& agg = *doc.group();
    const WorkshopSummary sum = summariseWorkshop(agg, orAnonymous(workshop));
    float y = heading(s, Slide::Disagreement, plural(sum.participants, "participant", "participants"),
                      "Agreement " + formatPercent(sum.agreement));
    y += s.text(s.body, kBody, ImVec2(s.left(), y), kInk,
                "100% means everyone gave the same answers. The most contested questions:", s.right());
    y += s.px(24.0f);
    if (sum.answersPrivate) {
        s.text(s.bold, kBody, ImVec2(s.left(), y), kInk,
               answersPrivateLine(), s.right());
        return;
    }
    // A slide has room for three: the first three of the same list.
    constexpr std::size_t kContestedOnSlide = 3;
    std::size_t shown = 0;
    for (int q : sum.contested) {
        if (shown == kContestedOnSlide) break;
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
    const WorkshopSummary sum = summariseWorkshop(agg, orAnonymous(workshop));
    const std::vector<GroupGap>& gaps = sum.gaps;
    auto groupName = [&](int g) { return roleGroupName(model, agg.groups[g].roleGroup); };
    std::string title = "No two groups to compare";
    if (!gaps.empty()) title = "Largest gap: " + model.dimensions[gaps.front().dimension].name;
    else if (sum.compared()) title = "The groups see every dimension alike";
    float y = heading(s, Slide::Groups, "", title);

    // Legend (the groups shown) and what is left out for anonymity.
    const std::vector<int>& shown = sum.shownGroups;
    std::string hidden;
    for (int g : sum.hiddenGroups) hidden += (hidden.empty() ? "" : ", ") + groupName(g);
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
               sum.anonymous ? "At least two groups of " + std::to_string(kMinGroupSize) +
                                        " or more people are needed to compare."
                                  : std::string("At least two groups are needed to compare."),
               s.right());
        return;
    }

    // One row per dimension: the groups' mean levels on the stage scale; the
    // three largest gaps in bold with their size.
    std::vector<int> top;
    constexpr std::size_t kGapsCalledOut = 3;  // the first three of the same list
    for (std::size_t i = 0; i < gaps.size() && i < kGapsCalledOut; ++i) top.push_back(gaps[i].dimension);
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
        const ImU32 colour = tr.severity == "high" ? kDanger : tr.severity == "medium" ? kWarning : kInkSoft;
        const std::string sev = upper(tr.severity.empty() ? std::string("risk") : tr.severity);
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
        for (const NextMove& m : doc.moves()) rows.push_back({m.title, "owner to agree", ""});
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

}  // namespace smm::ui::slides
