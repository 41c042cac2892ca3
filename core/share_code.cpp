#include "share_code.hpp"

#include "model_io.hpp"
#include "format.hpp"

#include <algorithm>
#include <array>
#include <cstdint>
#include <optional>
#include <vector>

#include "assessment_check.hpp"
#include "base64url.hpp"

namespace smm {

namespace {

// Layout of versions 1 to 3, as one bit stream, most significant bit first:
//
//   version 8 | model fingerprint 16
//   | per question: 0 unanswered, 1 not applicable, 2 + option index,
//     from version 2 on, options + 2 for "don't know",
//     from version 3 on, options + 3 for "not my area"
//   | per dimension: target level | role group index + 1 (0 = none)
//   | organisation length 6 | organisation bytes 8 each
//   | zero bits up to a byte boundary | CRC-32 of all bytes before it, 32
//
// Answers, targets and role use the fewest bits that hold the model's values
// (3 bits each for a four-option scale and up to seven stages), so the code
// stays short; both sides derive the widths from the model the fingerprint
// vouches for. Every version keeps the version byte first and the CRC last.

constexpr std::uint8_t kVersion = 3;       // written; 1 (no "don't know") and 2 (no "not my area") are still read
constexpr std::uint8_t kOldestVersion = 1;
constexpr std::size_t kHeaderBits = 24;
constexpr std::size_t kChecksumBytes = 4;
constexpr std::size_t kOrganisationMaxBytes = 40;
constexpr int kOrganisationLengthBits = 6;

const char* const kBadCharacters = "the link contains characters that are not part of a share code";
const char* const kCutShort = "the link is incomplete: it was cut short";
const char* const kDamaged = "the link was altered or damaged (checksum mismatch)";
const char* const kDoesNotFit = "the link was altered or damaged (its contents do not fit this model)";
const char* const kOtherModel = "this link was made for a different model";

// ---------------------------------------------------------------------------
// Fingerprint

// FNV-1a over everything the packed values index into: the model id, answer
// options, dimensions, stages and questions, in order. Texts are left out so
// rewording a question does not break links already sent.
std::uint16_t fingerprint(const Model& m) {
    std::uint32_t h = 2166136261u;
    auto add = [&](const std::string& s) {
        for (unsigned char c : s) h = (h ^ c) * 16777619u;
        h = (h ^ 0) * 16777619u; // separator: "ab","c" differs from "a","bc"
    };
    auto addList = [&](const auto& items) {
        for (const auto& item : items) add(item.id);
        add("\x01");
    };
    add(m.id);
    addList(m.answerScale);
    addList(m.dimensions);
    addList(m.stages);
    addList(m.questions);
    // Questions with their own options (model 2 and later); models without
    // any keep the fingerprint they always had, so their links still open.
    for (const auto& q : m.questions)
        if (!q.options.empty()) {
            add(q.id);
            addList(q.options);
        }
    return static_cast<std::uint16_t>((h >> 16) ^ (h & 0xFFFF));
}

// ---------------------------------------------------------------------------
// Bits

class BitWriter {
public:
    void put(std::uint32_t value, int bits) {
        for (int i = bits - 1; i >= 0; --i) {
            if (used_ % 8 == 0) bytes_.push_back(0);
            if ((value >> i) & 1) bytes_.back() |= std::uint8_t(0x80 >> (used_ % 8));
            ++used_;
        }
    }
    Bytes take() { return std::move(bytes_); }

private:
    Bytes bytes_;
    std::size_t used_ = 0;
};

// Callers check the length first: reading past the end is not guarded.
class BitReader {
public:
    explicit BitReader(const Bytes& bytes) : bytes_(bytes) {}
    void skip(std::size_t bits) { pos_ += bits; }
    std::uint32_t get(int bits) {
        std::uint32_t v = 0;
        for (int i = 0; i < bits; ++i, ++pos_) v = (v << 1) | ((bytes_[pos_ / 8] >> (7 - pos_ % 8)) & 1);
        return v;
    }
    std::size_t position() const { return pos_; }

private:
    const Bytes& bytes_;
    std::size_t pos_ = 0;
};

// ---------------------------------------------------------------------------
// Layout

// Fewest bits that hold the values 0 .. count - 1.
int bitsFor(std::size_t count) {
    int bits = 0;
    while ((std::size_t(1) << bits) < count) ++bits;
    return bits;
}

// Values a question's answer takes beyond its options: unanswered, not
// applicable, then "don't know" (version 2) and "not my area" (version 3).
std::size_t extraValues(std::uint8_t version) { return version >= 3 ? 4 : version >= 2 ? 3 : 2; }

// The most answer options any question offers.
std::size_t maxOptions(const Model& m) {
    std::size_t n = 0;
    for (std::size_t q = 0; q < m.questions.size(); ++q) n = std::max(n, m.optionsFor(int(q)).size());
    return n;
}

struct Layout {
    Layout(const Model& m, std::uint8_t version)
        : version(version),
          answerBits(bitsFor(maxOptions(m) + extraValues(version))),
          targetBits(bitsFor(m.stages.size() + 1)),
          roleBits(bitsFor(m.roleGroups.size() + 1)),
          organisationAt(kHeaderBits + m.questions.size() * answerBits + m.dimensions.size() * targetBits +
                         roleBits) {}

