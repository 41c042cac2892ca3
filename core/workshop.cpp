#include "workshop.hpp"

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

}  // namespace smm
