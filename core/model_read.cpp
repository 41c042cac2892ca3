// Reading a model: every list in dependency order, so each id is known
// before it is referenced, then the checks across lists (counts, internal
// names, dependency cycles).
#include <algorithm>

#include "model_io_parts.hpp"
#include "model_read_parts.hpp"

namespace smm {

namespace {

using namespace model_io;

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
        resolveQuestionGates();
        readList(doc, "networkStandings", m_.networkStandings, networkStandings_, &ModelReader::readNetworkStanding,
                 Need::Optional);
        readPresenceDecision(doc);
        readList(doc, "actions", m_.actions, actions_, &ModelReader::readAction, Need::Optional);
        readList(doc, "risks", m_.risks, risks_, &ModelReader::readRisk, Need::Optional);
        readList(doc, "peerFacts", m_.peerFacts, peerFacts_, &ModelReader::readPeerFact, Need::Optional);
        readList(doc, "roleGroups", m_.roleGroups, roleGroups_, &ModelReader::readRoleGroup, Need::Optional);
        readMigrations(doc);
        checkCounts(doc);
        checkInternalNames();
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
        if (o.id == kDontKnow) r_.report(child(path, "id"), "the id \"dk\" is reserved for \"don't know\" answers");
        if (o.id == kNotMyArea) r_.report(child(path, "id"), "the id \"nma\" is reserved for \"not my area\" answers");
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
        if (item.contains("side")) {
            int side = oneOf(r_, item, path, "side", kSides, "side");
            if (side >= 0) d.side = side == 0 ? Side::External : Side::Internal;
        }
    }

    void readStage(const Json& item, const std::string& path, Stage& s) {
        r_.string(item, path, "name", s.name);
        r_.string(item, path, "summary", s.summary, Need::Optional);
        readGates(item, path, s.practices, "practices");
        readGates(item, path, s.gates);
        if (const Json* internal = r_.object(item, path, "internal", Need::Optional)) {
            const std::string ipath = child(path, "internal");
            r_.string(*internal, ipath, "name", s.internal.name);
            r_.string(*internal, ipath, "summary", s.internal.summary, Need::Optional);
            readGates(*internal, ipath, s.internal.practices, "practices");
            readGates(*internal, ipath, s.internal.gates);
        }
    }

    // Gates name a dimension (minLevel is a level) or a question (minLevel is
    // an answer weight). Questions are read after stages, so question gates
    // are resolved once they are known (resolveQuestionGates).
    // The same form serves "practices" (what a rung is), guardrail "gates" and
    // the presence decision's gates.
    void readGates(const Json& item, const std::string& path, std::vector<Gate>& out, const char* key = "gates") {
        const Json* gates = r_.array(item, path, key, Need::Optional);
        if (!gates) return;
        for (std::size_t i = 0; i < gates->size(); ++i) {
            const std::string gatePath = child(child(path, key), i);
            const Json& gate = (*gates)[i];
            if (!r_.isObject(gate, gatePath)) continue;
            Gate g;
            r_.string(gate, gatePath, "claim", g.claim, Need::Optional);
            r_.string(gate, gatePath, "lack", g.lack, Need::Optional);
            r_.boolean(gate, gatePath, "before", g.before, Need::Optional);
            const bool question = gate.contains("question");
            if (question == gate.contains("dimension")) {
                r_.report(gatePath, std::string("expected exactly one of \"dimension\" or \"question\", found ") +
                                        (question ? "both" : "neither"));
                continue;
            }
            if (const Json* level = r_.member(gate, gatePath, "minLevel", Need::Required)) {
                if (question) r_.asNumberIn(*level, child(gatePath, "minLevel"), 0, 1, g.minLevel);
                else readLevel(*level, child(gatePath, "minLevel"), g.minLevel);
            }
            if (question) {
                std::string id;
                if (r_.id(gate, gatePath, "question", id))
                    pendingGates_.push_back({&out, out.size(), id, child(gatePath, "question")});
            } else {
                g.dimension = dimensions_.resolveField(r_, gate, gatePath, "dimension");
            }
            out.push_back(g);
        }
    }

    void resolveQuestionGates() {
        for (const auto& p : pendingGates_) (*p.gates)[p.index].question = questions_.resolve(r_, p.id, p.path);
        pendingGates_.clear();
    }

    void readNetworkStanding(const Json& item, const std::string& path, NetworkStanding& n) {
        r_.string(item, path, "name", n.name);
        r_.string(item, path, "summary", n.summary, Need::Optional);
        for (auto [key, out] : {std::pair{"external", &n.externalStage}, std::pair{"internal", &n.internalStage}}) {
            if (!item.contains(key)) continue;
            int stage = stages_.resolveField(r_, item, path, key);
            *out = stage + 1; // a stage id names the whole level reached
        }
        readGates(item, path, n.gates);
        resolveQuestionGates();
    }

