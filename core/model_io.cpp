#include "model_io.hpp"

#include <algorithm>
#include <optional>

#include "json_reader.hpp"

namespace smm {

namespace {

using namespace json_reader;

const std::vector<std::string> kKinds = {"track", "enabler"};
const std::vector<std::string> kEfforts = {"low", "medium", "high"};
const std::vector<std::string> kSeverities = {"high", "medium", "low"};
constexpr std::size_t kMinOptions = 2, kMaxOptions = 6;
const std::string kNotApplicable = "na";

// Both formats start with a schemaVersion; a different one means the rest is
// laid out in a way this build does not know, so nothing else is read.
bool checkSchemaVersion(Reader& r, const Json& doc, const std::string& path, int supported) {
    int version = 0;
    if (!r.integer(doc, path, "schemaVersion", version)) return false;
    if (version == supported) return true;
    r.report(child(path, "schemaVersion"), "unsupported schemaVersion " + std::to_string(version) +
                                               " (this build reads " + std::to_string(supported) + ")");
    return false;
}

// ---------------------------------------------------------------------------
// Model

class ModelReader {
public:
    explicit ModelReader(Reader& r) : r_(r) {}

    Model read(const Json& doc) {
        if (!r_.isObject(doc, "") || !checkSchemaVersion(r_, doc, "", kModelSchemaVersion)) return m_;
        readHeader(doc);
        // Dependency order, so every list's ids are known before they are referenced.
        readList(doc, "answerScale", m_.answerScale, options_, &ModelReader::readOption);
        readList(doc, "dimensions", m_.dimensions, dimensions_, &ModelReader::readDimension);
        readList(doc, "stages", m_.stages, stages_, &ModelReader::readStage);
        readList(doc, "questions", m_.questions, questions_, &ModelReader::readQuestion);
        readList(doc, "actions", m_.actions, actions_, &ModelReader::readAction, Need::Optional);
        readList(doc, "risks", m_.risks, risks_, &ModelReader::readRisk, Need::Optional);
        readList(doc, "peerFacts", m_.peerFacts, peerFacts_, &ModelReader::readPeerFact, Need::Optional);
        readList(doc, "roleGroups", m_.roleGroups, roleGroups_, &ModelReader::readRoleGroup, Need::Optional);
        checkCounts(doc);
        checkCycles();
        return m_;
    }

private:
    void readHeader(const Json& doc) {
        r_.id(doc, "", "id", m_.id);
        r_.string(doc, "", "version", m_.version, Need::Optional);
        r_.string(doc, "", "name", m_.name);
        r_.string(doc, "", "description", m_.description, Need::Optional);
        if (const Json* v = r_.member(doc, "", "stageHoldsAt", Need::Optional)) {
            if (!v->is_number() || v->get<double>() <= 0 || v->get<double>() > 1)
                r_.expected("/stageHoldsAt", "a number above 0 and at most 1", *v);
            else
                m_.stageHoldsAt = v->get<double>();
        }
    }

    // Two passes: all ids first, so items may refer to later items of the
    // same list (an action depending on one listed after it).
    template <typename T>
    void readList(const Json& doc, const std::string& key, std::vector<T>& out, IdIndex& ids,
                  void (ModelReader::*readItem)(const Json&, const std::string&, T&),
                  Need need = Need::Required) {
        const Json* list = r_.array(doc, "", key, need);
        // Checking references against a list that is broken, missing or
        // (though required) empty would only echo its one problem many times.
        ids.usable = list ? need == Need::Optional || !list->empty() : need == Need::Optional && !doc.contains(key);
        if (!list) return;
        out.resize(list->size());
        for (std::size_t i = 0; i < list->size(); ++i) {
            const std::string path = child("/" + key, i);
            if (r_.isObject((*list)[i], path) && r_.id((*list)[i], path, "id", out[i].id))
                ids.add(r_, out[i].id, path, static_cast<int>(i));
            else
                ids.usable = false;
        }
        for (std::size_t i = 0; i < list->size(); ++i)
            if ((*list)[i].is_object()) (this->*readItem)((*list)[i], child("/" + key, i), out[i]);
    }

