// Reading a model's risks: triggers, clauses, severity rules; and the
// reference lists every part of the model reader shares.
#include "model_read_parts.hpp"

namespace smm::model_io {

// An optional array of ids of one list, resolved; unknown ones are dropped.
std::vector<int> readRefs(Reader& r, const Json& item, const std::string& path, const std::string& key, const IdIndex& ids) {
    std::vector<int> out;
    const Json* list = r.array(item, path, key, Need::Optional);
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        std::string id;
        const std::string refPath = child(child(path, key), i);
        int index = r.asId((*list)[i], refPath, id) ? ids.resolve(r, id, refPath) : -1;
        if (index >= 0) out.push_back(index);
    }
    return out;
}

void readStrings(Reader& r, const Json& item, const std::string& path, const std::string& key, std::vector<std::string>& out) {
    const Json* list = r.array(item, path, key, Need::Optional);
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        std::string s;
        if (r.asString((*list)[i], child(child(path, key), i), s)) out.push_back(s);
    }
}

void RiskReader::read(const Json& item, const std::string& path, Risk& risk) {
    r.string(item, path, "title", risk.title);
    r.string(item, path, "description", risk.description, Need::Optional);
    r.string(item, path, "source", risk.source, Need::Optional);
    int severity = oneOf(r, item, path, "severity", kSeverities, "severity");
    if (severity >= 0) risk.severity = kSeverities[severity];
    if (const Json* trigger = r.object(item, path, "trigger", Need::Required))
        readTrigger(*trigger, child(path, "trigger"), risk);
    readSeverityRules(item, path, risk);
    r.boolean(item, path, "skipWhenDecided", risk.skipWhenDecided, Need::Optional);
    readStrings(r, item, path, "mitigations", risk.mitigations);
    risk.actions = readRefs(r, item, path, "actions", actions);
}

void RiskReader::readTrigger(const Json& trigger, const std::string& path, Risk& risk) {
    bool any = trigger.contains("any"), all = trigger.contains("all");
    if (any == all) {
        r.report(path, std::string("expected exactly one of \"any\" or \"all\", found ") + (any ? "both" : "neither"));
        return;
    }
    risk.matchAll = all;
    const std::string key = all ? "all" : "any";
    const Json* clauses = r.array(trigger, path, key, Need::Required);
    if (!clauses) return;
    if (clauses->empty()) r.report(child(path, key), "expected at least one clause, found an empty array");
    for (std::size_t i = 0; i < clauses->size(); ++i) {
        const std::string clausePath = child(child(path, key), i);
        RiskClause clause;
        if (r.isObject((*clauses)[i], clausePath) && readClause((*clauses)[i], clausePath, clause))
            risk.clauses.push_back(clause);
    }
}

// [{"severity": "high", "when": {clause}}]: the severity for organisations where the clause holds.
void RiskReader::readSeverityRules(const Json& item, const std::string& path, Risk& risk) {
    const Json* list = r.array(item, path, "severityWhen", Need::Optional);
    for (std::size_t i = 0; list && i < list->size(); ++i) {
        const std::string rulePath = child(child(path, "severityWhen"), i);
        if (!r.isObject((*list)[i], rulePath)) continue;
        SeverityRule rule;
        const int severity = oneOf(r, (*list)[i], rulePath, "severity", kSeverities, "severity");
        const Json* when = r.object((*list)[i], rulePath, "when", Need::Required);
        if (severity >= 0 && when && readClause(*when, child(rulePath, "when"), rule.when)) {
            rule.severity = kSeverities[severity];
            risk.severityWhen.push_back(rule);
        }
    }
}

// A clause names one dimension or one question and one comparison that
// fits it: levels for dimensions, answer weights for questions.
bool RiskReader::readClause(const Json& c, const std::string& path, RiskClause& clause) {
    if (c.contains("standing")) return readStandingClause(c, path, clause);
    bool dimension = c.contains("dimension"), question = c.contains("question");
    if (dimension == question) {
        r.report(path, std::string("expected exactly one of \"dimension\" or \"question\", found ") +
                            (dimension ? "both" : "neither"));
        return false;
    }
    const std::string subject = dimension ? "dimension" : "question";
    const std::string lower = dimension ? "below" : "atMost", other = dimension ? "atMost" : "below";
    if (c.contains(other)) {
        r.report(child(path, other), "\"" + other + "\" does not apply to a " + subject + " clause (use \"" +
                                          lower + "\" or \"atLeast\")");
        return false;
    }
    bool isLower = c.contains(lower), isAtLeast = c.contains("atLeast");
    if (isLower == isAtLeast) {
        r.report(path, "expected exactly one of \"" + lower + "\" or \"atLeast\" in a " + subject +
                            " clause, found " + (isLower ? "both" : "neither"));
        return false;
    }
    const std::string comparison = isLower ? lower : "atLeast";
    const std::string valuePath = child(path, comparison);
    bool valueOk = dimension ? readLevel(c.at(comparison), valuePath, clause.value)
                             : r.asNumberIn(c.at(comparison), valuePath, 0, 1, clause.value);
    clause.target = (dimension ? dimensions : questions).resolveField(r, c, path, subject);
    using K = RiskClause::Kind;
    clause.kind = dimension ? (isLower ? K::DimensionBelow : K::DimensionAtLeast)
                            : (isLower ? K::QuestionAtMost : K::QuestionAtLeast);
    return valueOk && clause.target >= 0;
}

// {"standing": "external", "atLeast": 1}: the side's practice rung.
bool RiskReader::readStandingClause(const Json& c, const std::string& path, RiskClause& clause) {
    if (c.contains("dimension") || c.contains("question")) {
        r.report(path, "expected one of \"standing\", \"dimension\" or \"question\", found more than one");
        return false;
    }
    const int side = oneOf(r, c, path, "standing", kSides, "standing");
    bool valueOk = false;
    if (const Json* v = r.member(c, path, "atLeast", Need::Required))
        valueOk = readLevel(*v, child(path, "atLeast"), clause.value);
    clause.kind = RiskClause::Kind::StandingAtLeast;
    clause.target = side;
    return valueOk && side >= 0;
}

}  // namespace smm::model_io
