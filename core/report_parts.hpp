// What the report formats share: the facts computed once per report, and
// the lines and cells they all word the same way. Internal to core/report_*.cpp.
#pragma once

#include <string>
#include <vector>

#include "aggregate.hpp"
#include "next_moves.hpp"
#include "assessment.hpp"
#include "model.hpp"
#include "risks.hpp"
#include "roadmap.hpp"
#include "scoring.hpp"
#include "workshop_summary.hpp"

namespace smm::report {

// Everything a report shows about one assessment, computed once.
struct Facts {
    const Model& model;
    const Assessment& a;
    Score score;
    std::vector<int> effective;
    std::vector<TriggeredRisk> risks;
    std::vector<TriggeredRisk> unknown; // risks that unanswered questions leave open
    Roadmap roadmap;
    std::vector<NextMove> moves;        // the next three moves, as every surface shows them

    Facts(const Model& m, const Assessment& as)
        : model(m), a(as), score(scoreAssessment(m, as)), effective(effectiveTargets(m, score)),
          risks(triggeredRisks(m, as, score)), unknown(unknownRisks(m, as, score)), roadmap(buildRoadmap(m, score)),
          moves(nextMoves(m, score, roadmap)) {}
};

std::string fixed(double v, int decimals);
std::string stageName(const Model& m, int level, Side side = Side::External);
// Blank for unanswered, so tables leave the cell empty.
std::string answerText(const Model& m, std::size_t q, const Answer& ans);
const Answer& answerAt(const Assessment& a, std::size_t q);
// The target, and what the gates need when that is more.
std::string targetText(const Facts& f, int d);
// Target minus the level as shown, so the two printed numbers add up.
std::string gapText(const DimensionScore& ds);
std::string titleLine(const Model& m, const Assessment& a);
// The headline, the same sentence every surface shows.
std::string overallLine(const Facts& f);
// What binds, both sides: the held-back guardrails or the next rung's needs, explained.
std::vector<std::string> blockerLines(const Facts& f);
std::string roadmapLine(const Facts& f, const RoadmapItem& item);
std::string peerLine(const PeerFact& p);

// Group reports.
std::string groupHeaderLine(const Aggregate& agg);
std::string contestedLine(const Model& m, const Aggregate& agg, int q);

// One function per format and report kind (report_text.cpp, report_markdown.cpp, ...).
std::string textReport(const Facts& f);
std::string textGroupReport(const Facts& f, const Aggregate& agg);
std::string markdownReport(const Facts& f);
std::string markdownGroupReport(const Facts& f, const Aggregate& agg);
std::string csvReport(const Facts& f);
std::string csvGroupReport(const Facts& f, const Aggregate& agg);
std::string jsonReport(const Facts& f);
std::string jsonGroupReport(const Facts& f, const Aggregate& agg);

}  // namespace smm::report
