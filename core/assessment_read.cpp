// Reading assessments against a model, one or a list, carrying answers
// made with an earlier model version over (and saying what changed).
#include <algorithm>

#include "model_io_parts.hpp"

namespace smm {

namespace {

using namespace model_io;

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
    int split = 0;                    // answers copied to each part of a question that was split
    std::vector<std::string> dropped; // "id (reason)"
    std::vector<std::string> naCleared; // "not applicable" answers to questions that no longer allow it
    int assessments = 0;              // read with at least one change

    bool empty() const {
        return renamed == 0 && converted == 0 && split == 0 && dropped.empty() && naCleared.empty();
    }
    std::string notice(const Model& model, int unanswered) const {
        const Migration* m = nullptr;
        for (const auto& mig : model.migrations)
            if (mig.fromVersion == fromVersion || !m) m = &mig;
        std::string out = "Opened with model " + model.version +
                          (fromVersion.empty() ? std::string() : " (it was made with " + fromVersion + ")") + ": " +
                          std::to_string(carried) + " answers carried over";
        if (renamed) out += ", " + std::to_string(renamed) + " of them from renamed questions";
        if (split) out += "; " + std::to_string(split) + " answers copied to both parts of a question that was split in two (check each part)";
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

// The parts an earlier question was split into, or null.
const Migration::Split* splitQuestion(const Model& model, const std::string& id) {
    for (const auto& mig : model.migrations)
        for (const auto& s : mig.splits)
            if (s.from == id) return &s;
    return nullptr;
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
        if (log.renamed != before.renamed || log.converted != before.converted || log.split != before.split ||
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
            if (q < 0 && fromEarlierModel_)  // split with no part keeping its id: the first part reads it
                if (const Migration::Split* sp = splitQuestion(model_, key); sp && !sp->to.empty()) q = model_.findQuestion(sp->to.front());
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
            // An earlier question split in two: its answer (and note) goes to
            // every part, unless the file already answers that part itself.
            const Migration::Split* split = fromEarlierModel_ ? splitQuestion(model_, key) : nullptr;
            for (std::size_t k = 0; split && k < split->to.size(); ++k) {
                const int part = model_.findQuestion(split->to[k]);
                if (part < 0 || part == q || answers->contains(split->to[k]) || a.answers[part].answered()) continue;
                readAnswer(value, path, part, a.answers[part]);
                if (a.answers[part].answered()) ++log.split;
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
        if (id == kDontKnow) {
            answer.option = Answer::DontKnow;
            return;
        }
        if (id == kNotMyArea) {
            answer.option = Answer::NotMyArea;
            return;
        }
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

// Blank answers left after reading, for the migration notice.
int unansweredIn(const Assessment& a) {
    int n = 0;
    for (const auto& ans : a.answers) n += ans.answered() ? 0 : 1;
    return n;
}

}  // namespace

Loaded<Assessment> loadAssessment(std::string_view json, const Model& model, InputOrigin origin) {
    MigrationLog log;
    auto loaded = load<Assessment>(json, [&](const Json& doc, Reader& r) {
        AssessmentReader reader(r, model);
        Assessment a = reader.read(doc, "");
        log = reader.log;
        return a;
    }, origin);
    if (loaded.ok() && !log.empty()) loaded.notices.push_back(log.notice(model, unansweredIn(*loaded.value)));
    return loaded;
}

namespace model_io {

Loaded<Assessment> readAssessment(const Json& doc, const Model& model) {
    Reader r;
    MigrationLog log;
    std::optional<Assessment> value;
    try {
        AssessmentReader reader(r, model);
        value = reader.read(doc, "");
        log = reader.log;
    } catch (const std::exception& e) {
        r.report("", std::string("could not be read: ") + e.what());
    }
    if (!r.problems.empty()) return {std::nullopt, std::move(r.problems), {}};
    Loaded<Assessment> loaded{std::move(value), {}, {}};
    if (!log.empty()) loaded.notices.push_back(log.notice(model, unansweredIn(*loaded.value)));
    return loaded;
}

}  // namespace model_io

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
