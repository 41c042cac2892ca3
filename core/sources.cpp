#include "sources.hpp"

#include "stable_sort.hpp"

namespace smm {

namespace {

// How many of this organisation's gaps a fact bears on.
int gapsOf(const PeerFact& f, const Score& score) {
    int n = 0;
    for (int q : f.questions)
        if (q >= 0 && q < static_cast<int>(score.answerWeights.size()) && score.answerWeights[q] >= 0.0 &&
            score.answerWeights[q] < 0.5)
            ++n;
    for (int d : f.dimensions)
        if (d >= 0 && d < static_cast<int>(score.dimensions.size()) && score.dimensions[d].level < 2.0) ++n;
    return n;
}

}  // namespace

std::vector<int> sourcesInOrder(const Model& model, const Score& score) {
    std::vector<int> order(model.peerFacts.size());
    std::vector<int> gaps(order.size());
    for (std::size_t i = 0; i < order.size(); ++i) {
        order[i] = static_cast<int>(i);
        gaps[i] = gapsOf(model.peerFacts[i], score);
    }
    stableSort(order, [&](int a, int b) { return gaps[a] > gaps[b]; });
    return order;
}

std::string sourceText(const PeerFact& fact) {
    const std::string kind = factKindLabel(fact.kind);
    return kind.empty() ? fact.text : kind + ": " + fact.text;
}

}  // namespace smm
