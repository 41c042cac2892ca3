// The actions that take each dimension from its current level to its target,
// plus the enabler levels the target stages' gates demand, plus everything
// those actions depend on; grouped into phases so no action comes before one
// it depends on.
#pragma once

#include <vector>

#include "model.hpp"
#include "scoring.hpp"

namespace smm {

struct RoadmapItem {
    int action = -1;         // index into Model::actions
    int phase = 0;           // 1-based
    std::vector<int> dependsOn; // actions in this roadmap it waits for
    bool forGate = false;    // needed only because a gate demands it
};

struct Roadmap {
    std::vector<RoadmapItem> items; // ordered by phase, then stage, then dimension
    int phaseCount = 0;
    // The actions (indices into Model::actions) of the first three items,
    // in order: what an executive does next.
    std::vector<int> nextMoves() const;
};

Roadmap buildRoadmap(const Model& model, const Score& score);

// Effective target per dimension: its own target raised to what the gates of
// the tracks' target stages require.
std::vector<int> effectiveTargets(const Model& model, const Score& score);

}  // namespace smm
