// What the model_io files share: the schema's fixed words, the version
// check both formats start with, and loading that never throws. Internal to
// core/model_read.cpp, core/assessment_read.cpp and core/model_write.cpp.
#pragma once

#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "json_reader.hpp"
#include "model_io.hpp"

namespace smm::model_io {

using namespace json_reader;

inline const std::vector<std::string> kKinds = {"track", "enabler"};
inline const std::vector<std::string> kSides = {"external", "internal"};
inline const std::vector<std::string> kEfforts = {"low", "medium", "high"};
inline const std::vector<std::string> kSeverities = {"high", "medium", "low"};
inline constexpr std::size_t kMinOptions = 2, kMaxOptions = 6;
inline const std::string kNotApplicable = "na";
inline const std::string kDontKnow = "dk";
inline const std::string kNotMyArea = "nma";
inline const std::vector<std::string> kAudiences = {"marketing", "it", "legal-hr", "leadership"}; // Audience order
inline const std::vector<std::string> kFactKinds = {"study", "argument", "anecdote", "comment"};   // FactKind order

// Both formats start with a schemaVersion; a different one means the rest is
// laid out in a way this build does not know, so nothing else is read.
inline bool checkSchemaVersion(Reader& r, const Json& doc, const std::string& path, int supported) {
    int version = 0;
    if (!r.integer(doc, path, "schemaVersion", version)) return false;
    if (version == supported) return true;
    r.report(child(path, "schemaVersion"), "unsupported schemaVersion " + std::to_string(version) +
                                               " (this build reads " + std::to_string(supported) + ")");
    return false;
}

// Parses `text` and reads it with `read(doc, reader)`. Loading must never
// throw (in the browser an escaped exception ends the app), so anything the
// readers did not foresee becomes one more problem instead.
template <typename T, typename Read>
Loaded<T> load(std::string_view text, Read read, InputOrigin origin = InputOrigin::Outside) {
    Reader r;
    std::optional<T> value;
    try {
        if (auto doc = parse(text, r, origin)) value = read(*doc, r);
    } catch (const std::exception& e) {
        r.report("", std::string("could not be read: ") + e.what());
    }
    if (!r.problems.empty()) return {std::nullopt, std::move(r.problems), {}};
    return {std::move(value), {}, {}};
}

// An assessment from JSON already parsed, inside a file whose limits were
// checked as a whole (a workshop's list): no second parse per item.
Loaded<Assessment> readAssessment(const Json& doc, const Model& model);

// The JSON of a model and of an assessment, as saved (model_write.cpp).
Json modelJson(const Model& m);
Json assessmentJson(const Assessment& a, const Model& m);

}  // namespace smm::model_io
