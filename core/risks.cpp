// Risk triggers: each clause is checked against the score or an answer, and
// every clause that fires says why in words.
#include "risks.hpp"
#include "levels.hpp"
#include "stable_sort.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

namespace smm {

namespace {

// Answers at or below this weight are the ones that pull a dimension down.
constexpr double kLowAnswer = 0.25;

int severityRank(const std::string& severity) {
    if (severity == "high") return 3;
    if (severity == "medium") return 2;
    if (severity == "low") return 1;
    return 0;
}

std::string formatValue(double value) {
    char buf[32];
    if (isWhole(value)) {
        std::snprintf(buf, sizeof buf, "%.0f", value);
    } else {
        std::snprintf(buf, sizeof buf, "%g", value);
    }
    return buf;
}

void addUnique(std::vector<int>& list, int value) {
    if (std::find(list.begin(), list.end(), value) == list.end()) list.push_back(value);
}

// One clause on its own, without the words: true when it fires.
bool clauseHolds(const Model& model, const Assessment& a, const Score& score, const RiskClause& c) {
    switch (c.kind) {
        case RiskClause::Kind::DimensionBelow:
        case RiskClause::Kind::DimensionAtLeast: {
            if (c.target < 0 || c.target >= static_cast<int>(score.dimensions.size())) return false;
            const double level = score.dimensions[c.target].level;
            return c.kind == RiskClause::Kind::DimensionBelow ? below(level, c.value) : reaches(level, c.value);
        }
        case RiskClause::Kind::QuestionAtMost:
        case RiskClause::Kind::QuestionAtLeast: {
            if (c.target < 0 || c.target >= static_cast<int>(a.answers.size())) return false;
            const double w = answerWeight(model, c.target, a.answers[c.target]);
            if (w < 0.0) return false;
            return c.kind == RiskClause::Kind::QuestionAtMost ? atMost(w, c.value) : reaches(w, c.value);
        }
        case RiskClause::Kind::StandingAtLeast:
            return reaches(score.standing(c.target == 1 ? Side::Internal : Side::External).stage, c.value);
    }
    return false;
}

}  // namespace

std::vector<TriggeredRisk> triggeredRisks(const Model& model, const Assessment& a, const Score& score) {
    const int dimCount = static_cast<int>(std::min(model.dimensions.size(), score.dimensions.size()));
    const int questionCount = static_cast<int>(std::min(model.questions.size(), a.answers.size()));

    auto answerAt = [&](int q) -> const Answer* { return q >= 0 && q < questionCount ? &a.answers[q] : nullptr; };
    auto answerText = [&](int q) {
        const Answer* ans = answerAt(q);
        std::string label = ans ? answerLabel(model, q, *ans) : std::string("?");
        return "'" + model.questions[q].text + "' answered '" + label + "'";
    };

    std::vector<TriggeredRisk> out;
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r) {
        const Risk& risk = model.risks[r];
        TriggeredRisk tr;
        tr.risk = r;
        int fired = 0;
        for (const RiskClause& c : risk.clauses) {
            bool holds = false;
            switch (c.kind) {
                case RiskClause::Kind::DimensionBelow:
                case RiskClause::Kind::DimensionAtLeast: {
                    if (c.target < 0 || c.target >= dimCount) break;
                    const double level = score.dimensions[c.target].level;
                    const std::string& name = model.dimensions[c.target].name;
                    if (c.kind == RiskClause::Kind::DimensionBelow) {
                        holds = below(level, c.value);
                        if (!holds) break;
                        tr.reasons.push_back(name + " is at " + formatLevel(level) + ", below " + formatValue(c.value));
                        // The answers that pulled it down.
                        for (int q = 0; q < questionCount; ++q) {
                            if (model.questions[q].dimension != c.target) continue;
                            double w = answerWeight(model, q, a.answers[q]);
                            if (w >= 0.0 && atMost(w, kLowAnswer)) addUnique(tr.questions, q);
                        }
                    } else {
                        holds = reaches(level, c.value);
                        if (!holds) break;
                        tr.reasons.push_back(name + " is at " + formatLevel(level) + ", at or above " +
                                             formatValue(c.value));
                    }
                    break;
                }
                case RiskClause::Kind::QuestionAtMost:
                case RiskClause::Kind::QuestionAtLeast: {
                    const Answer* ans = answerAt(c.target);
                    if (!ans) break;
                    double w = answerWeight(model, c.target, *ans);  // -1: unanswered or NA
                    if (w < 0.0) break;
                    holds = c.kind == RiskClause::Kind::QuestionAtMost ? atMost(w, c.value) : reaches(w, c.value);
                    if (!holds) break;
                    tr.reasons.push_back(answerText(c.target));
                    addUnique(tr.questions, c.target);
                    break;
                }
                case RiskClause::Kind::StandingAtLeast:
                    // A precondition ("it has a presence"), not a reason worth a line.
                    holds = clauseHolds(model, a, score, c);
                    break;
            }
            if (holds) ++fired;
        }
        const bool triggered = risk.matchAll ? (!risk.clauses.empty() && fired == static_cast<int>(risk.clauses.size()))
                                             : fired > 0;
        if (!triggered) continue;
        // Higher is more serious: severity first, then the clauses that fired.
        tr.rank = severityRank(risk.severity) * 1000 + fired;
        out.push_back(std::move(tr));
    }
    stableSort(out, [](const TriggeredRisk& x, const TriggeredRisk& y) { return x.rank > y.rank; });
    return out;
}

