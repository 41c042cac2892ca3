// A reproducible random workshop for the benchmarks: participants who mostly
// answer, sometimes skip or say "not applicable", cluster around a
// per-person tendency, and sometimes give a role and targets.
#pragma once

#include <algorithm>
#include <chrono>
#include <ctime>
#include <random>
#include <vector>

#include "core/assessment.hpp"
#include "core/model.hpp"

namespace smm::bench {

inline std::vector<Assessment> randomWorkshop(const Model& model, int participants, unsigned seed) {
    std::mt19937 rng(seed);
    std::uniform_real_distribution<double> unit(0.0, 1.0);
    const int options = static_cast<int>(model.answerScale.size());
    const int roles = static_cast<int>(model.roleGroups.size());
    std::vector<Assessment> all;
    all.reserve(participants);
    for (int p = 0; p < participants; ++p) {
        Assessment a = makeBlankAssessment(model);
        a.organisation = "Benchmark Ltd";
        a.roleGroup = roles ? static_cast<int>(rng() % (roles + 1)) - 1 : -1;
        const double tendency = unit(rng);
        for (std::size_t q = 0; q < model.questions.size(); ++q) {
            double r = unit(rng);
            if (r < 0.05) continue;  // unanswered
            if (r < 0.08 && model.questions[q].allowNotApplicable) {
                a.answers[q].option = Answer::NotApplicable;
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
    double median = 0, min = 0;  // wall-clock milliseconds per call
    double cpu = 0;              // median CPU milliseconds per call: steadier on a busy machine
};

// Milliseconds per call of `fn`, over `runs` runs of `inner` calls each.
template <typename Fn>
Timing time(int runs, int inner, Fn&& fn) {
    using Clock = std::chrono::steady_clock;
    std::vector<double> ms, cpu;
    for (int r = 0; r < runs; ++r) {
        const std::clock_t cpuStart = std::clock();
        auto start = Clock::now();
        for (int i = 0; i < inner; ++i) fn(i);
        std::chrono::duration<double, std::milli> elapsed = Clock::now() - start;
        ms.push_back(elapsed.count() / inner);
        cpu.push_back(1000.0 * static_cast<double>(std::clock() - cpuStart) / CLOCKS_PER_SEC / inner);
    }
    std::sort(ms.begin(), ms.end());
    std::sort(cpu.begin(), cpu.end());
    return {ms[ms.size() / 2], ms.front(), cpu[cpu.size() / 2]};
}

}  // namespace smm::bench
