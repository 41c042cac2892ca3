#include "json.hpp"

namespace smm {

Json parseJson(std::string_view text) { return Json::parse(text.data(), text.data() + text.size(), nullptr, false); }

Json parseJsonOrThrow(std::string_view text) { return Json::parse(text.data(), text.data() + text.size()); }

std::string dumpJson(const Json& json, int indent) {
    return json.dump(indent, ' ', false, Json::error_handler_t::replace);
}

std::string jsonFileText(const Json& json, bool pretty) { return dumpJson(json, pretty ? 2 : -1) + (pretty ? "\n" : ""); }

}  // namespace smm
