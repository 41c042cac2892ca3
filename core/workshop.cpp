#include "workshop.hpp"

#include "format.hpp"  // trimmed(), utf8Prefix()
#include "stable_sort.hpp"

#include <algorithm>
#include <cctype>

namespace smm {

namespace {

std::string trim(std::string_view s) { return std::string(trimmed(s)); }

// Names compared as a reader would: case and inner spacing ignored.
std::string comparable(std::string_view s) {
    std::string out;
    for (char c : trim(s)) {
        if (c == ' ' && !out.empty() && out.back() == ' ') continue;
        out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    }
    return out;
}

}  // namespace

int maxGroups(const Model& model) { return std::min(kMaxGroups, static_cast<int>(model.roleGroups.size())); }

std::vector<int> defaultGroupOrder(const Model& model) {
    std::vector<int> order;
    for (const bool withArea : {true, false})
        for (int g = 0; g < static_cast<int>(model.roleGroups.size()); ++g)
            if (model.roleGroups[static_cast<std::size_t>(g)].answersFirst.empty() != withArea) order.push_back(g);
    return order;
}

std::vector<int> offeredGroups(const Model& model, const WorkshopSetup& setup) {
    return setup.groups.empty() ? defaultGroupOrder(model) : setup.groups;
}

int freeGroupSlot(const Model& model, const std::vector<int>& groups) {
    for (int g = 0; g < static_cast<int>(model.roleGroups.size()); ++g)
        if (std::find(groups.begin(), groups.end(), g) == groups.end()) return g;
    return -1;
}

std::string offeredGroupName(const Model& model, const WorkshopSetup& setup, std::size_t i) {
    if (i < setup.groupNames.size()) {
        std::string named = trim(setup.groupNames[i]);
        if (!named.empty()) return named;
    }
    return i < setup.groups.size() ? roleGroupName(model, setup.groups[i]) : std::string();
}

void nameGroups(Model& model, const WorkshopSetup& setup) {
    for (std::size_t i = 0; i < setup.groups.size() && i < setup.groupNames.size(); ++i) {
        const int g = setup.groups[i];
        const std::string name = trim(setup.groupNames[i]);
        if (g >= 0 && g < static_cast<int>(model.roleGroups.size()) && !name.empty()) model.roleGroups[g].name = name;
    }
}

std::string checkGroups(const Model& model, const std::vector<int>& groups, const std::vector<std::string>& names) {
    if (groups.empty()) return "Offer at least one group.";
    if (static_cast<int>(groups.size()) > maxGroups(model))
        return "At most " + std::to_string(maxGroups(model)) + " groups.";
    if (names.size() != groups.size()) return "Every group needs a name.";
    std::vector<std::string> seen;
    for (std::size_t i = 0; i < groups.size(); ++i) {
        const int g = groups[i];
        if (g < 0 || g >= static_cast<int>(model.roleGroups.size()) ||
            std::count(groups.begin(), groups.end(), g) > 1)
            return "The groups are mixed up: add them again.";
        const std::string name = trim(names[i]);
        if (name.empty()) return "Group " + std::to_string(i + 1) + " needs a name.";
        if (name.size() > kMaxGroupNameBytes)
            return "\"" + std::string(utf8Prefix(name, 20)) + "...\" is too long: at most " + std::to_string(kMaxGroupNameBytes) +
                   " characters.";
        const std::string key = comparable(name);
        if (std::find(seen.begin(), seen.end(), key) != seen.end())
            return "Two groups are called \"" + name + "\": give each its own name.";
        seen.push_back(key);
    }
    return {};
}

int responsesInGroup(const Workshop& workshop, int group) {
    return static_cast<int>(std::count_if(workshop.responses.begin(), workshop.responses.end(),
                                          [&](const Response& r) { return r.assessment.roleGroup == group; }));
}

std::string changeGroups(const Model& model, Workshop& workshop, std::vector<int> groups,
                         std::vector<std::string> names) {
    if (std::string why = checkGroups(model, groups, names); !why.empty()) return why;
    // An old setup with no list offered every role group.
    std::vector<int> before = workshop.setup.groups;
    if (before.empty())
        for (int g = 0; g < static_cast<int>(model.roleGroups.size()); ++g) before.push_back(g);
    for (int g : before) {
        const int n = responsesInGroup(workshop, g);
        if (n && std::find(groups.begin(), groups.end(), g) == groups.end())
            return "\"" + roleGroupName(model, g) + "\" has " + std::to_string(n) +
                   (n == 1 ? " response" : " responses") +
                   ", so it stays: rename it instead, or keep it for those answers.";
    }
    for (std::string& name : names) name = trim(name);
    workshop.setup.groups = std::move(groups);
    workshop.setup.groupNames = std::move(names);
    return {};
}

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
