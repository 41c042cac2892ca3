#include "report_html_workshop.hpp"

#include <cmath>

#include "aggregate.hpp"
#include "report_html.hpp"
#include "scoring.hpp"

namespace smm {

namespace {

constexpr std::size_t kContestedShown = 5;
constexpr double kGapWorthShowing = 0.25;


std::string answerRange(const Model& model, int q, const Stats& s) {
    Answer low, high;
    const auto& options = model.optionsFor(q);
    for (int o = 0; o < static_cast<int>(options.size()); ++o) {
        if (std::abs(options[o].weight - s.min) < 1e-9 && low.option < 0) low.option = o;
        if (std::abs(options[o].weight - s.max) < 1e-9) high.option = o;
    }
    return "from &ldquo;" + escapeHtml(answerLabel(model, q, low)) + "&rdquo; to &ldquo;" +
           escapeHtml(answerLabel(model, q, high)) + "&rdquo;";
}

}  // namespace

std::string workshopSectionHtml(const Model& model, const Workshop& workshop) {
    if (!workshop.revealed || workshop.responses.size() < 2) return {};
    const Aggregate agg = aggregate(model, participantAssessments(workshop));
    std::string h = "<section class=\"workshop\"><h2>The workshop</h2><p>" +
                    escapeHtml(responseCount(model, workshop)) + ". Agreement " +
                    std::to_string(static_cast<int>(std::lround(agg.agreement * 100))) +
                    "%: the map shows the median answer to each question.</p>";
    h += "<h3>Where people disagree</h3><ul>";
    std::size_t shown = 0;
    for (int q : agg.contested) {
        if (shown >= kContestedShown || agg.questions[q].stddev < 1e-9) break;
        ++shown;
        h += "<li>" + escapeHtml(model.questions[q].text) + " <span class=\"muted\">(" +
             std::to_string(agg.questions[q].count) + " answers " + answerRange(model, q, agg.questions[q]) +
             ")</span></li>";
    }
    if (!shown) h += "<li class=\"muted\">Everyone gave the same answers.</li>";
    h += "</ul>";

    const std::vector<GroupGap> gaps = groupGaps(agg, workshop);
    std::vector<std::size_t> shownGroups;
    for (std::size_t g = 0; g < agg.groups.size(); ++g)
        if (groupVisible(workshop, agg.groups[g])) shownGroups.push_back(g);
    h += "<h3>How the groups see it</h3>";
    if (gaps.empty() || gaps.front().gap < kGapWorthShowing) {
        h += "<p class=\"muted\">No two groups large enough to compare see any dimension differently.</p>";
    } else {
        h += "<div class=\"scroll\"><table><thead><tr><th>Dimension</th>";
        for (std::size_t g : shownGroups)
            h += "<th>" + escapeHtml(roleGroupName(model, agg.groups[g].roleGroup)) + " (" +
                 std::to_string(agg.groups[g].participants) + ")</th>";
        h += "<th>Gap</th></tr></thead><tbody>";
        for (const GroupGap& gap : gaps) {
            if (gap.gap < kGapWorthShowing) break;
            h += "<tr><td>" + escapeHtml(model.dimensions[gap.dimension].name) + "</td>";
            for (std::size_t g : shownGroups) {
                const Stats& s = agg.groups[g].dimensions[gap.dimension];
                h += "<td>" + (s.count ? formatLevel(s.mean) : std::string("&ndash;")) + "</td>";
            }
            h += "<td><strong>" + formatLevel(gap.gap) + "</strong></td></tr>";
        }
        h += "</tbody></table></div>";
    }
    const std::vector<int> hidden = hiddenGroups(agg, workshop);
    if (!hidden.empty()) {
        std::string names;
        for (int g : hidden) names += (names.empty() ? "" : ", ") + roleGroupName(model, agg.groups[g].roleGroup);
        h += "<p class=\"muted\">Not shown, to keep answers anonymous (fewer than " + std::to_string(kMinGroupSize) +
             " people): " + escapeHtml(names) + ".</p>";
    }
    return h + "</section>\n";
}

}  // namespace smm
