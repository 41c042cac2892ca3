// Share codes. The first byte picks the mode: raw text as a code (bad
// characters, truncation, checksums), or a payload that gets a valid header
// and checksum so the fuzzer reaches the decoder behind them. Decoding never
// throws; a failure reports a problem; a decoded assessment fits the model
// and its re-encoded code decodes to the same assessment.
#include <cstdint>
#include <vector>

#include "core/assessment_check.hpp"
#include "core/base64url.hpp"
#include "core/share_code.hpp"
#include "fuzz_common.hpp"

namespace {

// A code with the bundled model's header (taken from a real code) and a valid checksum.
std::string withValidFrame(const std::uint8_t* payload, std::size_t size) {
    static const std::vector<std::uint8_t> header = [] {
        const smm::Model& m = smm::fuzz::bundledModel();
        std::string code = smm::encodeShareCode(m, smm::makeBlankAssessment(m));
        // The first 4 characters hold the 3 header bytes exactly.
        return smm::fromBase64url(std::string_view(code).substr(0, 4)).bytes;
    }();
    std::vector<std::uint8_t> bytes = header;
    bytes.insert(bytes.end(), payload, payload + size);
    std::uint32_t crc = smm::crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(std::uint8_t(crc >> shift));
    return smm::toBase64url(bytes);
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
