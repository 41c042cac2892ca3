#include "format.hpp"

#include <cctype>
#include <cmath>

namespace smm {

int percentOf(double share) { return static_cast<int>(std::lround(share * 100.0)); }

std::string formatPercent(double share) { return std::to_string(percentOf(share)) + "%"; }

std::string plural(int n, const char* one, const char* many) { return std::to_string(n) + " " + (n == 1 ? one : many); }

std::string groupedCount(std::size_t n) {
    std::string digits = std::to_string(n), out;
    for (std::size_t i = 0; i < digits.size(); ++i) {
        if (i && (digits.size() - i) % 3 == 0) out += ',';
        out += digits[i];
    }
    return out;
}

std::string capitalised(std::string_view text) {
    std::string out(text);
    if (!out.empty()) out[0] = static_cast<char>(std::toupper(static_cast<unsigned char>(out[0])));
    return out;
}

const char* levelZeroName(Side side) { return side == Side::Internal ? "Not started" : "Unmanaged"; }

std::size_t utf8Boundary(std::string_view text, std::size_t n) {
    if (n >= text.size()) return text.size();
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return n;
}

std::string_view trimmed(std::string_view s) {
    const char* space = " \t\r\n";
    auto first = s.find_first_not_of(space);
    if (first == std::string_view::npos) return {};
    return s.substr(first, s.find_last_not_of(space) - first + 1);
}

}  // namespace smm
