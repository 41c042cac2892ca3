// Timings of the core on the default model: aggregating a 1,000-person
// workshop, scoring one assessment, building its roadmap. Run by
// scripts/bench.sh on an optimised build; prints numbers, asserts nothing.
//
//   bench_aggregate [PARTICIPANTS] [RUNS]
#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <random>
#include <string>
#include <vector>

#include "assets.hpp"
#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "core/risks.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"

namespace {

using Clock = std::chrono::steady_clock;

// Keeps results observable so the optimiser cannot drop the work.
volatile double g_sink = 0.0;

// Participants who mostly answer, sometimes skip or say "not applicable",
// cluster around a per-person tendency, and sometimes give a role and targets.
std::vector<smm::Assessment> randomWorkshop(const smm::Model& model, int participants, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int options = static_cast<int>(model.answerScale.size());
    const int roles = static_cast<int>(model.roleGroups.size());
    std::vector<smm::Assessment> all;
    all.reserve(participants);
    for (int p = 0; p < participants; ++p) {
        smm::Assessment a = smm::makeBlankAssessment(model);
        a.organisation = "Benchmark Ltd";
        a.roleGroup = roles ? static_cast<int>(rng() % (roles + 1)) - 1 : -1;
        const double tendency = unit(rng);
        for (std::size_t q = 0; q < model.questions.size(); ++q) {
            double r = unit(rng);
            if (r < 0.05) continue;  // unanswered
            if (r < 0.08 && model.questions[q].allowNotApplicable) {
                a.answers[q].option = smm::Answer::NotApplicable;
                continue;
            }
            double x = std::clamp(tendency + (unit(rng) - 0.5) * 0.6, 0.0, 0.999);
            a.answers[q].option = static_cast<int>(x * options);
        }
        for (auto& t : a.targets) t = unit(rng) < 0.5 ? static_cast<int>(rng() % (model.stageCount() + 1)) : 0;
        all.push_back(std::move(a));
    }
    return all;
}

struct Timing {
    double median = 0, min = 0;
};

// Milliseconds per call of `fn`, over `runs` runs of `inner` calls each.
template <typename Fn>
Timing time(int runs, int inner, Fn&& fn) {
    std::vector<double> ms;
    for (int r = 0; r < runs; ++r) {
        auto start = Clock::now();
        for (int i = 0; i < inner; ++i) fn(i);
        std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        ms.push_back(elapsed.count() / inner);
    }
    std::sort(ms.begin(), ms.end());
    return {ms[ms.size() / 2], ms.front()};
}

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
    return 0;
}
