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
// A gate names either an enabler (its level must reach minLevel) or one
// question (its answer weight must reach minLevel): "conversation needs a
// published acceptable-use policy" is a fact, not an average.
struct Gate {
    int dimension = -1;      // index into Model::dimensions, or -1
    int question = -1;       // index into Model::questions, or -1
    double minLevel = 0.0;   // level for a dimension, answer weight for a question
    std::string claim;       // the words of the stage summary this gate makes true
    std::string lack;        // what is missing when it fails, short: "no crisis plan"
    // A guardrail to put in place before the rung's practice is taken up (a
    // policy before anyone replies in public): when the rung is next, it is
    // named and moved on before the practice.
    bool before = false;

    bool operator==(const Gate&) const = default;
};

// Which standing a track counts towards: the external ladder (customers,
// market) or the internal one (employees). They are scored apart and never
// lend each other stage names.
enum class Side { External, Internal };

// How the same level reads on the internal side: its own name, summary,
// defining practices and guardrails.
struct InternalStage {
    std::string name;
    std::string summary;
    std::vector<Gate> practices;
    std::vector<Gate> gates;

    bool operator==(const InternalStage&) const = default;
};

// A rung is named by what the organisation does: its `practices` (question
// gates) define it. Its `gates` are the guardrails (policy, crisis plan,
// enablers): when they fail the rung still stands, "held back", and is not
// yet secured.
struct Stage {
    std::string id;
    std::string name;
    std::string summary;     // one sentence an executive understands
    std::vector<Gate> practices; // what the organisation must do to stand on this rung
    std::vector<Gate> gates; // guardrails: all must hold for the rung to be secured
    InternalStage internal;  // the same level on the internal side

    bool operator==(const Stage&) const = default;
    const std::string& nameOn(Side side) const { return side == Side::Internal ? internal.name : name; }
    const std::string& summaryOn(Side side) const { return side == Side::Internal ? internal.summary : summary; }
    const std::vector<Gate>& gatesOn(Side side) const { return side == Side::Internal ? internal.gates : gates; }
    const std::vector<Gate>& practicesOn(Side side) const {
        return side == Side::Internal ? internal.practices : practices;
    }
};

// "Not present, by decision": the organisation checked whether social media
// matters to it and wrote down that it does not. When its gates hold and no
// external practice does, that is the external standing, not "unmanaged".
struct PresenceDecision {
    std::string name;        // "Not present, by decision"
    std::string summary;
    std::string move;        // the one next move: "Review the decision yearly"
    std::string moveDetail;
    std::vector<Gate> gates;

    bool operator==(const PresenceDecision&) const = default;
};

enum class DimensionKind { Track, Enabler };

struct Dimension {
    std::string id;
    std::string name;
    std::string summary;
    DimensionKind kind = DimensionKind::Enabler;
    Side side = Side::External; // tracks only

    bool operator==(const Dimension&) const = default;
};

struct AnswerOption {
    std::string id;
    std::string label;
    double weight = 0.0;     // 0..1, SAMM style 0 / .25 / .5 / 1

    bool operator==(const AnswerOption&) const = default;
};

// Who can answer a question: the area whose people know the fact. A workshop
// participant answers their area first and may leave the rest "not my area".
enum class Audience { Unset = -1, Marketing, It, LegalHr, Leadership };
inline constexpr int kAudienceCount = 4;
// "marketing", "it", "legal-hr", "leadership" (the model's ids); "" for Unset.
const char* audienceId(Audience a);
// "Marketing and communications", "IT", "Legal and HR", "Leadership"; "Anyone" for Unset.
const char* audienceName(Audience a);

struct Question {
    std::string id;
    int dimension = -1;      // index into Model::dimensions
    int stage = -1;          // index into Model::stages: the rung it gives evidence for
    std::string text;
    std::string help;
    bool allowNotApplicable = true;
    // Its own answers, each naming observable evidence (SAMM style); empty
    // means the model's answerScale.
    std::vector<AnswerOption> options;
    Audience audience = Audience::Unset; // who can answer it; Unset: anyone

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
    std::vector<int> fixes;  // questions whose answers this action raises

    bool operator==(const Action&) const = default;
};

// A trigger clause; a risk fires when all (or any) of its clauses hold.
struct RiskClause {
    // StandingAtLeast: the practice rung of a side (target 0 external, 1
    // internal) is at least `value`: a risk about accounts needs accounts.
    enum class Kind { DimensionBelow, DimensionAtLeast, QuestionAtMost, QuestionAtLeast, StandingAtLeast };
    Kind kind = Kind::DimensionBelow;
    int target = -1;         // dimension or question index, or side, by kind
    double value = 0.0;      // level for dimensions, answer weight for questions

    bool operator==(const RiskClause&) const = default;
};

