// Validation and parse problems, reported the way a user can act on them:
// where (a JSON path such as /questions/3/stage), what was expected, what was found.
#pragma once

#include <optional>
#include <string>
#include <utility>
#include <vector>

namespace smm {

struct Problem {
    std::string path;    // JSON pointer to the offending field, "" for the document
    std::string message; // "expected a number between 0 and 1, found \"high\""

    std::string describe() const { return path.empty() ? message : path + ": " + message; }
};

// A value or the list of problems that kept it from being made.
template <typename T>
struct Loaded {
    std::optional<T> value;
    std::vector<Problem> problems;
    // Loaded, with something the user must be told: what a model migration changed.
    std::vector<std::string> notices;

    bool ok() const { return value.has_value(); }
    // All problems on one line each, for a terminal or a message box.
    std::string describe() const {
        std::string out;
        for (const auto& p : problems) {
            if (!out.empty()) out += '\n';
            out += p.describe();
        }
        return out;
    }
};

}  // namespace smm
