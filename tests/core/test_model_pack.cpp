// The packed model the app reads at start-up must be the model its JSON
// describes, field for field, and damaged bytes must be refused, not read.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "assets.hpp"
#include "core/model_pack.hpp"
#include "test_helpers.hpp"

using smm::Model;

TEST_CASE("the packed bundled model is the model its JSON describes, every field") {
    std::string why;
    const std::optional<Model> packed = smm::unpackModel(smm::assets::defaultModelPacked().text(), &why);
    INFO(why);
    REQUIRE(packed);
    // Model's == compares every member: a field the packer forgets differs here.
    CHECK(*packed == smm::test::defaultModel());
    // The default model exercises what a small one would not.
    CHECK(!packed->migrations.empty());
    CHECK(!packed->networkStandings.empty());
    CHECK(!packed->roleGroups.empty());
}

TEST_CASE("packing and unpacking gives back an equal model") {
    for (const char* name : {"tiny-model.json", "calc-model.json", "social-media-1.0.0.json"}) {
        INFO(name);
        const Model model = smm::test::loadModelOrThrow(smm::test::readTestData(name), name);
        CHECK(smm::unpackModel(smm::packModel(model)) == model);
    }
    SECTION("values at the edges of their types") {
        Model model = smm::test::tinyModel();
        model.questions[0].dimension = -1;
        model.questions[0].allowNotApplicable = false;
        model.peerFacts.push_back({"f", "text \xE2\x80\x94 with UTF-8", "", 2147483647});
        model.peerFacts.push_back({"g", std::string("a\0b", 3), "src", -2147483647 - 1});
        model.stageHoldsAt = 0.1 + 0.2;  // not exact in binary: must come back bit for bit
        model.risks[0].clauses.push_back({smm::RiskClause::Kind::QuestionAtLeast, 3, -0.0});
        CHECK(smm::unpackModel(smm::packModel(model)) == model);
    }
}

TEST_CASE("damaged packed bytes are refused with a reason, never read") {
    const std::string good(smm::assets::defaultModelPacked().text());
    std::string why;

    SECTION("every truncation") {
        for (std::size_t n = 0; n < good.size(); n += (n < 64 ? 1 : 97)) {
            INFO(n);
            CHECK_FALSE(smm::unpackModel(std::string_view(good).substr(0, n), &why));
        }
        CHECK(!why.empty());
    }
    SECTION("a byte left over") {
        CHECK_FALSE(smm::unpackModel(good + 'x', &why));
        CHECK(why == "the packed model has bytes left over");
    }
    SECTION("another header") {
        std::string other = good;
        other[4] = 2;  // another layout
        CHECK_FALSE(smm::unpackModel(other, &why));
        CHECK(why.find("header") != std::string::npos);
        CHECK_FALSE(smm::unpackModel("{\"id\": \"social-media\"}", &why));
        CHECK(why.find("header") != std::string::npos);
    }
    SECTION("huge counts and lengths stop at the end of the bytes") {
        // After the header, schemaVersion (1 byte), then the id's length: claim 2^63.
        std::string huge = good.substr(0, 6) + std::string(9, '\xff') + '\x7f';
        CHECK_FALSE(smm::unpackModel(huge, &why));
    }
    SECTION("flipped bytes never crash (the sanitizer build checks the reads)") {
        for (std::size_t at = 5; at < good.size(); at += 131) {
            std::string bad = good;
            bad[at] = static_cast<char>(bad[at] ^ 0x5a);
            (void)smm::unpackModel(bad);
        }
    }
}
