// Level and gate arithmetic, once: the tolerance every comparison of a level
// or an answer weight allows, and what "reaches a level" means. Scoring,
// the roadmap and the risks compare through these.
#pragma once

#include <cmath>

namespace smm {

// Shares, levels and answer weights are sums of a few weights such as .25;
// compare with a little slack so 0.5 reached by 0.25 + 0.25 still counts as 0.5.
constexpr double kLevelTolerance = 1e-9;

// `value` reaches `threshold` (a gate's minimum, a stage, a share): 2.9999999999 reaches 3.
constexpr bool reaches(double value, double threshold) { return value + kLevelTolerance >= threshold; }
// `value` stays under `threshold`: exactly when it does not reach it.
constexpr bool below(double value, double threshold) { return !reaches(value, threshold); }
// `value` is at most `threshold`: 0.2500000001 is at most 0.25.
constexpr bool atMost(double value, double threshold) { return value <= threshold + kLevelTolerance; }

// A level reaches stage `index` (0-based, as Model::stages counts) once it
// reaches the stage's number, index + 1.
constexpr bool reachesStage(double level, int index) { return reaches(level, index + 1); }

// The whole stage a level asks for: targets are whole levels, so a gate at
// 1.5 needs stage 2; 2.0000000001 (a sum's noise) needs 2.
inline int wholeStageFor(double level) { return static_cast<int>(std::ceil(level - kLevelTolerance)); }

// A whole number, allowing for the tolerance ("2" rather than "2.0").
inline bool isWhole(double value) { return std::fabs(value - std::round(value)) < kLevelTolerance; }

// A level as shown, to one decimal and never rounded up: 2.96 shows as 2.9,
// because 3.0 would claim a stage that does not hold yet.
inline double shownLevel(double level) {
    const double shown = std::floor(level * 10.0 + 1e-6) / 10.0;
    return shown < 0.0 ? 0.0 : shown;
}

}  // namespace smm
