#include "report_html_workshop.hpp"

#include <cmath>

#include "aggregate.hpp"
#include "report_html.hpp"
#include "scoring.hpp"
#include "workshop_summary.hpp"

namespace smm {

namespace {


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
    const WorkshopSummary sum = summariseWorkshop(agg, workshop);
    std::string h = "<section class=\"workshop\"><h2>The workshop</h2><p>" +
                    escapeHtml(responseCount(model, workshop)) + ". Agreement " + formatPercent(sum.agreement) +
                    ": the map shows the median answer to each question.</p>";
    h += "<h3>Where people disagree</h3><ul>";
    for (int q : sum.contested) {
        h += "<li>" + escapeHtml(model.questions[q].text) + " <span class=\"muted\">(" +
             std::to_string(agg.questions[q].count) + " answers " + answerRange(model, q, agg.questions[q]) +
             ")<br>" + escapeHtml(answerSpread(model, q, agg.answers[q])) + "</span></li>";
    }
    if (sum.answersPrivate)
        h += "<li class=\"muted\">" + escapeHtml(answersPrivateLine()) + "</li>";
    else if (sum.contested.empty())
        h += "<li class=\"muted\">Everyone gave the same answers.</li>";
    h += "</ul>";

    h += "<h3>How the groups see it</h3>";
    if (sum.gaps.empty()) {
        h += "<p class=\"muted\">No two groups large enough to compare see any dimension differently.</p>";
    } else {
        h += "<div class=\"scroll\"><table><thead><tr><th>Dimension</th>";
        for (int g : sum.shownGroups)
            h += "<th>" + escapeHtml(roleGroupName(model, agg.groups[g].roleGroup)) + " (" +
                 std::to_string(agg.groups[g].participants) + ")</th>";
        h += "<th>Gap</th></tr></thead><tbody>";
        for (const GroupGap& gap : sum.gaps) {
            h += "<tr><td>" + escapeHtml(model.dimensions[gap.dimension].name) + "</td>";
            for (int g : sum.shownGroups) {
                const Stats& s = agg.groups[g].dimensions[gap.dimension];
                h += "<td>" + (s.count ? formatLevel(s.mean) : std::string("&ndash;")) + "</td>";
            }
            h += "<td><strong>" + formatLevel(gap.gap) + "</strong></td></tr>";
        }
        h += "</tbody></table></div>";
    }
    if (!sum.hiddenGroups.empty()) h += "<p class=\"muted\">" + escapeHtml(hiddenGroupsLine(model, agg, sum)) + "</p>";
    return h + "</section>\n";
}

}  // namespace smm
