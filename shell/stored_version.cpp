#include "stored_version.hpp"

#include "core/json_limits.hpp"

namespace smm {

StoredVersion storedVersion(const Json& stored, int ours) {
    StoredVersion v;
    if (!stored.is_object() || !stored.contains("version")) return v;
    const Json& field = stored["version"];
    if (!field.is_number_integer()) return {0, true};
    const long long n = field.get<long long>();
    v.version = n > 1000000 ? 1000000 : n < 0 ? 0 : static_cast<int>(n);
    v.newer = n > ours;
    return v;
}

StoredVersion storedVersionOf(std::string_view text, int ours) {
    if (!checkJsonLimits(text).empty()) return {};
    return storedVersion(parseJson(text), ours);
}

}  // namespace smm
