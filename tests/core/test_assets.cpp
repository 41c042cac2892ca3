// The compiled-in files are byte-for-byte the ones in assets/.
#include <catch2/catch_test_macros.hpp>

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

TEST_CASE("embedded assets match the files in assets/") {
    CHECK(smm::assets::defaultModel().text() == readFile(SMM_ASSETS_DIR "/models/social-media.json"));
    CHECK(smm::assets::sampleAssessment().text() == readFile(SMM_ASSETS_DIR "/samples/northwind.json"));
    CHECK(smm::assets::sampleWorkshop().text() == readFile(SMM_ASSETS_DIR "/samples/workshop.json"));
}

TEST_CASE("embedded blobs are NUL-terminated so they can be parsed in place") {
    auto model = smm::assets::defaultModel();
    CHECK(model.data[model.size] == 0);
    CHECK(smm::assets::fontRegular().size > 10000);
}
