// Levels, stages, gates and standings; see scoring.hpp and
// assets/models/README.md ("Scoring") for the rule this implements.
#include "scoring.hpp"
#include "standing.hpp"

#include "levels.hpp"

#include <cmath>
#include <cstdio>

namespace smm {

namespace {

// "2" for whole numbers, otherwise one decimal like formatLevel.
std::string formatNeeded(double value) {
    if (isWhole(value)) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", std::round(value));
        return buf;
    }
    return formatLevel(value);
}

std::string quoted(const std::string& s) { return "'" + s + "'"; }

// Evidence per (dimension, stage): counts and the weighted share.
void collectEvidence(const Model& model, const Assessment& a, Score& score) {
    const int stageCount = model.stageCount();
    const int dimCount = static_cast<int>(model.dimensions.size());
    const int questionCount = static_cast<int>(model.questions.size());
    for (int q = 0; q < questionCount; ++q) {
        const Question& question = model.questions[q];
        if (question.dimension < 0 || question.dimension >= dimCount) continue;
        auto& ds = score.dimensions[question.dimension];
        ++ds.total;
        const Answer* answer = q < static_cast<int>(a.answers.size()) ? &a.answers[q] : nullptr;
        const bool answered = answer && answer->answered();
        score.answerWeights[q] = !answered ? -1.0 : !answer->applicable() ? -2.0 : answerWeight(model, q, *answer);
        if (answered) ++ds.answered;
        if (answered && !answer->applicable()) ++score.notApplicable;
        if (answered && answer->dontKnow()) ++score.dontKnow;
        if (answered && answer->notMyArea()) ++score.notMyArea;
        if (question.stage < 0 || question.stage >= stageCount) continue;
        auto& ev = ds.stages[question.stage];
        ++ev.questions;
        if (answered && !answer->applicable()) continue;  // NA: left out of the share
        ++ev.applicable;
        const double w = answered ? answerWeight(model, q, *answer) : -1.0;
        if (w < 0.0) continue;  // unanswered or "don't know": counts, weighs 0
        ++ev.answered;
        ++score.known;
        ev.share += w;
    }
}

void computeLevels(const Model& model, Score& score) {
    for (auto& ds : score.dimensions) {
        int consecutive = 0;
        bool climbing = true;
        double partial = 0.0;
        for (auto& ev : ds.stages) {
            // A stage whose questions are all "not applicable" is skipped, never zeroed.
            const bool skipped = ev.questions > 0 && ev.applicable == 0;
            ev.share = ev.applicable ? ev.share / ev.applicable : (ev.questions && !skipped ? 0.0 : 1.0);
            // Mostly unanswered (or "don't know"): nothing to stand on.
            ev.assessed = ev.questions == 0 || skipped || 2 * ev.answered >= ev.applicable;
            ev.holds = ev.questions == 0 || skipped || (ev.assessed && reaches(ev.share, model.stageHoldsAt));
            if (!climbing) continue;
            if (ev.holds) {
                ++consecutive;
            } else {
                partial = ev.share;
                climbing = false;
            }
        }
        ds.level = consecutive + partial;
        score.answered += ds.answered;
        score.total += ds.total;
    }
}

// One gate evaluated for `owner` (the rung or network standing it belongs to,
// by name): what it needs, what is there, and the sentences that say so.
}  // namespace

GateStatus evaluateGate(const Model& model, const Assessment& a, const Score& score, const std::string& owner,
                        int stage, const Gate& g) {
    const int dimCount = static_cast<int>(model.dimensions.size());
    const int questionCount = static_cast<int>(model.questions.size());
    GateStatus s;
    s.stage = stage;
    s.dimension = g.dimension;
    s.question = g.question;
    s.needed = g.minLevel;
    s.claim = g.claim;
    s.before = g.before;
    const std::string needs = owner + (g.claim.empty() ? " needs " : " - " + g.claim + ": ");
    if (g.question >= 0 && g.question < questionCount) {
        const Answer* ans = g.question < static_cast<int>(a.answers.size()) ? &a.answers[g.question] : nullptr;
        const std::string& text = model.questions[g.question].text;
        s.notApplicable = ans && ans->answered() && !ans->applicable();
        if (s.notApplicable) {
            // "Not applicable" is not "no": the gate is skipped, never failed.
            s.met = true;
            s.explanation = needs + quoted(text) + " is marked not applicable, so it is left out.";
            return s;
        }
        const double w = ans ? answerWeight(model, g.question, *ans) : -1.0;
        s.unknown = w < 0.0;
        s.level = s.unknown ? 0.0 : w;
        s.met = !s.unknown && reaches(w, g.minLevel);
        s.lack = s.unknown ? "answer " + quoted(text) : !g.lack.empty() ? g.lack : quoted(text) + " not yet in place";
        if (s.met)
            s.explanation = needs + quoted(text) + " is answered " + quoted(answerLabel(model, g.question, *ans)) + ".";
        else if (s.unknown)
            s.explanation = needs + quoted(text) + " is " +
                            (ans && ans->dontKnow()    ? "answered \"don't know\""
                             : ans && ans->notMyArea() ? "left to another area (\"not my area\")"
                                                       : "not answered yet") + ".";
        else
            s.explanation = needs + quoted(text) + " is answered " + quoted(answerLabel(model, g.question, *ans)) +
                            ", which is not enough.";
        return s;
    }
    const bool known = g.dimension >= 0 && g.dimension < dimCount;
    s.level = known ? score.dimensions[g.dimension].level : 0.0;
    s.met = known && reaches(s.level, g.minLevel);
    const std::string who = known ? model.dimensions[g.dimension].name : std::string("an unknown dimension");
    // Short of the level only because the stage where it stops is mostly
    // unanswered: unknown, not a lack (a blank strategy is not "no purpose").
    const int stop = known ? score.dimensions[g.dimension].stopStage() : -1;
    s.unknown = known && !s.met && stop < static_cast<int>(score.dimensions[g.dimension].stages.size()) &&
                !score.dimensions[g.dimension].stages[stop].assessed;
    s.lack = s.unknown ? "answer the " + who + " questions"
             : !g.lack.empty() ? g.lack : who + " below " + formatNeeded(s.needed);
    if (s.unknown)
        s.explanation = needs + who + " at " + formatNeeded(s.needed) + "; its questions are mostly not answered yet.";
    else if (g.claim.empty())
        s.explanation = s.met ? owner + " has " + who + " at " + formatLevel(s.level) + "; it needs " +
                                    formatNeeded(s.needed) + "."
                              : owner + " is held back by " + who + " at " + formatLevel(s.level) +
                                    "; it needs " + formatNeeded(s.needed) + ".";
    else
        s.explanation = needs + who + " is at " + formatLevel(s.level) + (s.met ? "" : ", below") + " the " +
                        formatNeeded(s.needed) + " it needs.";
    return s;
}

