// Share codes: an assessment in a short URL-safe string that survives the
// trip through a link, and that is refused with one clear message when it was
// cut, altered, or made for another model.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cstdint>
#include <random>
#include <string>
#include <vector>

#include "core/share_code.hpp"
#include "test_helpers.hpp"

using smm::Answer;
using smm::Assessment;
using smm::Model;
using smm::test::tinyModel;

namespace {

const std::string kAlphabet = "ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_";
const std::string kBadCharacters = "the link contains characters that are not part of a share code";
const std::string kCutShort = "the link is incomplete: it was cut short";
const std::string kDamaged = "the link was altered or damaged (checksum mismatch)";
const std::string kOtherModel = "this link was made for a different model";

// The codec's building blocks again, written independently, to forge codes
// that are well formed but carry something unexpected.
std::vector<std::uint8_t> fromBase64url(const std::string& code) {
    std::vector<std::uint8_t> out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (char c : code) {
        buffer = (buffer << 6) | std::uint32_t(kAlphabet.find(c));
        if ((bits += 6) >= 8) out.push_back(std::uint8_t(buffer >> (bits -= 8)));
    }
    return out;
}

std::string toBase64url(const std::vector<std::uint8_t>& bytes) {
    std::string out;
    std::uint32_t buffer = 0;
    int bits = 0;
    for (auto b : bytes) {
        buffer = (buffer << 8) | b;
        for (bits += 8; bits >= 6;) out += kAlphabet[(buffer >> (bits -= 6)) & 63];
    }
    if (bits) out += kAlphabet[(buffer << (6 - bits)) & 63];
    return out;
}

std::uint32_t crc32(const std::vector<std::uint8_t>& bytes) {
    std::uint32_t c = 0xFFFFFFFFu;
    for (auto b : bytes) {
        c ^= b;
        for (int k = 0; k < 8; ++k) c = (c & 1) ? 0xEDB88320u ^ (c >> 1) : c >> 1;
    }
    return ~c;
}

// `code` with its payload changed by `edit` and a fresh, valid checksum.
template <typename Edit>
std::string reforged(const std::string& code, Edit edit) {
    auto bytes = fromBase64url(code);
    bytes.resize(bytes.size() - 4);
    edit(bytes);
    std::uint32_t crc = crc32(bytes);
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(std::uint8_t(crc >> shift));
    return toBase64url(bytes);
}

std::string onlyProblem(const smm::Loaded<Assessment>& decoded) {
    REQUIRE_FALSE(decoded.ok());
    REQUIRE(decoded.problems.size() == 1);
    CHECK(decoded.problems[0].path.empty());
    return decoded.problems[0].message;
}

// What survives a share code: no notes, date or participant.
smm::test::RandomAssessmentOptions shareable() { return {false, false, 40}; }

// About the size of the default model, with more questions: 5 stages,
// 11 dimensions (3 tracks), 60 questions, 4 answer options, 6 role groups.
Model syntheticModel() {
    Model m;
    m.id = "synthetic";
    m.name = "Synthetic";
    m.answerScale = {{"no", "No", 0}, {"some", "Some", 0.25}, {"half", "Half", 0.5}, {"all", "All", 1}};
    for (int s = 0; s < 5; ++s) m.stages.push_back({"stage-" + std::to_string(s), "Stage", "", {}});
    for (int d = 0; d < 11; ++d)
        m.dimensions.push_back({"dim-" + std::to_string(d), "Dimension", "",
                                d < 3 ? smm::DimensionKind::Track : smm::DimensionKind::Enabler});
    for (int q = 0; q < 60; ++q) m.questions.push_back({"question-" + std::to_string(q), q % 11, q % 5, "?", "", q % 7 != 0});
    for (int g = 0; g < 6; ++g) m.roleGroups.push_back({"group-" + std::to_string(g), "Group"});
    return m;
}

// Every question answered, every target set, a role and a 20-character name:
// the longest code a typical organisation makes.
Assessment complete(const Model& m) {
    Assessment a = smm::makeBlankAssessment(m);
    for (std::size_t q = 0; q < a.answers.size(); ++q) a.answers[q].option = int(q % m.answerScale.size());
    for (auto& t : a.targets) t = m.stageCount();
    a.roleGroup = int(m.roleGroups.size()) - 1;
    a.organisation = "Northwind Traders Lt";
    return a;
}

Assessment sample() {
    Assessment a = smm::makeBlankAssessment(tinyModel());
    a.organisation = "Northwind";
    a.roleGroup = 1;
    a.answers[0].option = 3;
    a.answers[1].option = 0;
    a.answers[5].option = 2;
    a.answers[7].option = Answer::NotApplicable;
    a.targets[2] = 3;
    return a;
}

}  // namespace

