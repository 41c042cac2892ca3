// Standings: the rung a side practises (its rungs' practices, climbed in
// order; "not applicable" skipped, an unknown practice stops the climb as
// "not yet placed"), the rung it has secured (practices and guardrails), what
// holds it back, the presence decision, the network standing and the headline.
#include "standing.hpp"

#include <algorithm>

namespace smm {

namespace {

std::string quoted(const std::string& s) { return "'" + s + "'"; }

std::vector<GateStatus> failing(const std::vector<GateStatus>& gates) { return failingGates(gates); }

// Guardrails known to fail; one that is unknown is asked for, not counted
// against the rung ("to confirm, answer ...").
std::vector<GateStatus> knownFailing(const std::vector<GateStatus>& gates) {
    std::vector<GateStatus> out;
    for (const auto& g : gates)
        if (!g.met && !g.unknown) out.push_back(g);
    return out;
}

// The first question of `dimension` still open (unanswered or "don't know")
// at the stage where its level stops: what to answer to decide its gate.
int firstOpenQuestion(const Model& model, const Score& score, int dimension) {
    if (dimension < 0 || dimension >= static_cast<int>(score.dimensions.size())) return -1;
    const int stop = score.dimensions[dimension].stopStage();
    for (std::size_t q = 0; q < model.questions.size() && q < score.answerWeights.size(); ++q)
        if (model.questions[q].dimension == dimension && model.questions[q].stage == stop && score.answerWeights[q] == -1.0)
            return static_cast<int>(q);
    return -1;
}

// "no policy, no crisis plan and 2 more": the first few lacks, in order.
std::string lacks(const std::vector<GateStatus>& gates, std::size_t shown = 3) {
    std::vector<std::string> words;
    for (const auto& g : gates)
        if (!g.lack.empty() && std::find(words.begin(), words.end(), g.lack) == words.end()) words.push_back(g.lack);
    std::string out;
    for (std::size_t i = 0; i < words.size() && i < shown; ++i) out += (i ? ", " : "") + words[i];
    if (words.size() > shown) out += " and " + std::to_string(words.size() - shown) + " more";
    return out;
}

struct Climb {
    int stage = 0;                  // the practice rung reached
    bool placed = false;            // some practice evidence decides it
    std::vector<GateStatus> stop;   // the practices of the next rung that fail or are unknown
    std::vector<std::string> unknown; // question texts to answer to place it (higher)
};

// A rung without practices (a model made before practices) is decided by the
// side's tracks' evidence, as those models always were.
bool tracksReach(const Score& score, Side side, int rung) {
    for (const auto& t : score.tracks)
        if (t.side == side && t.ungatedStage > rung) return true;
    return false;
}

bool tracksAssessed(const Score& score, Side side) {
    for (const auto& t : score.tracks) {
        const auto& stages = score.dimensions[t.track].stages;
        if (t.side == side && !stages.empty() && stages[0].questions > 0 && stages[0].assessed) return true;
    }
    return false;
}

Climb climb(const Model& model, const Score& score, Side side) {
    Climb c;
    for (int r = 0; r < model.stageCount(); ++r) {
        const auto& practices = score.practicesFor(side, r);
        if (practices.empty()) {
            if (!tracksReach(score, side, r)) {
                c.placed = c.placed || tracksAssessed(score, side);
                break;
            }
            c.stage = r + 1;
            c.placed = true;
            continue;
        }
        std::vector<GateStatus> failed, unknown;
        int met = 0;
        for (const auto& g : practices) {
            if (g.unknown) unknown.push_back(g);
            else if (!g.met) failed.push_back(g);
            else if (!g.notApplicable) ++met;
        }
        if (!failed.empty()) {  // a practice known to be missing decides, whatever else is unknown
            c.placed = true;
            c.stop = failed;
            c.stop.insert(c.stop.end(), unknown.begin(), unknown.end());
            break;
        }
        if (!unknown.empty()) {
            c.stop = unknown;
            for (const auto& g : unknown)
                if (g.question >= 0) c.unknown.push_back(model.questions[g.question].text);
            break;
        }
        if (met == 0) continue;  // every practice "not applicable": the rung is skipped, never zeroed
        c.stage = r + 1;
        c.placed = true;
    }
    return c;
}

int leadingTrackOf(const Score& score, Side side) {
    int best = -1, bestStage = -1;
    for (const auto& t : score.tracks)
        if (t.side == side && t.ungatedStage > bestStage) best = t.track, bestStage = t.ungatedStage;
    return best;
}

bool decidedNotPresent(const Model& model, const Assessment& a, const Score& score) {
    const PresenceDecision& d = model.presenceDecision;
    if (d.gates.empty()) return false;
    for (const Gate& g : d.gates)
        if (!evaluateGate(model, a, score, d.name, 0, g).met) return false;
    return true;
}

void nameStanding(const Model& model, Standing& st, const Climb& c) {
    const bool external = st.side == Side::External;
    const int stageCount = model.stageCount();
    if (st.byDecision) {
        st.name = model.presenceDecision.name;
        st.summary = model.presenceDecision.summary;
        st.line = st.name;
        return;
    }
    if (!st.placed) {
        st.name = "Not yet placed";
        st.summary = !c.unknown.empty() ? "answer " + quoted(c.unknown.front()) + " to place it on the ladder"
                     : external ? "too few answers about your public presence to place you on the ladder"
                                : "too few answers about internal collaboration to place you on its ladder";
        st.line = st.name + " - " + st.summary;
        return;
    }
    if (st.stage > 0) {
        const Stage& s = model.stages[st.stage - 1];
        st.name = s.nameOn(st.side);
        st.summary = s.summaryOn(st.side);
        st.line = st.name + " (stage " + std::to_string(st.stage) + " of " + std::to_string(stageCount) + ")";
    } else {
        st.name = levelZeroName(st.side);
        const std::string missing = lacks(c.stop);
        st.summary = external ? (missing.empty() ? "no managed social media presence yet" : "not yet: " + missing)
                              : (missing.empty() ? "employees do not yet work together through enterprise social tools"
                                                 : "not yet: " + missing);
        st.line = st.name;
    }
    if (!st.heldBack.empty()) st.line += " - held back: " + lacks(st.heldBack);
    if (st.stage > 0 && st.secured < st.stage)
        st.line += st.secured > 0 ? "; secured: " + model.stages[st.secured - 1].nameOn(st.side) : "; no rung secured yet";
    if (!c.unknown.empty() && st.stage > 0) st.line += "; to place it higher, answer " + quoted(c.unknown.front());
    if (!st.toConfirm.empty())
        st.line += "; to confirm it is secured, answer " + quoted(st.toConfirm.front()) +
                   (st.toConfirm.size() > 1 ? " and " + std::to_string(st.toConfirm.size() - 1) + " more" : "");
}

void scoreStanding(const Model& model, const Assessment& a, Score& score, Side side) {
    Standing& st = side == Side::Internal ? score.internal : score.external;
    st.side = side;
    st.leadingTrack = leadingTrackOf(score, side);
    for (const auto& ts : score.tracks) {
        if (ts.side != side) continue;
        st.answered += score.dimensions[ts.track].answered;
        st.total += score.dimensions[ts.track].total;
    }
    if (st.leadingTrack < 0) {
        st.name = "Not part of this model";
        return;
    }
    const Climb c = climb(model, score, side);
    st.stage = c.stage;
    st.placed = c.placed;
    st.unknown = c.unknown;
    st.byDecision = side == Side::External && c.stage == 0 && decidedNotPresent(model, a, score);
    if (st.byDecision) st.placed = true;
    st.assessed = st.placed;
    if (!st.byDecision) {
        while (st.secured < st.stage && knownFailing(score.gatesFor(side, st.secured)).empty()) ++st.secured;
        for (int r = st.secured; r < st.stage; ++r)
            for (const auto& g : knownFailing(score.gatesFor(side, r))) st.heldBack.push_back(g);
        for (int r = 0; r < st.stage; ++r)
            for (const auto& g : score.gatesFor(side, r))
                if (g.unknown) {
                    const int q = g.question >= 0 ? g.question : firstOpenQuestion(model, score, g.dimension);
                    if (q >= 0) st.toConfirm.push_back(model.questions[q].text);
                }
        if (st.stage < model.stageCount() && st.placed) {
            // Guardrails set to come before the practice lead; then the practices, then the rest.
            const std::vector<GateStatus> guardrails = failing(score.gatesFor(side, st.stage));
            for (const auto& g : guardrails)
                if (g.before) st.nextNeeds.push_back(g);
            st.nextNeeds.insert(st.nextNeeds.end(), c.stop.begin(), c.stop.end());
            for (const auto& g : guardrails)
                if (!g.before) st.nextNeeds.push_back(g);
        }
        st.blockers = !st.heldBack.empty() ? st.heldBack : st.nextNeeds;
    }
    nameStanding(model, st, c);
}

void scoreNetwork(const Model& model, const Assessment& a, Score& score) {
    // With neither side placed there is no evidence to stand on: no network
    // word at all, never the lowest standing's claims.
    if (!score.external.placed && !score.internal.placed) return;
    const int count = static_cast<int>(model.networkStandings.size());
    auto reached = [&](const NetworkStanding& n) {
        return score.external.stage >= n.externalStage && score.internal.stage >= n.internalStage;
    };
    auto gatesOf = [&](const NetworkStanding& n) {
        std::vector<GateStatus> out;
        for (const Gate& g : n.gates) out.push_back(evaluateGate(model, a, score, n.name, 0, g));
        return out;
    };
    // By practice, as the ladders are: a gate that fails holds the standing
    // back ("not yet securely") instead of contradicting the ladders below it.
    for (int i = 0; i < count; ++i)
        if (reached(model.networkStandings[i])) score.network = i;
    if (score.network >= 0) score.networkHeldBack = failing(gatesOf(model.networkStandings[score.network]));
    if (score.network + 1 >= count) return;
    const NetworkStanding& next = model.networkStandings[score.network + 1];
    for (Side s : {Side::External, Side::Internal}) {
        const int needed = s == Side::External ? next.externalStage : next.internalStage;
        const Standing& st = score.standing(s);
        if (needed <= 0 || needed > model.stageCount() || st.stage >= needed) continue;
        score.networkNeeds.push_back(next.name + " needs the " + (s == Side::External ? "external" : "internal") +
                                     " standing at " + model.stages[needed - 1].nameOn(s) + " (stage " +
                                     std::to_string(needed) + "); it is at stage " + std::to_string(st.stage) + ".");
    }
    for (const auto& g : failing(gatesOf(next))) score.networkNeeds.push_back(g.explanation);
}

std::string networkLabel(const Model& model, const Score& score) {
    if (score.network < 0) return {};
    std::string label = model.networkStandings[score.network].name;
    std::vector<std::string> notYet;
    for (const auto& g : score.networkHeldBack) notYet.push_back(g.claim.empty() ? g.lack : g.claim);
    for (std::size_t i = 0; i < notYet.size(); ++i)
        label += (i ? " or " : ", not yet ") + notYet[i];
    return label;
}

// "Held back: no policy" when a practised rung lacks its guardrails,
// otherwise what the next rung still needs.
std::string bindsOf(const Model& model, const Standing& st) {
    if (!st.heldBack.empty()) return "held back by " + lacks(st.heldBack);
    if (st.nextNeeds.empty() || st.stage >= model.stageCount()) return {};
    return "not yet " + model.stages[st.stage].nameOn(st.side) + ": " + lacks(st.nextNeeds);
}

Headline headlineOf(const Model& model, const Score& score) {
    Headline h;
    const bool hasInternal = score.internal.leadingTrack >= 0;
    h.external = score.external.line;
    if (hasInternal) h.internal = score.internal.line;
    h.network = networkLabel(model, score);
    h.confidence = "Confidence " + formatPercent(score.confidence()) + ": " + std::to_string(score.known) + " of " +
                   std::to_string(score.total) + " questions answered";
    if (score.notApplicable || score.dontKnow || score.notMyArea)
        h.confidence += " (" + std::to_string(score.notApplicable) + " not applicable, " +
                        std::to_string(score.dontKnow) + " don't know" +
                        (score.notMyArea ? ", " + std::to_string(score.notMyArea) + " not my area" : std::string()) + ")";
    const std::string outside = bindsOf(model, score.external), inside = hasInternal ? bindsOf(model, score.internal) : "";
    if (!outside.empty() || !inside.empty()) {
        h.binds = "What holds it back: ";
        if (!outside.empty()) h.binds += "with customers, " + outside;
        if (!inside.empty()) h.binds += std::string(outside.empty() ? "" : "; ") + "inside, " + inside;
        h.binds += ".";
    }
    h.sentence = "With customers: " + h.external + ".";
    if (hasInternal) h.sentence += " Inside: " + h.internal + ".";
    if (!h.network.empty()) h.sentence += " Network: " + h.network + ".";
    if (!h.binds.empty()) h.sentence += " " + h.binds;
    h.sentence += " " + h.confidence + ".";
    return h;
}

}  // namespace

std::vector<GateStatus> failingGates(const std::vector<GateStatus>& gates) {
    std::vector<GateStatus> out;
    for (const auto& g : gates)
        if (!g.met) out.push_back(g);
    return out;
}

void scoreStandings(const Model& model, const Assessment& a, Score& score) {
    scoreStanding(model, a, score, Side::External);
    scoreStanding(model, a, score, Side::Internal);
    scoreNetwork(model, a, score);
    score.headline = headlineOf(model, score);
}

}  // namespace smm
