// The JSON report: one object; see reportJson() and jsonGroupReport() for the keys.
#include <cmath>

#include "json.hpp"
#include "report_parts.hpp"

namespace smm::report {

namespace {

// For JSON: short, stable numbers (1.6 rather than 1.6000000000000001).
double rounded(double v) { return std::round(v * 10000.0) / 10000.0; }

Json gateJson(const Model& m, const BlockingGate& b) {
    Json j;
    j["stage"] = b.stage >= 0 && b.stage < m.stageCount() ? m.stages[b.stage].id : "";
    j["dimension"] = b.dimension >= 0 && b.dimension < static_cast<int>(m.dimensions.size()) ? m.dimensions[b.dimension].id : "";
    if (b.question >= 0 && b.question < static_cast<int>(m.questions.size())) j["question"] = m.questions[b.question].id;
    if (!b.claim.empty()) j["claim"] = b.claim;
    j["unknown"] = b.unknown;
    j["level"] = rounded(b.level);
    j["needed"] = b.needed;
    j["explanation"] = b.explanation;
    return j;
}

Json standingsJson(const Facts& f) {
    const Model& m = f.model;
    const Score& s = f.score;
    auto standingJson = [&](const Standing& st) {
        return Json{{"stage", st.stage},       {"secured", st.secured},   {"placed", st.placed},
                    {"byDecision", st.byDecision}, {"name", st.name},   {"summary", st.summary},
                    {"line", st.line},         {"assessed", st.assessed}, {"answered", st.answered},
                    {"total", st.total}};
    };
    return {{"external", standingJson(s.external)},
            {"internal", standingJson(s.internal)},
            {"network", s.network >= 0 ? Json(m.networkStandings[s.network].id) : Json(nullptr)},
            {"networkNeeds", s.networkNeeds},
            {"networkLabel", s.headline.network},
            {"confidence", rounded(s.confidence())},
            {"notApplicable", s.notApplicable},
            {"dontKnow", s.dontKnow},
            {"notMyArea", s.notMyArea},
            {"line", s.headline.sentence}};
}

Json unknownRisksJson(const Facts& f) {
    const Model& m = f.model;
    Json unknown = Json::array();
    for (const auto& u : f.unknown) {
        Json qs = Json::array();
        for (int q : u.toAnswer) qs.push_back(m.questions[q].id);
        unknown.push_back({{"id", m.risks[u.risk].id}, {"severity", u.severity}, {"answer", qs}, {"sentence", unknownRiskSentence(m, u)}});
    }
    return unknown;
}

Json tracksJson(const Facts& f) {
    const Model& m = f.model;
    Json tracks = Json::array();
    for (const auto& t : f.score.tracks) {
        Json tb = Json::array();
        for (const auto& b : t.blockers) tb.push_back(gateJson(m, b));
        tracks.push_back({{"id", m.dimensions[t.track].id},
                          {"stage", t.stage},
                          {"ungatedStage", t.ungatedStage},
                          {"blockers", tb}});
    }
    return tracks;
}

Json dimensionsJson(const Facts& f) {
    const Model& m = f.model;
    Json dims = Json::array();
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const auto& ds = f.score.dimensions[d];
        Json stages = Json::array();
        for (std::size_t k = 0; k < ds.stages.size(); ++k)
            stages.push_back({{"id", m.stages[k].id},
                              {"share", rounded(ds.stages[k].share)},
                              {"holds", ds.stages[k].holds},
                              {"applicable", ds.stages[k].applicable},
                              {"answered", ds.stages[k].answered}});
        dims.push_back({{"id", m.dimensions[d].id},
                        {"name", m.dimensions[d].name},
                        {"kind", m.dimensions[d].kind == DimensionKind::Track ? "track" : "enabler"},
                        {"level", rounded(ds.level)},
                        {"target", ds.target},
                        {"effectiveTarget", d < f.effective.size() ? f.effective[d] : ds.target},
                        {"gap", rounded(ds.gap())},
                        {"answered", ds.answered},
                        {"total", ds.total},
                        {"stages", stages}});
    }
    return dims;
}

Json risksJson(const Facts& f) {
    const Model& m = f.model;
    Json risks = Json::array();
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        Json qs = Json::array(), acts = Json::array();
        for (int q : tr.questions) qs.push_back(m.questions[q].id);
        for (int a : r.actions) acts.push_back(m.actions[a].id);
        risks.push_back({{"id", r.id},
                         {"title", r.title},
                         {"severity", tr.severity},
                         {"source", r.source},
                         {"reasons", tr.reasons},
                         {"alsoRaised", [&] { Json ids = Json::array(); for (int r2 : tr.alsoRaised) ids.push_back(m.risks[r2].id); return ids; }()},
                         {"questions", qs},
                         {"mitigations", r.mitigations},
                         {"actions", acts}});
    }
    return risks;
}

