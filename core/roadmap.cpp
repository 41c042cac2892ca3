// From current levels to targets: which actions, in which order.
#include "roadmap.hpp"
#include "levels.hpp"
#include "stable_sort.hpp"

#include <algorithm>
#include <cmath>

namespace smm {

namespace {


bool validIndex(int i, std::size_t size) { return i >= 0 && static_cast<std::size_t>(i) < size; }

}  // namespace


bool actionDone(const Model& /*model*/, const Score& score, const Action& a) {
    // Tied to questions: done when each of them is answered at the level a
    // practice or guardrail asks (.5, "in place where it matters"), or does not apply.
    if (!a.fixes.empty()) {
        for (int q : a.fixes) {
            const double w = validIndex(q, score.answerWeights.size()) ? score.answerWeights[q] : -1.0;
            if (w != -2.0 && below(w, 0.5)) return false;
        }
        return true;
    }
    // Otherwise once its dimension's level reaches its stage (1-based).
    const double level = validIndex(a.dimension, score.dimensions.size()) ? score.dimensions[a.dimension].level : 0.0;
    return reachesStage(level, a.stage);
}

std::vector<int> effectiveTargets(const Model& model, const Score& score) {
    const std::size_t dimCount = model.dimensions.size();
    const int stageCount = model.stageCount();
    std::vector<int> targets(dimCount, 0);
    for (std::size_t d = 0; d < dimCount && d < score.dimensions.size(); ++d) targets[d] = score.dimensions[d].target;
    for (std::size_t t = 0; t < dimCount && t < score.dimensions.size(); ++t) {
        if (model.dimensions[t].kind != DimensionKind::Track) continue;
        const int target = std::min(score.dimensions[t].target, stageCount);
        const Side side = model.dimensions[t].side;
        for (int s = 0; s < target; ++s) {
            const auto& gates = model.stages[s].gatesOn(side);
            const auto& status = score.gatesFor(side, s);
            for (std::size_t k = 0; k < gates.size(); ++k) {
                const Gate& g = gates[k];
                if (k < status.size() && status[k].met) continue;  // a gate that holds needs no work
                int d = g.dimension;
                // Targets are whole levels: a gate at 1.5 needs stage 2's work;
                // a question gate needs its question's stage.
                int needed = wholeStageFor(g.minLevel);
                if (validIndex(g.question, model.questions.size())) {
                    d = model.questions[g.question].dimension;
                    needed = model.questions[g.question].stage + 1;
                }
                if (!validIndex(d, dimCount)) continue;
                needed = std::clamp(needed, 0, stageCount);
                targets[d] = std::max(targets[d], needed);
            }
        }
    }
    return targets;
}

Roadmap buildRoadmap(const Model& model, const Score& score) {
    const std::size_t actionCount = model.actions.size();
    const std::size_t dimCount = model.dimensions.size();
    const std::vector<int> effective = effectiveTargets(model, score);

    auto ownTarget = [&](int d) { return validIndex(d, score.dimensions.size()) ? score.dimensions[d].target : 0; };
    auto done = [&](const Action& a) { return actionDone(model, score, a); };

    // 0 = not in the roadmap, 1 = only for a gate, 2 = for a dimension's own target.
    std::vector<int> need(actionCount, 0);
    std::vector<int> stack;
    for (std::size_t i = 0; i < actionCount; ++i) {
        const Action& a = model.actions[i];
        if (!validIndex(a.dimension, dimCount) || done(a)) continue;
        const int rung = a.stage + 1;
        if (rung <= ownTarget(a.dimension)) {
            need[i] = 2;
        } else if (rung <= effective[a.dimension]) {
            need[i] = 1;
        }
    }
    // Everything the needed actions depend on that is not done yet; an action
    // wanted for an own target passes that on to its dependencies.
    for (int kind = 2; kind >= 1; --kind) {
        for (std::size_t i = 0; i < actionCount; ++i)
            if (need[i] == kind) stack.push_back(static_cast<int>(i));
        while (!stack.empty()) {
            int i = stack.back();
            stack.pop_back();
            for (int dep : model.actions[i].dependsOn) {
                if (!validIndex(dep, actionCount) || need[dep] >= kind) continue;
                if (done(model.actions[dep])) continue;
                need[dep] = kind;
                stack.push_back(dep);
            }
        }
    }

    // Phases: longest path over dependencies inside the roadmap. Iterative DFS;
    // a cycle (rejected at load time) is cut where it closes.
    std::vector<int> phase(actionCount, 0);   // 0 = not computed
    std::vector<char> onPath(actionCount, 0);
    std::vector<std::pair<int, std::size_t>> dfs;
    for (std::size_t root = 0; root < actionCount; ++root) {
        if (!need[root] || phase[root]) continue;
        dfs.push_back({static_cast<int>(root), 0});
        onPath[root] = 1;
        while (!dfs.empty()) {
            auto& [node, next] = dfs.back();
            const auto& deps = model.actions[node].dependsOn;
            if (next < deps.size()) {
                int dep = deps[next++];
                if (validIndex(dep, actionCount) && need[dep] && !phase[dep] && !onPath[dep]) {
                    onPath[dep] = 1;
                    dfs.push_back({dep, 0});
                }
                continue;
            }
            int p = 1;
            for (int dep : deps)
                if (validIndex(dep, actionCount) && need[dep] && phase[dep]) p = std::max(p, phase[dep] + 1);
            phase[node] = p;
            onPath[node] = 0;
            dfs.pop_back();
        }
    }

    Roadmap roadmap;
    for (std::size_t i = 0; i < actionCount; ++i) {
        if (!need[i]) continue;
        RoadmapItem item;
        item.action = static_cast<int>(i);
        item.phase = phase[i];
        item.forGate = need[i] == 1;
        for (int dep : model.actions[i].dependsOn)
            if (validIndex(dep, actionCount) && need[dep] &&
                std::find(item.dependsOn.begin(), item.dependsOn.end(), dep) == item.dependsOn.end())
                item.dependsOn.push_back(dep);
        roadmap.phaseCount = std::max(roadmap.phaseCount, item.phase);
        roadmap.items.push_back(std::move(item));
    }
    stableSort(roadmap.items, [&](const RoadmapItem& x, const RoadmapItem& y) {
        const Action& a = model.actions[x.action];
        const Action& b = model.actions[y.action];
        if (x.phase != y.phase) return x.phase < y.phase;
        if (a.stage != b.stage) return a.stage < b.stage;
        return a.dimension < b.dimension;
    });
    return roadmap;
}

}  // namespace smm