    void readOption(const Json& item, const std::string& path, AnswerOption& o) {
        r_.string(item, path, "label", o.label);
        const Json* weight = r_.member(item, path, "weight", Need::Required);
        bool weightOk = weight && r_.asNumberIn(*weight, child(path, "weight"), 0, 1, o.weight);
        if (weightOk) checkAscending(path, o.weight);
        previousWeight_ = weightOk ? std::optional<double>(o.weight) : std::nullopt;
        if (o.id == kNotApplicable)
            r_.report(child(path, "id"), "the id \"na\" is reserved for \"not applicable\" answers");
    }

    // Options are ordered from worst to best; equal weights would make two
    // answers indistinguishable in every score.
    void checkAscending(const std::string& path, double weight) {
        if (previousWeight_ && weight <= *previousWeight_)
            r_.report(child(path, "weight"), "expected a weight above " + Reader::formatNumber(*previousWeight_) +
                                                 " (the previous option's), found number " +
                                                 Reader::formatNumber(weight));
    }

    void readDimension(const Json& item, const std::string& path, Dimension& d) {
        r_.string(item, path, "name", d.name);
        r_.string(item, path, "summary", d.summary, Need::Optional);
        int kind = oneOf(r_, item, path, "kind", kKinds, "kind");
        if (kind >= 0) d.kind = kind == 0 ? DimensionKind::Track : DimensionKind::Enabler;
        allKindsRead_ = allKindsRead_ && kind >= 0;
    }

    void readStage(const Json& item, const std::string& path, Stage& s) {
        r_.string(item, path, "name", s.name);
        r_.string(item, path, "summary", s.summary, Need::Optional);
        const Json* gates = r_.array(item, path, "gates", Need::Optional);
        if (!gates) return;
        for (std::size_t i = 0; i < gates->size(); ++i) {
            const std::string gatePath = child(child(path, "gates"), i);
            if (!r_.isObject((*gates)[i], gatePath)) continue;
            Gate g;
            g.dimension = dimensions_.resolveField(r_, (*gates)[i], gatePath, "dimension");
            if (const Json* level = r_.member((*gates)[i], gatePath, "minLevel", Need::Required))
                readLevel(*level, child(gatePath, "minLevel"), g.minLevel);
            s.gates.push_back(g);
        }
    }

    // A dimension level, 0 .. stage count; unchecked when the stages are
    // broken, as their count then means nothing.
    bool readLevel(const Json& v, const std::string& path, double& out) {
        return stages_.usable ? r_.asNumberIn(v, path, 0, m_.stageCount(), out) : r_.asNumber(v, path, out);
    }

    void readQuestion(const Json& item, const std::string& path, Question& q) {
        q.dimension = dimensions_.resolveField(r_, item, path, "dimension");
        q.stage = stages_.resolveField(r_, item, path, "stage");
        r_.string(item, path, "text", q.text);
        r_.string(item, path, "help", q.help, Need::Optional);
        r_.boolean(item, path, "allowNotApplicable", q.allowNotApplicable, Need::Optional);
    }

    void readAction(const Json& item, const std::string& path, Action& a) {
        a.dimension = dimensions_.resolveField(r_, item, path, "dimension");
        a.stage = stages_.resolveField(r_, item, path, "stage");
        r_.string(item, path, "title", a.title);
        r_.string(item, path, "detail", a.detail, Need::Optional);
        int effort = oneOf(r_, item, path, "effort", kEfforts, "effort");
        if (effort >= 0) a.effort = kEfforts[effort];
        a.dependsOn = readRefs(item, path, "dependsOn", actions_);
    }

