// The compiled-in model and samples are byte-for-byte the ones in assets/; the
// fonts are Inter (trimmed to the UI's glyphs with TrueType outlines when the build
// found fonttools, so not compared with the system's files).
#include <catch2/catch_test_macros.hpp>

#include <cstdint>
#include <fstream>
#include <sstream>
#include <string>

#include "assets.hpp"

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
