// The one JSON type of the app, and the one way text becomes JSON. Only the
// ordered type is used and every parse reads the same input type (a
// string_view's characters), so nlohmann's templates are compiled once: each
// extra type or input costs tens of KB of WebAssembly.
#pragma once

#include <string>
#include <string_view>

#include <nlohmann/json.hpp>

namespace smm {

// Ordered, so saved files keep the documented field order and problems come
// in document order.
using Json = nlohmann::ordered_json;

// The JSON in `text`, or a discarded value (is_discarded()) if it is not JSON.
Json parseJson(std::string_view text);
// The same, throwing Json::parse_error (which says where) if it is not JSON.
Json parseJsonOrThrow(std::string_view text);
// Compact (indent -1) or indented; invalid UTF-8 in a string is replaced, never thrown on.
std::string dumpJson(const Json& json, int indent = -1);
// A saved file's text: indented with a final newline when pretty, else compact.
std::string jsonFileText(const Json& json, bool pretty);

}  // namespace smm