TEST_CASE("A share code round-trips answers, targets, role and organisation", "[share_code]") {
    std::mt19937 rng(7);
    auto roundTrip = [&](const Model& model) {
        for (int i = 0; i < 300; ++i) {
            Assessment a = smm::test::randomAssessment(model, rng, shareable());
            std::string code = smm::encodeShareCode(model, a);
            auto decoded = smm::decodeShareCode(model, code);
            INFO("iteration " << i << ", code " << code << "\n" << decoded.describe());
            REQUIRE(decoded.ok());
            REQUIRE(*decoded.value == a);
        }
    };
    SECTION("the tiny model") { roundTrip(tinyModel()); }
    SECTION("a synthetic 60-question model") { roundTrip(syntheticModel()); }
    SECTION("the default model") {
        if (smm::test::defaultModelIsPlaceholder()) SKIP("assets/models/social-media.json is still a placeholder");
        roundTrip(smm::test::defaultModel());
    }
    SECTION("a blank assessment") {
        Assessment blank = smm::makeBlankAssessment(tinyModel());
        auto decoded = smm::decodeShareCode(tinyModel(), smm::encodeShareCode(tinyModel(), blank));
        REQUIRE(decoded.ok());
        CHECK(*decoded.value == blank);
    }
}

TEST_CASE("A share code leaves out what does not belong in a link", "[share_code]") {
    Assessment a = sample();
    a.answers[0].note = "private evidence";
    a.date = "2026-11-22";
    a.participant = "Ana";
    auto decoded = smm::decodeShareCode(tinyModel(), smm::encodeShareCode(tinyModel(), a));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->answers[0] == Answer{3, ""});
    CHECK(decoded.value->date.empty());
    CHECK(decoded.value->participant.empty());
    CHECK(*decoded.value == sample());
}

TEST_CASE("Long organisation names are cut to 40 bytes without splitting a character", "[share_code]") {
    auto decode = [](const std::string& name) {
        Assessment a = smm::makeBlankAssessment(tinyModel());
        a.organisation = name;
        auto decoded = smm::decodeShareCode(tinyModel(), smm::encodeShareCode(tinyModel(), a));
        REQUIRE(decoded.ok());
        return decoded.value->organisation;
    };
    CHECK(decode(std::string(40, 'x')) == std::string(40, 'x'));
    CHECK(decode(std::string(41, 'x')) == std::string(40, 'x'));
    CHECK(decode(std::string(39, 'x') + "é") == std::string(39, 'x'));       // é would end at byte 41
    CHECK(decode(std::string(38, 'x') + "🙂") == std::string(38, 'x'));      // 4 bytes from byte 39
    std::string accents;
    for (int i = 0; i < 25; ++i) accents += "Å";
    CHECK(decode(accents).size() == 40);
    CHECK(decode(accents) == accents.substr(0, 40));
}

TEST_CASE("Share codes are URL-safe, stable and short", "[share_code]") {
    SECTION("only letters, digits, - and _, no padding") {
        std::string code = smm::encodeShareCode(tinyModel(), sample());
        CHECK(code.find_first_not_of(kAlphabet) == std::string::npos);
    }
    SECTION("the same assessment always gives the same code") {
        CHECK(smm::encodeShareCode(tinyModel(), sample()) == smm::encodeShareCode(tinyModel(), sample()));
    }
    SECTION("the format does not drift: links already sent keep working") {
        CHECK(smm::encodeShareCode(tinyModel(), sample()) == "A2QnqAEBDIlOb3J0aHdpbmQSZKVu");
        // Version 1 (before "don't know") and 2 (before "not my area") still read the same assessment.
        for (const char* earlier : {"AWQnqAEBDIlOb3J0aHdpbmTGWDWp", "AmQnqAEBDIlOb3J0aHdpbmSVwm4t"}) {
            auto old = smm::decodeShareCode(tinyModel(), earlier);
            REQUIRE(old.ok());
            CHECK(old.value->answers == sample().answers);
        }
    }
    SECTION("a complete answer set of a 60-question model fits in 120 characters") {
        std::string code = smm::encodeShareCode(syntheticModel(), complete(syntheticModel()));
        CAPTURE(code.size());
        CHECK(code.size() <= 120);
    }
    SECTION("a complete answer set of the default model fits in 120 characters") {
        if (smm::test::defaultModelIsPlaceholder()) SKIP("assets/models/social-media.json is still a placeholder");
        const Model& m = smm::test::defaultModel();
        std::string code = smm::encodeShareCode(m, complete(m));
        CAPTURE(code.size());
        CHECK(code.size() <= 120);
    }
}

