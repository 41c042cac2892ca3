#include "workshop.hpp"
#include "stable_sort.hpp"

#include <algorithm>

namespace smm {

const Decision* Workshop::decisionFor(int action) const {
    for (const Decision& d : decisions)
        if (d.action == action) return &d;
    return nullptr;
}

std::string responseCount(const Model& model, const Workshop& workshop) {
    const int n = static_cast<int>(workshop.responses.size());
    std::string out = std::to_string(n);
    if (workshop.setup.expected > 0) out += " of " + std::to_string(workshop.setup.expected);
    else out += n == 1 ? " response" : " responses";
    // Per group in the model's order, then those who gave none.
    std::vector<int> perGroup(model.roleGroups.size() + 1, 0);
    for (const Response& r : workshop.responses) {
        const int g = r.assessment.roleGroup;
        ++perGroup[g >= 0 && g < static_cast<int>(model.roleGroups.size()) ? g : model.roleGroups.size()];
    }
    std::string groups;
    for (std::size_t g = 0; g < perGroup.size(); ++g) {
        if (!perGroup[g]) continue;
        if (!groups.empty()) groups += ", ";
        groups += (g < model.roleGroups.size() ? model.roleGroups[g].name : std::string("no group")) + " " +
                  std::to_string(perGroup[g]);
    }
    return groups.empty() ? out : out + ": " + groups;
}

std::vector<Assessment> participantAssessments(const Workshop& workshop) {
    std::vector<Assessment> out;
    out.reserve(workshop.responses.size());
    for (const Response& r : workshop.responses) out.push_back(r.assessment);
    return out;
}

bool groupVisible(const Workshop& workshop, const GroupStats& group) {
    return !workshop.setup.anonymous || group.participants >= kMinGroupSize;
}

std::vector<GroupGap> groupGaps(const Aggregate& aggregate, const Workshop& workshop) {
    std::vector<GroupGap> out;
    const std::size_t dims = aggregate.dimensions.size();
    for (std::size_t d = 0; d < dims; ++d) {
        GroupGap best;
        for (std::size_t a = 0; a < aggregate.groups.size(); ++a) {
            const GroupStats& ga = aggregate.groups[a];
            // Only named groups are sides: "no group given" is not a point of view.
            if (ga.roleGroup < 0 || !groupVisible(workshop, ga) || ga.dimensions.size() != dims || !ga.dimensions[d].count)
                continue;
            for (std::size_t b = 0; b < aggregate.groups.size(); ++b) {
                const GroupStats& gb = aggregate.groups[b];
                if (a == b || gb.roleGroup < 0 || !groupVisible(workshop, gb) || gb.dimensions.size() != dims ||
                    !gb.dimensions[d].count)
                    continue;
                const double gap = ga.dimensions[d].mean - gb.dimensions[d].mean;
                if (best.dimension < 0 || gap > best.gap)
                    best = {static_cast<int>(d), static_cast<int>(a), static_cast<int>(b), gap};
            }
        }
        if (best.dimension >= 0) out.push_back(best);
    }
    stableSort(out, [](const GroupGap& x, const GroupGap& y) { return x.gap > y.gap; });
    return out;
}

std::vector<int> hiddenGroups(const Aggregate& aggregate, const Workshop& workshop) {
    std::vector<int> out;
    for (std::size_t g = 0; g < aggregate.groups.size(); ++g)
        if (!groupVisible(workshop, aggregate.groups[g])) out.push_back(static_cast<int>(g));
    return out;
}

}  // namespace smm
