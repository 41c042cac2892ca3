// The compiled-in model and samples are byte-for-byte the ones in assets/; the
// fonts are Inter (trimmed to the UI's glyphs with TrueType outlines when the build
// found fonttools, so not compared with the system's files).
#include <catch2/catch_test_macros.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "assets.hpp"
#include "core/json_limits.hpp"
#include "core/model_io.hpp"

static std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    REQUIRE(in.good());
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// The OpenType table tags in a font's table directory.
static std::string tableTags(const smm::assets::Blob& font) {
    auto u16 = [&](std::size_t at) { return static_cast<unsigned>(font.data[at] << 8 | font.data[at + 1]); };
    std::string tags;
    if (font.size < 12) return tags;
    const unsigned count = u16(4);
    for (unsigned i = 0; i < count && 12 + 16 * (i + 1) <= font.size; ++i)
        tags += std::string(reinterpret_cast<const char*>(font.data + 12 + 16 * i), 4) + ";";
    return tags;
}

TEST_CASE("embedded model and samples match the files in assets/") {
    CHECK(smm::assets::defaultModel().text() == readFile(SMM_ASSETS_DIR "/models/social-media.json"));
    CHECK(smm::assets::sampleAssessment().text() == readFile(SMM_ASSETS_DIR "/samples/northwind.json"));
    CHECK(smm::assets::sampleWorkshop().text() == readFile(SMM_ASSETS_DIR "/samples/workshop.json"));
}

TEST_CASE("embedded fonts are OpenType fonts (TrueType outlines, or CFF unconverted) of a plausible size") {
    for (const smm::assets::Blob& font : {smm::assets::fontRegular(), smm::assets::fontBold()}) {
        CAPTURE(font.size);
        REQUIRE(font.size > 10000);   // a subset of ~350 glyphs is ~23 KB (CFF) or ~45 KB (TrueType)
        CHECK(font.size < 1000000);   // the whole of Inter is ~260 KB
        const std::string magic(reinterpret_cast<const char*>(font.data), 4);
        const bool trueType = magic == std::string("\0\1\0\0", 4);
        CHECK((trueType || magic == "OTTO"));
        const std::string tags = tableTags(font);
        CAPTURE(tags);
        for (const char* table : {"cmap;", "head;", "hhea;", "hmtx;", "maxp;"})
            CHECK(tags.find(table) != std::string::npos);
        if (trueType) {
            CHECK(tags.find("glyf;") != std::string::npos);
            CHECK(tags.find("loca;") != std::string::npos);
        } else {
            CHECK(tags.find("CFF ;") != std::string::npos);
        }
    }
}

TEST_CASE("embedded blobs are NUL-terminated so they can be parsed in place") {
    auto model = smm::assets::defaultModel();
    CHECK(model.data[model.size] == 0);
    CHECK(smm::assets::fontRegular().data[smm::assets::fontRegular().size] == 0);
}

// The app loads these with InputOrigin::Bundled, which skips the limits pass
// (a third of the model's start-up in the browser); this is that pass.
TEST_CASE("embedded model and samples are within the limits every outside JSON text must meet") {
    for (const smm::assets::Blob& blob : {smm::assets::defaultModel(), smm::assets::sampleAssessment(),
                                          smm::assets::sampleWorkshop()}) {
        const std::vector<smm::Problem> problems = smm::checkJsonLimits(blob.text());
        CAPTURE(blob.size);
        for (const smm::Problem& p : problems) UNSCOPED_INFO(p.path << ": " << p.message);
        CHECK(problems.empty());
    }
}

TEST_CASE("a bundled text that is broken is still reported, not taken") {
    const std::string text(smm::assets::defaultModel().text());
    const smm::Loaded<smm::Model> whole = smm::loadModel(text, smm::InputOrigin::Bundled);
    REQUIRE(whole.ok());
    const smm::Loaded<smm::Model> cut = smm::loadModel(text.substr(0, text.size() / 2), smm::InputOrigin::Bundled);
    CHECK_FALSE(cut.ok());
    REQUIRE_FALSE(cut.problems.empty());
    CHECK(cut.problems.front().message.find("not valid JSON") != std::string::npos);
    const smm::Loaded<smm::Assessment> sample =
        smm::loadAssessment(smm::assets::sampleAssessment().text(), *whole.value, smm::InputOrigin::Bundled);
    CHECK(sample.ok());
}