    void readPresenceDecision(const Json& doc) {
        const Json* d = r_.object(doc, "", "presenceDecision", Need::Optional);
        if (!d) return;
        const std::string path = "/presenceDecision";
        PresenceDecision& p = m_.presenceDecision;
        r_.string(*d, path, "name", p.name);
        r_.string(*d, path, "summary", p.summary, Need::Optional);
        r_.string(*d, path, "move", p.move);
        r_.string(*d, path, "moveDetail", p.moveDetail, Need::Optional);
        readGates(*d, path, p.gates);
        resolveQuestionGates();
        if (p.gates.empty()) r_.report(child(path, "gates"), "expected at least one gate that records the decision");
    }

    // Internal tracks read their stages by the internal names, so every stage needs one.
    void checkInternalNames() {
        bool internal = std::any_of(m_.dimensions.begin(), m_.dimensions.end(), [](const Dimension& d) {
            return d.kind == DimensionKind::Track && d.side == Side::Internal;
        });
        if (!internal) return;
        for (std::size_t i = 0; i < m_.stages.size(); ++i)
            if (m_.stages[i].internal.name.empty())
                r_.report(child(child("/stages", i), "internal"),
                          "expected an object with the stage's internal \"name\": a track has side \"internal\"");
    }

    void readMigrations(const Json& doc) {
        const Json* list = r_.array(doc, "", "migrations", Need::Optional);
        for (std::size_t i = 0; list && i < list->size(); ++i) {
            const std::string path = child("/migrations", i);
            const Json& item = (*list)[i];
            if (!r_.isObject(item, path)) continue;
            Migration mig;
            r_.string(item, path, "from", mig.fromVersion);
            r_.string(item, path, "summary", mig.summary, Need::Optional);
            if (const Json* renamed = r_.object(item, path, "questions", Need::Optional))
                for (const auto& [from, to] : renamed->items()) {
                    std::string target;
                    if (!r_.asId(to, child(child(path, "questions"), from), target)) continue;
                    if (questions_.find(target) < 0)
                        r_.report(child(child(path, "questions"), from), "unknown question " + inQuotes(target));
                    mig.questions.push_back({from, target});
                }
            if (const Json* dropped = r_.array(item, path, "dropped", Need::Optional))
                for (std::size_t k = 0; k < dropped->size(); ++k) {
                    const std::string dpath = child(child(path, "dropped"), k);
                    Migration::Dropped d;
                    if (!r_.isObject((*dropped)[k], dpath)) continue;
                    r_.string((*dropped)[k], dpath, "question", d.question);
                    r_.string((*dropped)[k], dpath, "reason", d.reason);
                    mig.dropped.push_back(d);
                }
            if (const Json* splits = r_.object(item, path, "splits", Need::Optional))
                for (const auto& [from, to] : splits->items()) {
                    const std::string spath = child(child(path, "splits"), from);
                    Migration::Split split{from, {}};
                    if (!to.is_array() || to.size() < 2) {
                        r_.expected(spath, "an array of at least two question ids", to);
                        continue;
                    }
                    for (std::size_t k = 0; k < to.size(); ++k) {
                        std::string target;
                        if (!r_.asId(to[k], child(spath, k), target)) continue;
                        if (questions_.find(target) < 0) r_.report(child(spath, k), "unknown question " + inQuotes(target));
                        else split.to.push_back(target);
                    }
                    mig.splits.push_back(std::move(split));
                }
            if (const Json* options = r_.object(item, path, "questionOptions", Need::Optional))
                for (const auto& [question, ids] : options->items()) {
                    Migration::Options o{question, {}};
                    readStrings(*options, child(path, "questionOptions"), question, o.ids);
                    mig.questionOptions.push_back(std::move(o));
                }
            if (const Json* scale = r_.array(item, path, "answerScale", Need::Required)) {
                previousWeight_.reset();
                for (std::size_t k = 0; k < scale->size(); ++k) {
                    const std::string opath = child(child(path, "answerScale"), k);
                    AnswerOption o;
                    if (r_.isObject((*scale)[k], opath) && r_.id((*scale)[k], opath, "id", o.id)) readOption((*scale)[k], opath, o);
                    mig.answerScale.push_back(o);
                }
            }
            readStrings(item, path, "questionOrder", mig.questionOrder);
            readStrings(item, path, "dimensionOrder", mig.dimensionOrder);
            readStrings(item, path, "stageOrder", mig.stageOrder);
            m_.migrations.push_back(std::move(mig));
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
        if (item.is_object() && item.contains("audience")) {
            const int audience = oneOf(r_, item, path, "audience", kAudiences, "audience");
            if (audience >= 0) q.audience = static_cast<Audience>(audience);
        }
        const Json* options = r_.array(item, path, "options", Need::Optional);
        if (!options) return;
        const std::string listPath = child(path, "options");
        if (options->size() < kMinOptions || options->size() > kMaxOptions)
            r_.report(listPath, "expected 2 to 6 answer options, found " + std::to_string(options->size()));
        IdIndex ids{"answer option"};
        previousWeight_.reset();
        for (std::size_t i = 0; i < options->size(); ++i) {
            const std::string opath = child(listPath, i);
            AnswerOption o;
            if (r_.isObject((*options)[i], opath) && r_.id((*options)[i], opath, "id", o.id)) {
                ids.add(r_, o.id, opath, static_cast<int>(i));
                readOption((*options)[i], opath, o);
            }
            q.options.push_back(o);
        }
    }

    void readAction(const Json& item, const std::string& path, Action& a) {
        a.dimension = dimensions_.resolveField(r_, item, path, "dimension");
        a.stage = stages_.resolveField(r_, item, path, "stage");
        r_.string(item, path, "title", a.title);
        r_.string(item, path, "detail", a.detail, Need::Optional);
        int effort = oneOf(r_, item, path, "effort", kEfforts, "effort");
        if (effort >= 0) a.effort = kEfforts[effort];
        a.dependsOn = readRefs(item, path, "dependsOn", actions_);
        a.fixes = readRefs(item, path, "fixes", questions_);
    }

    std::vector<int> readRefs(const Json& item, const std::string& path, const std::string& key, const IdIndex& ids) {
        return model_io::readRefs(r_, item, path, key, ids);
    }

    void readRisk(const Json& item, const std::string& path, Risk& risk) {
        RiskReader{r_, dimensions_, questions_, actions_,
                   [this](const Json& v, const std::string& at, double& out) { return readLevel(v, at, out); }}
            .read(item, path, risk);
    }

    void readStrings(const Json& item, const std::string& path, const std::string& key, std::vector<std::string>& out) {
        model_io::readStrings(r_, item, path, key, out);
    }

    void readPeerFact(const Json& item, const std::string& path, PeerFact& f) {
        r_.string(item, path, "text", f.text);
        r_.string(item, path, "source", f.source, Need::Optional);
        r_.integer(item, path, "year", f.year, Need::Optional);
        if (item.is_object() && item.contains("kind")) {
            const int kind = oneOf(r_, item, path, "kind", kFactKinds, "kind of source");
            if (kind >= 0) f.kind = static_cast<FactKind>(kind);
        }
        f.dimensions = readRefs(item, path, "dimensions", dimensions_);
        f.questions = readRefs(item, path, "questions", questions_);
    }

    void readRoleGroup(const Json& item, const std::string& path, RoleGroup& g) {
        r_.string(item, path, "name", g.name);
        std::vector<std::string> areas;
        model_io::readStrings(r_, item, path, "answersFirst", areas);
        for (std::size_t i = 0; i < areas.size(); ++i) {
            const auto known = std::find(kAudiences.begin(), kAudiences.end(), areas[i]);
            if (known == kAudiences.end())
                r_.report(child(child(path, "answersFirst"), i),
                          "unknown audience " + inQuotes(areas[i]) + " (known: " + joinNames(kAudiences) + ")");
            else g.answersFirst.push_back(static_cast<Audience>(known - kAudiences.begin()));
        }
    }

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

    struct PendingGate {
        std::vector<Gate>* gates;
        std::size_t index;
        std::string id, path;
    };

    Reader& r_;
    Model m_;
    std::optional<double> previousWeight_; // of the option read last, if it was valid
    bool allKindsRead_ = true;             // else "no track" may just echo a typo
    std::vector<PendingGate> pendingGates_; // question gates read before the questions
    IdIndex options_{"answer option"}, dimensions_{"dimension"}, stages_{"stage"}, questions_{"question"},
        actions_{"action"}, risks_{"risk"}, peerFacts_{"peer fact"}, roleGroups_{"role group"},
        networkStandings_{"network standing"};
};

}  // namespace

Loaded<Model> loadModel(std::string_view json, InputOrigin origin) {
    return load<Model>(json, [](const Json& doc, Reader& r) { return ModelReader(r).read(doc); }, origin);
}

}  // namespace smm
