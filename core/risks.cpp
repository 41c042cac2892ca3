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

std::string severityFor(const Model& model, const Assessment& a, const Score& score, const Risk& risk) {
    for (const SeverityRule& rule : risk.severityWhen)
        if (clauseHolds(model, a, score, rule.when)) return rule.severity;
    return risk.severity;
}

namespace {

// Every risk whose trigger holds, with its reasons and the weak answers that
// raised it; not yet sorted or thinned.
std::vector<TriggeredRisk> allTriggered(const Model& model, const Assessment& a, const Score& score,
                                        std::vector<std::vector<int>>& weakAnswers) {
    const int dimCount = static_cast<int>(std::min(model.dimensions.size(), score.dimensions.size()));
    const int questionCount = static_cast<int>(std::min(model.questions.size(), a.answers.size()));
    auto answerText = [&](int q) {
        return "'" + model.questions[q].text + "' answered '" + answerLabel(model, q, a.answers[q]) + "'";
    };
    std::vector<TriggeredRisk> out;
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r) {
        const Risk& risk = model.risks[r];
        if (risk.skipWhenDecided && score.external.byDecision) continue;
        TriggeredRisk tr;
        tr.risk = r;
        std::vector<int> weak;  // answers at or below a clause's limit: what raised it
        int fired = 0;
        for (const RiskClause& c : risk.clauses) {
            if (!clauseHolds(model, a, score, c)) continue;
            ++fired;
            using K = RiskClause::Kind;
            if (c.kind == K::DimensionBelow && c.target < dimCount) {
                const double level = score.dimensions[c.target].level;
                tr.reasons.push_back(model.dimensions[c.target].name + " is at " + formatLevel(level) + ", below " +
                                     formatValue(c.value));
                for (int q = 0; q < questionCount; ++q) {  // the answers that pulled it down
                    if (model.questions[q].dimension != c.target) continue;
                    const double w = answerWeight(model, q, a.answers[q]);
                    if (w >= 0.0 && atMost(w, kLowAnswer)) addUnique(tr.questions, q);
                }
            } else if (c.kind == K::DimensionAtLeast && c.target < dimCount) {
                tr.reasons.push_back(model.dimensions[c.target].name + " is at " +
                                     formatLevel(score.dimensions[c.target].level) + ", at or above " + formatValue(c.value));
            } else if (c.kind == K::QuestionAtMost || c.kind == K::QuestionAtLeast) {
                tr.reasons.push_back(answerText(c.target));
                addUnique(tr.questions, c.target);
                if (c.kind == K::QuestionAtMost) addUnique(weak, c.target);
            }
            // A standing clause is a precondition ("it has a presence"), not a reason worth a line.
        }
        const bool triggered = risk.matchAll ? (!risk.clauses.empty() && fired == static_cast<int>(risk.clauses.size()))
                                             : fired > 0;
        if (!triggered) continue;
        tr.severity = severityFor(model, a, score, risk);
        // Higher is more serious. At equal severity the model's order decides:
        // its author lists first the risk that would hurt first (a count of
        // clauses would favour risks written as long "any" lists).
        tr.rank = severityRank(tr.severity);
        out.push_back(std::move(tr));
        weakAnswers.push_back(std::move(weak));
    }
    return out;
}

}  // namespace

std::vector<TriggeredRisk> triggeredRisks(const Model& model, const Assessment& a, const Score& score) {
    std::vector<std::vector<int>> weakAnswers;
    std::vector<TriggeredRisk> all = allTriggered(model, a, score, weakAnswers);
    std::vector<int> order(all.size());
    for (std::size_t i = 0; i < order.size(); ++i) order[i] = static_cast<int>(i);
    stableSort(order, [&](int x, int y) { return all[x].rank > all[y].rank; });
    // One answer, one risk: the most serious risk claims its weak answers; a
    // later risk raised only by answers already claimed says nothing new.
    std::vector<int> claimedBy(model.questions.size(), -1);  // index into out
    std::vector<TriggeredRisk> out;
    for (int i : order) {
        const std::vector<int>& weak = weakAnswers[i];
        const bool anyNew = weak.empty() || std::any_of(weak.begin(), weak.end(), [&](int q) { return claimedBy[q] < 0; });
        if (!anyNew) {
            addUnique(out[claimedBy[weak.front()]].alsoRaised, all[i].risk);
            continue;
        }
        for (int q : weak)
            if (claimedBy[q] < 0) claimedBy[q] = static_cast<int>(out.size());
        out.push_back(std::move(all[i]));
    }
    return out;
}