    // Bytes of a whole code, checksum included.
    std::size_t size(std::size_t organisationBytes) const {
        return (organisationAt + kOrganisationLengthBits + 8 * organisationBytes + 7) / 8 + kChecksumBytes;
    }

    std::uint8_t version;
    int answerBits, targetBits, roleBits;
    std::size_t organisationAt; // bit position of the organisation's length
};

// At most 40 bytes, no character split.
std::string_view shortOrganisation(std::string_view name) { return utf8Prefix(name, kOrganisationMaxBytes); }

std::uint32_t encodeAnswer(const Model& m, int q, const Answer& a) {
    if (a.option == Answer::NotApplicable) return 1;
    if (a.option == Answer::DontKnow) return std::uint32_t(m.optionsFor(q).size()) + 2;
    if (a.option == Answer::NotMyArea) return std::uint32_t(m.optionsFor(q).size()) + 3;
    return a.option >= 0 && a.option < int(m.optionsFor(q).size()) ? std::uint32_t(a.option) + 2 : 0;
}

// ---------------------------------------------------------------------------
// Decoding

Loaded<Assessment> fail(std::string message) { return {std::nullopt, {{"", std::move(message)}}, {}}; }

std::uint32_t storedChecksum(const Bytes& bytes) {
    std::uint32_t c = 0;
    for (std::size_t i = bytes.size() - kChecksumBytes; i < bytes.size(); ++i) c = (c << 8) | bytes[i];
    return c;
}

bool headerMatches(const Bytes& bytes, const Model& model) {
    return bytes[0] >= kOldestVersion && bytes[0] <= kVersion && ((bytes[1] << 8) | bytes[2]) == fingerprint(model);
}

// The organisation's length as stored, if the bytes reach that far.
std::optional<std::size_t> organisationLength(const Bytes& bytes, const Layout& layout) {
    if (layout.organisationAt + kOrganisationLengthBits > bytes.size() * 8) return std::nullopt;
    BitReader r(bytes);
    r.skip(layout.organisationAt);
    return r.get(kOrganisationLengthBits);
}

// A damaged code whose intact header promises more bytes than arrived was
// most likely cut off, the commonest way a link breaks in an e-mail.
bool looksCutShort(const Bytes& bytes, const Model& model, const Layout& layout) {
    return headerMatches(bytes, model) && bytes.size() < layout.size(organisationLength(bytes, layout).value_or(0));
}

// Reads a checksummed, right-sized version 1 payload; values the model does
// not have mean the code was forged or made by a broken encoder.
Loaded<Assessment> readPayload(const Bytes& bytes, const Model& model, const Layout& layout) {
    BitReader r(bytes);
    r.skip(kHeaderBits);
    Assessment a = makeBlankAssessment(model);
    for (std::size_t q = 0; q < a.answers.size(); ++q) {
        Answer& answer = a.answers[q];
        std::uint32_t v = r.get(layout.answerBits);
        const std::size_t options = model.optionsFor(int(q)).size();
        if (v >= options + extraValues(layout.version)) return fail(kDoesNotFit);
        answer.option = v == 0 ? Answer::Unanswered : v == 1 ? Answer::NotApplicable
                        : v == options + 2 ? Answer::DontKnow : v == options + 3 ? Answer::NotMyArea : int(v) - 2;
    }
    for (auto& target : a.targets) {
        target = int(r.get(layout.targetBits));
        if (target > model.stageCount()) return fail(kDoesNotFit);
    }
    a.roleGroup = int(r.get(layout.roleBits)) - 1;
    if (a.roleGroup >= int(model.roleGroups.size())) return fail(kDoesNotFit);
    std::size_t length = r.get(kOrganisationLengthBits);
    if (length > kOrganisationMaxBytes) return fail(kDoesNotFit);
    for (std::size_t i = 0; i < length; ++i) a.organisation += char(r.get(8));
    if (r.get(int((8 - r.position() % 8) % 8)) != 0) return fail(kDoesNotFit);
    return {std::move(a), {}, {}};
}

// An earlier version of `model` rebuilt from its migration data: the ids and
// order its share codes were packed with. Texts are not needed to decode.
Model legacyModel(const Model& model, const Migration& mig) {
    Model old;
    old.id = model.id;
    old.version = mig.fromVersion;
    old.answerScale = mig.answerScale;
    old.roleGroups = model.roleGroups;
    for (const auto& id : mig.dimensionOrder) old.dimensions.push_back(Dimension{id, id, "", DimensionKind::Enabler});
    for (const auto& id : mig.stageOrder) old.stages.push_back(Stage{id, id, "", {}, {}});
    for (const auto& id : mig.questionOrder) {
        Question q;
        q.id = id;
        // Its own options, when it had them (model 2.0.0 on): ids only, the
        // fingerprint and the layout need no more; weights do not matter.
        for (const auto& o : mig.questionOptions)
            if (o.question == id)
                for (const auto& option : o.ids) q.options.push_back(AnswerOption{option, option, 0.0});
        old.questions.push_back(q);
    }
    return old;
}

}  // namespace

std::string encodeShareCode(const Model& model, const Assessment& a) {
    Layout layout(model, kVersion);
    BitWriter w;
    w.put(kVersion, 8);
    w.put(fingerprint(model), 16);
    for (std::size_t q = 0; q < model.questions.size(); ++q)
        w.put(q < a.answers.size() ? encodeAnswer(model, int(q), a.answers[q]) : 0, layout.answerBits);
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        int target = d < a.targets.size() ? std::clamp(a.targets[d], 0, model.stageCount()) : 0;
        w.put(std::uint32_t(target), layout.targetBits);
    }
    bool hasRole = a.roleGroup >= 0 && a.roleGroup < int(model.roleGroups.size());
    w.put(hasRole ? std::uint32_t(a.roleGroup) + 1 : 0, layout.roleBits);
    std::string_view organisation = shortOrganisation(a.organisation);
    w.put(std::uint32_t(organisation.size()), kOrganisationLengthBits);
    for (unsigned char c : organisation) w.put(c, 8);
    Bytes bytes = w.take();
    std::uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(std::uint8_t(crc >> shift));
    return toBase64url(bytes);
}

