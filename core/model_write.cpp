// Saving models and assessments: the documented field order, ids for
// indices; saving then loading gives back an equal object.
#include "model_io_parts.hpp"

namespace smm {

namespace model_io {

namespace {

// The id at `index`, or "" for a dangling index: a model built in code with a
// mistake then saves to a file whose load names the problem, instead of crashing.
template <typename T>
std::string idAt(const std::vector<T>& items, int index) {
    return index >= 0 && index < int(items.size()) ? items[index].id : std::string();
}

Json toJson(const Gate& g, const Model& m) {
    Json out = g.question >= 0 ? Json{{"question", idAt(m.questions, g.question)}}
                               : Json{{"dimension", idAt(m.dimensions, g.dimension)}};
    out["minLevel"] = g.minLevel;
    if (!g.claim.empty()) out["claim"] = g.claim;
    if (!g.lack.empty()) out["lack"] = g.lack;
    if (g.before) out["before"] = true;
    return out;
}

Json gatesJson(const std::vector<Gate>& gates, const Model& m) {
    Json out = Json::array();
    for (const auto& g : gates) out.push_back(toJson(g, m));
    return out;
}

Json toJson(const AnswerOption& o) { return Json{{"id", o.id}, {"label", o.label}, {"weight", o.weight}}; }

Json toJson(const Migration& mig) {
    Json renamed = Json::object();
    for (const auto& r : mig.questions) renamed[r.from] = r.to;
    Json dropped = Json::array();
    for (const auto& d : mig.dropped) dropped.push_back({{"question", d.question}, {"reason", d.reason}});
    Json scale = Json::array();
    for (const auto& o : mig.answerScale) scale.push_back(toJson(o));
    Json out = {{"from", mig.fromVersion},          {"summary", mig.summary},
                {"questions", renamed},             {"dropped", dropped},
                {"answerScale", scale},             {"questionOrder", mig.questionOrder},
                {"dimensionOrder", mig.dimensionOrder}, {"stageOrder", mig.stageOrder}};
    if (!mig.splits.empty()) {
        Json splits = Json::object();
        for (const auto& sp : mig.splits) splits[sp.from] = sp.to;
        out["splits"] = splits;
    }
    if (!mig.questionOptions.empty()) {
        Json options = Json::object();
        for (const auto& o : mig.questionOptions) options[o.question] = o.ids;
        out["questionOptions"] = options;
    }
    return out;
}

template <typename T, typename F>
Json jsonArray(const std::vector<T>& items, F toItem) {
    Json out = Json::array();
    for (const auto& item : items) out.push_back(toItem(item));
    return out;
}

Json idsOf(const std::vector<int>& indices, const std::vector<Action>& actions) {
    return jsonArray(indices, [&](int i) { return Json(idAt(actions, i)); });
}

Json toJson(const RiskClause& c, const Model& m) {
    using K = RiskClause::Kind;
    switch (c.kind) {
        case K::DimensionBelow: return {{"dimension", idAt(m.dimensions, c.target)}, {"below", c.value}};
        case K::DimensionAtLeast: return {{"dimension", idAt(m.dimensions, c.target)}, {"atLeast", c.value}};
        case K::QuestionAtMost: return {{"question", idAt(m.questions, c.target)}, {"atMost", c.value}};
        case K::QuestionAtLeast: return {{"question", idAt(m.questions, c.target)}, {"atLeast", c.value}};
        case K::StandingAtLeast: return {{"standing", c.target == 1 ? "internal" : "external"}, {"atLeast", c.value}};
    }
    return {};
}

Json toJson(const Risk& r, const Model& m) {
    Json out = {{"id", r.id}, {"title", r.title}, {"severity", r.severity}, {"source", r.source},
                {"description", r.description}};
    out["trigger"][r.matchAll ? "all" : "any"] = jsonArray(r.clauses, [&](const RiskClause& c) { return toJson(c, m); });
    if (r.skipWhenDecided) out["skipWhenDecided"] = true;
    for (const SeverityRule& rule : r.severityWhen)
        out["severityWhen"].push_back({{"severity", rule.severity}, {"when", toJson(rule.when, m)}});
    out["mitigations"] = r.mitigations;
    if (!r.actions.empty()) out["actions"] = idsOf(r.actions, m.actions);
    return out;
}

Json toJson(const Action& a, const Model& m) {
    Json out = {{"id", a.id},         {"dimension", idAt(m.dimensions, a.dimension)}, {"stage", idAt(m.stages, a.stage)},
                {"title", a.title},   {"detail", a.detail},                        {"effort", a.effort}};
    if (!a.dependsOn.empty()) out["dependsOn"] = idsOf(a.dependsOn, m.actions);
    if (!a.fixes.empty()) out["fixes"] = jsonArray(a.fixes, [&](int q) { return Json(idAt(m.questions, q)); });
    return out;
}

Json toJson(const Model& m) {
    Json out = {{"schemaVersion", m.schemaVersion}, {"id", m.id},
                {"version", m.version},             {"name", m.name},
                {"description", m.description},     {"stageHoldsAt", m.stageHoldsAt}};
    out["answerScale"] = jsonArray(m.answerScale, [](const AnswerOption& o) { return toJson(o); });
    out["stages"] = jsonArray(m.stages, [&](const Stage& s) {
        Json j{{"id", s.id}, {"name", s.name}, {"summary", s.summary}, {"gates", gatesJson(s.gates, m)}};
        if (!s.practices.empty()) j["practices"] = gatesJson(s.practices, m);
        if (!s.internal.name.empty() || !s.internal.gates.empty() || !s.internal.practices.empty()) {
            j["internal"] = {{"name", s.internal.name}, {"summary", s.internal.summary},
                             {"gates", gatesJson(s.internal.gates, m)}};
            if (!s.internal.practices.empty()) j["internal"]["practices"] = gatesJson(s.internal.practices, m);
        }
        return j;
    });
    out["dimensions"] = jsonArray(m.dimensions, [](const Dimension& d) {
        Json j{{"id", d.id}, {"kind", d.kind == DimensionKind::Track ? "track" : "enabler"},
               {"name", d.name}, {"summary", d.summary}};
        if (d.side == Side::Internal) j["side"] = "internal";
        return j;
    });
    out["questions"] = jsonArray(m.questions, [&](const Question& q) {
        Json j{{"id", q.id},     {"dimension", idAt(m.dimensions, q.dimension)}, {"stage", idAt(m.stages, q.stage)},
               {"text", q.text}, {"help", q.help}, {"allowNotApplicable", q.allowNotApplicable}};
        if (!q.options.empty()) j["options"] = jsonArray(q.options, [](const AnswerOption& o) { return toJson(o); });
        if (q.audience != Audience::Unset) j["audience"] = audienceId(q.audience);
        return j;
    });
    out["actions"] = jsonArray(m.actions, [&](const Action& a) { return toJson(a, m); });
    out["risks"] = jsonArray(m.risks, [&](const Risk& r) { return toJson(r, m); });
    out["peerFacts"] = jsonArray(m.peerFacts, [&](const PeerFact& f) {
        Json j{{"id", f.id}, {"text", f.text}, {"source", f.source}, {"year", f.year}};
        if (f.kind != FactKind::Unset) j["kind"] = factKindId(f.kind);
        if (!f.dimensions.empty()) j["dimensions"] = jsonArray(f.dimensions, [&](int d) { return Json(idAt(m.dimensions, d)); });
        if (!f.questions.empty()) j["questions"] = jsonArray(f.questions, [&](int q) { return Json(idAt(m.questions, q)); });
        return j;
    });
    out["roleGroups"] = jsonArray(m.roleGroups, [](const RoleGroup& g) {
        Json j{{"id", g.id}, {"name", g.name}};
        if (!g.answersFirst.empty())
            j["answersFirst"] = jsonArray(g.answersFirst, [](Audience a) { return Json(audienceId(a)); });
        return j;
    });
    if (!m.networkStandings.empty())
        out["networkStandings"] = jsonArray(m.networkStandings, [&](const NetworkStanding& n) {
            Json j{{"id", n.id}, {"name", n.name}, {"summary", n.summary}, {"gates", gatesJson(n.gates, m)}};
            if (n.externalStage > 0) j["external"] = idAt(m.stages, n.externalStage - 1);
            if (n.internalStage > 0) j["internal"] = idAt(m.stages, n.internalStage - 1);
            return j;
        });
    if (!m.presenceDecision.gates.empty()) {
        const PresenceDecision& d = m.presenceDecision;
        out["presenceDecision"] = {{"name", d.name}, {"summary", d.summary}, {"move", d.move},
                                   {"moveDetail", d.moveDetail}, {"gates", gatesJson(d.gates, m)}};
    }
    if (!m.migrations.empty()) out["migrations"] = jsonArray(m.migrations, [](const Migration& mig) { return toJson(mig); });
    return out;
}

// Only what was given: unanswered questions, empty notes and unset targets
// are left out so files stay short and diffs readable.
Json toJson(const Assessment& a, const Model& m) {
    Json out = {{"schemaVersion", kAssessmentSchemaVersion}, {"model", m.id}, {"organisation", a.organisation}};
    if (!m.version.empty()) out["modelVersion"] = m.version;
    if (!a.date.empty()) out["date"] = a.date;
    if (!a.participant.empty()) out["participant"] = a.participant;
    if (a.roleGroup >= 0 && a.roleGroup < int(m.roleGroups.size())) out["role"] = m.roleGroups[a.roleGroup].id;
    Json answers = Json::object();
    for (std::size_t q = 0; q < a.answers.size() && q < m.questions.size(); ++q) {
        const Answer& answer = a.answers[q];
        const auto& options = m.optionsFor(static_cast<int>(q));
        bool onScale = answer.option >= 0 && answer.option < int(options.size());
        bool given = onScale || answer.option == Answer::NotApplicable || answer.unknown();
        if (!given && answer.note.empty()) continue;
        Json entry = Json::object();  // a note is kept whether or not the question is answered
        if (given) entry["answer"] = onScale ? options[answer.option].id
                                             : answer.dontKnow()  ? kDontKnow
                                             : answer.notMyArea() ? kNotMyArea
                                                                  : kNotApplicable;
        if (!answer.note.empty()) entry["note"] = answer.note;
        answers[m.questions[q].id] = entry;
    }
    out["answers"] = answers;
    Json targets = Json::object();
    for (std::size_t d = 0; d < a.targets.size() && d < m.dimensions.size(); ++d)
        if (a.targets[d] > 0) targets[m.dimensions[d].id] = a.targets[d];
    out["targets"] = targets;
    return out;
}

}  // namespace

Json modelJson(const Model& m) { return toJson(m); }
Json assessmentJson(const Assessment& a, const Model& m) { return toJson(a, m); }

}  // namespace model_io

std::string saveModel(const Model& model) { return jsonFileText(model_io::modelJson(model), true); }

std::string saveAssessment(const Assessment& a, const Model& model, bool pretty) {
    return jsonFileText(model_io::assessmentJson(a, model), pretty);
}

}  // namespace smm