    // An optional array of ids of one list, resolved; unknown ones are dropped.
    std::vector<int> readRefs(const Json& item, const std::string& path, const std::string& key, const IdIndex& ids) {
        std::vector<int> out;
        const Json* list = r_.array(item, path, key, Need::Optional);
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            std::string id;
            const std::string refPath = child(child(path, key), i);
            int index = r_.asId((*list)[i], refPath, id) ? ids.resolve(r_, id, refPath) : -1;
            if (index >= 0) out.push_back(index);
        }
        return out;
    }

    void readRisk(const Json& item, const std::string& path, Risk& risk) {
        r_.string(item, path, "title", risk.title);
        r_.string(item, path, "description", risk.description, Need::Optional);
        r_.string(item, path, "source", risk.source, Need::Optional);
        int severity = oneOf(r_, item, path, "severity", kSeverities, "severity");
        if (severity >= 0) risk.severity = kSeverities[severity];
        if (const Json* trigger = r_.object(item, path, "trigger", Need::Required))
            readTrigger(*trigger, child(path, "trigger"), risk);
        readStrings(item, path, "mitigations", risk.mitigations);
        risk.actions = readRefs(item, path, "actions", actions_);
    }

    void readTrigger(const Json& trigger, const std::string& path, Risk& risk) {
        bool any = trigger.contains("any"), all = trigger.contains("all");
        if (any == all) {
            r_.report(path, std::string("expected exactly one of \"any\" or \"all\", found ") + (any ? "both" : "neither"));
            return;
        }
        risk.matchAll = all;
        const std::string key = all ? "all" : "any";
        const Json* clauses = r_.array(trigger, path, key, Need::Required);
        if (!clauses) return;
        if (clauses->empty()) r_.report(child(path, key), "expected at least one clause, found an empty array");
        for (std::size_t i = 0; i < clauses->size(); ++i) {
            const std::string clausePath = child(child(path, key), i);
            RiskClause clause;
            if (r_.isObject((*clauses)[i], clausePath) && readClause((*clauses)[i], clausePath, clause))
                risk.clauses.push_back(clause);
        }
    }

    // A clause names one dimension or one question and one comparison that
    // fits it: levels for dimensions, answer weights for questions.
    bool readClause(const Json& c, const std::string& path, RiskClause& clause) {
        bool dimension = c.contains("dimension"), question = c.contains("question");
        if (dimension == question) {
            r_.report(path, std::string("expected exactly one of \"dimension\" or \"question\", found ") +
                                (dimension ? "both" : "neither"));
            return false;
        }
        const std::string subject = dimension ? "dimension" : "question";
        const std::string lower = dimension ? "below" : "atMost", other = dimension ? "atMost" : "below";
        if (c.contains(other)) {
            r_.report(child(path, other), "\"" + other + "\" does not apply to a " + subject + " clause (use \"" +
                                              lower + "\" or \"atLeast\")");
            return false;
        }
        bool isLower = c.contains(lower), isAtLeast = c.contains("atLeast");
        if (isLower == isAtLeast) {
            r_.report(path, "expected exactly one of \"" + lower + "\" or \"atLeast\" in a " + subject +
                                " clause, found " + (isLower ? "both" : "neither"));
            return false;
        }
        const std::string comparison = isLower ? lower : "atLeast";
        const std::string valuePath = child(path, comparison);
        bool valueOk = dimension ? readLevel(c.at(comparison), valuePath, clause.value)
                                 : r_.asNumberIn(c.at(comparison), valuePath, 0, 1, clause.value);
        clause.target = (dimension ? dimensions_ : questions_).resolveField(r_, c, path, subject);
        using K = RiskClause::Kind;
        clause.kind = dimension ? (isLower ? K::DimensionBelow : K::DimensionAtLeast)
                                : (isLower ? K::QuestionAtMost : K::QuestionAtLeast);
        return valueOk && clause.target >= 0;
    }

