#include "report_parts.hpp"
#include "sources.hpp"

#include "levels.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace smm::report {

std::string fixed(double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string stageName(const Model& m, int level, Side side) {
    if (level <= 0) return levelZeroName(side);
    if (level > m.stageCount()) return "stage " + std::to_string(level);
    return m.stages[level - 1].nameOn(side);
}

std::string answerText(const Model& m, std::size_t q, const Answer& ans) {
    return ans.answered() ? answerLabel(m, static_cast<int>(q), ans) : std::string();
}

const Answer& answerAt(const Assessment& a, std::size_t q) {
    static const Answer none;
    return q < a.answers.size() ? a.answers[q] : none;
}

std::string targetText(const Facts& f, int d) {
    int own = f.score.dimensions[d].target;
    int eff = d < static_cast<int>(f.effective.size()) ? f.effective[d] : own;
    std::string s = own > 0 ? std::to_string(own) : "-";
    if (eff > own) s += " (gates need " + std::to_string(eff) + ")";
    return s;
}

std::string gapText(const DimensionScore& ds) {
    if (ds.target <= 0) return "-";
    return fixed(std::max(0.0, ds.target - shownLevel(ds.level)), 1);
}

std::string titleLine(const Model& m, const Assessment& a) {
    std::string s = m.name.empty() ? "Maturity report" : m.name;
    if (!a.organisation.empty()) s += " - " + a.organisation;
    if (!a.date.empty()) s += " (" + a.date + ")";
    return s;
}

std::string overallLine(const Facts& f) { return f.score.headline.sentence; }

std::vector<std::string> blockerLines(const Facts& f) {
    std::vector<std::string> out;
    for (const Standing* st : {&f.score.external, &f.score.internal})
        for (const auto& b : st->blockers) out.push_back(b.explanation);
    for (const auto& g : f.score.networkHeldBack) out.push_back(g.explanation);
    return out;
}

std::string roadmapLine(const Facts& f, const RoadmapItem& item) {
    const Action& act = f.model.actions[item.action];
    // An internal track's actions climb the internal ladder, under its names.
    const Dimension& dim = f.model.dimensions[act.dimension];
    const Side side = dim.kind == DimensionKind::Track ? dim.side : Side::External;
    std::string s = act.title + " - " + dim.name + ", towards " + stageName(f.model, act.stage + 1, side);
    if (!act.effort.empty()) s += "; effort " + act.effort;
    if (!item.dependsOn.empty()) {
        s += "; after ";
        for (std::size_t i = 0; i < item.dependsOn.size(); ++i) {
            if (i) s += ", ";
            s += f.model.actions[item.dependsOn[i]].title;
        }
    }
    if (item.forGate) s += " (needed for a gate)";
    return s;
}

std::string peerLine(const PeerFact& p) {
    std::string s = sourceText(p);
    if (!p.source.empty() || p.year) {
        s += " (";
        s += p.source;
        // Sources often end with their year already.
        std::string year = p.year ? std::to_string(p.year) : "";
        if (!year.empty() && p.source.find(year) == std::string::npos)
            s += (p.source.empty() ? "" : ", ") + year;
        s += ")";
    }
    return s;
}

std::string groupHeaderLine(const Aggregate& agg) {
    return plural(agg.participants, "participant", "participants") + ", agreement " + formatPercent(agg.agreement);
}

std::string contestedLine(const Model& m, const Aggregate& agg, int q) {
    const Stats& s = agg.questions[q];
    return m.questions[q].text + " (" + std::to_string(s.count) + " answers from " + fixed(s.min, 2) + " to " +
           fixed(s.max, 2) + ", spread " + fixed(s.stddev, 2) + "; " + answerSpread(m, q, agg.answers[q]) + ")";
}

}  // namespace smm::report
