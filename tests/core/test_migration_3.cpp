// Model 3.0.0 reads what 2.0.0 (and 1.x) saved: files, saved entries and
// share links open with one notice, split questions get the old answer on
// both parts, and the standing does not move. And the "not my area" answer
// survives every way an assessment travels.
#include <catch2/catch_test_macros.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>
#include <nlohmann/json.hpp>
#include <string>

#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "core/scoring.hpp"
#include "core/share_code.hpp"
#include "test_helpers.hpp"

using Catch::Matchers::ContainsSubstring;
using smm::Answer;
using smm::Assessment;
using smm::Model;

namespace {

const Model& model2() {
    static const Model m =
        smm::test::loadModelOrThrow(smm::test::readTestData("social-media-2.0.0.json"), "model 2.0.0");
    return m;
}

const nlohmann::json& profiles() {
    static const nlohmann::json j = nlohmann::json::parse(smm::test::readTestData("expert_profiles.json"));
    return j.at("profiles");
}

// An expert profile as model 2.0.0 read it.
Assessment profileUnder2(const nlohmann::json& profile) {
    nlohmann::json doc = {{"schemaVersion", 1}, {"model", "social-media"}, {"modelVersion", "2.0.0"},
                          {"organisation", profile.value("id", "")}, {"answers", nlohmann::json::object()}};
    for (const auto& [q, option] : profile.at("answers").items()) doc["answers"][q] = {{"answer", option}};
    auto loaded = smm::loadAssessment(doc.dump(), model2());
    REQUIRE(loaded.ok());
    REQUIRE(loaded.notices.empty());
    return *loaded.value;
}

const smm::Migration& from2(const Model& m) {
    for (const auto& mig : m.migrations)
        if (mig.fromVersion == "2.0.0") return mig;
    FAIL("the model has no migration from 2.0.0");
    return m.migrations.front();
}

}  // namespace

TEST_CASE("the bundled model is 3.0.0 and migrates from 2.0.0 and 1.0.0", "[migration]") {
    const Model& now = smm::test::defaultModel();
    CHECK(now.version == "3.0.0");
    const smm::Migration& mig = from2(now);
    CHECK(mig.questionOrder.size() == model2().questions.size());
    CHECK_FALSE(mig.splits.empty());
    for (const auto& split : mig.splits) {
        INFO(split.from);
        CHECK(model2().findQuestion(split.from) >= 0);
        CHECK(now.findQuestion(split.from) >= 0);  // one part keeps the earlier id
        CHECK(split.to.size() >= 2);
    }
    // Every 2.0.0 question survives under its own id.
    for (const auto& q : model2().questions) CHECK(now.findQuestion(q.id) >= 0);
}

TEST_CASE("a 2.0.0 assessment file opens under 3.0.0 with the same standing", "[migration]") {
    const Model& now = smm::test::defaultModel();
    const smm::Migration& mig = from2(now);
    for (const auto& profile : profiles()) {
        if (profile.value("modelVersion", "2.0.0") != "2.0.0") continue;  // written for a later model
        const Assessment was = profileUnder2(profile);
        const std::string saved = smm::saveAssessment(was, model2());
        auto loaded = smm::loadAssessment(saved, now);
        INFO(profile.value("id", ""));
        REQUIRE(loaded.ok());
        REQUIRE(loaded.notices.size() == 1);  // one notice of what changed
        CHECK_THAT(loaded.notices.front(), ContainsSubstring("Opened with model 3.0.0 (it was made with 2.0.0)"));
        CHECK_THAT(loaded.notices.front(), ContainsSubstring("split in two"));
        const Assessment& is = *loaded.value;
        // Nothing is lost: every earlier answer is there, the same or no higher.
        for (std::size_t q = 0; q < model2().questions.size(); ++q) {
            const int nq = now.findQuestion(model2().questions[q].id);
            REQUIRE(nq >= 0);
            CHECK(is.answers[nq].answered() == was.answers[q].answered());
            if (was.answers[q].option >= 0)
                CHECK(smm::answerWeight(now, nq, is.answers[nq]) <=
                      smm::answerWeight(model2(), int(q), was.answers[q]) + 1e-9);
        }
        // Split questions: both parts carry the earlier answer.
        for (const auto& split : mig.splits) {
            const int oq = model2().findQuestion(split.from);
            for (const auto& part : split.to) {
                const int nq = now.findQuestion(part);
                CHECK(is.answers[nq].answered() == was.answers[oq].answered());
                if (was.answers[oq].option >= 0)
                    CHECK(smm::answerWeight(now, nq, is.answers[nq]) <=
                          smm::answerWeight(model2(), oq, was.answers[oq]) + 1e-9);
            }
        }
        const smm::Score before = smm::scoreAssessment(model2(), was), after = smm::scoreAssessment(now, is);
        for (auto side : {smm::Side::External, smm::Side::Internal}) {
            const auto &b = before.standing(side), &a = after.standing(side);
            CHECK(a.placed == b.placed);
            CHECK(a.stage == b.stage);
            // 3.0.0 no longer counts IT leaders' own visibility as a guardrail of
            // internal dialogue: inside, a rung may be secured that 2.0.0 held back.
            if (side == smm::Side::Internal) CHECK(a.secured >= b.secured);
            else CHECK(a.secured == b.secured);
            CHECK(a.byDecision == b.byDecision);
        }
        CHECK(after.network == before.network);
    }
}

