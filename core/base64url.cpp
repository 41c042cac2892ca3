#include "base64url.hpp"

#include <array>

namespace smm {

namespace {

constexpr char kAlphabet[] = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";

constexpr std::array<std::uint32_t, 256> kCrcTable = [] {
    std::array<std::uint32_t, 256> table{};
    for (std::uint32_t i = 0; i < 256; ++i) {
        std::uint32_t c = i;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
        table[i] = c;
    }
    return table;
}();

int sextet(char c) {
    if (c >= 'A' && c <= 'Z') return c - 'A';
    if (c >= 'a' && c <= 'z') return c - 'a' + 26;
    if (c >= '0' && c <= '9') return c - '0' + 52;
    if (c == '-') return 62;
    if (c == '_') return 63;
    return -1;
}

}  // namespace

std::uint32_t crc32(const std::uint8_t* data, std::size_t size) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::size_t i = 0; i < size; ++i) c = kCrcTable[(c ^ data[i]) & 0xFF] ^ (c >> 8);
    return c ^ 0xFFFFFFFFu;
}

std::string toBase64url(const Bytes& bytes) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (std::uint8_t b : bytes) {
        buffer = (buffer << 8) | b;
        bits += 8;
        while (bits >= 6) out += kAlphabet[(buffer >> (bits -= 6)) & 63];
    }
    if (bits > 0) out += kAlphabet[(buffer << (6 - bits)) & 63];
    return out;
}

bool isBase64url(std::string_view text) {
    for (char c : text)
        if (sextet(c) < 0) return false;
    return true;
}

Decoded fromBase64url(std::string_view text) {
    Decoded out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : text) {
        buffer = (buffer << 6) | std::uint32_t(sextet(c));
        bits += 6;
        if (bits >= 8) out.bytes.push_back(std::uint8_t(buffer >> (bits -= 8)));
    }
    out.canonical = (buffer & ((1u << bits) - 1)) == 0;
    return out;
}

}  // namespace smm
