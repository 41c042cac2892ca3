// What the sources say: the model's facts from the 2009-2012 source articles,
// those that bear on this organisation's gaps first. Computed once here for
// the Overview card and every report.
#pragma once

#include <string>
#include <vector>

#include "model.hpp"
#include "scoring.hpp"

namespace smm {

// The heading every surface gives the facts.
inline constexpr const char* kSourcesTitle = "What the sources say (2009-2012)";
inline constexpr const char* kSourcesNote =
    "Studies, authors' arguments, anecdotes and readers' comments; those on your gaps first";

// Indices into Model::peerFacts: facts that bear on more of this
// organisation's gaps (questions answered below .5, dimensions below stage 2)
// first, the model's order otherwise.
std::vector<int> sourcesInOrder(const Model& model, const Score& score);

// "Study: ..." - the fact with its kind's label in front, when it has one.
std::string sourceText(const PeerFact& fact);

}  // namespace smm