namespace {

TrackStage scoreTrack(const Model& model, const Score& score, int d) {
    const int stageCount = model.stageCount();
    const Side side = model.dimensions[d].side;
    const auto& gates = side == Side::Internal ? score.internalGates : score.externalGates;
    TrackStage ts;
    ts.track = d;
    ts.side = side;
    const auto& stages = score.dimensions[d].stages;
    while (ts.ungatedStage < stageCount && stages[ts.ungatedStage].holds) ++ts.ungatedStage;
    while (ts.stage < ts.ungatedStage && failingGates(gates[ts.stage]).empty()) ++ts.stage;
    if (ts.stage < stageCount) {
        ts.blockers = failingGates(gates[ts.stage]);
        ts.nextAssessed = stages[ts.stage].assessed;
    }
    return ts;
}

}  // namespace

const std::vector<GateStatus>& Score::gatesFor(Side side, int stage) const {
    static const std::vector<GateStatus> none;
    const auto& all = side == Side::Internal ? internalGates : externalGates;
    return stage >= 0 && stage < static_cast<int>(all.size()) ? all[stage] : none;
}

const std::vector<GateStatus>& Score::practicesFor(Side side, int stage) const {
    static const std::vector<GateStatus> none;
    const auto& all = side == Side::Internal ? internalPractices : externalPractices;
    return stage >= 0 && stage < static_cast<int>(all.size()) ? all[stage] : none;
}

double answerWeight(const Model& model, int q, const Answer& answer) {
    if (answer.option < 0) return -1.0;
    return model.weightOf(q, answer.option);
}

std::string answerLabel(const Model& model, int q, const Answer& answer) {
    if (!answer.answered()) return "Unanswered";
    if (!answer.applicable()) return "Not applicable";
    if (answer.dontKnow()) return "Don't know";
    if (answer.notMyArea()) return "Not my area";
    const auto& options = model.optionsFor(q);
    return answer.option < static_cast<int>(options.size()) ? options[answer.option].label : "?";
}

std::string formatLevel(double level) {
    // Truncated, never rounded up (levels.hpp's shownLevel).
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", shownLevel(level));
    return buf;
}

Score scoreAssessment(const Model& model, const Assessment& a) {
    const int stageCount = model.stageCount();
    const int dimCount = static_cast<int>(model.dimensions.size());
    Score score;
    score.dimensions.resize(dimCount);
    for (int d = 0; d < dimCount; ++d) {
        auto& ds = score.dimensions[d];
        ds.stages.resize(stageCount);
        if (d < static_cast<int>(a.targets.size())) {
            int t = a.targets[d];
            ds.target = t < 0 ? 0 : (t > stageCount ? stageCount : t);
        }
    }
    score.answerWeights.assign(model.questions.size(), -1.0);
    collectEvidence(model, a, score);
    computeLevels(model, score);

    for (Side side : {Side::External, Side::Internal}) {
        auto& gates = side == Side::Internal ? score.internalGates : score.externalGates;
        auto& practices = side == Side::Internal ? score.internalPractices : score.externalPractices;
        gates.resize(stageCount);
        practices.resize(stageCount);
        for (int s = 0; s < stageCount; ++s) {
            const std::string& owner = model.stages[s].nameOn(side);
            for (const Gate& g : model.stages[s].gatesOn(side))
                gates[s].push_back(evaluateGate(model, a, score, owner, s, g));
            for (const Gate& g : model.stages[s].practicesOn(side))
                practices[s].push_back(evaluateGate(model, a, score, owner, s, g));
        }
    }
    for (int d = 0; d < dimCount; ++d)
        if (model.dimensions[d].kind == DimensionKind::Track) score.tracks.push_back(scoreTrack(model, score, d));
    scoreStandings(model, a, score);

    score.overallStage = score.external.stage;
    score.leadingTrack = score.external.leadingTrack;
    score.blockers = score.external.blockers;
    return score;
}

}  // namespace smm
