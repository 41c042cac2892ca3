// What every surface shows of a group's answers - the contested questions,
// the gaps between groups, the agreement, the counts - computed once, with
// one set of limits. The workshop view, the projector slides, the
// screen-reader page and the reports only lay it out; a surface with less
// room shows the first N of the same lists.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

#include "aggregate.hpp"
#include "workshop.hpp"

namespace smm {

// The most contested questions any surface lists.
constexpr std::size_t kContestedShown = 5;
// A question is contested when its answers' standard deviation is above this
// (below it everyone gave the same answer).
constexpr double kSpreadWorthShowing = 1e-9;
// A quarter of a stage: groups closer than this on a dimension agree on it.
constexpr double kGapWorthShowing = 0.25;

struct WorkshopSummary {
    int participants = 0;
    double agreement = 1.0;        // Aggregate::agreement
    bool anonymous = true;         // the rules it was made under
    // Anonymous with fewer than kMinGroupSize participants: two people could
    // tell each other's answers apart, so no question's answers are shown
    // (`contested` is empty).
    bool answersPrivate = false;
    // Most contested first, at most kContestedShown, each with some spread.
    std::vector<int> contested;
    std::vector<int> shownGroups;  // Aggregate::groups indices that may be shown, in order
    std::vector<int> hiddenGroups; // groups with answers kept out (anonymity)
    // Per dimension the widest gap between two groups that may be shown, at
    // least kGapWorthShowing, widest first.
    std::vector<GroupGap> gaps;
    // Dimensions two shown groups answered on but see within kGapWorthShowing.
    std::size_t closeDimensions = 0;
    // Two groups or more may be shown and answered on some dimension.
    bool compared() const { return !gaps.empty() || closeDimensions > 0; }
};

// What every surface says instead of the contested questions when
// answersPrivate: "Fewer than 3 people answered: their answers stay private."
std::string answersPrivateLine();
// The groups kept out, named: "Not shown, to keep answers anonymous (fewer
// than 3 people): Executive team, Operations & service."; "" when none is.
std::string hiddenGroupsLine(const Model& model, const Aggregate& agg, const WorkshopSummary& sum);

// How many gave each answer to question q, in the question's option order:
// "3 “No” · 2 “Yes” · 1 not applicable · 1 don't know · 1 not my area"; "" when nobody answered.
std::string answerSpread(const Model& model, int q, const Distribution& d);

// Under a workshop's rules (its anonymity setting decides what is hidden).
WorkshopSummary summariseWorkshop(const Aggregate& agg, const Workshop& rules);
// Merged assessments with no workshop around them (the command line's group
// report): whoever merged them holds every answer, so nothing is hidden.
WorkshopSummary summariseGroup(const Aggregate& agg);

}  // namespace smm
