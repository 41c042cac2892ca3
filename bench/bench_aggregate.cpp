// Timings of the core on the default model: aggregating a 1,000-person
// workshop, scoring one assessment, building its roadmap and risks, share
// codes encoded and decoded. Run by
// scripts/bench.sh on an optimised build; prints numbers, asserts nothing.
//
//   bench_aggregate [PARTICIPANTS] [RUNS]
#include <algorithm>
#include <cstdio>
#include <cstdlib>
#include <string>
#include <vector>

#include "assets.hpp"
#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "core/risks.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"
#include "core/links.hpp"
#include "core/share_code.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "workshop.hpp"

namespace {

// Keeps results observable so the optimiser cannot drop the work.
volatile double g_sink = 0.0;

using smm::bench::randomWorkshop;
using smm::bench::time;
using smm::bench::Timing;

}  // namespace

int main(int argc, char** argv) {
    const int participants = argc > 1 ? std::max(1, std::atoi(argv[1])) : 1000;
    const int runs = argc > 2 ? std::max(1, std::atoi(argv[2])) : 20;

    auto loaded = smm::loadModel(smm::assets::defaultModel().text());
    if (!loaded.ok()) {
        std::fprintf(stderr, "bench: the built-in model does not load: %s\n", loaded.describe().c_str());
        return 1;
    }
    const smm::Model& model = *loaded.value;
    const std::vector<smm::Assessment> workshop = randomWorkshop(model, participants, 20261122u);
    std::printf("model %s %s: %zu questions, %zu dimensions, %d stages, %zu actions, %zu risks\n", model.id.c_str(),
                model.version.c_str(), model.questions.size(), model.dimensions.size(), model.stageCount(),
                model.actions.size(), model.risks.size());

    // Warm up caches and the allocator once.
    g_sink = g_sink + smm::aggregate(model, workshop).agreement;

    Timing agg = time(runs, 1, [&](int) { g_sink = g_sink + smm::aggregate(model, workshop).agreement; });
    std::printf("aggregate %d participants: median %.2f ms (min %.2f, %d runs)\n", participants, agg.median, agg.min, runs);

    const int n = static_cast<int>(workshop.size());
    Timing score = time(runs, n, [&](int i) { g_sink = g_sink + smm::scoreAssessment(model, workshop[i]).dimensions[0].level; });
    std::printf("scoreAssessment: median %.2f us per call (min %.2f, %d runs of %d)\n", score.median * 1000, score.min * 1000,
                runs, n);

    std::vector<smm::Score> scores;
    scores.reserve(n);
    for (const auto& a : workshop) scores.push_back(smm::scoreAssessment(model, a));
    Timing roadmap = time(runs, n, [&](int i) { g_sink = g_sink + smm::buildRoadmap(model, scores[i]).phaseCount; });
    std::printf("buildRoadmap: median %.2f us per call (min %.2f, %d runs of %d)\n", roadmap.median * 1000,
                roadmap.min * 1000, runs, n);

    Timing risks = time(runs, n, [&](int i) {
        g_sink = g_sink + static_cast<double>(smm::triggeredRisks(model, workshop[i], scores[i]).size());
    });
    std::printf("triggeredRisks: median %.2f us per call (min %.2f, %d runs of %d)\n", risks.median * 1000,
                risks.min * 1000, runs, n);

    // Share codes: what a link carries, both ways.
    std::vector<std::string> codes;
    codes.reserve(n);
    for (const auto& a : workshop) codes.push_back(smm::encodeShareCode(model, a));
    Timing encode = time(runs, n, [&](int i) { g_sink = g_sink + static_cast<double>(smm::encodeShareCode(model, workshop[i]).size()); });
    std::printf("encodeShareCode: %.0f per second (median %.2f us per call, %zu characters)\n", 1000.0 / encode.median,
                encode.median * 1000, codes[0].size());
    Timing decode = time(runs, n, [&](int i) { g_sink = g_sink + (smm::decodeShareCode(model, codes[i]).ok() ? 1 : 0); });
    std::printf("decodeShareCode: %.0f per second (median %.2f us per call)\n", 1000.0 / decode.median, decode.median * 1000);

    // A facilitator pastes everyone's response links at once (at most 200 of them).
    const int pastedCount = std::min(n, 200);
    smm::Workshop room;
    room.setup.id = "Bench00001";
    std::string pasted;
    for (int i = 0; i < pastedCount; ++i) {
        smm::Response r{"r" + std::to_string(i), workshop[i]};
        pasted += "https://example.test/#" +
                  smm::linkFragment(smm::LinkKind::Response, smm::encodeResponse(model, room.setup.id, r)) + "\n";
    }
    Timing collect = time(runs, 1, [&](int) {
        smm::Workshop w = room;
        g_sink = g_sink + smm::collectPasted(model, w, pasted).added;
        g_sink = g_sink + smm::aggregate(model, smm::participantAssessments(w)).agreement;
    });
    std::printf("collect %d pasted response links and merge them: median %.2f ms (min %.2f, %d runs)\n", pastedCount,
                collect.median, collect.min, runs);
    return 0;
}