Loaded<Assessment> decodeShareCode(const Model& model, std::string_view code) {
    code = trimmed(code);
    if (!isBase64url(code)) return fail(kBadCharacters);
    // One leftover character cannot complete a byte: the code was cut.
    if (code.size() % 4 == 1) return fail(kCutShort);
    Decoded decoded = fromBase64url(code);
    const Bytes& bytes = decoded.bytes;
    if (bytes.size() < kHeaderBits / 8 + kChecksumBytes) return fail(kCutShort);
    const std::uint8_t version = bytes[0] >= kOldestVersion && bytes[0] <= kVersion ? bytes[0] : kVersion;
    Layout layout(model, version);
    if (!decoded.canonical || crc32(bytes.data(), bytes.size() - kChecksumBytes) != storedChecksum(bytes))
        return fail(looksCutShort(bytes, model, layout) ? kCutShort : kDamaged);
    if (bytes[0] > kVersion || bytes[0] < kOldestVersion)
        return fail("this link was made by a newer version of the app (share code version " +
                    std::to_string(bytes[0]) + "; this build reads " + std::to_string(kVersion) + ")");
    if (!headerMatches(bytes, model)) {
        // A link made with an earlier version of this model: decode it as
        // that version, then carry it over as a saved file would be.
        for (const Migration& mig : model.migrations) {
            Model old = legacyModel(model, mig);
            if (!headerMatches(bytes, old)) continue;
            Layout oldLayout(old, version);
            auto oldLength = organisationLength(bytes, oldLayout);
            if (!oldLength || bytes.size() != oldLayout.size(*oldLength)) return fail(kDoesNotFit);
            Loaded<Assessment> decoded = readPayload(bytes, old, oldLayout);
            if (!decoded.ok()) return decoded;
            // The same checks as a current code: a crafted old code must not
            // slip invalid text past them by being carried over.
            if (std::vector<Problem> problems = checkAssessmentFits(old, *decoded.value); !problems.empty())
                return fail(std::string("the link does not fit this model: ") + problems.front().describe());
            Loaded<Assessment> carried = loadAssessment(saveAssessment(*decoded.value, old, false), model);
            if (carried.ok())
                if (std::vector<Problem> problems = checkAssessmentFits(model, *carried.value); !problems.empty())
                    return fail(std::string("the link does not fit this model: ") + problems.front().describe());
            return carried;
        }
        return fail(kOtherModel);
    }
    auto length = organisationLength(bytes, layout);
    if (!length || bytes.size() != layout.size(*length)) return fail(kDoesNotFit);
    Loaded<Assessment> read = readPayload(bytes, model, layout);
    // A checksum proves only that nothing changed after encoding: a crafted
    // code must still fit the model (answers allowed per question, UTF-8).
    if (read.ok())
        if (std::vector<Problem> problems = checkAssessmentFits(model, *read.value); !problems.empty())
            return fail(std::string("the link does not fit this model: ") + problems.front().describe());
    return read;
}

}  // namespace smm
