// The packed model and sample the app reads at start-up must be what their
// JSON describes, field for field, and damaged bytes must be refused, not read.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
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
        other[4] = 3;  // another layout (the one before)
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

TEST_CASE("the packed bundled sample is the assessment its JSON describes") {
    const Model& model = smm::test::defaultModel();
    const auto fromJson = smm::loadAssessment(smm::assets::sampleAssessment().text(), model);
    REQUIRE(fromJson.ok());
    std::string why;
    const auto packed = smm::unpackAssessment(smm::assets::sampleAssessmentPacked().text(), model, &why);
    INFO(why);
    REQUIRE(packed);
    CHECK(*packed == *fromJson.value);
    // The sample shows what the app does: notes, targets and a role group set.
    CHECK(!packed->organisation.empty());
    CHECK(std::any_of(packed->answers.begin(), packed->answers.end(), [](const smm::Answer& a) { return !a.note.empty(); }));
}

TEST_CASE("a packed assessment is refused when it does not fit the model or is damaged") {
    const Model& model = smm::test::defaultModel();
    const std::string good(smm::assets::sampleAssessmentPacked().text());
    std::string why;
    CHECK_FALSE(smm::unpackAssessment(good, smm::test::tinyModel(), &why));
    CHECK(why == "the packed assessment does not fit the model");
    for (std::size_t n = 0; n < good.size(); n += 7) CHECK_FALSE(smm::unpackAssessment(good.substr(0, n), model));
    CHECK_FALSE(smm::unpackAssessment(smm::assets::defaultModelPacked().text(), model, &why));
    CHECK(why.find("header") != std::string::npos);

    smm::Assessment a = *smm::unpackAssessment(good, model);
    a.answers[3].option = 99;  // not on the scale
    CHECK_FALSE(smm::unpackAssessment(smm::packAssessment(a), model));
    a.answers[3].option = smm::Answer::NotApplicable;
    a.targets[0] = model.stageCount() + 1;
    CHECK_FALSE(smm::unpackAssessment(smm::packAssessment(a), model));
    a.targets[0] = model.stageCount();
    CHECK(smm::unpackAssessment(smm::packAssessment(a), model) == a);
}
