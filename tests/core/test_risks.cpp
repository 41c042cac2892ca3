// Risks: clauses on levels and answers, "any" and "all", reasons in words,
// the answers behind them, and severity order.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include "core/risks.hpp"
#include "core/scoring.hpp"
#include "model_builder.hpp"
#include "test_helpers.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;

namespace {

ModelBuilder base() {
    ModelBuilder b;
    b.stage("s1").stage("s2").stage("s3").track("out", "Outbound presence").enabler("gov", "Governance and policy");
    b.question("gov-aup", "gov", "s1", "Do employees have an acceptable-use policy?")
        .question("gov-owner", "gov", "s1", "Is there a named owner?")
        .question("gov-guide", "gov", "s2", "Are there posting guidelines?")
        .question("out-page", "out", "s1", "Do you have a company page?");
    return b;
}

std::vector<std::string> riskIds(const Model& m, const std::vector<TriggeredRisk>& risks) {
    std::vector<std::string> out;
    for (const auto& r : risks) out.push_back(m.risks[r.risk].id);
    return out;
}

std::vector<std::string> questionIds(const Model& m, const std::vector<int>& qs) {
    std::vector<std::string> out;
    for (int q : qs) out.push_back(m.questions[q].id);
    return out;
}

std::vector<TriggeredRisk> run(const Model& m, const Assessment& a) { return triggeredRisks(m, a, scoreAssessment(m, a)); }

}  // namespace

TEST_CASE("each clause kind, at and around its threshold") {
    // gov: s1 = (aup, owner), s2 = guide. Answers give gov a level below.
    auto [kind, value, aup, owner, fires] = GENERATE(table<std::string, double, std::string, std::string, bool>({
        // level < value
        {"below", 1.0, "all", "half", false},    // gov s1 share .75 holds -> level 1 + 0 = 1.0
        {"below", 1.0, "all", "some", true},     // share .625 -> 0.625
        {"below", 0.5, "half", "half", false},   // 0.5 is not below 0.5
        // level >= value
        {"atLeast", 1.0, "all", "half", true},
        {"atLeast", 1.0, "all", "some", false},
        // answer weight <= value, answered and applicable only
        {"atMost", 0.25, "some", "all", true},
        {"atMost", 0.25, "half", "all", false},
        {"atMost", 0.25, "", "all", false},      // unanswered never fires
        {"atMost", 0.25, "na", "all", false},    // nor does not applicable
        // answer weight >= value
        {"answerAtLeast", 0.5, "half", "no", true},
        {"answerAtLeast", 0.5, "some", "no", false},
        {"answerAtLeast", 0.0, "", "no", false},
    }));
    CAPTURE(kind, value, aup, owner);
    ModelBuilder b = base();
    b.risk("r", "high", false);
    if (kind == "below") b.below("gov", value);
    if (kind == "atLeast") b.atLeast("gov", value);
    if (kind == "atMost") b.answerAtMost("gov-aup", value);
    if (kind == "answerAtLeast") b.answerAtLeast("gov-aup", value);
    Model m = b.build();
    AssessmentBuilder a(m);
    if (!aup.empty()) a.answer("gov-aup", aup);
    a.answer("gov-owner", owner);
    CHECK(run(m, a.build()).size() == (fires ? 1u : 0u));
}

TEST_CASE("reasons say what fired, in words") {
    Model m = base()
                  .risk("r", "high", false)
                  .below("gov", 2)
                  .atLeast("out", 1)
                  .answerAtMost("gov-aup", 0.25)
                  .answerAtLeast("gov-owner", 0.5)
                  .build();
    AssessmentBuilder a(m);
    a.answer("gov-aup", "no").answer("gov-owner", "half").answer("gov-guide", "some").answer("out-page", "all");
    // gov s1 = (0 + .5) / 2 = .25 -> level 0.25
    auto risks = run(m, a.build());
    REQUIRE(risks.size() == 1);
    CHECK(risks[0].reasons == std::vector<std::string>{
                                  "Governance and policy is at 0.2, below 2",
                                  "Outbound presence is at 3.0, at or above 1",
                                  "'Do employees have an acceptable-use policy?' answered 'No'",
                                  "'Is there a named owner?' answered 'Half'",
                              });
    // The low governance answers (<= .25) that pulled the level down, then the
    // question clauses that fired; each once.
    CHECK(questionIds(m, risks[0].questions) == std::vector<std::string>{"gov-aup", "gov-guide", "gov-owner"});
}

TEST_CASE("any fires on one clause, all needs every clause") {
    ModelBuilder b = base();
    b.risk("any-risk", "medium", false).below("gov", 1).atLeast("out", 1);
    b.risk("all-risk", "medium", true).below("gov", 1).atLeast("out", 1);
    Model m = b.build();

    SECTION("only the governance clause holds") {
        AssessmentBuilder a(m);
        auto risks = run(m, a.build());
        CHECK(riskIds(m, risks) == std::vector<std::string>{"any-risk"});
        CHECK(risks[0].reasons.size() == 1);
    }
    SECTION("both hold") {
        AssessmentBuilder a(m);
        a.answer("out-page", "all");
        auto risks = run(m, a.build());
        CHECK(riskIds(m, risks) == std::vector<std::string>{"any-risk", "all-risk"});
        for (const auto& r : risks) CHECK(r.reasons.size() == 2);
    }
    SECTION("neither holds") {
        AssessmentBuilder a(m);
        a.answer("gov-aup", "all").answer("gov-owner", "all");
        CHECK(run(m, a.build()).empty());
    }
}