    void readStrings(const Json& item, const std::string& path, const std::string& key, std::vector<std::string>& out) {
        const Json* list = r_.array(item, path, key, Need::Optional);
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            std::string s;
            if (r_.asString((*list)[i], child(child(path, key), i), s)) out.push_back(s);
        }
    }

    void readPeerFact(const Json& item, const std::string& path, PeerFact& f) {
        r_.string(item, path, "text", f.text);
        r_.string(item, path, "source", f.source, Need::Optional);
        r_.integer(item, path, "year", f.year, Need::Optional);
    }

    void readRoleGroup(const Json& item, const std::string& path, RoleGroup& g) { r_.string(item, path, "name", g.name); }

    // Lists that were read but hold too little to score anything.
    void checkCounts(const Json& doc) {
        auto size = [&](const char* key) {
            auto it = doc.find(key);
            return it != doc.end() && it->is_array() ? std::optional<std::size_t>(it->size()) : std::nullopt;
        };
        if (auto n = size("answerScale"); n && (*n < kMinOptions || *n > kMaxOptions))
            r_.report("/answerScale", "expected 2 to 6 answer options, found " + std::to_string(*n));
        if (size("stages") == 0u) r_.report("/stages", "expected at least one stage, found none");
        if (size("questions") == 0u) r_.report("/questions", "expected at least one question, found none");
        bool hasTrack = std::any_of(m_.dimensions.begin(), m_.dimensions.end(),
                                    [](const Dimension& d) { return d.kind == DimensionKind::Track; });
        if (size("dimensions") && !hasTrack && allKindsRead_)
            r_.report("/dimensions", "expected at least one dimension of kind \"track\", found none");
    }

    // Depth-first search with its own stack (a chain of 100,000 actions must
    // not overflow the call stack); every back edge closes a cycle, reported
    // with its members.
    void checkCycles() {
        enum class Mark { New, OnPath, Done };
        std::vector<Mark> marks(m_.actions.size(), Mark::New);
        std::vector<std::size_t> onPathAt(m_.actions.size());  // position on `path` while OnPath
        std::vector<int> path;                                // the actions on the current path
        std::vector<std::pair<int, std::size_t>> stack;       // action, next dependency to look at
        for (std::size_t root = 0; root < m_.actions.size(); ++root) {
            if (marks[root] != Mark::New) continue;
            stack.push_back({static_cast<int>(root), 0});
            marks[root] = Mark::OnPath;
            onPathAt[root] = path.size();
            path.push_back(static_cast<int>(root));
            while (!stack.empty()) {
                auto& [a, i] = stack.back();
                const std::vector<int>& deps = m_.actions[a].dependsOn;
                if (i == deps.size()) {
                    marks[a] = Mark::Done;
                    path.pop_back();
                    stack.pop_back();
                    continue;
                }
                int next = deps[i++];
                if (marks[next] == Mark::OnPath) reportCycle(path, onPathAt[next]);
                else if (marks[next] == Mark::New) {
                    marks[next] = Mark::OnPath;
                    onPathAt[next] = path.size();
                    path.push_back(next);
                    stack.push_back({next, 0});
                }
            }
        }
    }

    // `from` is where the cycle starts on `path`; long cycles are shortened,
    // so reporting stays linear in the model's size.
    void reportCycle(const std::vector<int>& path, std::size_t from) {
        std::string text;
        for (std::size_t i = from; i < path.size() && text.size() < 300; ++i) text += m_.actions[path[i]].id + " -> ";
        if (text.size() >= 300) text += "... -> ";
        r_.report("/actions", "dependency cycle: " + text + m_.actions[path[from]].id);
    }

    Reader& r_;
    Model m_;
    std::optional<double> previousWeight_; // of the option read last, if it was valid
    bool allKindsRead_ = true;             // else "no track" may just echo a typo
    IdIndex options_{"answer option"}, dimensions_{"dimension"}, stages_{"stage"}, questions_{"question"},
        actions_{"action"}, risks_{"risk"}, peerFacts_{"peer fact"}, roleGroups_{"role group"};
};

