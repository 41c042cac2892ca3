#include "model_io.hpp"

#include <algorithm>
#include <optional>

#include "json_reader.hpp"

namespace smm {

namespace {

using namespace json_reader;

const std::vector<std::string> kKinds = {"track", "enabler"};
const std::vector<std::string> kSides = {"external", "internal"};
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
        resolveQuestionGates();
        readList(doc, "networkStandings", m_.networkStandings, networkStandings_, &ModelReader::readNetworkStanding,
                 Need::Optional);
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
        readGates(item, path, s.gates);
        if (const Json* internal = r_.object(item, path, "internal", Need::Optional)) {
            const std::string ipath = child(path, "internal");
            r_.string(*internal, ipath, "name", s.internal.name);
            r_.string(*internal, ipath, "summary", s.internal.summary, Need::Optional);
            readGates(*internal, ipath, s.internal.gates);
        }
    }

    // Gates name a dimension (minLevel is a level) or a question (minLevel is
    // an answer weight). Questions are read after stages, so question gates
    // are resolved once they are known (resolveQuestionGates).
    void readGates(const Json& item, const std::string& path, std::vector<Gate>& out) {
        const Json* gates = r_.array(item, path, "gates", Need::Optional);
        if (!gates) return;
        for (std::size_t i = 0; i < gates->size(); ++i) {
            const std::string gatePath = child(child(path, "gates"), i);
            const Json& gate = (*gates)[i];
            if (!r_.isObject(gate, gatePath)) continue;
            Gate g;
            r_.string(gate, gatePath, "claim", g.claim, Need::Optional);
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

// What reading an assessment made with an earlier model version changed,
// so one notice can say it and nothing is dropped silently.
struct MigrationLog {
    std::string fromVersion;
    int carried = 0, renamed = 0, converted = 0;
    std::vector<std::string> dropped; // "id (reason)"
    std::vector<std::string> naCleared; // "not applicable" answers to questions that no longer allow it
    int assessments = 0;              // read with at least one change

    bool empty() const { return renamed == 0 && converted == 0 && dropped.empty() && naCleared.empty(); }
    std::string notice(const Model& model, int unanswered) const {
        const Migration* m = nullptr;
        for (const auto& mig : model.migrations)
            if (mig.fromVersion == fromVersion || !m) m = &mig;
        std::string out = "Opened with model " + model.version +
                          (fromVersion.empty() ? std::string() : " (it was made with " + fromVersion + ")") + ": " +
                          std::to_string(carried) + " answers carried over";
        if (renamed) out += ", " + std::to_string(renamed) + " of them from renamed questions";
        if (converted) out += "; " + std::to_string(converted) + " moved to the new answer options (the nearest one that claims no more: check them)";
        if (!dropped.empty()) {
            out += "; " + std::to_string(dropped.size()) + " answers to removed questions not kept:";
            for (std::size_t i = 0; i < dropped.size(); ++i) out += (i ? ", " : " ") + dropped[i];
        }
        if (!naCleared.empty()) {
            out += "; " + std::to_string(naCleared.size()) + " 'not applicable' answers need a real answer now:";
            for (std::size_t i = 0; i < naCleared.size(); ++i) out += (i ? ", " : " ") + naCleared[i];
        }
        out += unanswered >= 0 ? "; " + std::to_string(unanswered) + " questions to answer." : std::string(".");
        if (m && !m->summary.empty()) out += " " + m->summary;
        return out;
    }
};

// The current question an earlier id maps to, -1 when none.
int migratedQuestion(const Model& model, const std::string& id) {
    for (const auto& mig : model.migrations)
        for (const auto& r : mig.questions)
            if (r.from == id) return model.findQuestion(r.to);
    return -1;
}

const Migration::Dropped* droppedQuestion(const Model& model, const std::string& id) {
    for (const auto& mig : model.migrations)
        for (const auto& d : mig.dropped)
            if (d.question == id) return &d;
    return nullptr;
}

// An earlier scale's answer on question q: the highest current option whose
// weight does not exceed the earlier one, so a migrated answer never claims more.
int migratedOption(const Model& model, int q, const std::string& id, std::string* fromVersion) {
    for (const auto& mig : model.migrations)
        for (const auto& old : mig.answerScale) {
            if (old.id != id) continue;
            const auto& options = model.optionsFor(q);
            int best = options.empty() ? -1 : 0;
            for (int o = 0; o < static_cast<int>(options.size()); ++o)
                if (options[o].weight <= old.weight + 1e-9) best = o;
            if (fromVersion && fromVersion->empty()) *fromVersion = mig.fromVersion;
            return best;
        }
    return -1;
}

class AssessmentReader {
public:
    AssessmentReader(Reader& r, const Model& model) : r_(r), model_(model) {}
    MigrationLog log;

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
        std::string madeWith;
        r_.string(doc, base, "modelVersion", madeWith, Need::Optional);
        fromEarlierModel_ = !model_.migrations.empty() && madeWith != model_.version;
        MigrationLog before = log;
        readAnswers(doc, base, a);
        readTargets(doc, base, a);
        if (log.renamed != before.renamed || log.converted != before.converted ||
            log.dropped.size() != before.dropped.size() || log.naCleared.size() != before.naCleared.size()) {
            ++log.assessments;
            if (!madeWith.empty() && madeWith != model_.version) log.fromVersion = madeWith;
        }
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
            const bool renamed = q < 0 && (q = migratedQuestion(model_, key)) >= 0;
            if (q < 0) {
                if (const auto* dropped = droppedQuestion(model_, key)) log.dropped.push_back(key + " (" + dropped->reason + ")");
                else r_.report(path, "unknown question " + inQuotes(key));
                continue;
            }
            if (!r_.isObject(value, path)) continue;
            readAnswer(value, path, q, a.answers[q]);
            if (a.answers[q].answered()) {
                ++log.carried;
                if (renamed) ++log.renamed;
            }
        }
    }

    void readAnswer(const Json& value, const std::string& path, int qi, Answer& answer) {
        const Question& q = model_.questions[qi];
        r_.string(value, path, "note", answer.note, Need::Optional);
        std::string id;
        // A note alone is an unanswered question with a note.
        if (!r_.string(value, path, "answer", id, answer.note.empty() ? Need::Required : Need::Optional)) return;
        const std::string answerPath = child(path, "answer");
        if (id == kNotApplicable) {
            if (q.allowNotApplicable) answer.option = Answer::NotApplicable;
            else if (fromEarlierModel_) log.naCleared.push_back(q.id); // it became a fact every organisation answers
            else r_.report(answerPath, "question " + inQuotes(q.id) + " does not allow \"na\" (not applicable)");
            return;
        }
        answer.option = model_.findOption(qi, id);
        if (answer.option >= 0) return;
        answer.option = migratedOption(model_, qi, id, &log.fromVersion);
        if (answer.option >= 0) {
            ++log.converted;
            return;
        }
        answer.option = Answer::Unanswered;
        auto known = ids(model_.optionsFor(qi));
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
            else if (int t = 0; fromEarlierModel_ && r_.asInteger(value, path, t) && t > model_.stageCount())
                a.targets[d] = model_.stageCount(); // the ladder got shorter: the top stays the top
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
    bool fromEarlierModel_ = false; // made with a version this model migrates from
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
    Json out = g.question >= 0 ? Json{{"question", idAt(m.questions, g.question)}}
                               : Json{{"dimension", idAt(m.dimensions, g.dimension)}};
    out["minLevel"] = g.minLevel;
    if (!g.claim.empty()) out["claim"] = g.claim;
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
    return {{"from", mig.fromVersion},          {"summary", mig.summary},
            {"questions", renamed},             {"dropped", dropped},
            {"answerScale", scale},             {"questionOrder", mig.questionOrder},
            {"dimensionOrder", mig.dimensionOrder}, {"stageOrder", mig.stageOrder}};
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
    out["answerScale"] = jsonArray(m.answerScale, [](const AnswerOption& o) { return toJson(o); });
    out["stages"] = jsonArray(m.stages, [&](const Stage& s) {
        Json j{{"id", s.id}, {"name", s.name}, {"summary", s.summary}, {"gates", gatesJson(s.gates, m)}};
        if (!s.internal.name.empty() || !s.internal.gates.empty())
            j["internal"] = {{"name", s.internal.name}, {"summary", s.internal.summary},
                             {"gates", gatesJson(s.internal.gates, m)}};
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
        return j;
    });
    out["actions"] = jsonArray(m.actions, [&](const Action& a) { return toJson(a, m); });
    out["risks"] = jsonArray(m.risks, [&](const Risk& r) { return toJson(r, m); });
    out["peerFacts"] = jsonArray(m.peerFacts, [](const PeerFact& f) {
        return Json{{"id", f.id}, {"text", f.text}, {"source", f.source}, {"year", f.year}};
    });
    out["roleGroups"] = jsonArray(m.roleGroups, [](const RoleGroup& g) { return Json{{"id", g.id}, {"name", g.name}}; });
    if (!m.networkStandings.empty())
        out["networkStandings"] = jsonArray(m.networkStandings, [&](const NetworkStanding& n) {
            Json j{{"id", n.id}, {"name", n.name}, {"summary", n.summary}, {"gates", gatesJson(n.gates, m)}};
            if (n.externalStage > 0) j["external"] = idAt(m.stages, n.externalStage - 1);
            if (n.internalStage > 0) j["internal"] = idAt(m.stages, n.internalStage - 1);
            return j;
        });
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
        bool given = onScale || answer.option == Answer::NotApplicable;
        if (!given && answer.note.empty()) continue;
        Json entry = Json::object();  // a note is kept whether or not the question is answered
        if (given) entry["answer"] = onScale ? options[answer.option].id : kNotApplicable;
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
    if (!r.problems.empty()) return {std::nullopt, std::move(r.problems), {}};
    return {std::move(value), {}, {}};
}

}  // namespace

Loaded<Model> loadModel(std::string_view json) {
    return load<Model>(json, [](const Json& doc, Reader& r) { return ModelReader(r).read(doc); });
}

std::string saveModel(const Model& model) { return jsonFileText(toJson(model), true); }

// Blank answers left after reading, for the migration notice.
int unansweredIn(const Assessment& a) {
    int n = 0;
    for (const auto& ans : a.answers) n += ans.answered() ? 0 : 1;
    return n;
}

Loaded<Assessment> loadAssessment(std::string_view json, const Model& model) {
    MigrationLog log;
    auto loaded = load<Assessment>(json, [&](const Json& doc, Reader& r) {
        AssessmentReader reader(r, model);
        Assessment a = reader.read(doc, "");
        log = reader.log;
        return a;
    });
    if (loaded.ok() && !log.empty()) loaded.notices.push_back(log.notice(model, unansweredIn(*loaded.value)));
    return loaded;
}

std::string saveAssessment(const Assessment& a, const Model& model, bool pretty) {
    return jsonFileText(toJson(a, model), pretty);
}

Loaded<std::vector<Assessment>> loadAssessments(std::string_view json, const Model& model) {
    MigrationLog log;
    auto loaded = load<std::vector<Assessment>>(json, [&](const Json& doc, Reader& r) {
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
        log = reader.log;
        return all;
    });
    if (loaded.ok() && !log.empty())
        loaded.notices.push_back(std::to_string(log.assessments) + " of " + std::to_string(loaded.value->size()) +
                                 " assessments were made with an earlier model. " + log.notice(model, -1));
    return loaded;
}

}  // namespace smm