TEST_CASE("most serious first: severity, then the model's order") {
    ModelBuilder b = base();
    b.risk("low-one", "low", false).below("gov", 1);
    b.risk("medium-one", "medium", false).below("gov", 1);
    b.risk("high-one", "high", false).below("gov", 1);
    b.risk("high-two", "high", false).below("gov", 1).answerAtMost("gov-aup", 0);
    b.risk("medium-one-again", "medium", false).below("gov", 1);
    Model m = b.build();
    AssessmentBuilder a(m);
    a.answer("gov-aup", "no");
    auto risks = run(m, a.build());
    // More clauses firing is not more serious: a long "any" list would always win.
    CHECK(riskIds(m, risks) ==
          std::vector<std::string>{"high-one", "high-two", "medium-one", "medium-one-again", "low-one"});
    CHECK(risks[0].rank == risks[1].rank);
    CHECK(risks[1].rank > risks[2].rank);
}

TEST_CASE("one answer raises at most one risk: the most serious one, which names the others") {
    ModelBuilder b = base();
    b.risk("policy-medium", "medium", false).answerAtMost("gov-aup", 0);
    b.risk("policy-high", "high", false).answerAtMost("gov-aup", 0);
    b.risk("policy-or-owner", "low", false).answerAtMost("gov-aup", 0).answerAtMost("gov-owner", 0);
    b.risk("has-a-page", "low", false).answerAtLeast("out-page", 1);
    Model m = b.build();
    AssessmentBuilder a(m);
    a.answer("gov-aup", "no").answer("out-page", "all");
    SECTION("the owner is fine: only the policy answer raises anything") {
        a.answer("gov-owner", "all");
        const auto risks = run(m, a.build());
        CHECK(riskIds(m, risks) == std::vector<std::string>{"policy-high", "has-a-page"});
        REQUIRE(risks.size() == 2);
        // policy-or-owner fired on the policy answer alone: nothing new either.
        CHECK(alsoRaisedSentence(m, risks[0]) == "The same answers also point to: policy-medium and policy-or-owner.");
        CHECK(alsoRaisedSentence(m, risks[1]).empty());
    }
    SECTION("a second weak answer is new evidence: that risk stays") {
        a.answer("gov-owner", "no");
        CHECK(riskIds(m, run(m, a.build())) == std::vector<std::string>{"policy-high", "policy-or-owner", "has-a-page"});
    }
}

TEST_CASE("a risk's severity follows the organisation when a severityWhen rule holds") {
    ModelBuilder b = base();
    b.risk("no-policy", "medium", false).answerAtMost("gov-aup", 0).severityWhenAnswerAtLeast("high", "out-page", 1);
    b.risk("no-owner", "high", false).answerAtMost("gov-owner", 0);
    Model m = b.build();
    AssessmentBuilder a(m);
    a.answer("gov-aup", "no").answer("gov-owner", "no");
    SECTION("no page: medium, after the high one") {
        a.answer("out-page", "no");
        const auto risks = run(m, a.build());
        CHECK(riskIds(m, risks) == std::vector<std::string>{"no-owner", "no-policy"});
        CHECK(risks[1].severity == "medium");
    }
    SECTION("a page: high, and first in the model's order") {
        a.answer("out-page", "all");
        const auto risks = run(m, a.build());
        CHECK(riskIds(m, risks) == std::vector<std::string>{"no-policy", "no-owner"});
        CHECK(risks[0].severity == "high");
        CHECK(topRisks(m, a.build(), scoreAssessment(m, a.build()), 1).at(0).severity == "high");
    }
}

TEST_CASE("a risk that assumes a presence is silent for an organisation not present by decision") {
    const Model& m = smm::test::defaultModel();
    const int noBenefit = static_cast<int>(
        std::find_if(m.risks.begin(), m.risks.end(), [](const Risk& r) { return r.id == "no-benefit"; }) - m.risks.begin());
    REQUIRE(noBenefit < static_cast<int>(m.risks.size()));
    REQUIRE(m.risks[noBenefit].skipWhenDecided);
    Assessment as = AssessmentBuilder(m).answer("str-purpose", "no").build();
    auto set = [&](const std::string& question, const std::string& option) {  // the question's own options
        const auto q = std::find_if(m.questions.begin(), m.questions.end(), [&](const Question& x) { return x.id == question; });
        REQUIRE(q != m.questions.end());
        const auto o = std::find_if(q->options.begin(), q->options.end(), [&](const AnswerOption& x) { return x.id == option; });
        REQUIRE(o != q->options.end());
        as.answers[q - m.questions.begin()].option = static_cast<int>(o - q->options.begin());
    };
    set("out-accounts", "no");
    auto fires = [&](const Assessment& as) {
        const auto risks = run(m, as);
        return std::any_of(risks.begin(), risks.end(), [&](const TriggeredRisk& r) { return r.risk == noBenefit; });
    };
    set("str-relevance", "no");  // nobody checked: the benefit is the open question
    CHECK(fires(as));
    set("str-relevance", "yes");  // checked, decided and written down
    REQUIRE(scoreAssessment(m, as).external.byDecision);
    CHECK_FALSE(fires(as));
}

TEST_CASE("risks of random assessments of the default model come with reasons, most serious first") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(range(1u, 11u));
    std::mt19937 rng(seed);
    Assessment a = smm::test::randomAssessment(m, rng);
    auto risks = run(m, a);
    CAPTURE(seed);
    for (std::size_t i = 0; i < risks.size(); ++i) {
        CHECK_FALSE(risks[i].reasons.empty());
        const Risk& r = m.risks[risks[i].risk];
        if (r.matchAll) CHECK(risks[i].reasons.size() == r.clauses.size());
        if (i > 0) CHECK(risks[i - 1].rank >= risks[i].rank);
    }
}
