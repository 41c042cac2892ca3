// The next three moves an executive reads: first what attacks the blocker the
// headline names (the guardrails that hold a practised rung back, then what
// the next rung still needs, on each side), then the roadmap towards the
// targets. Computed once here; every surface lays out the same list.
#pragma once

#include <string>
#include <vector>

#include "model.hpp"
#include "roadmap.hpp"
#include "scoring.hpp"

namespace smm {

struct NextMove {
    int action = -1;         // index into Model::actions; -1 for the presence decision's review
    std::string title;
    std::string detail;
    std::string effort;      // "low", "medium", "high" or empty
    int dimension = -1;      // where it shows on the map (-1: nowhere in particular)
    int stage = -1;
    std::string why;         // "Conversation is held back: no crisis plan"
};

std::vector<NextMove> nextMoves(const Model& model, const Score& score, const Roadmap& roadmap, std::size_t count = 3);

}  // namespace smm