namespace {

// The unknown risks, given what is triggered (and folded into a triggered one).
std::vector<TriggeredRisk> unknownGiven(const Model& model, const Assessment& a, const Score& score,
                                        const std::vector<TriggeredRisk>& fired) {
    std::vector<TriggeredRisk> out;
    std::vector<bool> triggered(model.risks.size(), false);
    for (const TriggeredRisk& t : fired) {
        triggered[t.risk] = true;
        for (int also : t.alsoRaised) triggered[also] = true;
    }
    const int questionCount = static_cast<int>(std::min(model.questions.size(), a.answers.size()));
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r) {
        const Risk& risk = model.risks[r];
        if (triggered[r] || (risk.skipWhenDecided && score.external.byDecision)) continue;
        TriggeredRisk tr;
        tr.risk = r;
        tr.unknown = true;
        bool othersAllow = true; // for "all": every decided clause holds
        for (const RiskClause& c : risk.clauses) {
            const bool onQuestion = c.kind == RiskClause::Kind::QuestionAtMost || c.kind == RiskClause::Kind::QuestionAtLeast;
            if (onQuestion && c.target >= 0 && c.target < questionCount &&
                (!a.answers[c.target].answered() || a.answers[c.target].unknown())) {
                addUnique(tr.toAnswer, c.target);
                continue;
            }
            // Decided clauses of an "all" risk: if one fails, answering cannot trigger it.
            if (risk.matchAll) othersAllow = othersAllow && clauseHolds(model, a, score, c);
        }
        if (tr.toAnswer.empty() || !othersAllow) continue;
        tr.severity = severityFor(model, a, score, risk);
        tr.rank = severityRank(tr.severity);
        out.push_back(std::move(tr));
    }
    stableSort(out, [](const TriggeredRisk& x, const TriggeredRisk& y) { return x.rank > y.rank; });
    return out;
}

}  // namespace

std::vector<TriggeredRisk> unknownRisks(const Model& model, const Assessment& a, const Score& score) {
    return unknownGiven(model, a, score, triggeredRisks(model, a, score));
}

std::vector<TriggeredRisk> topRisks(const Model& model, const Assessment& a, const Score& score, int n) {
    auto all = triggeredRisks(model, a, score);
    for (auto& u : unknownGiven(model, a, score, all)) all.push_back(std::move(u));  // one pass over the triggers
    // Severity first; at equal severity, evidence (triggered) before doubt.
    stableSort(all, [&](const TriggeredRisk& x, const TriggeredRisk& y) {
        const int sx = severityRank(x.severity), sy = severityRank(y.severity);
        if (sx != sy) return sx > sy;
        return x.unknown != y.unknown && !x.unknown;
    });
    if (static_cast<int>(all.size()) > n) all.resize(n);
    return all;
}

std::string alsoRaisedSentence(const Model& model, const TriggeredRisk& r) {
    if (r.alsoRaised.empty()) return {};
    std::string out = "The same answers also point to: ";
    for (std::size_t i = 0; i < r.alsoRaised.size(); ++i)
        out += (i ? (i + 1 == r.alsoRaised.size() ? " and " : ", ") : "") + model.risks[r.alsoRaised[i]].title;
    return out + ".";
}

std::string unknownRiskSentence(const Model& model, const TriggeredRisk& r) {
    std::string out = "Unknown - answer ";
    for (std::size_t i = 0; i < r.toAnswer.size(); ++i)
        out += (i ? (i + 1 == r.toAnswer.size() ? " and " : ", ") : "") + ("'" + model.questions[r.toAnswer[i]].text + "'");
    return out + " to check.";
}

}  // namespace smm
