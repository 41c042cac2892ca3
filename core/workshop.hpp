// A workshop: what the facilitator set up, the responses collected from the
// participants, whether results are shown yet, and what the room agreed.
// Everything travels without a server: the setup in an invitation link, each
// response in a response code, the whole workshop in one JSON file.
#pragma once

#include <string>
#include <vector>

#include "aggregate.hpp"
#include "assessment.hpp"
#include "model.hpp"

namespace smm {

struct WorkshopSetup {
    std::string id;            // random, names the workshop in every response
    std::string organisation;
    std::string date;          // ISO day, "2026-11-30"
    std::string purpose;       // one line shown to participants
    std::vector<int> groups;   // indices into Model::roleGroups offered to participants
    std::vector<std::string> groupNames;  // the facilitator's name for each of `groups`; empty = the model's
    bool anonymous = true;     // individual answers never shown; small groups hidden
    int expected = 0;          // people invited; 0 = not said

    bool operator==(const WorkshopSetup&) const = default;
};

// One participant's answers. `id` is made on the participant's device, so the
// same response pasted twice is recognised.
struct Response {
    std::string id;
    Assessment assessment;     // roleGroup = the group the participant picked

    bool operator==(const Response&) const = default;
};

// What the room agreed for one roadmap action.
struct Decision {
    int action = -1;           // index into Model::actions
    std::string owner;
    std::string due;           // month, "2027-03"; may be empty

    bool operator==(const Decision&) const = default;
};

struct Workshop {
    WorkshopSetup setup;
    std::vector<Response> responses;
    bool revealed = false;     // results stay hidden until the facilitator reveals them
    std::vector<Decision> decisions;

    bool operator==(const Workshop&) const = default;
    const Decision* decisionFor(int action) const;
};

// A group's figures are shown only when it has at least this many people
// (anonymity: two people's answers could be told apart).
constexpr int kMinGroupSize = 3;

// ---------------------------------------------------------------------------
// The groups participants choose from. Each is one of the model's role groups
// (a response names its group by that index, which sizes the response code),
// under the facilitator's own name: renaming one keeps its responses.

constexpr int kMaxGroups = 8;
constexpr std::size_t kMaxGroupNameBytes = 40;

// How many groups a workshop can offer: at most kMaxGroups, and no more than
// the model has role groups.
int maxGroups(const Model& model);

// The model's role groups in the order a new workshop offers them: those
// whose people answer an area first, then the rest ("Operations", "Other"),
// model order within each. Share codes name a group by its index, so a model
// can only add groups at the end; this keeps the catch-all last all the same.
std::vector<int> defaultGroupOrder(const Model& model);
// The groups participants choose from: the workshop's, or all in the default order.
std::vector<int> offeredGroups(const Model& model, const WorkshopSetup& setup);

// The model's role group not offered yet with the lowest index; -1 when all are.
int freeGroupSlot(const Model& model, const std::vector<int>& groups);

// The name participants see for the i-th offered group.
std::string offeredGroupName(const Model& model, const WorkshopSetup& setup, std::size_t i);

// Puts the workshop's names on the model's role groups, so every place that
// names a group (counts, results, reports, the participant's choice) says
// what the facilitator chose.
void nameGroups(Model& model, const WorkshopSetup& setup);

// Why these groups cannot be offered, or "" when they can: from 1 to
// maxGroups, each a different role group with a name of its own (no two
// alike, ignoring case and spaces) of at most kMaxGroupNameBytes.
std::string checkGroups(const Model& model, const std::vector<int>& groups, const std::vector<std::string>& names);

// How many responses are in under the model's role group `group`.
int responsesInGroup(const Workshop& workshop, int group);

// Changes a running workshop's groups. Renaming keeps every response under
// its group. Removing a group that has responses is refused: its answers
// would lose their group, and moving them to "no group" would drop them from
// every group view without the room seeing why. Returns the reason when
// refused (nothing changes), "" when done.
std::string changeGroups(const Model& model, Workshop& workshop, std::vector<int> groups,
                         std::vector<std::string> names);

// "9 of 12: IT 3, Marketing 4, Executive 2" - how many responses are in.
std::string responseCount(const Model& model, const Workshop& workshop);

// The participants' assessments, in response order.
std::vector<Assessment> participantAssessments(const Workshop& workshop);

// Whether `group` (a GroupStats of an Aggregate) may be shown under the
// workshop's anonymity setting.
bool groupVisible(const Workshop& workshop, const GroupStats& group);

// Where two groups see a dimension most differently (the seeds' central
// tension is IT against the business), among the groups that may be shown.
struct GroupGap {
    int dimension = -1;
    int higher = -1, lower = -1;  // indices into Aggregate::groups
    double gap = 0.0;             // difference of the two groups' mean levels
};
// Every dimension's widest visible gap, widest first; dimensions where fewer
// than two groups may be shown are left out.
std::vector<GroupGap> groupGaps(const Aggregate& aggregate, const Workshop& workshop);

// Groups that have answers but are not shown (anonymity), by Aggregate::groups index.
std::vector<int> hiddenGroups(const Aggregate& aggregate, const Workshop& workshop);

}  // namespace smm
