// Which of the model's risks an assessment triggers, and why.
#pragma once

#include <string>
#include <vector>

#include "assessment.hpp"
#include "model.hpp"
#include "scoring.hpp"

namespace smm {

struct TriggeredRisk {
    int risk = -1;                    // index into Model::risks
    std::vector<std::string> reasons; // "Security and privacy is at 0.8, below 2"
    std::vector<int> questions;       // the answers that triggered it
    int rank = 0;                     // higher is more serious: severity (high 3, medium 2, low 1) * 1000 + clauses fired
};

// Sorted most serious first.
std::vector<TriggeredRisk> triggeredRisks(const Model& model, const Assessment& a, const Score& score);

}  // namespace smm
