// The two standings (what the organisation does, what holds it back, what is
// secured), the network standing and the one headline every surface shows.
// Internal to core: scoreAssessment() calls it; see scoring.hpp.
#pragma once

#include <string>
#include <vector>

#include "scoring.hpp"

namespace smm {

// One gate evaluated for `owner`, the rung or network standing it belongs to
// (by name): what it needs, what is there, and the sentences that say so.
GateStatus evaluateGate(const Model& model, const Assessment& a, const Score& score, const std::string& owner,
                        int stage, const Gate& g);

// The gates of `gates` that do not hold, in order.
std::vector<GateStatus> failingGates(const std::vector<GateStatus>& gates);

// Fills score.external, score.internal, the network standing and the headline
// from the evaluated practices and gates.
void scoreStandings(const Model& model, const Assessment& a, Score& score);

}  // namespace smm