Json roadmapJson(const Facts& f) {
    const Model& m = f.model;
    Json items = Json::array();
    for (const auto& item : f.roadmap.items) {
        const Action& act = m.actions[item.action];
        Json deps = Json::array();
        for (int d : item.dependsOn) deps.push_back(m.actions[d].id);
        items.push_back({{"id", act.id},
                         {"title", act.title},
                         {"dimension", m.dimensions[act.dimension].id},
                         {"stage", m.stages[act.stage].id},
                         {"effort", act.effort},
                         {"phase", item.phase},
                         {"dependsOn", deps},
                         {"forGate", item.forGate}});
    }
    Json next = Json::array();
    for (const NextMove& mv : f.moves) next.push_back(mv.action >= 0 ? Json(m.actions[mv.action].id) : Json(mv.title));
    return {{"phases", f.roadmap.phaseCount}, {"nextMoves", next}, {"items", items}};
}

// Every question, answered or not, with its note.
Json answersJson(const Facts& f) {
    const Model& m = f.model;
    Json answers = Json::array();
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        const Question& qu = m.questions[q];
        const Answer& ans = answerAt(f.a, q);
        Json row = {{"question", qu.id}, {"dimension", m.dimensions[qu.dimension].id}, {"stage", m.stages[qu.stage].id}};
        if (!ans.answered()) {
            row["answer"] = nullptr;
        } else if (!ans.applicable()) {
            row["answer"] = "na";
        } else if (ans.dontKnow()) {
            row["answer"] = "dk";
        } else if (ans.notMyArea()) {
            row["answer"] = "nma";
        } else {
            const auto& options = m.optionsFor(static_cast<int>(q));
            row["answer"] = ans.option < static_cast<int>(options.size()) ? options[ans.option].id : "";
            row["weight"] = answerWeight(m, static_cast<int>(q), ans);
        }
        if (!ans.note.empty()) row["note"] = ans.note;
        answers.push_back(row);
    }
    return answers;
}

Json reportJson(const Facts& f) {
    const Model& m = f.model;
    const Score& s = f.score;
    Json j;
    j["model"] = {{"id", m.id}, {"version", m.version}, {"name", m.name}};
    j["organisation"] = f.a.organisation;
    j["date"] = f.a.date;
    j["overall"] = {{"stage", s.overallStage},
                    {"name", stageName(m, s.overallStage)},
                    {"headline", s.headline.sentence},
                    {"leadingTrack", s.leadingTrack >= 0 ? Json(m.dimensions[s.leadingTrack].id) : Json(nullptr)}};
    Json blockers = Json::array();
    for (const auto& b : s.blockers) blockers.push_back(gateJson(m, b));
    j["blockers"] = blockers;
    j["completion"] = {{"answered", s.answered}, {"total", s.total}};
    j["standings"] = standingsJson(f);
    j["unknownRisks"] = unknownRisksJson(f);
    j["tracks"] = tracksJson(f);
    j["dimensions"] = dimensionsJson(f);
    j["risks"] = risksJson(f);
    j["roadmap"] = roadmapJson(f);
    j["answers"] = answersJson(f);
    Json peers = Json::array();
    for (const auto& p : m.peerFacts)
        peers.push_back({{"id", p.id}, {"text", p.text}, {"source", p.source}, {"year", p.year}});
    j["peerFacts"] = peers;
    return j;
}

Json statsJson(const Stats& s) {
    return {{"count", s.count},       {"median", rounded(s.median)}, {"mean", rounded(s.mean)},
            {"min", rounded(s.min)},  {"max", rounded(s.max)},       {"stddev", rounded(s.stddev)}};
}

}  // namespace

std::string jsonReport(const Facts& f) { return jsonFileText(reportJson(f), true); }

std::string jsonGroupReport(const Facts& f, const Aggregate& agg) {
    const Model& model = f.model;
    Json j;
    j["participants"] = agg.participants;
    j["agreement"] = rounded(agg.agreement);
    Json groups = Json::array();
    for (const auto& g : agg.groups)
        groups.push_back({{"id", g.roleGroup >= 0 ? Json(model.roleGroups[g.roleGroup].id) : Json(nullptr)},
                          {"name", roleGroupName(model, g.roleGroup)},
                          {"participants", g.participants}});
    j["groups"] = groups;
    Json dims = Json::array();
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        Json byGroup = Json::array();
        for (const auto& g : agg.groups) byGroup.push_back(statsJson(g.dimensions[d]));
        Json row = {{"id", model.dimensions[d].id}};
        row.update(statsJson(agg.dimensions[d]));
        row["groupGap"] = rounded(agg.groupGap[d]);
        row["groups"] = byGroup;
        dims.push_back(row);
    }
    j["dimensions"] = dims;
    Json qs = Json::array();
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        Json byGroup = Json::array();
        for (const auto& g : agg.groups) byGroup.push_back(statsJson(g.questions[q]));
        Json row = {{"id", model.questions[q].id}};
        row.update(statsJson(agg.questions[q]));
        row["groups"] = byGroup;
        qs.push_back(row);
    }
    j["questions"] = qs;
    Json cont = Json::array();
    for (int q : agg.contested) cont.push_back(model.questions[q].id);
    j["contested"] = cont;
    j["consensus"] = reportJson(f);
    return jsonFileText(j, true);
}

}  // namespace smm::report
