// Levels, stages and gates; see scoring.hpp and assets/models/README.md
// ("Scoring in one paragraph") for the rule this implements.
#include "scoring.hpp"

#include <cmath>
#include <cstdio>

namespace smm {

namespace {

// Shares and levels are sums of a few weights such as .25; compare with a
// little slack so 0.75 reached by 0.25 + 0.5 still counts as 0.75.
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

}  // namespace

double answerWeight(const Model& model, const Answer& answer) {
    if (answer.option < 0 || answer.option >= static_cast<int>(model.answerScale.size())) return -1.0;
    return model.answerScale[answer.option].weight;
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

    // Evidence: sum of weights per (dimension, stage), kept in share for now.
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
        if (answered && !answer->applicable()) continue;  // NA: left out
        auto& ev = ds.stages[question.stage];
        ++ev.applicable;
        if (!answered) continue;  // unanswered: counts, weighs 0
        double w = answerWeight(model, *answer);
        if (w < 0.0) continue;    // not on the scale: treated as unanswered
        ++ev.answered;
        ev.share += w;
    }

    for (auto& ds : score.dimensions) {
        int consecutive = 0;
        bool climbing = true;
        double partial = 0.0;
        for (auto& ev : ds.stages) {
            ev.share = ev.applicable ? ev.share / ev.applicable : 1.0;
            ev.holds = ev.applicable == 0 || reaches(ev.share, model.stageHoldsAt);
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

    // Tracks: the whole stage reached with gates applied.
    auto gateHolds = [&](const Gate& g) {
        return g.dimension >= 0 && g.dimension < dimCount &&
               reaches(score.dimensions[g.dimension].level, g.minLevel);
    };
    for (int d = 0; d < dimCount; ++d) {
        if (model.dimensions[d].kind != DimensionKind::Track) continue;
        TrackStage ts;
        ts.track = d;
        // The level is consecutive holding stages plus a share below holdsAt
        // (<= 1), so its floor is the count of holding stages.
        int ungated = 0;
        for (const auto& ev : score.dimensions[d].stages) {
            if (!ev.holds) break;
            ++ungated;
        }
        ts.ungatedStage = ungated;
        int stage = 0;
        while (stage < ungated) {
            bool ok = true;
            for (const auto& g : model.stages[stage].gates) ok = ok && gateHolds(g);
            if (!ok) break;
            ++stage;
        }
        ts.stage = stage;
        if (stage < stageCount) {
            const Stage& next = model.stages[stage];
            for (const auto& g : next.gates) {
                if (gateHolds(g)) continue;
                BlockingGate b;
                b.stage = stage;
                b.dimension = g.dimension;
                b.level = g.dimension >= 0 && g.dimension < dimCount ? score.dimensions[g.dimension].level : 0.0;
                b.needed = g.minLevel;
                std::string who = g.dimension >= 0 && g.dimension < dimCount ? model.dimensions[g.dimension].name
                                                                             : std::string("an unknown dimension");
                b.explanation = next.name + " is held back by " + who + " at " + formatLevel(b.level) +
                                "; it needs " + formatNeeded(b.needed) + ".";
                ts.blockers.push_back(std::move(b));
            }
        }
        score.tracks.push_back(std::move(ts));
    }

    for (const auto& ts : score.tracks) {
        if (score.leadingTrack < 0 || ts.stage > score.overallStage) {
            score.overallStage = ts.stage;
            score.leadingTrack = ts.track;
            score.blockers = ts.blockers;
        }
    }

    if (score.overallStage > 0) {
        const Stage& s = model.stages[score.overallStage - 1];
        score.headline = s.summary.empty() ? s.name : s.name + ": " + s.summary;
    } else {
        score.headline = "Unmanaged: no managed social media presence yet";
    }
    return score;
}

}  // namespace smm