TEST_CASE("Spaces and line breaks around a pasted code are ignored", "[share_code]") {
    std::string code = smm::encodeShareCode(tinyModel(), sample());
    auto decoded = smm::decodeShareCode(tinyModel(), "  " + code + "\n");
    REQUIRE(decoded.ok());
    CHECK(*decoded.value == sample());
}

TEST_CASE("Every single-character change to a code is refused", "[share_code]") {
    const Model& model = GENERATE(tinyModel(), syntheticModel());
    std::mt19937 rng(99);
    Assessment a = smm::test::randomAssessment(model, rng, shareable());
    const std::string code = smm::encodeShareCode(model, a);
    for (std::size_t i = 0; i < code.size(); ++i) {
        for (char c : kAlphabet) {
            if (c == code[i]) continue;
            std::string altered = code;
            altered[i] = c;
            auto decoded = smm::decodeShareCode(model, altered);
            INFO("position " << i << ": " << code << " -> " << altered);
            std::string message = onlyProblem(decoded);
            CHECK((message == kDamaged || message == kCutShort));
        }
        for (char c : std::string("+/=.%!é")) {
            std::string altered = code;
            altered[i] = c;
            CHECK(onlyProblem(smm::decodeShareCode(model, altered)) == kBadCharacters);
        }
    }
}

TEST_CASE("Every truncation of a code is refused as incomplete", "[share_code]") {
    const Model& model = GENERATE(tinyModel(), syntheticModel());
    std::mt19937 rng(5);
    for (int round = 0; round < 5; ++round) {
        const std::string code = smm::encodeShareCode(model, smm::test::randomAssessment(model, rng, shareable()));
        for (std::size_t length = 0; length < code.size(); ++length) {
            INFO(code << " cut to " << length);
            CHECK(onlyProblem(smm::decodeShareCode(model, code.substr(0, length))) == kCutShort);
        }
    }
}

TEST_CASE("Each way a code can be wrong has its own message", "[share_code]") {
    const Model& tiny = tinyModel();
    const std::string code = smm::encodeShareCode(tiny, sample());

    SECTION("characters that base64url does not use") {
        CHECK(onlyProblem(smm::decodeShareCode(tiny, code + "=")) == kBadCharacters);
        CHECK(onlyProblem(smm::decodeShareCode(tiny, "https://example.org/#" + code)) == kBadCharacters);
    }
    SECTION("an empty code") { CHECK(onlyProblem(smm::decodeShareCode(tiny, "")) == kCutShort); }
    SECTION("a changed character") {
        std::string altered = code;
        altered[code.size() / 2] = altered[code.size() / 2] == 'A' ? 'B' : 'A';
        CHECK(onlyProblem(smm::decodeShareCode(tiny, altered)) == kDamaged);
    }
    SECTION("extra characters") {
        CHECK(onlyProblem(smm::decodeShareCode(tiny, code + "AAAA")) == kDamaged);
    }
    SECTION("a code from a newer version") {
        std::string newer = reforged(code, [](auto& bytes) { bytes[0] = 4; });
        CHECK(onlyProblem(smm::decodeShareCode(tiny, newer)) ==
              "this link was made by a newer version of the app (share code version 4; this build reads 3)");
    }
    SECTION("a code made for another model") {
        CHECK(onlyProblem(smm::decodeShareCode(syntheticModel(), code)) == kOtherModel);
    }
    SECTION("a code made before a question was renamed, added or moved") {
        Model renamed = tiny;
        renamed.questions[3].id = "conv-ideas-v2";
        CHECK(onlyProblem(smm::decodeShareCode(renamed, code)) == kOtherModel);
        Model added = tiny;
        added.questions.push_back(added.questions[0]);
        added.questions.back().id = "new-question";
        CHECK(onlyProblem(smm::decodeShareCode(added, code)) == kOtherModel);
        Model moved = tiny;
        std::swap(moved.questions[0], moved.questions[1]);
        CHECK(onlyProblem(smm::decodeShareCode(moved, code)) == kOtherModel);
    }
    SECTION("rewording a question keeps old links working") {
        Model reworded = tiny;
        reworded.questions[0].text = "Do you have official accounts on any network?";
        auto decoded = smm::decodeShareCode(reworded, code);
        REQUIRE(decoded.ok());
        CHECK(*decoded.value == sample());
    }
    SECTION("a well-formed code whose values the model does not have") {
        std::string forged = reforged(code, [](auto& bytes) { bytes.push_back(0); });
        CHECK(onlyProblem(smm::decodeShareCode(tiny, forged)) ==
              "the link was altered or damaged (its contents do not fit this model)");
    }
}
