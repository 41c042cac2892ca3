// The bytes of links and codes: base64url text (RFC 4648, no padding) and a
// CRC-32 that detects any single changed character.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

namespace smm {

using Bytes = std::vector<std::uint8_t>;

std::string toBase64url(const Bytes& bytes);
bool isBase64url(std::string_view text);

struct Decoded {
    Bytes bytes;
    // False when the last character's unused low bits are set: the encoder
    // never does that, so the character was changed.
    bool canonical = true;
};
// `text` holds only alphabet characters and its length is not 1 mod 4.
Decoded fromBase64url(std::string_view text);

// CRC-32 (IEEE) catches every burst of up to 32 bits, so any single changed
// character (6 bits) is always detected.
std::uint32_t crc32(const std::uint8_t* data, std::size_t size);

}  // namespace smm
