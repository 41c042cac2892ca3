// Words and numbers as every surface writes them, each rule once: a share as
// a percentage, a count with its noun or its thousands grouped, a capital first letter, the name below
// the first stage, cutting UTF-8 text, trimming pasted text.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>

#include "model.hpp"

namespace smm {

// A share 0..1 as a whole percentage, rounded to the nearest: 0.675 -> 68.
int percentOf(double share);
// The same with its sign: "68%".
std::string formatPercent(double share);

// "1 response", "3 responses".
std::string plural(int n, const char* one, const char* many);

// A count with its thousands grouped: 1240 -> "1,240".
std::string groupedCount(std::size_t n);

// The first letter in upper case (ASCII), the rest as it is: "low" -> "Low".
std::string capitalised(std::string_view text);

// The name of level 0, below the first stage: "Unmanaged" outside, "Not
// started" inside.
const char* levelZeroName(Side side);

// The largest cut at or before byte `n` that falls between UTF-8 characters
// (never on a continuation byte); n past the end is the end.
std::size_t utf8Boundary(std::string_view text, std::size_t n);

// The longest start of `text` of at most `maxBytes` bytes that ends between
// UTF-8 characters.
inline std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
    return text.substr(0, utf8Boundary(text, maxBytes));
}

// `text` whole when `fits(text)`, else its longest start, cut between
// characters and without trailing spaces, that fits with an ellipsis after
// it. `fits` measures (a font, a slide) and is the caller's.
template <class Fits>
std::string fitWithEllipsis(const std::string& text, Fits fits) {
    if (fits(text)) return text;
    const std::string dots = "\xE2\x80\xA6";
    std::size_t n = text.size();
    while (n > 0 && !fits(text.substr(0, n) + dots)) n = utf8Boundary(text, n - 1);
    while (n > 0 && text[n - 1] == ' ') --n;
    return text.substr(0, n) + dots;
}

// Leading and trailing spaces and line breaks removed (pasted text).
std::string_view trimmed(std::string_view s);

}  // namespace smm
