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
    bool unknown = false;             // not triggered only because trigger questions are unanswered
    std::vector<int> toAnswer;        // unknown: the questions whose answers would decide it
    std::vector<std::string> reasons; // "Security and privacy is at 0.8, below 2"
    std::vector<int> questions;       // the answers that triggered it
    int rank = 0;                     // higher is more serious: severity (high 3, medium 2, low 1) * 1000 + clauses fired
};

// Sorted most serious first.
std::vector<TriggeredRisk> triggeredRisks(const Model& model, const Assessment& a, const Score& score);

// Risks that are not triggered but could be: a clause on a question that is
// unanswered might fire. "Unknown - answer X to check", most serious first.
std::vector<TriggeredRisk> unknownRisks(const Model& model, const Assessment& a, const Score& score);

// The n risks an executive sees first: by severity, then triggered before
// unknown, then by how many clauses fired.
std::vector<TriggeredRisk> topRisks(const Model& model, const Assessment& a, const Score& score, int n = 3);

// "Unknown: answer 'Do you ...?' to check." for an unknown risk.
std::string unknownRiskSentence(const Model& model, const TriggeredRisk& r);

}  // namespace smm