// ---------------------------------------------------------------------------
// Assessment

bool isLeapYear(int y) { return (y % 4 == 0 && y % 100 != 0) || y % 400 == 0; }

// YYYY-MM-DD naming a day that exists.
bool isIsoDate(const std::string& s) {
    if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
    for (int i : {0, 1, 2, 3, 5, 6, 8, 9})
        if (s[i] < '0' || s[i] > '9') return false;
    int year = std::stoi(s.substr(0, 4)), month = std::stoi(s.substr(5, 2)), day = std::stoi(s.substr(8, 2));
    static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12 || day < 1) return false;
    return day <= kDays[month - 1] + (month == 2 && isLeapYear(year) ? 1 : 0);
}

class AssessmentReader {
public:
    AssessmentReader(Reader& r, const Model& model) : r_(r), model_(model) {}

    // `base` prefixes every path: "" for a file, "/assessments/3" in a list.
    Assessment read(const Json& doc, const std::string& base) {
        Assessment a = makeBlankAssessment(model_);
        if (!r_.isObject(doc, base) || !checkSchemaVersion(r_, doc, base, kAssessmentSchemaVersion)) return a;
        if (r_.string(doc, base, "model", a.modelId) && a.modelId != model_.id)
            r_.report(child(base, "model"), "this assessment is for model " + inQuotes(a.modelId) +
                                                ", but the loaded model is " + inQuotes(model_.id));
        r_.string(doc, base, "organisation", a.organisation, Need::Optional);
        r_.string(doc, base, "participant", a.participant, Need::Optional);
        if (r_.string(doc, base, "date", a.date, Need::Optional) && !a.date.empty() && !isIsoDate(a.date))
            r_.expected(child(base, "date"), "a date as YYYY-MM-DD", doc.at("date"));
        readRole(doc, base, a);
        readAnswers(doc, base, a);
        readTargets(doc, base, a);
        return a;
    }

private:
    // An empty role is the same as none: forms submit it that way.
    void readRole(const Json& doc, const std::string& base, Assessment& a) {
        std::string role;
        if (!r_.string(doc, base, "role", role, Need::Optional) || role.empty()) return;
        a.roleGroup = model_.findRoleGroup(role);
        if (a.roleGroup < 0)
            r_.report(child(base, "role"), "unknown role group " + inQuotes(role) + " (known: " +
                                               joinNames(ids(model_.roleGroups)) + ")");
    }

    void readAnswers(const Json& doc, const std::string& base, Assessment& a) {
        const Json* answers = r_.object(doc, base, "answers", Need::Optional);
        if (!answers) return;
        for (const auto& [key, value] : answers->items()) {
            const std::string path = child(child(base, "answers"), key);
            int q = model_.findQuestion(key);
            if (q < 0) r_.report(path, "unknown question " + inQuotes(key));
            else if (r_.isObject(value, path)) readAnswer(value, path, model_.questions[q], a.answers[q]);
        }
    }

    void readAnswer(const Json& value, const std::string& path, const Question& q, Answer& answer) {
        r_.string(value, path, "note", answer.note, Need::Optional);
        std::string id;
        // A note alone is an unanswered question with a note.
        if (!r_.string(value, path, "answer", id, answer.note.empty() ? Need::Required : Need::Optional)) return;
        const std::string answerPath = child(path, "answer");
        if (id == kNotApplicable) {
            if (q.allowNotApplicable) answer.option = Answer::NotApplicable;
            else r_.report(answerPath, "question " + inQuotes(q.id) + " does not allow \"na\" (not applicable)");
            return;
        }
        answer.option = model_.findAnswerOption(id);
        if (answer.option >= 0) return;
        answer.option = Answer::Unanswered;
        auto known = ids(model_.answerScale);
        if (q.allowNotApplicable) known.push_back(kNotApplicable);
        r_.report(answerPath, "unknown answer " + inQuotes(id) + " (known: " + joinNames(known) + ")");
    }

