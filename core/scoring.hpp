// Levels, stages and gates. A stage "holds" for a dimension when the weighted
// share of its evidence reaches Model::stageHoldsAt; a dimension's level is the
// number of consecutive stages that hold, plus the share of the first that does
// not (a high-water mark, not an average). Stages with no applicable questions
// for a dimension are transparent: they hold once the stages below them hold.
#pragma once

#include <string>
#include <vector>

#include "assessment.hpp"
#include "model.hpp"

namespace smm {

struct StageEvidence {
    int applicable = 0;      // applicable questions at this stage for this dimension
    int answered = 0;        // of those, answered (unanswered counts as 0)
    double share = 0.0;      // sum of weights / applicable, 0..1; 1 when applicable == 0
    bool holds = false;
};

struct DimensionScore {
    double level = 0.0;                 // 0 .. stageCount, fractional
    std::vector<StageEvidence> stages;  // per stage
    int answered = 0, total = 0;        // questions answered / in this dimension
    int target = 0;                     // whole target level, 0 = none
    double gap() const { return target > level ? target - level : 0.0; }
};

// A gate that does not hold, in words an executive reads:
// "Customer input is held back by Governance and policy at 1.2; it needs 2."
struct BlockingGate {
    int stage = -1;
    int dimension = -1;
    double level = 0.0;
    double needed = 0.0;
    std::string explanation;
};

struct TrackStage {
    int track = -1;          // dimension index of the track
    int stage = 0;           // whole level reached, gates applied (0 = none)
    int ungatedStage = 0;    // floor(level) before gates
    std::vector<BlockingGate> blockers; // gates of the next stage that fail
};

struct Score {
    std::vector<DimensionScore> dimensions; // parallel to Model::dimensions
    std::vector<TrackStage> tracks;         // one per track dimension, model order
    int overallStage = 0;                   // high-water mark over tracks, 0 = none
    int leadingTrack = -1;                  // dimension index of the track that sets it
    std::vector<BlockingGate> blockers;     // why overall is not one stage higher
    std::string headline;                   // "Conversation: two-way dialogue ..."
    int answered = 0, total = 0;
    double completion() const { return total ? double(answered) / total : 0.0; }
};

Score scoreAssessment(const Model& model, const Assessment& a);

// Weight of an answer, or -1 for unanswered / not applicable.
double answerWeight(const Model& model, const Answer& answer);

// "Level 2.4" style formatting shared by views and reports: one decimal.
std::string formatLevel(double level);

}  // namespace smm
