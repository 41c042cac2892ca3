// Properties of the default model and its scoring that must hold for any
// answers: more evidence never lowers a standing, less never raises one;
// every stage's claims are gated; model 1.0.0 work still opens.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <random>
#include <set>
#include <string>

#include "core/model_io.hpp"
#include "core/risks.hpp"
#include "core/scoring.hpp"
#include "core/share_code.hpp"
#include "test_helpers.hpp"

using namespace smm;
using Catch::Matchers::ContainsSubstring;

namespace {

// Everything that may only go up with better answers.
void requireNoLower(const Model& m, const Score& before, const Score& after) {
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) CHECK(after.dimensions[d].level + 1e-9 >= before.dimensions[d].level);
    CHECK(after.external.stage >= before.external.stage);
    CHECK(after.internal.stage >= before.internal.stage);
    CHECK(after.network >= before.network);
}

}  // namespace

TEST_CASE("raising any one answer never lowers a level, a standing or the network standing", "[properties]") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(range(1u, 9u));
    std::mt19937 rng(seed);
    Assessment a = smm::test::randomAssessment(m, rng);
    const Score base = scoreAssessment(m, a);
    for (int q = 0; q < static_cast<int>(m.questions.size()); ++q) {
        const int option = a.answers[q].option;
        if (option < 0 || option + 1 >= static_cast<int>(m.optionsFor(q).size())) continue;
        Assessment raised = a;
        raised.answers[q].option = option + 1;  // options ascend by weight (checked at load)
        INFO("seed " << seed << ", question " << m.questions[q].id);
        requireNoLower(m, base, scoreAssessment(m, raised));
    }
}

TEST_CASE("removing evidence (an answer becomes unanswered) never raises anything", "[properties]") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(range(1u, 9u));
    std::mt19937 rng(seed);
    Assessment a = smm::test::randomAssessment(m, rng);
    const Score base = scoreAssessment(m, a);
    for (int q = 0; q < static_cast<int>(m.questions.size()); ++q) {
        if (!a.answers[q].answered()) continue;
        Assessment removed = a;
        removed.answers[q].option = Answer::Unanswered;
        INFO("seed " << seed << ", question " << m.questions[q].id);
        requireNoLower(m, scoreAssessment(m, removed), base);
    }
}

TEST_CASE("every stage's summary is backed by gates or by questions of that stage", "[properties]") {
    const Model& m = smm::test::defaultModel();
    for (int s = 0; s < m.stageCount(); ++s) {
        for (Side side : {Side::External, Side::Internal}) {
            const Stage& stage = m.stages[s];
            INFO("stage " << stage.id << (side == Side::Internal ? " (internal)" : ""));
            // The summary says what the organisation does: each practice names
            // the words of the summary it makes true, and nothing else in it is
            // a guardrail's (those hold a rung back, they do not rename it).
            CHECK_FALSE(stage.practicesOn(side).empty());
            for (const Gate& g : stage.practicesOn(side)) {
                CHECK_FALSE(g.claim.empty());
                CHECK_THAT(stage.summaryOn(side), ContainsSubstring(g.claim));
            }
            for (const Gate& g : stage.gatesOn(side)) CHECK(g.claim.empty());
            // And the side's tracks ask at least two questions at this stage.
            int trackQuestions = 0;
            for (const Question& q : m.questions)
                trackQuestions += q.stage == s && m.dimensions[q.dimension].kind == DimensionKind::Track &&
                                  m.dimensions[q.dimension].side == side;
            CHECK(trackQuestions >= 2);
        }
    }
}

TEST_CASE("the default model: two questions per dimension and stage, every enabler gates, an action per cell",
          "[properties]") {
    const Model& m = smm::test::defaultModel();
    std::set<int> gating;  // enablers a gate depends on, directly or through a question
    auto collect = [&](const std::vector<Gate>& gates) {
        for (const Gate& g : gates) gating.insert(g.question >= 0 ? m.questions[g.question].dimension : g.dimension);
    };
    for (const Stage& s : m.stages) {
        collect(s.gates);
        collect(s.internal.gates);
    }
    for (const NetworkStanding& n : m.networkStandings) collect(n.gates);
    for (int d = 0; d < static_cast<int>(m.dimensions.size()); ++d) {
        INFO("dimension " << m.dimensions[d].id);
        if (m.dimensions[d].kind == DimensionKind::Enabler) CHECK(gating.count(d) == 1);
        for (int s = 0; s < m.stageCount(); ++s) {
            int questions = 0, actions = 0;
            for (const Question& q : m.questions) questions += q.dimension == d && q.stage == s;
            for (const Action& a : m.actions) actions += a.dimension == d && a.stage == s;
            INFO("stage " << m.stages[s].id);
            CHECK(questions >= 2);
            if (questions > 0) CHECK(actions >= 1);
        }
    }
}

