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
#include "format.hpp"  // formatPercent, with formatLevel wherever a score is worded
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
    int stopStage() const { return static_cast<int>(level); }  // the first stage that does not hold
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
    bool met = false;        // holds; a question marked "not applicable" counts as holding (it is skipped)
    bool unknown = false;    // a question gate whose question is unanswered or "don't know"
    bool notApplicable = false;
    bool before = false;     // a guardrail to put in place before the rung's practice (Gate::before)
    std::string claim;       // the summary words it backs, may be empty
    std::string lack;        // what is missing, short: "no crisis plan", or "answer '...'" when unknown
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

// One side's standing. The rung is named by what the organisation does (the
// rungs' practices); guardrails that fail do not rename it, they hold it back
// and leave a lower rung "secured".
struct Standing {
    Side side = Side::External;
    int stage = 0;                      // the practice rung, 0 = none
    int secured = 0;                    // highest rung whose practices and guardrails all hold
    bool placed = false;                // false: the practices that decide the rung are unknown
    bool byDecision = false;            // external: not present, by a recorded decision
    int leadingTrack = -1;              // a track of this side (-1: the model has no such side)
    bool assessed = false;              // same as placed; kept for the views that ask it
    std::vector<BlockingGate> heldBack; // guardrails that fail on the rungs it practises
    std::vector<BlockingGate> nextNeeds; // what the next rung's practices and guardrails still need
    std::vector<BlockingGate> blockers; // what binds: heldBack, or else nextNeeds
    std::vector<std::string> unknown;   // questions to answer to place it (higher)
    std::vector<std::string> toConfirm; // guardrail questions of its rungs still unanswered
    int answered = 0, total = 0;        // questions of this side's tracks
    std::string name;                   // the rung's name on this side, or why there is none
    std::string summary;
    std::string line;                   // "Conversation (stage 2 of 4) - held back: no crisis plan; secured: Outbound presence"
};

// The one headline every surface shows: both standings, the network label
// and the confidence, computed once here.
struct Headline {
    std::string external;    // the external standing's line
    std::string internal;    // the internal one, empty when the model has no internal side
    std::string network;     // "Fully networked, not yet securely"; empty when nothing is placed
    std::string confidence;  // "Confidence 62%: 62 of 100 questions answered (8 not applicable, 3 don't know)"
    std::string binds;       // "What holds it back: ...", empty when nothing does
    std::string sentence;    // all of it in one paragraph, for text surfaces
};

struct Score {
    std::vector<DimensionScore> dimensions; // parallel to Model::dimensions
    std::vector<TrackStage> tracks;         // one per track dimension, model order
    Standing external, internal;
    // Every gate of every stage, per side: gates[side][stage].
    std::vector<std::vector<GateStatus>> externalGates, internalGates;
    // The practices of every rung, per side: practices[side][stage].
    std::vector<std::vector<GateStatus>> externalPractices, internalPractices;
    int network = -1;                       // index into Model::networkStandings, -1 when it has none
    std::vector<GateStatus> networkHeldBack; // the network standing's gates that fail ("securely")
    std::vector<std::string> networkNeeds;  // what the next network standing still needs, in words
    // Kept for the views and reports that show one ladder: the external standing.
    int overallStage = 0;
    int leadingTrack = -1;
    std::vector<BlockingGate> blockers;
    Headline headline;
    int answered = 0, total = 0;            // answered: responded, including "not applicable" and "don't know"
    int known = 0;                          // answered with one of the question's options
    // Per question: the answer's weight, or -1 unknown (unanswered, "don't know"), -2 not applicable.
    std::vector<double> answerWeights;
    int notApplicable = 0, dontKnow = 0, notMyArea = 0;
    double completion() const { return total ? double(answered) / total : 0.0; }
    // The share of all questions answered with real evidence: "not applicable"
    // and "don't know" are shown beside it, never counted in it.
    double confidence() const { return total ? double(known) / total : 0.0; }

    const std::vector<GateStatus>& gatesFor(Side side, int stage) const;
    const std::vector<GateStatus>& practicesFor(Side side, int stage) const;
    const Standing& standing(Side side) const { return side == Side::Internal ? internal : external; }
};

Score scoreAssessment(const Model& model, const Assessment& a);

// Weight of question q's answer, or -1 for unanswered / not applicable.
double answerWeight(const Model& model, int q, const Answer& answer);
// The label of question q's answer: an option label, "Not applicable" or "Unanswered".
std::string answerLabel(const Model& model, int q, const Answer& answer);

// "Level 2.4" style formatting shared by views and reports: one decimal.
std::string formatLevel(double level);

}  // namespace smm
