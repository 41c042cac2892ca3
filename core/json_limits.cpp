#include "json_limits.hpp"

#include "json.hpp"
#include "format.hpp"

#include <unordered_set>

namespace smm {
namespace {

std::string withCommas(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string escapeKey(std::string_view key) {
    std::string out;
    for (char c : capLength(key, 60)) {
        if (c == '~') out += "~0";
        else if (c == '/') out += "~1";
        else out += c;
    }
    return out;
}

// SAX handler that stops at the first limit crossed, remembering where.
class Checker {
public:
    Checker(std::string_view text, const JsonLimits& limits) : text_(text), limits_(limits) {}

    bool null() { return value(); }
    bool boolean(bool) { return value(); }
    bool number_integer(Json::number_integer_t) { return value(); }
    bool number_unsigned(Json::number_unsigned_t) { return value(); }
    bool number_float(Json::number_float_t, const std::string&) { return value(); }
    bool binary(Json::binary_t&) { return value(); }
    bool string(std::string& s) {
        if (!value()) return false;
        if (s.size() > limits_.maxStringBytes)
            return fail(path(), "a text of " + withCommas(s.size()) + " bytes; the limit is " +
                                    withCommas(limits_.maxStringBytes) + " bytes per text");
        return true;
    }
    bool start_object(std::size_t) { return open(false); }
    bool start_array(std::size_t) { return open(true); }
    bool end_object() { return close(); }
    bool end_array() { return close(); }
    bool key(std::string& k) {
        Frame& f = frames_.back();
        f.key = k;
        if (k.size() > limits_.maxStringBytes)
            return fail(path(), "a key of " + withCommas(k.size()) + " bytes; the limit is " +
                                    withCommas(limits_.maxStringBytes) + " bytes");
        if (++f.count > limits_.maxKeys)
            return fail(path(), "an object with more than " + withCommas(limits_.maxKeys) + " members (the limit)");
        if (!f.keys.insert(k).second)
            return fail(path(), "the key \"" + capLength(k, 60) + "\" appears twice in the same object");
        return true;
    }
    bool parse_error(std::size_t position, const std::string&, const nlohmann::detail::exception& e) {
        std::string what = e.what();
        auto detail = what.find(": ");
        if (detail != std::string::npos && what.compare(0, 20, "[json.exception.pars") == 0)
            what = what.substr(detail + 2);
        else if (auto tag = what.find("] "); tag != std::string::npos)
            what = what.substr(tag + 2);
        if (e.id == 406) what = "a number too large to be represented (" + capLength(what, 80) + ")";
        // The lexer counts the byte it stopped on; positions are 1-based for people.
        problem = {"", "not valid JSON at " + textPosition(text_, position) + ": " + capLength(what, 160)};
        return false;
    }

    Problem problem;

private:
    struct Frame {
        bool array;
        std::size_t count = 0;
        std::string key;
        std::unordered_set<std::string> keys;
    };

    bool value() {
        if (!frames_.empty() && frames_.back().array && ++frames_.back().count > limits_.maxItems)
            return fail(path(), "a list with more than " + withCommas(limits_.maxItems) + " items (the limit)");
        return true;
    }
    bool open(bool array) {
        if (!value()) return false;
        if (frames_.size() + 1 > limits_.maxDepth)
            return fail(path(), "values nested more than " + withCommas(limits_.maxDepth) + " levels deep (the limit)");
        frames_.push_back({array});
        return true;
    }
    bool close() {
        frames_.pop_back();
        return true;
    }
    bool fail(std::string where, std::string message) {
        problem = {std::move(where), std::move(message)};
        return false;
    }
    // The JSON pointer of the value being read, shortened when very deep.
    std::string path() const {
        std::string out;
        for (const Frame& f : frames_) {
            if (out.size() > 200) return capLength(out, 200);
            if (f.array) out += "/" + std::to_string(f.count ? f.count - 1 : 0);
            else if (f.count) out += "/" + escapeKey(f.key);
        }
        return out;
    }

    std::string_view text_;
    const JsonLimits& limits_;
    std::vector<Frame> frames_;
};

}  // namespace

std::string textPosition(std::string_view text, std::size_t byte) {
    byte = std::min(byte, text.size());
    std::size_t line = 1, column = 1;
    for (std::size_t i = 0; i + 1 < byte; ++i) {
        if (text[i] == '\n') ++line, column = 1;
        else ++column;
    }
    return "line " + std::to_string(line) + ", column " + std::to_string(column) + " (byte " + std::to_string(byte) + ")";
}

std::string capLength(std::string_view s, std::size_t max) {
    if (s.size() <= max) return std::string(s);
    return std::string(utf8Prefix(s, max)) + "...";
}

std::vector<Problem> checkJsonLimits(std::string_view text, const JsonLimits& limits) {
    if (text.size() > limits.maxBytes)
        return {{"", "the text is " + withCommas(text.size()) + " bytes; the limit is " + withCommas(limits.maxBytes) +
                         " bytes"}};
    if (text.empty()) return {{"", "not valid JSON: the text is empty"}};
    auto startsWith = [&](std::string_view bom) { return text.substr(0, bom.size()) == bom; };
    if (startsWith("\xFF\xFE") || startsWith("\xFE\xFF") || startsWith(std::string_view("\x00\x00\xFE\xFF", 4)))
        return {{"", "not valid JSON: the text starts with a UTF-16 or UTF-32 byte order mark (line 1, column 1); "
                         "save it as UTF-8"}};
    if (auto nul = text.find('\0'); nul != std::string_view::npos)
        return {{"", "not valid JSON: a NUL byte at " + textPosition(text, nul + 1) +
                         " (is it a binary or UTF-16 file?)"}};
    Checker checker(text, limits);
    // nlohmann's SAX parser keeps its own stack: no recursion, any depth.
    if (Json::sax_parse(text.begin(), text.end(), &checker)) return {};
    return {checker.problem};
}

}  // namespace smm
