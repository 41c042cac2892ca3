// Two snapshots of one organisation, side by side.
#include "compare.hpp"

namespace smm {

Comparison compareScores(const Model& model, const Score& before, const Score& after) {
    Comparison c;
    const std::size_t dimCount = model.dimensions.size();
    c.dimensions.resize(dimCount);
    for (std::size_t d = 0; d < dimCount; ++d) {
        auto& change = c.dimensions[d];
        change.dimension = static_cast<int>(d);
        change.before = d < before.dimensions.size() ? before.dimensions[d].level : 0.0;
        change.after = d < after.dimensions.size() ? after.dimensions[d].level : 0.0;
    }
    c.overallBefore = before.overallStage;
    c.overallAfter = after.overallStage;
    // Parallel to Score::tracks, matched by track so a missing entry reads 0.
    const auto& tracks = after.tracks.size() >= before.tracks.size() ? after.tracks : before.tracks;
    auto stageOf = [](const Score& s, int track) {
        for (const auto& t : s.tracks)
            if (t.track == track) return t.stage;
        return 0;
    };
    for (const auto& t : tracks) {
        c.trackStageBefore.push_back(stageOf(before, t.track));
        c.trackStageAfter.push_back(stageOf(after, t.track));
    }
    return c;
}

}  // namespace smm