// "severityWhen": the risk is this serious for an organisation where the
// clause holds (a crisis plan matters more once you reply in public).
struct SeverityRule {
    std::string severity;
    RiskClause when;

    bool operator==(const SeverityRule&) const = default;
};

struct Risk {
    std::string id;
    std::string title;
    std::string description;
    std::string source;      // where the worry comes from (seed article)
    std::string severity;    // "high", "medium" or "low": unless a severityWhen rule holds
    bool matchAll = false;   // true: all clauses must hold; false: any
    std::vector<RiskClause> clauses;
    std::vector<SeverityRule> severityWhen;  // first rule that holds sets the severity
    bool skipWhenDecided = false;            // assumes a presence outside: silent when not present by decision
    std::vector<std::string> mitigations;
    std::vector<int> actions; // indices of actions that mitigate it

    bool operator==(const Risk&) const = default;
};

// What kind of evidence a source's line is, shown as its label: a study's
// finding, an author's argument, an anecdote, or a reader's comment.
enum class FactKind { Unset = -1, Study, Argument, Anecdote, Comment };
// "study", "argument", "anecdote", "comment"; "" for Unset.
const char* factKindId(FactKind k);
// "Study", "Author's argument", "Anecdote", "Reader's comment"; "" for Unset.
const char* factKindLabel(FactKind k);

struct PeerFact {
    std::string id;
    std::string text;
    std::string source;
    int year = 0;
    FactKind kind = FactKind::Unset;
    // What the fact bears on: shown first when these are this organisation's gaps.
    std::vector<int> dimensions; // indices into Model::dimensions
    std::vector<int> questions;  // indices into Model::questions

    bool operator==(const PeerFact&) const = default;
};

// The combined, McKinsey-style standing (developing, internally networked,
// externally networked, fully networked): reached when both sides reach their
// minimum stage and its gates hold. The first one has no requirement.
struct NetworkStanding {
    std::string id;
    std::string name;
    std::string summary;
    int externalStage = 0;   // whole external stage needed, 0 = none
    int internalStage = 0;   // whole internal stage needed, 0 = none
    std::vector<Gate> gates;

    bool operator==(const NetworkStanding&) const = default;
};

// How an earlier model version maps onto this one (see assets/models/README.md,
// "Migration"). The earlier ids are kept as data so its files and share codes
// still open.
struct Migration {
    struct Renamed {
        std::string from, to;
        bool operator==(const Renamed&) const = default;
    };
    struct Dropped {
        std::string question, reason;
        bool operator==(const Dropped&) const = default;
    };
    std::string fromVersion;                 // "1.0.0"
    std::string summary;                     // one sentence: what changed
    std::vector<Renamed> questions;          // earlier id -> current id
    std::vector<Dropped> dropped;            // earlier questions with no successor
    // An earlier question split in two (or more): its answer goes to each
    // part. The earlier id may be one of the parts (it keeps one half).
    struct Split {
        std::string from;
        std::vector<std::string> to;
        bool operator==(const Split&) const = default;
    };
    std::vector<Split> splits;
    // The earlier questions' own option ids (those that had them), enough to
    // rebuild its share-code fingerprint and layout.
    struct Options {
        std::string question;
        std::vector<std::string> ids;
        bool operator==(const Options&) const = default;
    };
    std::vector<Options> questionOptions;
    std::vector<AnswerOption> answerScale;   // the earlier scale (ids, weights)
    // The earlier lists in order, enough to decode its share codes.
    std::vector<std::string> questionOrder, dimensionOrder, stageOrder;

    bool operator==(const Migration&) const = default;
};

struct RoleGroup {
    std::string id;
    std::string name;
    // The areas whose questions this group's participants answer first
    // (IT answers IT's); empty: the questionnaire's own order.
    std::vector<Audience> answersFirst;

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
    std::vector<NetworkStanding> networkStandings; // lowest first; may be empty
    PresenceDecision presenceDecision;             // no gates: the model has none
    std::vector<Migration> migrations;

    bool operator==(const Model&) const = default;

    // The answers question `q` offers: its own options or the model's scale.
    const std::vector<AnswerOption>& optionsFor(int q) const;
    // Weight of an answer option of question q, or -1 when it names none.
    double weightOf(int q, int option) const;

    int stageCount() const { return static_cast<int>(stages.size()); }
    // Index lookups by id; -1 when absent.
    int findDimension(const std::string& id) const;
    int findQuestion(const std::string& id) const;
    int findStage(const std::string& id) const;
    int findAction(const std::string& id) const;
    int findRoleGroup(const std::string& id) const;
    int findAnswerOption(const std::string& id) const;
    int findOption(int q, const std::string& id) const; // in optionsFor(q)
};

// A role group's name, or "No group given" for -1 (or an index out of range).
std::string roleGroupName(const Model& model, int roleGroup);

}  // namespace smm
