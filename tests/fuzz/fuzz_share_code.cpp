// Share codes. The first byte picks the mode: raw text as a code (bad
// characters, truncation, checksums), or a payload that gets a valid header
// and checksum so the fuzzer reaches the decoder behind them. Decoding never
// throws; a failure reports a problem; a decoded assessment fits the model
// and its re-encoded code decodes to the same assessment.
#include <array>
#include <cstdint>
#include <vector>

#include "core/assessment_check.hpp"
#include "core/share_code.hpp"
#include "fuzz_common.hpp"

namespace {

std::uint32_t crc32(const std::vector<std::uint8_t>& bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (std::uint8_t b : bytes) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return c ^ 0xFFFFFFFFu;
}

std::string base64url(const std::vector<std::uint8_t>& bytes) {
    static const char* kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
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

// A code with the bundled model's header (taken from a real code) and a valid checksum.
std::string withValidFrame(const std::uint8_t* payload, std::size_t size) {
    static const std::vector<std::uint8_t> header = [] {
        const smm::Model& m = smm::fuzz::bundledModel();
        std::string code = smm::encodeShareCode(m, smm::makeBlankAssessment(m));
        // The first 4 characters hold the 3 header bytes exactly.
        std::vector<std::uint8_t> h;
        std::uint32_t buffer = 0;
        for (int i = 0; i < 4; ++i) {
            char c = code[i];
            int v = c >= 'A' && c <= 'Z' ? c - 'A' : c >= 'a' && c <= 'z' ? c - 'a' + 26 : c >= '0' && c <= '9' ? c - '0' + 52 : c == '-' ? 62 : 63;
            buffer = (buffer << 6) | std::uint32_t(v);
        }
        return std::vector<std::uint8_t>{std::uint8_t(buffer >> 16), std::uint8_t(buffer >> 8), std::uint8_t(buffer)};
    }();
    std::vector<std::uint8_t> bytes = header;
    bytes.insert(bytes.end(), payload, payload + size);
    std::uint32_t crc = crc32(bytes);
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(std::uint8_t(crc >> shift));
    return base64url(bytes);
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    if (size == 0) return 0;
    const Model& model = fuzz::bundledModel();
    const std::string code = data[0] & 1 ? withValidFrame(data + 1, size - 1) : std::string(fuzz::asText(data + 1, size - 1));
    Loaded<Assessment> decoded = decodeShareCode(model, code);
    fuzz::require(decoded.ok() == decoded.problems.empty(), "a failed decode reports a problem");
    if (!decoded.ok()) return 0;
    fuzz::require(checkAssessmentFits(model, *decoded.value).empty(), "a decoded assessment fits the model");
    // A code made with the current model re-encodes to itself; one made with
    // an earlier model (carried over on decoding) re-encodes in the current
    // form. Either way the re-encoded code decodes to the same assessment.
    const std::string again = encodeShareCode(model, *decoded.value);
    Loaded<Assessment> twice = decodeShareCode(model, again);
    fuzz::require(twice.ok() && *twice.value == *decoded.value, "a re-encoded code decodes to the same assessment");
    return 0;
}
