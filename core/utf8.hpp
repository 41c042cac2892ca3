// Cutting text by bytes without splitting a character.
#pragma once

#include <cstddef>
#include <string_view>

namespace smm {

// The longest start of `text` of at most `maxBytes` bytes that ends between
// UTF-8 characters (a cut never lands on a continuation byte).
inline std::string_view utf8Prefix(std::string_view text, std::size_t maxBytes) {
    if (text.size() <= maxBytes) return text;
    std::size_t cut = maxBytes;
    while (cut > 0 && (static_cast<unsigned char>(text[cut]) & 0xC0) == 0x80) --cut;
    return text.substr(0, cut);
}

}  // namespace smm
