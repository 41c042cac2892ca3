// The workshop's results: where people disagree and how the groups see it,
// as core/workshop_summary lists them.
#include "workshop_results.hpp"

#include <algorithm>
#include <cstdio>

#include "core/scoring.hpp"
#include "core/workshop.hpp"
#include "core/workshop_summary.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"

namespace smm::ui::workshop {

namespace {

constexpr std::size_t kGapRowsShown = 8;

// A scale 0..stageCount with one dot per group and the gap between the widest two.
void drawGroupRow(const Model& model, const Aggregate& agg, const WorkshopSummary& sum, int d,
                  const std::vector<ImU32>& colours, float width) {
    const Palette& p = palette();
    const float nameW = std::min(220.0f, width * 0.38f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float rowH = 28.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string name = fitText(fonts().body, model.dimensions[d].name, nameW - 8.0f);
    drawText(dl, fonts().body, ImVec2(pos.x, pos.y + 5.0f), p.text, name);
    const float x0 = pos.x + nameW, x1 = pos.x + width - 8.0f;
    const float y = pos.y + rowH * 0.5f;
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), p.border, 2.0f);
    const int stages = model.stageCount();
    for (int s = 0; s <= stages; ++s) {
        const float x = x0 + (x1 - x0) * static_cast<float>(s) / static_cast<float>(stages);
        dl->AddLine(ImVec2(x, y - 4.0f), ImVec2(x, y + 4.0f), p.border, 1.0f);
    }
    for (const int g : sum.shownGroups) {
        if (!agg.groups[g].dimensions[d].count) continue;
        const float x = x0 + (x1 - x0) * static_cast<float>(agg.groups[g].dimensions[d].mean / stages);
        dl->AddCircleFilled(ImVec2(x, y), 7.0f, colours[g % colours.size()]);
        dl->AddCircle(ImVec2(x, y), 7.0f, p.surface, 0, 1.5f);
    }
    ImGui::Dummy(ImVec2(width, rowH));
}

// The level scale above the rows: 0 .. stageCount.
void drawScale(const Model& model, float width) {
    const float nameW = std::min(220.0f, width * 0.38f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float x0 = pos.x + nameW, x1 = pos.x + width - 8.0f;
    const int stages = model.stageCount();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, fonts().small, pos, palette().textMuted, "Mean level per group");
    for (int s = 0; s <= stages; ++s) {
        const std::string label = std::to_string(s);
        const float x = x0 + (x1 - x0) * static_cast<float>(s) / static_cast<float>(stages);
        drawText(dl, fonts().small, ImVec2(x - textSize(fonts().small, label).x * 0.5f, pos.y), palette().textMuted, label);
    }
    ImGui::Dummy(ImVec2(width, fontSize(fonts().small) + 4.0f));
}

std::vector<ImU32> groupColours() {
    const Palette& p = palette();
    return {p.accent, p.warning, p.good, p.danger, p.textMuted, p.target};
}

void drawGroups(const Document& doc, const Aggregate& agg, const WorkshopSummary& sum, float width) {
    const Model& model = doc.model();
    const Palette& p = palette();
    sectionTitle("How the groups see it");
    const std::vector<ImU32> colours = groupColours();
    if (!sum.compared()) {
        muted(sum.anonymous ? "Group views appear once at least two groups have 3 or more people each."
                                : "Group views appear once at least two groups have answered.");
    } else {
        // Legend: the groups shown, with their size.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float x = ImGui::GetCursorScreenPos().x;
        const float right = x + width;
        float y = ImGui::GetCursorScreenPos().y;
        const float line = fontSize(fonts().body) + 8.0f;
        for (const int g : sum.shownGroups) {
            const std::string label =
                roleGroupName(model, agg.groups[g].roleGroup) + " (" + std::to_string(agg.groups[g].participants) + ")";
            const float itemW = 18.0f + textSize(fonts().body, label).x + 18.0f;
            if (x + itemW > right && x > ImGui::GetCursorScreenPos().x) {
                x = ImGui::GetCursorScreenPos().x;
                y += line;
            }
            dl->AddCircleFilled(ImVec2(x + 6.0f, y + line * 0.4f), 6.0f, colours[g % colours.size()]);
            drawText(dl, fonts().body, ImVec2(x + 18.0f, y), p.text, label);
            x += itemW;
        }
        ImGui::Dummy(ImVec2(width, y + line - ImGui::GetCursorScreenPos().y));
        if (!sum.gaps.empty()) {
            const GroupGap& top = sum.gaps.front();
            char buf[64];
            std::snprintf(buf, sizeof buf, "%.1f", top.gap);
            text(fonts().bodyBold, p.text,
                 "Widest gap: " + model.dimensions[top.dimension].name + " - " +
                     roleGroupName(model, agg.groups[top.higher].roleGroup) + " " +
                     formatLevel(agg.groups[top.higher].dimensions[top.dimension].mean) + ", " +
                     roleGroupName(model, agg.groups[top.lower].roleGroup) + " " +
                     formatLevel(agg.groups[top.lower].dimensions[top.dimension].mean) + " (" + buf + " stages apart)",
                 true);
            vspace(metrics().space.small);
            drawScale(model, width);
        }
        const std::size_t drawn = std::min(sum.gaps.size(), kGapRowsShown);
        for (std::size_t i = 0; i < drawn; ++i) drawGroupRow(model, agg, sum, sum.gaps[i].dimension, colours, width);
        const std::size_t close = sum.closeDimensions + (sum.gaps.size() - drawn);
        if (close > 0)
            muted(std::string(drawn ? "On the other " : "On ") + plural(static_cast<int>(close), "dimension", "dimensions") +
                  " the groups are less than a quarter of a stage apart.");
    }
    if (!sum.hiddenGroups.empty()) muted(hiddenGroupsLine(model, agg, sum));
}

void drawContested(const Document& doc, const Aggregate& agg, const WorkshopSummary& sum) {
    const Model& model = doc.model();
    const Palette& p = palette();
    sectionTitle("Where people disagree");
    text(fonts().bodyBold, p.text, "Agreement " + formatPercent(agg.agreement) + " across " +
                                       std::to_string(agg.participants) + " people");
    for (int q : sum.contested) {
        const Stats& s = agg.questions[q];
        vspace(metrics().space.tight);
        text(fonts().body, p.text, model.questions[q].text, true);
        // The distribution, not only the median: how many gave each answer.
        const std::string spread = answerSpread(model, q, agg.answers[q]);
        text(fonts().small, p.textMuted, spread.empty() ? std::to_string(s.count) + " answers" : spread, true);
    }
    if (sum.answersPrivate)
        muted(answersPrivateLine());
    else if (sum.contested.empty())
        muted("Everyone who answered gave the same answers so far.");
}

}  // namespace

void drawResults(const Document& doc, const Workshop& w, float width, Intents& out) {
    beginCard("##workshop-results", ImVec2(width, 0), metrics().cardPadding);
    const Aggregate* agg = doc.group();
    if (!w.revealed) {
        sectionTitle("Results are hidden");
        muted("Nobody sees the results while responses come in, so early answers do not sway the rest. Reveal them "
              "when the room is ready; the map, radar, roadmap and risks then show the group's median answers.");
        vspace(metrics().space.small);
        if (button("Reveal results", "Reveal results", ButtonKind::Primary, 0.0f, !w.responses.empty()))
            out.push_back(RevealResults{true});
        endCard();
        return;
    }
    if (!agg) {
        sectionTitle("Results");
        muted("Spread and group views appear once two people have answered.");
    } else {
        const float inner = ImGui::GetContentRegionAvail().x;
        const WorkshopSummary sum = summariseWorkshop(*agg, w);
        drawContested(doc, *agg, sum);
        vspace(metrics().space.medium);
        drawGroups(doc, *agg, sum, inner);
    }
    vspace(metrics().space.base);
    if (button("Hide results", "Hide results", ButtonKind::Secondary)) out.push_back(RevealResults{false});
    endCard();
}

}  // namespace smm::ui::workshop