    void readTargets(const Json& doc, const std::string& base, Assessment& a) {
        const Json* targets = r_.object(doc, base, "targets", Need::Optional);
        if (!targets) return;
        for (const auto& [key, value] : targets->items()) {
            const std::string path = child(child(base, "targets"), key);
            int d = model_.findDimension(key);
            if (d < 0)
                r_.report(path, "unknown dimension " + inQuotes(key) + " (known: " + joinNames(ids(model_.dimensions)) + ")");
            else
                r_.asIntegerIn(value, path, 0, model_.stageCount(), a.targets[d]);
        }
    }

    template <typename T>
    static std::vector<std::string> ids(const std::vector<T>& items) {
        std::vector<std::string> out;
        for (const auto& item : items) out.push_back(item.id);
        return out;
    }

    Reader& r_;
    const Model& model_;
};

// ---------------------------------------------------------------------------
// Saving

// The id at `index`, or "" for a dangling index: a model built in code with a
// mistake then saves to a file whose load names the problem, instead of crashing.
template <typename T>
std::string idAt(const std::vector<T>& items, int index) {
    return index >= 0 && index < int(items.size()) ? items[index].id : std::string();
}

Json toJson(const Gate& g, const Model& m) {
    return {{"dimension", idAt(m.dimensions, g.dimension)}, {"minLevel", g.minLevel}};
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
    }
    return {};
}

Json toJson(const Risk& r, const Model& m) {
    Json out = {{"id", r.id}, {"title", r.title}, {"severity", r.severity}, {"source", r.source},
                {"description", r.description}};
    out["trigger"][r.matchAll ? "all" : "any"] = jsonArray(r.clauses, [&](const RiskClause& c) { return toJson(c, m); });
    out["mitigations"] = r.mitigations;
    if (!r.actions.empty()) out["actions"] = idsOf(r.actions, m.actions);
    return out;
}

Json toJson(const Action& a, const Model& m) {
    Json out = {{"id", a.id},         {"dimension", idAt(m.dimensions, a.dimension)}, {"stage", idAt(m.stages, a.stage)},
                {"title", a.title},   {"detail", a.detail},                        {"effort", a.effort}};
    if (!a.dependsOn.empty()) out["dependsOn"] = idsOf(a.dependsOn, m.actions);
    return out;
}

Json toJson(const Model& m) {
    Json out = {{"schemaVersion", m.schemaVersion}, {"id", m.id},
                {"version", m.version},             {"name", m.name},
                {"description", m.description},     {"stageHoldsAt", m.stageHoldsAt}};
    out["answerScale"] = jsonArray(m.answerScale, [](const AnswerOption& o) {
        return Json{{"id", o.id}, {"label", o.label}, {"weight", o.weight}};
    });
    out["stages"] = jsonArray(m.stages, [&](const Stage& s) {
        return Json{{"id", s.id}, {"name", s.name}, {"summary", s.summary},
                    {"gates", jsonArray(s.gates, [&](const Gate& g) { return toJson(g, m); })}};
    });
    out["dimensions"] = jsonArray(m.dimensions, [](const Dimension& d) {
        return Json{{"id", d.id}, {"kind", d.kind == DimensionKind::Track ? "track" : "enabler"},
                    {"name", d.name}, {"summary", d.summary}};
    });
    out["questions"] = jsonArray(m.questions, [&](const Question& q) {
        return Json{{"id", q.id},     {"dimension", idAt(m.dimensions, q.dimension)}, {"stage", idAt(m.stages, q.stage)},
                    {"text", q.text}, {"help", q.help}, {"allowNotApplicable", q.allowNotApplicable}};
    });
    out["actions"] = jsonArray(m.actions, [&](const Action& a) { return toJson(a, m); });
    out["risks"] = jsonArray(m.risks, [&](const Risk& r) { return toJson(r, m); });
    out["peerFacts"] = jsonArray(m.peerFacts, [](const PeerFact& f) {
        return Json{{"id", f.id}, {"text", f.text}, {"source", f.source}, {"year", f.year}};
    });
    out["roleGroups"] = jsonArray(m.roleGroups, [](const RoleGroup& g) { return Json{{"id", g.id}, {"name", g.name}}; });
    return out;
}

