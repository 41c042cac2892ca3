// Reading untrusted JSON into structs while collecting every problem with the
// JSON pointer of the offending value. Header-only helper of the model_io files (model_read.cpp, assessment_read.cpp).
#pragma once

#include <cmath>
#include <cstddef>
#include <cstdint>
#include <limits>
#include <map>
#include <optional>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "json.hpp"
#include "json_limits.hpp"
#include "problems.hpp"

namespace smm::json_reader {

using smm::Json;

enum class Need { Required, Optional };

// RFC 6901: "~" and "/" inside a key would otherwise change the pointer.
inline std::string escapeKey(std::string_view key) {
    std::string out;
    for (char c : key) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

inline std::string child(const std::string& path, std::string_view key) { return path + "/" + escapeKey(key); }
inline std::string child(const std::string& path, std::size_t index) { return path + "/" + std::to_string(index); }

// A string as it would appear in JSON, shortened so one bad value cannot
// flood the message.
inline std::string inQuotes(std::string_view s) {
    constexpr std::size_t kMax = 60;
    std::string shown(s.substr(0, kMax));
    std::string out = dumpJson(Json(shown));
    if (s.size() > kMax) out.insert(out.size() - 1, "...");
    return out;
}

// "number 3", "\"abc\"", "an array": what the user wrote, in words.
inline std::string describe(const Json& v) {
    switch (v.type()) {
        case Json::value_t::null: return "null";
        case Json::value_t::boolean: return v.get<bool>() ? "boolean true" : "boolean false";
        case Json::value_t::string: return inQuotes(v.get_ref<const std::string&>());
        case Json::value_t::number_integer:
        case Json::value_t::number_unsigned:
        case Json::value_t::number_float: return "number " + v.dump();
        case Json::value_t::object: return "an object";
        case Json::value_t::array: return "an array";
        default: return "an unreadable value";
    }
}

// "outbound, conversation, ..." for messages that list what would be valid.
inline std::string joinNames(const std::vector<std::string>& names) {
    constexpr std::size_t kMax = 12;
    std::string out;
    for (std::size_t i = 0; i < names.size() && i < kMax; ++i) out += (i ? ", " : "") + names[i];
    if (names.size() > kMax) out += ", ...";
    return out;
}

// Collects problems and reads typed values; every read that fails reports
// exactly one problem and leaves the output untouched.
class Reader {
public:
    std::vector<Problem> problems;

    // One line per problem, each of readable length, and not more of them
    // than anyone would read: a hostile file cannot flood the message.
    static constexpr std::size_t kMaxProblems = 100;
    void report(std::string path, std::string message) {
        if (problems.size() > kMaxProblems) return;
        if (problems.size() == kMaxProblems) {
            problems.push_back({"", "more problems follow; the first " + std::to_string(kMaxProblems) + " are listed"});
            return;
        }
        problems.push_back({capLength(path, 200), capLength(message, 400)});
    }
    void expected(const std::string& path, const std::string& what, const Json& found) {
        report(path, "expected " + what + ", found " + describe(found));
    }
    // expected(), for readers that then return false.
    bool mismatch(const std::string& path, const std::string& what, const Json& found) {
        expected(path, what, found);
        return false;
    }

    // The member `key` of `obj`, or nullptr (reported when required).
    const Json* member(const Json& obj, const std::string& path, const std::string& key, Need need) {
        auto it = obj.find(key);
        if (it != obj.end()) return &*it;
        if (need == Need::Required) report(child(path, key), "missing required field \"" + key + "\"");
        return nullptr;
    }

    bool asString(const Json& v, const std::string& path, std::string& out) {
        if (!v.is_string()) return mismatch(path, "a string", v);
        out = v.get<std::string>();
        return true;
    }
    bool asId(const Json& v, const std::string& path, std::string& out) {
        if (!v.is_string() || v.get_ref<const std::string&>().empty()) return mismatch(path, "a non-empty id", v);
        out = v.get<std::string>();
        return true;
    }
    bool asNumber(const Json& v, const std::string& path, double& out) {
        if (!v.is_number()) return mismatch(path, "a number", v);
        out = v.get<double>();
        return true;
    }
    bool asNumberIn(const Json& v, const std::string& path, double lo, double hi, double& out) {
        if (!v.is_number() || v.get<double>() < lo || v.get<double>() > hi)
            return mismatch(path, "a number from " + formatNumber(lo) + " to " + formatNumber(hi), v);
        out = v.get<double>();
        return true;
    }
    // Whole numbers written as 2.0 are accepted: some editors write them so.
    bool asInteger(const Json& v, const std::string& path, int& out) {
        auto whole = wholeNumber(v);
        if (!whole) return mismatch(path, "a whole number", v);
        out = *whole;
        return true;
    }
    bool asIntegerIn(const Json& v, const std::string& path, int lo, int hi, int& out) {
        auto whole = wholeNumber(v);
        if (!whole || *whole < lo || *whole > hi)
            return mismatch(path, "a whole number from " + std::to_string(lo) + " to " + std::to_string(hi), v);
        out = *whole;
        return true;
    }
    bool asBool(const Json& v, const std::string& path, bool& out) {
        if (!v.is_boolean()) return mismatch(path, "true or false", v);
        out = v.get<bool>();
        return true;
    }

    // The same for object members: absent optional members leave `out` as is.
    template <typename T, typename As>
    bool field(const Json& obj, const std::string& path, const std::string& key, T& out, Need need, As as) {
        const Json* v = member(obj, path, key, need);
        return v && (this->*as)(*v, child(path, key), out);
    }
    bool string(const Json& o, const std::string& p, const std::string& k, std::string& out, Need n = Need::Required) {
        return field(o, p, k, out, n, &Reader::asString);
    }
    bool id(const Json& o, const std::string& p, const std::string& k, std::string& out, Need n = Need::Required) {
        return field(o, p, k, out, n, &Reader::asId);
    }
    bool boolean(const Json& o, const std::string& p, const std::string& k, bool& out, Need n = Need::Required) {
        return field(o, p, k, out, n, &Reader::asBool);
    }
    bool integer(const Json& o, const std::string& p, const std::string& k, int& out, Need n = Need::Required) {
        return field(o, p, k, out, n, &Reader::asInteger);
    }

    // An array member, or nullptr when absent (reported if required) or not
    // an array (always reported).
    const Json* array(const Json& obj, const std::string& path, const std::string& key, Need need) {
        const Json* v = member(obj, path, key, need);
        if (v && !v->is_array()) {
            expected(child(path, key), "an array", *v);
            return nullptr;
        }
        return v;
    }
    const Json* object(const Json& obj, const std::string& path, const std::string& key, Need need) {
        const Json* v = member(obj, path, key, need);
        if (v && !v->is_object()) {
            expected(child(path, key), "an object", *v);
            return nullptr;
        }
        return v;
    }
    bool isObject(const Json& v, const std::string& path) {
        if (!v.is_object()) return mismatch(path, "an object", v);
        return true;
    }

    // 2 rather than 2.0: messages quote numbers the way people write them.
    static std::string formatNumber(double x) {
        bool whole = std::floor(x) == x && std::fabs(x) < 1e15;
        return whole ? std::to_string(static_cast<long long>(x)) : Json(x).dump();
    }

private:
    static std::optional<int> wholeNumber(const Json& v) {
        constexpr auto lo = std::numeric_limits<int>::min(), hi = std::numeric_limits<int>::max();
        if (v.is_number_unsigned()) {
            auto u = v.get<std::uint64_t>();
            return u <= std::uint64_t(hi) ? std::optional<int>(int(u)) : std::nullopt;
        }
        if (v.is_number_integer()) {
            auto i = v.get<std::int64_t>();
            return i >= lo && i <= hi ? std::optional<int>(int(i)) : std::nullopt;
        }
        if (v.is_number_float()) {
            double d = v.get<double>();
            return std::floor(d) == d && d >= lo && d <= hi ? std::optional<int>(int(d)) : std::nullopt;
        }
        return std::nullopt;
    }
};

// The ids of one list: checks they are unique and resolves references to them.
class IdIndex {
public:
    explicit IdIndex(std::string noun) : noun_(std::move(noun)) {}

    // False when the list itself could not be read: references to it are then
    // not checked, so one broken list does not drown the report in echoes.
    bool usable = true;

    // `path` is the item's pointer; a duplicate is reported at its "id".
    void add(Reader& r, const std::string& id, const std::string& path, int index) {
        auto [it, fresh] = index_.emplace(id, Entry{index, path});
        if (!fresh) r.report(child(path, "id"), "duplicate id " + inQuotes(id) + " (first at " + it->second.path + ")");
        else names_.push_back(id);
    }

    int find(const std::string& id) const {
        auto it = index_.find(id);
        return it == index_.end() ? -1 : it->second.index;
    }

    // Index of `id`, or -1 after reporting it as unknown.
    int resolve(Reader& r, const std::string& id, const std::string& path) const {
        int i = find(id);
        if (i < 0 && usable) r.report(path, unknown(id));
        return i;
    }
    // Reads a string member and resolves it; -1 on any problem.
    int resolveField(Reader& r, const Json& obj, const std::string& path, const std::string& key) const {
        std::string id;
        return r.id(obj, path, key, id) ? resolve(r, id, child(path, key)) : -1;
    }

    std::string unknown(const std::string& id) const {
        return "unknown " + noun_ + " " + inQuotes(id) + " (known: " + joinNames(names_) + ")";
    }

private:
    struct Entry {
        int index;
        std::string path;
    };
    std::string noun_;
    std::map<std::string, Entry> index_;
    std::vector<std::string> names_; // in list order, for messages
};

// One of a fixed set of words ("low", "medium", "high"), as its position.
inline int oneOf(Reader& r, const Json& obj, const std::string& path, const std::string& key,
                 const std::vector<std::string>& words, const std::string& noun) {
    std::string word;
    if (!r.string(obj, path, key, word)) return -1;
    for (std::size_t i = 0; i < words.size(); ++i)
        if (words[i] == word) return static_cast<int>(i);
    r.report(child(path, key), "unknown " + noun + " " + inQuotes(word) + " (known: " + joinNames(words) + ")");
    return -1;
}

// What nlohmann says after its "[json.exception...] parse error at line L, column C: " prefix.
inline std::string exceptionDetail(const std::string& what) {
    auto detail = what.find(": ");
    if (detail != std::string::npos) return what.substr(detail + 2);
    auto tag = what.find("] ");
    return tag == std::string::npos ? what : what.substr(tag + 2);
}

// Parses text after checking its limits (size, depth, keys, items, string
// length, NUL, BOM, duplicate keys), reporting a syntax error with its line,
// column and byte. Text compiled into the app skips the limits pass: its
// tests check that text against the same limits.
inline std::optional<Json> parse(std::string_view text, Reader& r, InputOrigin origin) {
    if (origin == InputOrigin::Bundled) {
        Json doc = parseJson(text);
        if (!doc.is_discarded()) return doc;
    } else if (auto problems = checkJsonLimits(text); !problems.empty()) {
        for (Problem& p : problems) r.report(std::move(p.path), std::move(p.message));
        return std::nullopt;
    }
    try {
        return parseJsonOrThrow(text);
    } catch (const Json::exception& e) {
        // checkJsonLimits read the same text, so this is not expected.
        r.report("", "not valid JSON: " + exceptionDetail(e.what()));
    }
    return std::nullopt;
}

}  // namespace smm::json_reader
