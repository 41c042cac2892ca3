// Levels, stages, gates and standings; see scoring.hpp and
// assets/models/README.md ("Scoring") for the rule this implements.
#include "scoring.hpp"

#include <cmath>
#include <cstdio>

namespace smm {

namespace {

// Shares and levels are sums of a few weights such as .25; compare with a
// little slack so 0.5 reached by 0.25 + 0.25 still counts as 0.5.
constexpr double kEps = 1e-9;

bool reaches(double value, double threshold) { return value + kEps >= threshold; }

// "2" for whole numbers, otherwise one decimal like formatLevel.
std::string formatNeeded(double value) {
    double whole = std::round(value);
    if (std::fabs(value - whole) < kEps) {
        char buf[32];
        std::snprintf(buf, sizeof buf, "%.0f", whole);
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
        if (answered) ++ds.answered;
        if (question.stage < 0 || question.stage >= stageCount) continue;
        auto& ev = ds.stages[question.stage];
        ++ev.questions;
        if (answered && !answer->applicable()) continue;  // NA: left out of the share
        ++ev.applicable;
        const double w = answered ? answerWeight(model, q, *answer) : -1.0;
        if (w < 0.0) continue;  // unanswered (or off the scale): counts, weighs 0
        ++ev.answered;
        ev.share += w;
    }
}

void computeLevels(const Model& model, Score& score) {
    for (auto& ds : score.dimensions) {
        int consecutive = 0;
        bool climbing = true;
        double partial = 0.0;
        for (auto& ev : ds.stages) {
            ev.share = ev.applicable ? ev.share / ev.applicable : (ev.questions ? 0.0 : 1.0);
            // Mostly not applicable or unanswered: nothing to stand on.
            ev.assessed = ev.questions == 0 || 2 * ev.answered >= ev.questions;
            ev.holds = ev.questions == 0 || (ev.assessed && reaches(ev.share, model.stageHoldsAt));
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

GateStatus evaluateGate(const Model& model, const Assessment& a, const Score& score, Side side, int stage,
                        const Gate& g) {
    const int dimCount = static_cast<int>(model.dimensions.size());
    const int questionCount = static_cast<int>(model.questions.size());
    const std::string& stageName = model.stages[stage].nameOn(side);
    GateStatus s;
    s.stage = stage;
    s.dimension = g.dimension;
    s.question = g.question;
    s.needed = g.minLevel;
    s.claim = g.claim;
    const std::string needs = stageName + (g.claim.empty() ? " needs " : " - " + g.claim + ": ");
    if (g.question >= 0 && g.question < questionCount) {
        const Answer* ans = g.question < static_cast<int>(a.answers.size()) ? &a.answers[g.question] : nullptr;
        const double w = ans ? answerWeight(model, g.question, *ans) : -1.0;
        s.unknown = w < 0.0;
        s.level = s.unknown ? 0.0 : w;
        s.met = !s.unknown && reaches(w, g.minLevel);
        const std::string& text = model.questions[g.question].text;
        if (s.met)
            s.explanation = needs + quoted(text) + " is answered " + quoted(answerLabel(model, g.question, *ans)) + ".";
        else if (s.unknown)
            s.explanation = needs + quoted(text) + " is " +
                            (ans && ans->answered() ? "marked not applicable" : "not answered yet") + ".";
        else
            s.explanation = needs + quoted(text) + " is answered " + quoted(answerLabel(model, g.question, *ans)) +
                            ", which is not enough.";
        return s;
    }
    const bool known = g.dimension >= 0 && g.dimension < dimCount;
    s.level = known ? score.dimensions[g.dimension].level : 0.0;
    s.met = known && reaches(s.level, g.minLevel);
    const std::string who = known ? model.dimensions[g.dimension].name : std::string("an unknown dimension");
    if (g.claim.empty())
        s.explanation = s.met ? stageName + " has " + who + " at " + formatLevel(s.level) + "; it needs " +
                                    formatNeeded(s.needed) + "."
                              : stageName + " is held back by " + who + " at " + formatLevel(s.level) +
                                    "; it needs " + formatNeeded(s.needed) + ".";
    else
        s.explanation = needs + who + " is at " + formatLevel(s.level) + (s.met ? "" : ", below") + " the " +
                        formatNeeded(s.needed) + " it needs.";
    return s;
}

bool allMet(const std::vector<GateStatus>& gates) {
    for (const auto& g : gates)
        if (!g.met) return false;
    return true;
}

std::vector<GateStatus> failing(const std::vector<GateStatus>& gates) {
    std::vector<GateStatus> out;
    for (const auto& g : gates)
        if (!g.met) out.push_back(g);
    return out;
}

TrackStage scoreTrack(const Model& model, const Score& score, int d) {
    const int stageCount = model.stageCount();
    const Side side = model.dimensions[d].side;
    const auto& gates = side == Side::Internal ? score.internalGates : score.externalGates;
    TrackStage ts;
    ts.track = d;
    ts.side = side;
    const auto& stages = score.dimensions[d].stages;
    while (ts.ungatedStage < stageCount && stages[ts.ungatedStage].holds) ++ts.ungatedStage;
    while (ts.stage < ts.ungatedStage && allMet(gates[ts.stage])) ++ts.stage;
    if (ts.stage < stageCount) {
        ts.blockers = failing(gates[ts.stage]);
        ts.nextAssessed = stages[ts.stage].assessed;
    }
    return ts;
}

void scoreStanding(const Model& model, Score& score, Side side) {
    Standing& st = side == Side::Internal ? score.internal : score.external;
    st.side = side;
    for (const auto& ts : score.tracks) {
        if (ts.side != side) continue;
        const auto& ds = score.dimensions[ts.track];
        st.answered += ds.answered;
        st.total += ds.total;
        if (!ds.stages.empty() && ds.stages[0].questions > 0 && ds.stages[0].assessed) st.assessed = true;
        if (st.leadingTrack < 0 || ts.stage > st.stage) {
            st.stage = ts.stage;
            st.leadingTrack = ts.track;
            st.blockers = ts.blockers;
        }
    }
    const bool external = side == Side::External;
    if (st.stage > 0) {
        const Stage& s = model.stages[st.stage - 1];
        st.name = s.nameOn(side);
        st.summary = s.summaryOn(side);
    } else if (st.leadingTrack < 0) {
        st.name = "Not part of this model";
    } else if (!st.assessed) {
        st.name = "Not assessed";
        st.summary = external ? "too few answers about your public presence to place you on the ladder"
                              : "too few answers about internal collaboration to place you on its ladder";
    } else {
        st.name = external ? "Unmanaged" : "Not started";
        st.summary = external ? "no managed social media presence yet"
                              : "employees do not yet work together through enterprise social tools";
    }
}

void scoreNetwork(const Model& model, const Assessment& a, Score& score) {
    // With neither side assessed there is no evidence to stand on: the
    // headline reads "not assessed", never the lowest standing's claims.
    if (!score.external.assessed && !score.internal.assessed) return;
    const int count = static_cast<int>(model.networkStandings.size());
    auto needs = [&](int i, std::vector<std::string>* why) {
        const NetworkStanding& n = model.networkStandings[i];
        bool ok = true;
        auto side = [&](Side s, int needed) {
            const Standing& st = score.standing(s);
            if (st.stage >= needed) return;
            ok = false;
            if (why)
                why->push_back(n.name + " needs the " + (s == Side::External ? "external" : "internal") +
                               " standing at " + model.stages[needed - 1].nameOn(s) + " (stage " +
                               std::to_string(needed) + "); it is at stage " + std::to_string(st.stage) + ".");
        };
        if (n.externalStage > 0 && n.externalStage <= model.stageCount()) side(Side::External, n.externalStage);
        if (n.internalStage > 0 && n.internalStage <= model.stageCount()) side(Side::Internal, n.internalStage);
        for (const Gate& g : n.gates) {
            // A network gate reads as the standing's own need, not a stage's.
            GateStatus s = evaluateGate(model, a, score, Side::External, 0, g);
            if (s.met) continue;
            ok = false;
            if (why) {
                std::string text = s.explanation;
                const std::string& stageName = model.stages[0].name;
                if (text.compare(0, stageName.size(), stageName) == 0) text = n.name + text.substr(stageName.size());
                why->push_back(text);
            }
        }
        return ok;
    };
    for (int i = 0; i < count; ++i)
        if (needs(i, nullptr)) score.network = i;
    if (score.network + 1 < count && score.network + 1 >= 0) needs(score.network + 1, &score.networkNeeds);
}

std::string standingLineOf(const Model& model, const Score& score) {
    std::string out;
    if (score.network >= 0) out = model.networkStandings[score.network].name + ". ";
    out += "Customers and market: " + score.external.name;
    if (score.external.stage > 0) out += " (stage " + std::to_string(score.external.stage) + " of " +
                                         std::to_string(model.stageCount()) + ")";
    if (score.internal.leadingTrack >= 0) {
        out += "; inside the organisation: " + score.internal.name;
        if (score.internal.stage > 0) out += " (stage " + std::to_string(score.internal.stage) + " of " +
                                             std::to_string(model.stageCount()) + ")";
    }
    return out + ". Confidence " + formatPercent(score.confidence()) + " of questions answered.";
}

}  // namespace

const std::vector<GateStatus>& Score::gatesFor(Side side, int stage) const {
    static const std::vector<GateStatus> none;
    const auto& all = side == Side::Internal ? internalGates : externalGates;
    return stage >= 0 && stage < static_cast<int>(all.size()) ? all[stage] : none;
}

double answerWeight(const Model& model, int q, const Answer& answer) {
    if (answer.option < 0) return -1.0;
    return model.weightOf(q, answer.option);
}

std::string answerLabel(const Model& model, int q, const Answer& answer) {
    if (!answer.answered()) return "Unanswered";
    if (!answer.applicable()) return "Not applicable";
    const auto& options = model.optionsFor(q);
    return answer.option < static_cast<int>(options.size()) ? options[answer.option].label : "?";
}

std::string formatLevel(double level) {
    // Truncate, never round up: 2.96 shows as "2.9", because "3.0" would claim
    // a stage that does not hold yet.
    double shown = std::floor(level * 10.0 + 1e-6) / 10.0;
    if (shown < 0.0) shown = 0.0;
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.1f", shown);
    return buf;
}

std::string formatPercent(double share) {
    char buf[32];
    std::snprintf(buf, sizeof buf, "%.0f%%", std::floor(share * 100.0 + 1e-6));
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
    collectEvidence(model, a, score);
    computeLevels(model, score);

    for (Side side : {Side::External, Side::Internal}) {
        auto& all = side == Side::Internal ? score.internalGates : score.externalGates;
        all.resize(stageCount);
        for (int s = 0; s < stageCount; ++s)
            for (const Gate& g : model.stages[s].gatesOn(side)) all[s].push_back(evaluateGate(model, a, score, side, s, g));
    }
    for (int d = 0; d < dimCount; ++d)
        if (model.dimensions[d].kind == DimensionKind::Track) score.tracks.push_back(scoreTrack(model, score, d));
    scoreStanding(model, score, Side::External);
    scoreStanding(model, score, Side::Internal);
    scoreNetwork(model, a, score);

    score.overallStage = score.external.stage;
    score.leadingTrack = score.external.leadingTrack;
    score.blockers = score.external.blockers;
    score.headline = score.external.summary.empty() ? score.external.name
                                                    : score.external.name + ": " + score.external.summary;
    score.standingLine = standingLineOf(model, score);
    return score;
}

}  // namespace smm