TEST_CASE("a 3.0.0 file reopens without a notice and a file's own answer to a split part wins", "[migration]") {
    const Model& now = smm::test::defaultModel();
    const Assessment was = profileUnder2(profiles().front());
    auto migrated = smm::loadAssessment(smm::saveAssessment(was, model2()), now);
    REQUIRE(migrated.ok());
    auto again = smm::loadAssessment(smm::saveAssessment(*migrated.value, now), now);
    REQUIRE(again.ok());
    CHECK(again.notices.empty());
    CHECK(again.value->answers == migrated.value->answers);

    // A 2.0.0-era file that already names a part keeps that answer.
    const std::string doc = R"({"schemaVersion": 1, "model": "social-media", "modelVersion": "2.0.0",
        "answers": {"ops-hours": {"answer": "all"}, "ops-handover": {"answer": "no"}}})";
    auto loaded = smm::loadAssessment(doc, now);
    REQUIRE(loaded.ok());
    CHECK(loaded.value->answers[now.findQuestion("ops-handover")].option == now.findOption(now.findQuestion("ops-handover"), "no"));
}

TEST_CASE("a share link made with model 2.0.0 opens under 3.0.0, split parts answered", "[migration]") {
    const Model& now = smm::test::defaultModel();
    const Assessment was = profileUnder2(profiles().front());
    const std::string code = smm::encodeShareCode(model2(), was);
    auto decoded = smm::decodeShareCode(now, code);
    REQUIRE(decoded.ok());
    REQUIRE(decoded.notices.size() == 1);
    const smm::Score before = smm::scoreAssessment(model2(), was), after = smm::scoreAssessment(now, *decoded.value);
    CHECK(after.external.stage == before.external.stage);
    CHECK(after.internal.stage == before.internal.stage);
    for (const auto& split : from2(now).splits)
        for (const auto& part : split.to)
            CHECK(decoded.value->answers[now.findQuestion(part)].answered() ==
                  was.answers[model2().findQuestion(split.from)].answered());
}

TEST_CASE("'not my area' round-trips through JSON, share codes and the aggregate, counted as unknown", "[answers]") {
    const Model& now = smm::test::defaultModel();
    Assessment a = smm::makeBlankAssessment(now);
    const int q1 = now.findQuestion("sec-vendor"), q2 = now.findQuestion("int-sso"), q3 = now.findQuestion("out-reply");
    a.answers[q1].option = Answer::NotMyArea;
    a.answers[q2].option = Answer::NotMyArea;
    a.answers[q3].option = Answer::DontKnow;

    const std::string saved = smm::saveAssessment(a, now);
    CHECK_THAT(saved, ContainsSubstring("\"nma\""));
    auto loaded = smm::loadAssessment(saved, now);
    REQUIRE(loaded.ok());
    CHECK(loaded.value->answers == a.answers);

    auto decoded = smm::decodeShareCode(now, smm::encodeShareCode(now, a));
    REQUIRE(decoded.ok());
    CHECK(decoded.value->answers[q1].option == Answer::NotMyArea);
    CHECK(decoded.value->answers[q3].option == Answer::DontKnow);

    const smm::Score s = smm::scoreAssessment(now, a);
    CHECK(s.notMyArea == 2);
    CHECK(s.dontKnow == 1);
    CHECK(s.notApplicable == 0);  // never "not applicable"
    CHECK(s.known == 0);          // unknown evidence, not in the confidence
    CHECK(s.answerWeights[q1] == -1.0);
    CHECK_THAT(s.headline.confidence, ContainsSubstring("2 not my area"));

    Assessment b = smm::makeBlankAssessment(now);
    b.answers[q1].option = now.findOption(q1, "l2");
    const smm::Aggregate agg = smm::aggregate(now, {a, b, a});
    CHECK(agg.answers[q1].notMyArea == 2);
    CHECK(agg.answers[q1].notApplicable == 0);
    CHECK(agg.answers[q1].answered() == 1);
    CHECK(agg.answers[q1].total() == 3);
    CHECK(agg.answers[q3].dontKnow == 2);
    CHECK(agg.answers[q3].notMyArea == 0);
}
