// The maturity model: pure data loaded from JSON (see assets/models/README.md).
// Every cross-reference is resolved to an index at load time, so the scoring
// code never looks anything up by string.
#pragma once

#include <cstdint>
#include <string>
#include <vector>

namespace smm {

// One rung of the ladder. Levels are 1-based: stage i (0-based) is level i + 1;
// level 0 means "nothing in place yet".
struct Gate {
    int dimension = -1;      // index into Model::dimensions
    double minLevel = 0.0;   // the enabler must reach at least this level

    bool operator==(const Gate&) const = default;
};

struct Stage {
    std::string id;
    std::string name;
    std::string summary;     // one sentence an executive understands
    std::vector<Gate> gates; // all must hold for a track to count at this stage

    bool operator==(const Stage&) const = default;
};

enum class DimensionKind { Track, Enabler };

struct Dimension {
    std::string id;
    std::string name;
    std::string summary;
    DimensionKind kind = DimensionKind::Enabler;

    bool operator==(const Dimension&) const = default;
};

struct AnswerOption {
    std::string id;
    std::string label;
    double weight = 0.0;     // 0..1, SAMM style 0 / .25 / .5 / 1

    bool operator==(const AnswerOption&) const = default;
};

struct Question {
    std::string id;
    int dimension = -1;      // index into Model::dimensions
    int stage = -1;          // index into Model::stages: the rung it gives evidence for
    std::string text;
    std::string help;
    bool allowNotApplicable = true;

    bool operator==(const Question&) const = default;
};

struct Action {
    std::string id;
    int dimension = -1;
    int stage = -1;          // the rung this action helps a dimension reach
    std::string title;
    std::string detail;
    std::string effort;      // "low", "medium" or "high"
    std::vector<int> dependsOn; // indices into Model::actions

    bool operator==(const Action&) const = default;
};

// A trigger clause; a risk fires when all (or any) of its clauses hold.
struct RiskClause {
    enum class Kind { DimensionBelow, DimensionAtLeast, QuestionAtMost, QuestionAtLeast };
    Kind kind = Kind::DimensionBelow;
    int target = -1;         // dimension or question index, by kind
    double value = 0.0;      // level for dimensions, answer weight for questions

    bool operator==(const RiskClause&) const = default;
};

struct Risk {
    std::string id;
    std::string title;
    std::string description;
    std::string source;      // where the worry comes from (seed article)
    std::string severity;    // "high", "medium" or "low"
    bool matchAll = false;   // true: all clauses must hold; false: any
    std::vector<RiskClause> clauses;
    std::vector<std::string> mitigations;
    std::vector<int> actions; // indices of actions that mitigate it

    bool operator==(const Risk&) const = default;
};

struct PeerFact {
    std::string id;
    std::string text;
    std::string source;
    int year = 0;

    bool operator==(const PeerFact&) const = default;
};

struct RoleGroup {
    std::string id;
    std::string name;

    bool operator==(const RoleGroup&) const = default;
};

struct Model {
    int schemaVersion = 1;
    std::string id;
    std::string version;
    std::string name;
    std::string description;
    double stageHoldsAt = 0.75; // share of a stage's evidence needed for it to hold
    std::vector<AnswerOption> answerScale;
    std::vector<Stage> stages;
    std::vector<Dimension> dimensions;
    std::vector<Question> questions;
    std::vector<Action> actions;
    std::vector<Risk> risks;
    std::vector<PeerFact> peerFacts;
    std::vector<RoleGroup> roleGroups;

    bool operator==(const Model&) const = default;

    int stageCount() const { return static_cast<int>(stages.size()); }
    // Index lookups by id; -1 when absent.
    int findDimension(const std::string& id) const;
    int findQuestion(const std::string& id) const;
    int findStage(const std::string& id) const;
    int findAction(const std::string& id) const;
    int findRoleGroup(const std::string& id) const;
    int findAnswerOption(const std::string& id) const;
};

}  // namespace smm