std::vector<TriggeredRisk> unknownRisks(const Model& model, const Assessment& a, const Score& score) {
    std::vector<TriggeredRisk> out;
    std::vector<bool> triggered(model.risks.size(), false);
    for (const auto& t : triggeredRisks(model, a, score)) triggered[t.risk] = true;
    const int questionCount = static_cast<int>(std::min(model.questions.size(), a.answers.size()));
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r) {
        if (triggered[r]) continue;
        const Risk& risk = model.risks[r];
        TriggeredRisk tr;
        tr.risk = r;
        tr.unknown = true;
        bool othersAllow = true; // for "all": every decided clause holds
        for (const RiskClause& c : risk.clauses) {
            const bool onQuestion = c.kind == RiskClause::Kind::QuestionAtMost || c.kind == RiskClause::Kind::QuestionAtLeast;
            if (onQuestion && c.target >= 0 && c.target < questionCount &&
                (!a.answers[c.target].answered() || a.answers[c.target].dontKnow())) {
                addUnique(tr.toAnswer, c.target);
                continue;
            }
            // Decided clauses of an "all" risk: if one fails, answering cannot trigger it.
            if (risk.matchAll) othersAllow = othersAllow && clauseHolds(model, a, score, c);
        }
        if (tr.toAnswer.empty() || !othersAllow) continue;
        tr.rank = severityRank(risk.severity) * 1000;
        out.push_back(std::move(tr));
    }
    stableSort(out, [](const TriggeredRisk& x, const TriggeredRisk& y) { return x.rank > y.rank; });
    return out;
}

std::vector<TriggeredRisk> topRisks(const Model& model, const Assessment& a, const Score& score, int n) {
    auto all = triggeredRisks(model, a, score);
    for (auto& u : unknownRisks(model, a, score)) all.push_back(std::move(u));
    // Severity first; at equal severity, evidence (triggered) before doubt.
    stableSort(all, [&](const TriggeredRisk& x, const TriggeredRisk& y) {
        int sx = severityRank(model.risks[x.risk].severity), sy = severityRank(model.risks[y.risk].severity);
        if (sx != sy) return sx > sy;
        if (x.unknown != y.unknown) return !x.unknown;
        return x.rank > y.rank;
    });
    if (static_cast<int>(all.size()) > n) all.resize(n);
    return all;
}

std::string unknownRiskSentence(const Model& model, const TriggeredRisk& r) {
    std::string out = "Unknown - answer ";
    for (std::size_t i = 0; i < r.toAnswer.size(); ++i)
        out += (i ? (i + 1 == r.toAnswer.size() ? " and " : ", ") : "") + ("'" + model.questions[r.toAnswer[i]].text + "'");
    return out + " to check.";
}

}  // namespace smm