TEST_CASE("every practice and guardrail says, in a few words, what is missing when it fails", "[properties]") {
    const Model& m = smm::test::defaultModel();
    auto check = [](const std::vector<Gate>& gates) {
        for (const Gate& g : gates) {
            CHECK_FALSE(g.lack.empty());
            CHECK(g.lack.size() < 80);  // it is read in a headline
        }
    };
    for (const Stage& s : m.stages)
        for (const auto* gates : {&s.practices, &s.gates, &s.internal.practices, &s.internal.gates}) check(*gates);
    for (const NetworkStanding& n : m.networkStandings) check(n.gates);
    check(m.presenceDecision.gates);
}

TEST_CASE("unanswered trigger questions make a risk unknown, not absent", "[properties]") {
    const Model& m = smm::test::defaultModel();
    const Assessment blank = makeBlankAssessment(m);
    const Score s = scoreAssessment(m, blank);
    const auto unknown = unknownRisks(m, blank, s);
    const int legal = m.risks.empty() ? -1 : static_cast<int>(&m.risks.back() - &m.risks.front());
    bool found = false;
    for (const auto& u : unknown) {
        CHECK(u.unknown);
        CHECK_FALSE(u.toAnswer.empty());
        CHECK_THAT(unknownRiskSentence(m, u), ContainsSubstring("Unknown - answer '"));
        found = found || u.risk == legal;
    }
    CHECK(found);  // the legal/HR risk triggers only on questions: unknown until they are answered
    // Answering its questions decides it: either triggered or gone from the unknown list.
    Assessment answered = blank;
    for (int q = 0; q < static_cast<int>(m.questions.size()); ++q) answered.answers[q].option = 0;
    const Score s2 = scoreAssessment(m, answered);
    for (const auto& u : unknownRisks(m, answered, s2)) CHECK(u.risk != legal);
}

// ---- migration from model 1.0.0 -------------------------------------------

TEST_CASE("an assessment saved with model 1.0.0 opens: answers carry over and one notice says what changed",
          "[migration]") {
    const Model old = smm::test::loadModelOrThrow(smm::test::readTestData("social-media-1.0.0.json"), "model 1.0.0");
    const Model& now = smm::test::defaultModel();
    std::mt19937 rng(7);
    Assessment a = smm::test::randomAssessment(old, rng);
    const std::string saved = saveAssessment(a, old);
    auto loaded = loadAssessment(saved, now);
    REQUIRE(loaded.ok());
    REQUIRE(loaded.notices.size() == 1);
    CHECK_THAT(loaded.notices.front(), ContainsSubstring("Opened with model " + now.version));
    int carried = 0;
    for (int q = 0; q < static_cast<int>(old.questions.size()); ++q) {
        const Answer& was = a.answers[q];
        const int nq = now.findQuestion(old.questions[q].id);
        REQUIRE(nq >= 0);  // every 1.0.0 question survives in 2.0.0
        const Answer& is = loaded.value->answers[nq];
        CHECK(is.note == (was.answered() ? was.note : std::string()));
        if (was.option == Answer::NotApplicable && !now.questions[nq].allowNotApplicable) {
            // Now a fact every organisation answers: left open and named in the notice.
            CHECK_FALSE(is.answered());
            CHECK_THAT(loaded.notices.front(), ContainsSubstring(now.questions[nq].id));
            continue;
        }
        CHECK(is.answered() == was.answered());
        if (was.option == Answer::NotApplicable) CHECK(is.option == Answer::NotApplicable);
        if (was.option >= 0)  // never claims more than was said
            CHECK(answerWeight(now, nq, is) <= old.answerScale[was.option].weight + 1e-9);
        if (was.answered()) ++carried;
    }
    CHECK_THAT(loaded.notices.front(), ContainsSubstring(std::to_string(carried) + " answers carried over"));
}

TEST_CASE("a share link made with model 1.0.0 still opens with the current model", "[migration]") {
    const Model old = smm::test::loadModelOrThrow(smm::test::readTestData("social-media-1.0.0.json"), "model 1.0.0");
    const Model& now = smm::test::defaultModel();
    Assessment a = makeBlankAssessment(old);
    a.organisation = "Northwind";
    a.answers[old.findQuestion("out-reply")].option = old.findAnswerOption("all");
    a.answers[old.findQuestion("gov-aup")].option = old.findAnswerOption("half");
    a.targets[old.findDimension("outbound")] = 5;  // the old top stage
    const std::string code = encodeShareCode(old, a);
    auto decoded = decodeShareCode(now, code);
    REQUIRE(decoded.ok());
    CHECK(decoded.value->organisation == "Northwind");
    CHECK(decoded.value->answers[now.findQuestion("out-reply")].option == now.findOption(now.findQuestion("out-reply"), "all"));
    // "half" on the old scale is the published-policy option (weight .5) on the new one.
    const int aup = now.findQuestion("gov-aup");
    CHECK(answerWeight(now, aup, decoded.value->answers[aup]) == 0.5);
    CHECK(decoded.value->targets[now.findDimension("outbound")] == now.stageCount());
    CHECK_FALSE(decoded.notices.empty());
    // A code of the current model round-trips as before.
    auto again = decodeShareCode(now, encodeShareCode(now, *decoded.value));
    REQUIRE(again.ok());
    CHECK(again.value->answers == decoded.value->answers);
}
