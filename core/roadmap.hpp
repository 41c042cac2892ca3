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
};

Roadmap buildRoadmap(const Model& model, const Score& score);

// Whether an action's work shows in the answers: the questions it fixes reach
// .5 (or are not applicable); an action that names none, its dimension's
// level reaches its stage.
bool actionDone(const Model& model, const Score& score, const Action& a);

// Effective target per dimension: its own target raised to what the gates of
// the tracks' target stages require.
std::vector<int> effectiveTargets(const Model& model, const Score& score);

}  // namespace smm
