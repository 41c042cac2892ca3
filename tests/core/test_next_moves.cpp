// Next moves on the bundled model: what the headline says binds comes first,
// and a guardrail set "before" its rung's practice (the policy before anyone
// replies in public) leads what the next rung needs.
#include <catch2/catch_test_macros.hpp>

#include <map>
#include <string>

#include <nlohmann/json.hpp>

#include "core/model_io.hpp"
#include "core/next_moves.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"
#include "test_helpers.hpp"

using namespace smm;

namespace {

Assessment withAnswers(const Model& m, const std::map<std::string, std::string>& answers) {
    nlohmann::json doc = {{"schemaVersion", 1}, {"model", m.id}, {"modelVersion", m.version},
                          {"organisation", "Test"}, {"answers", nlohmann::json::object()}};
    for (const auto& [q, option] : answers) doc["answers"][q] = {{"answer", option}};
    Loaded<Assessment> loaded = loadAssessment(doc.dump(), m);
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    return *loaded.value;
}

// Posts weekly from owned, well-kept accounts with an agreed purpose; replies only now and then.
std::map<std::string, std::string> outboundFirm() {
    return {{"out-accounts", "yes"},  {"out-accounts-fit", "yes"}, {"out-regular", "all"},
            {"out-reply", "some"},    {"gov-owner", "yes"},        {"sec-accounts", "l3"},
            {"sec-leavers", "l3"},   {"sec-agency", "na"},        {"cmp-sponsored", "all"},
            {"str-purpose", "all"},   {"str-audience", "all"},     {"str-relevance", "yes"},
            {"str-plan", "all"},      {"str-plan-agreed", "all"},  {"ppl-training", "l0"},
            {"ops-crisis", "l0"},     {"str-sponsor", "yes"}};
}

std::string firstLack(const Standing& st) { return st.nextNeeds.empty() ? std::string() : st.nextNeeds.front().lack; }

}  // namespace

TEST_CASE("a guardrail set before the practice leads the next rung's needs and the moves", "[moves]") {
    const Model& m = test::defaultModel();
    auto answers = outboundFirm();

    SECTION("with no policy, the policy comes before replying") {
        answers["gov-aup"] = "l0";
        const Assessment a = withAnswers(m, answers);
        const Score score = scoreAssessment(m, a);
        REQUIRE(score.external.stage == 1);
        CHECK(firstLack(score.external) == "no published acceptable-use policy");
        const auto moves = nextMoves(m, score, buildRoadmap(m, score));
        REQUIRE_FALSE(moves.empty());
        CHECK(moves.front().title == "Publish an acceptable-use policy");
        CHECK(moves.front().why == "Not yet Conversation: no published acceptable-use policy");
    }
    SECTION("with the policy in place, replying comes first, then the other guardrails in the model's order") {
        answers["gov-aup"] = "l3";
        answers["gov-aup-known"] = "all";
        const Assessment a = withAnswers(m, answers);
        const Score score = scoreAssessment(m, a);
        REQUIRE(score.external.stage == 1);
        REQUIRE(score.external.nextNeeds.size() >= 3);
        CHECK(score.external.nextNeeds[0].lack == "customers rarely get a reply");
        CHECK(score.external.nextNeeds[1].lack == "no crisis plan");
        CHECK(score.external.nextNeeds[2].lack == "no training for spokespeople");
        const auto moves = nextMoves(m, score, buildRoadmap(m, score));
        REQUIRE_FALSE(moves.empty());
        CHECK(moves.front().title == "Reply to customers, not only broadcast");
    }
}

TEST_CASE("a rung held back by its guardrails names the crisis plan before training", "[moves]") {
    const Model& m = test::defaultModel();
    auto answers = outboundFirm();
    answers["out-reply"] = "all";
    answers["gov-aup"] = "l3";
    answers["gov-aup-known"] = "all";
    const Assessment a = withAnswers(m, answers);
    const Score score = scoreAssessment(m, a);
    REQUIRE(score.external.stage == 2);
    REQUIRE(score.external.heldBack.size() >= 2);
    CHECK(score.external.heldBack[0].lack == "no crisis plan");
    CHECK(score.external.heldBack[1].lack == "no training for spokespeople");
    const auto moves = nextMoves(m, score, buildRoadmap(m, score));
    REQUIRE_FALSE(moves.empty());
    CHECK(moves.front().why == "Conversation is held back: no crisis plan");
}
