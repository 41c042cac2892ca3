// What the model reader's files share (core/model_read.cpp reads the model,
// core/model_read_risks.cpp its risks). Internal to core.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "model_io_parts.hpp"

namespace smm::model_io {

// An optional array of ids of one list, resolved; unknown ones are dropped.
std::vector<int> readRefs(Reader& r, const Json& item, const std::string& path, const std::string& key, const IdIndex& ids);
// An optional array of strings.
void readStrings(Reader& r, const Json& item, const std::string& path, const std::string& key, std::vector<std::string>& out);

// One risk: title, severity, trigger clauses, severity rules, mitigations and
// the actions that help. Ids resolve against the lists already read.
struct RiskReader {
    Reader& r;
    const IdIndex& dimensions;
    const IdIndex& questions;
    const IdIndex& actions;
    std::function<bool(const Json&, const std::string&, double&)> readLevel;  // a dimension level, 0..stage count

    void read(const Json& item, const std::string& path, Risk& risk);

private:
    void readTrigger(const Json& trigger, const std::string& path, Risk& risk);
    void readSeverityRules(const Json& item, const std::string& path, Risk& risk);
    bool readClause(const Json& c, const std::string& path, RiskClause& clause);
    bool readStandingClause(const Json& c, const std::string& path, RiskClause& clause);
};

}  // namespace smm::model_io
