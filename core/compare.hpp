// Two snapshots of the same organisation: what moved.
#pragma once

#include <vector>

#include "model.hpp"
#include "scoring.hpp"

namespace smm {

struct DimensionChange {
    int dimension = -1;
    double before = 0.0, after = 0.0;
    double delta() const { return after - before; }
};

struct Comparison {
    std::vector<DimensionChange> dimensions; // parallel to Model::dimensions
    int overallBefore = 0, overallAfter = 0;
    std::vector<int> trackStageBefore, trackStageAfter; // parallel to Score::tracks
};

Comparison compareScores(const Model& model, const Score& before, const Score& after);

}  // namespace smm