// Only what was given: unanswered questions, empty notes and unset targets
// are left out so files stay short and diffs readable.
Json toJson(const Assessment& a, const Model& m) {
    Json out = {{"schemaVersion", kAssessmentSchemaVersion}, {"model", m.id}, {"organisation", a.organisation}};
    if (!a.date.empty()) out["date"] = a.date;
    if (!a.participant.empty()) out["participant"] = a.participant;
    if (a.roleGroup >= 0 && a.roleGroup < int(m.roleGroups.size())) out["role"] = m.roleGroups[a.roleGroup].id;
    Json answers = Json::object();
    for (std::size_t q = 0; q < a.answers.size() && q < m.questions.size(); ++q) {
        const Answer& answer = a.answers[q];
        bool onScale = answer.option >= 0 && answer.option < int(m.answerScale.size());
        bool given = onScale || answer.option == Answer::NotApplicable;
        if (!given && answer.note.empty()) continue;
        Json entry = Json::object();  // a note is kept whether or not the question is answered
        if (given) entry["answer"] = onScale ? m.answerScale[answer.option].id : kNotApplicable;
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

// Invalid UTF-8 typed into a form must not make saving throw.
std::string dump(const Json& j, bool pretty) {
    return j.dump(pretty ? 2 : -1, ' ', false, Json::error_handler_t::replace) + (pretty ? "\n" : "");
}

// Parses `text` and reads it with `read(doc, reader)`. Loading must never
// throw (in the browser an escaped exception ends the app), so anything the
// readers did not foresee becomes one more problem instead.
template <typename T, typename Read>
Loaded<T> load(std::string_view text, Read read) {
    Reader r;
    std::optional<T> value;
    try {
        if (auto doc = parse(text, r)) value = read(*doc, r);
    } catch (const std::exception& e) {
        r.report("", std::string("could not be read: ") + e.what());
    }
    if (!r.problems.empty()) return {std::nullopt, std::move(r.problems)};
    return {std::move(value), {}};
}

}  // namespace

Loaded<Model> loadModel(std::string_view json) {
    return load<Model>(json, [](const Json& doc, Reader& r) { return ModelReader(r).read(doc); });
}

std::string saveModel(const Model& model) { return dump(toJson(model), true); }

Loaded<Assessment> loadAssessment(std::string_view json, const Model& model) {
    return load<Assessment>(json, [&](const Json& doc, Reader& r) { return AssessmentReader(r, model).read(doc, ""); });
}

std::string saveAssessment(const Assessment& a, const Model& model, bool pretty) {
    return dump(toJson(a, model), pretty);
}

Loaded<std::vector<Assessment>> loadAssessments(std::string_view json, const Model& model) {
    return load<std::vector<Assessment>>(json, [&](const Json& doc, Reader& r) {
        const Json* list = &doc;
        std::string base;
        if (doc.is_object()) {
            list = r.array(doc, "", "assessments", Need::Required);
            base = "/assessments";
        } else if (!doc.is_array()) {
            r.expected("", "an array of assessments or an object with \"assessments\"", doc);
            list = nullptr;
        }
        std::vector<Assessment> all;
        AssessmentReader reader(r, model);
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            // Checked before a blank assessment is made for it: memory stays proportional to the file.
            if (!r.isObject((*list)[i], child(base, i))) continue;
            all.push_back(reader.read((*list)[i], child(base, i)));
        }
        return all;
    });
}

}  // namespace smm
