#include "next_moves.hpp"

#include <algorithm>

namespace smm {

namespace {

bool valid(int i, std::size_t n) { return i >= 0 && static_cast<std::size_t>(i) < n; }

// Under a quarter of the questions answered: too few to choose moves by.
constexpr double kFewAnswered = 0.25;

// The actions that would make gate `g` hold: those that name its question
// among what they fix (or, in a model without "fixes", the actions of the
// question's dimension and stage); for an enabler gate, the enabler's actions
// up to the level it needs. Lowest rung first, model order within.
std::vector<int> actionsFor(const Model& model, const GateStatus& g) {
    std::vector<int> out;
    const int n = static_cast<int>(model.actions.size());
    for (int i = 0; i < n; ++i) {
        const Action& a = model.actions[i];
        if (valid(g.question, model.questions.size())) {
            const Question& q = model.questions[g.question];
            const bool fixes = a.fixes.empty() ? a.dimension == q.dimension && a.stage == q.stage
                                               : std::find(a.fixes.begin(), a.fixes.end(), g.question) != a.fixes.end();
            if (fixes) out.push_back(i);
        } else if (g.dimension >= 0 && a.dimension == g.dimension && a.stage + 1 <= static_cast<int>(g.needed + 0.999)) {
            out.push_back(i);
        }
    }
    std::stable_sort(out.begin(), out.end(), [&](int x, int y) { return model.actions[x].stage < model.actions[y].stage; });
    return out;
}

// What can be done now toward `action`: its first undone dependency, and
// that one's, down to one that waits for nothing undone (a publishing
// calendar needs an owner first). Dependencies are acyclic (checked at load);
// the depth bound only guards a hand-built model.
int doableStep(const Model& model, const Score& score, int action) {
    for (std::size_t depth = 0; depth < model.actions.size(); ++depth) {
        int next = -1;
        for (int dep : model.actions[action].dependsOn)
            if (valid(dep, model.actions.size()) && !actionDone(model, score, model.actions[dep])) {
                next = dep;
                break;
            }
        if (next < 0) return action;
        action = next;
    }
    return action;
}

// The first undone action of `candidates`, or -1.
int firstUndone(const Model& model, const Score& score, const std::vector<int>& candidates) {
    for (int c : candidates)
        if (!actionDone(model, score, model.actions[c])) return c;
    return -1;
}

NextMove moveFor(const Model& model, int action, std::string why) {
    const Action& a = model.actions[action];
    return {action, a.title, a.detail, a.effort, a.dimension, a.stage, std::move(why)};
}

std::string whyText(const Model& model, const Standing& st, const GateStatus& g, bool heldBack) {
    const std::string rung = valid(g.stage, model.stages.size()) ? model.stages[g.stage].nameOn(st.side) : std::string();
    return (heldBack ? rung + " is held back: " : "Not yet " + rung + ": ") + g.lack;
}

// One side's moves: for each guardrail holding a practised rung back, then
// each thing its next rung needs, the first step that can be taken now.
std::vector<NextMove> sideMoves(const Model& model, const Score& score, const Standing& st) {
    std::vector<NextMove> out;
    if (st.byDecision || st.leadingTrack < 0) return out;
    for (bool heldBack : {true, false})
        for (const GateStatus& g : heldBack ? st.heldBack : st.nextNeeds) {
            if (g.unknown) continue;  // answer it first: the questionnaire asks, no action yet
            const int target = firstUndone(model, score, actionsFor(model, g));
            if (target < 0) continue;
            const int step = doableStep(model, score, target);
            std::string why = whyText(model, st, g, heldBack);
            // A step taken for another action says which: a calendar is the first step to one voice.
            if (step != target) why += " - first step to '" + model.actions[target].title + "'";
            out.push_back(moveFor(model, step, std::move(why)));
        }
    return out;
}

}  // namespace

std::vector<NextMove> nextMoves(const Model& model, const Score& score, const Roadmap& roadmap, std::size_t count) {
    std::vector<NextMove> out;
    auto has = [&](int action) {
        return std::any_of(out.begin(), out.end(), [&](const NextMove& m) { return m.action == action; });
    };
    auto add = [&](NextMove m) {
        if (out.size() < count && (m.action < 0 || !has(m.action))) out.push_back(std::move(m));
    };
    // The headline leads with customers; while it cannot say where you stand
    // with them, or rests on too few answers to choose moves by, getting the
    // questions answered is the first move.
    const Standing& ext = score.external;
    auto askForAnswers = [&](const std::string& which, std::string why) {
        add({-1, "Get the open questions answered",
             std::to_string(score.total - score.known) + " of " + std::to_string(score.total) +
                 " questions have no answer yet, " + which +
                 ". Ask the people who know - marketing and communications, IT, legal and HR, leadership - to answer "
                 "their part before you choose moves.",
             "low", -1, -1, std::move(why)});
    };
    if (!ext.placed && !ext.byDecision && ext.leadingTrack >= 0 && !ext.unknown.empty())
        askForAnswers("among them '" + ext.unknown.front() + "'", "Not yet placed with customers");
    else if (score.total > 0 && score.confidence() < kFewAnswered)
        askForAnswers("so the standing rests on a few answers",
                      "Only " + std::to_string(score.known) + " of " + std::to_string(score.total) + " questions answered");
    if (score.external.byDecision) {
        const PresenceDecision& d = model.presenceDecision;
        add({-1, d.move, d.moveDetail, "low", -1, -1, d.name});
    }
    // What the headline says binds, in its order: customers first, then
    // inside; on each side the guardrails that hold a practised rung back,
    // then what its next rung needs. The inside keeps one of the moves when it
    // has one, so a long list outside does not hide it.
    const std::vector<NextMove> outside = sideMoves(model, score, score.external);
    const std::vector<NextMove> inside = sideMoves(model, score, score.internal);
    const std::size_t keptForInside = inside.empty() ? 0 : 1;
    for (const NextMove& m : outside)
        if (out.size() + keptForInside < count) add(m);
    for (const NextMove& m : inside) add(m);
    for (const NextMove& m : outside) add(m);
    // Then the way to the targets, in the roadmap's order.
    for (const RoadmapItem& item : roadmap.items)
        if (valid(item.action, model.actions.size())) add(moveFor(model, item.action, "On the way to your targets"));
    return out;
}

}  // namespace smm
