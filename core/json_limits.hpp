// Limits on untrusted JSON, checked in one pass before a document is built,
// so a hostile or broken file costs time and memory proportional to its size
// and is refused with a message naming the limit and the place.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "problems.hpp"

namespace smm {

struct JsonLimits {
    std::size_t maxBytes = 5 * 1024 * 1024;  // the browser opens files up to 5 MB too
    std::size_t maxDepth = 64;               // a model is 5 levels deep
    std::size_t maxKeys = 1000;              // members of one object
    std::size_t maxItems = 10000;            // elements of one array
    std::size_t maxStringBytes = 100000;     // one string or key
};

// Where a JSON text comes from. Text from outside (a file, a link, saved
// storage) is checked against the limits before it is parsed; text compiled
// into the app (the default model, the sample) skips that second pass, since
// its tests check it against the same limits.
enum class InputOrigin { Outside, Bundled };

// Problems that make `text` unsafe or unreadable as JSON: over a limit, a
// byte order mark other than UTF-8's, a NUL byte, a duplicate key, a number
// too large for a double, or a syntax error (with line and column). Empty
// when the text is fine. Never throws; does not recurse.
std::vector<Problem> checkJsonLimits(std::string_view text, const JsonLimits& limits = {});

// "line 3, column 14 (byte 52)" for a byte offset into `text`.
std::string textPosition(std::string_view text, std::size_t byte);

// At most `max` bytes of `s`, cut at a UTF-8 character boundary, with "..."
// when shortened: error lines stay readable whatever the input was.
std::string capLength(std::string_view s, std::size_t max = 200);

}  // namespace smm
