// Levels, stages, gates and the two standings. A stage "holds" for a dimension
// when its evidence is assessed (at most half of its questions unanswered or
// not applicable) and the weighted share of its answers reaches
// Model::stageHoldsAt; a dimension's level is the number of consecutive stages
// that hold, plus the share of the first that does not (a high-water mark, not
// an average). Stages with no questions for a dimension are transparent.
// Tracks count towards their side's standing (external or internal) only
// through stages whose gates hold; the combined network standing needs both.
// Everything a view or report says about a stage is computed here, once.
#pragma once

#include <string>
#include <vector>

#include "assessment.hpp"
#include "model.hpp"

namespace smm {

struct StageEvidence {
    int questions = 0;       // questions of this dimension at this stage
    int applicable = 0;      // of those, not answered "not applicable"
    int answered = 0;        // applicable and answered (unanswered counts as 0)
    double share = 0.0;      // sum of weights / applicable, 0..1; 1 when there are no questions
    bool assessed = true;    // false: mostly not applicable or unanswered, so it cannot hold
    bool holds = false;
};

struct DimensionScore {
    double level = 0.0;                 // 0 .. stageCount, fractional
    std::vector<StageEvidence> stages;  // per stage
    int answered = 0, total = 0;        // questions answered / in this dimension
    int target = 0;                     // whole target level, 0 = none
    double gap() const { return target > level ? target - level : 0.0; }
};

// One gate of one stage, evaluated: what it needs, what is there, and the
// sentence that says so ("Conversation is held back by Governance and policy
// at 1.2; it needs 2."). Views and reports draw these; none re-derives them.
struct GateStatus {
    int stage = -1;          // 0-based stage the gate belongs to
    int dimension = -1;      // the enabler, or -1 for a question gate
    int question = -1;       // the question, or -1 for a dimension gate
    double level = 0.0;      // enabler level or answer weight now
    double needed = 0.0;
    bool met = false;
    bool unknown = false;    // a question gate whose question is unanswered or not applicable
    std::string claim;       // the summary words it backs, may be empty
    std::string explanation;
};
using BlockingGate = GateStatus; // a gate that does not hold

struct TrackStage {
    int track = -1;          // dimension index of the track
    Side side = Side::External;
    int stage = 0;           // whole level reached, gates applied (0 = none)
    int ungatedStage = 0;    // floor(level) before gates
    bool nextAssessed = true; // false: the next stage's evidence is mostly missing ("not assessed")
    std::vector<BlockingGate> blockers; // gates of the next stage that fail
};

// One side's standing: the highest stage any of its tracks reaches.
struct Standing {
    Side side = Side::External;
    int stage = 0;                      // 0 = none
    int leadingTrack = -1;              // dimension index of the track that sets it
    bool assessed = false;              // false: no track of this side has its first stage assessed
    std::vector<BlockingGate> blockers; // why it is not one stage higher
    int answered = 0, total = 0;        // questions of this side's tracks
    std::string name;                   // the stage's name on this side, or why there is none
    std::string summary;
};

struct Score {
    std::vector<DimensionScore> dimensions; // parallel to Model::dimensions
    std::vector<TrackStage> tracks;         // one per track dimension, model order
    Standing external, internal;
    // Every gate of every stage, per side: gates[side][stage].
    std::vector<std::vector<GateStatus>> externalGates, internalGates;
    int network = -1;                       // index into Model::networkStandings, -1 when it has none
    std::vector<std::string> networkNeeds;  // what the next network standing still needs, in words
    // Kept for the views and reports that show one ladder: the external standing.
    int overallStage = 0;
    int leadingTrack = -1;
    std::vector<BlockingGate> blockers;
    std::string headline;                   // the external standing: "Conversation: you talk with ..."
    // Both standings, never crossing names, with the confidence:
    // "Externally networked. Customers and market: Conversation (stage 2 of 4);
    // inside the organisation: Not started. Confidence 80% of questions answered."
    std::string standingLine;
    int answered = 0, total = 0;            // answered includes "not applicable"
    double completion() const { return total ? double(answered) / total : 0.0; }
    double confidence() const { return completion(); } // share of the evidence answered

    const std::vector<GateStatus>& gatesFor(Side side, int stage) const;
    const Standing& standing(Side side) const { return side == Side::Internal ? internal : external; }
};

Score scoreAssessment(const Model& model, const Assessment& a);

// Weight of question q's answer, or -1 for unanswered / not applicable.
double answerWeight(const Model& model, int q, const Answer& answer);
// The label of question q's answer: an option label, "Not applicable" or "Unanswered".
std::string answerLabel(const Model& model, int q, const Answer& answer);

// "Level 2.4" style formatting shared by views and reports: one decimal.
std::string formatLevel(double level);
// "68%": the share of evidence answered, for "confidence 68%".
std::string formatPercent(double share);

}  // namespace smm
