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
    // Every question not named gets its lowest answer, so the standing rests on a full questionnaire.
    for (const Question& q : m.questions) {
        const auto named = answers.find(q.id);
        const std::string option = named != answers.end() ? named->second : m.optionsFor(m.findQuestion(q.id)).front().id;
        doc["answers"][q.id] = {{"answer", option}};
    }
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

struct Scored {
    Score score;
    std::vector<NextMove> moves;
};

Scored scoreWith(const Model& m, const std::map<std::string, std::string>& answers) {
    Score score = scoreAssessment(m, withAnswers(m, answers));
    std::vector<NextMove> moves = nextMoves(m, score, buildRoadmap(m, score));
    return {std::move(score), std::move(moves)};
}

}  // namespace

TEST_CASE("a guardrail set before the practice leads the next rung's needs and the moves", "[moves]") {
    const Model& m = test::defaultModel();
    auto answers = outboundFirm();

    SECTION("with no policy, the policy comes before replying") {
        answers["gov-aup"] = "l0";
        const auto [score, moves] = scoreWith(m, answers);
        REQUIRE(score.external.stage == 1);
        CHECK(firstLack(score.external) == "no published acceptable-use policy");
        REQUIRE_FALSE(moves.empty());
        CHECK(moves.front().title == "Publish an acceptable-use policy");
        CHECK(moves.front().why == "Not yet Conversation: no published acceptable-use policy");
    }
    SECTION("with the policy in place, replying comes first, then the other guardrails in the model's order") {
        answers["gov-aup"] = "l3";
        answers["gov-aup-known"] = "all";
        const auto [score, moves] = scoreWith(m, answers);
        REQUIRE(score.external.stage == 1);
        REQUIRE(score.external.nextNeeds.size() >= 3);
        CHECK(score.external.nextNeeds[0].lack == "customers rarely get a reply");
        CHECK(score.external.nextNeeds[1].lack == "no crisis plan");
        CHECK(score.external.nextNeeds[2].lack == "no training for spokespeople");
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
    const auto [score, moves] = scoreWith(m, answers);
    REQUIRE(score.external.stage == 2);
    REQUIRE(score.external.heldBack.size() >= 2);
    CHECK(score.external.heldBack[0].lack == "no crisis plan");
    CHECK(score.external.heldBack[1].lack == "no training for spokespeople");
    REQUIRE_FALSE(moves.empty());
    CHECK(moves.front().why == "Conversation is held back: no crisis plan");
}

TEST_CASE("with under a quarter of the questions answered, getting them answered is the first move", "[moves]") {
    const Model& m = test::defaultModel();
    // A draft: the standing with customers is placed (weekly posts, replies), the rest is blank.
    nlohmann::json doc = {{"schemaVersion", 1}, {"model", m.id}, {"modelVersion", m.version}, {"organisation", "Draft"},
                          {"answers", {{"out-accounts", {{"answer", "yes"}}}, {"out-regular", {{"answer", "half"}}},
                                       {"out-reply", {{"answer", "half"}}}, {"gov-aup", {{"answer", "l0"}}}}}};
    Loaded<Assessment> loaded = loadAssessment(doc.dump(), m);
    REQUIRE(loaded.ok());
    const Score score = scoreAssessment(m, *loaded.value);
    REQUIRE(score.external.placed);
    REQUIRE(score.confidence() < 0.25);
    const auto moves = nextMoves(m, score, buildRoadmap(m, score));
    REQUIRE(moves.size() >= 2);
    CHECK(moves.front().title == "Get the open questions answered");
    CHECK(moves.front().why == "Only 4 of " + std::to_string(score.total) + " questions answered");
    // What is known still gives the next moves after it.
    CHECK(moves[1].why.rfind("Conversation is held back: no published acceptable-use policy", 0) == 0);

    SECTION("a full questionnaire does not ask for answers") {
        auto answers = outboundFirm();
        answers["gov-aup"] = "l0";
        for (const auto& move : scoreWith(m, answers).moves) CHECK(move.title != "Get the open questions answered");
    }
}

TEST_CASE("customers' moves come first, and the inside keeps one of the three", "[moves]") {
    const Model& m = test::defaultModel();
    auto answers = outboundFirm();  // many things for Conversation outside; inside nothing started
    answers["gov-aup"] = "l0";
    const auto [score, moves] = scoreWith(m, answers);
    REQUIRE(score.external.nextNeeds.size() >= 3);
    REQUIRE_FALSE(score.internal.nextNeeds.empty());
    REQUIRE(moves.size() == 3);
    CHECK(moves[0].why.rfind("Not yet Conversation", 0) == 0);
    CHECK(moves[1].why.rfind("Not yet Conversation", 0) == 0);
    CHECK(moves[2].why.rfind("Not yet Internal voice", 0) == 0);
}

TEST_CASE("a move that is the first step towards another says so", "[moves]") {
    const Model& m = test::defaultModel();
    auto answers = outboundFirm();
    answers["out-reply"] = "all";
    answers["gov-aup"] = "l3";
    answers["gov-aup-known"] = "all";
    answers["ppl-training"] = "l2";
    answers["ops-crisis"] = "l2";
    answers["out-one-voice"] = "no";   // mixed messages hold Conversation back
    answers["ops-calendar"] = "no";    // and one voice needs a shared calendar first
    const auto [score, moves] = scoreWith(m, answers);
    REQUIRE(score.external.stage == 2);
    REQUIRE_FALSE(moves.empty());
    CHECK(moves.front().title == "Keep a publishing calendar with cover");
    CHECK(moves.front().why ==
          "Conversation is held back: teams give customers mixed messages - first step to 'Coordinate one voice "
          "across teams'");
}
