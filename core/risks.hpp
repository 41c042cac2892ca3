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
    std::vector<int> alsoRaised;      // risks the same weak answers raise, folded into this one (one answer, one risk)
    std::string severity;             // for this organisation: the risk's own, or its first severityWhen rule that holds
    int rank = 0;                     // higher is more serious: severity (high 3, medium 2, low 1); ties keep the model's order
};

// Sorted most serious first. One answer raises at most one risk: a risk whose
// every weak answer already raised a more serious one is left out, and a risk
// that assumes you should be present outside ("skipWhenDecided") is silent
// for an organisation not present by decision.
std::vector<TriggeredRisk> triggeredRisks(const Model& model, const Assessment& a, const Score& score);

// Risks that are not triggered but could be: a clause on a question that is
// unanswered might fire. "Unknown - answer X to check", most serious first.
std::vector<TriggeredRisk> unknownRisks(const Model& model, const Assessment& a, const Score& score);

// The n risks an executive sees first: by severity, then triggered before
// unknown, then in the model's order.
std::vector<TriggeredRisk> topRisks(const Model& model, const Assessment& a, const Score& score, int n = 3);

// The risk's severity for this organisation: its first severityWhen rule that holds, or its own.
std::string severityFor(const Model& model, const Assessment& a, const Score& score, const Risk& risk);

// "The same answers also point to: X and Y." - empty when nothing was folded in.
std::string alsoRaisedSentence(const Model& model, const TriggeredRisk& r);

// "Unknown: answer 'Do you ...?' to check." for an unknown risk.
std::string unknownRiskSentence(const Model& model, const TriggeredRisk& r);

}  // namespace smm
