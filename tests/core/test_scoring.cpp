// Scoring: evidence shares, high-water-mark levels, transparent stages, gates,
// the overall stage and its blockers (assets/models/README.md, "Scoring in one
// paragraph").
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "model_builder.hpp"
#include "core/model_io.hpp"
#include "core/scoring.hpp"
#include "test_helpers.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;
using Catch::Approx;

namespace {

// Three stages; one track and one enabler with five questions per stage, so
// each "all" answer is worth .2 of a stage's share.
ModelBuilder ladder() {
    ModelBuilder b;
    b.stage("outbound", "Outbound presence", "broadcasting on the main networks")
        .stage("conversation", "Conversation", "two-way dialogue with customers")
        .stage("input", "Customer input", "listening and feeding product development")
        .track("out", "Outbound track")
        .enabler("gov", "Governance and policy");
    for (const char* d : {"out", "gov"})
        for (const char* s : {"outbound", "conversation", "input"}) b.questions(d, s, 5);
    return b;
}

// Answers `cell`'s five questions so that its share is `share` (a multiple of .2).
void giveShare(AssessmentBuilder& a, const std::string& dim, const std::string& stage, double share) {
    int full = static_cast<int>(share * 5 + 0.5);
    for (int i = 1; i <= 5; ++i) a.answer(dim + "-" + stage + "-" + std::to_string(i), i <= full ? "all" : "no");
}

}  // namespace

TEST_CASE("answerWeight and formatLevel") {
    Model m = ladder().build();
    CHECK(answerWeight(m, 0, Answer{2, ""}) == 0.5);
    CHECK(answerWeight(m, 0, Answer{3, ""}) == 1.0);
    CHECK(answerWeight(m, 0, Answer{Answer::Unanswered, ""}) == -1.0);
    CHECK(answerWeight(m, 0, Answer{Answer::NotApplicable, ""}) == -1.0);
    CHECK(answerWeight(m, 0, Answer{9, ""}) == -1.0);

    SECTION("one decimal, never rounded up to a stage not reached") {
        auto [level, shown] = GENERATE(table<double, std::string>({
            {0.0, "0.0"}, {1.2, "1.2"}, {1.6, "1.6"}, {0.1 + 0.2, "0.3"}, {2.96, "2.9"}, {3.0, "3.0"}, {0.7999999999, "0.8"},
        }));
        CAPTURE(level);
        CHECK(formatLevel(level) == shown);
    }
}

TEST_CASE("a dimension's level is a high-water mark over its stages") {
    Model m = ladder().build();
    REQUIRE(m.stageHoldsAt == 0.75);

    SECTION("shares .8 then .6 with holdsAt .75 give 1.6; strength above the hole does not count") {
        AssessmentBuilder a(m);
        giveShare(a, "gov", "outbound", 0.8);
        giveShare(a, "gov", "conversation", 0.6);
        giveShare(a, "gov", "input", 1.0);
        Score s = scoreAssessment(m, a.build());
        const DimensionScore& gov = s.dimensions[1];
        CHECK(gov.level == Approx(1.6));
        REQUIRE(gov.stages.size() == 3);
        CHECK(gov.stages[0].share == Approx(0.8));
        CHECK(gov.stages[0].holds);
        CHECK(gov.stages[1].share == Approx(0.6));
        CHECK_FALSE(gov.stages[1].holds);
        CHECK(gov.stages[2].holds);
        CHECK(gov.stages[0].applicable == 5);
        CHECK(gov.stages[0].answered == 5);
    }

    SECTION("table of stage shares") {
        auto [s1, s2, s3, level] = GENERATE(table<double, double, double, double>({
            {0.0, 0.0, 0.0, 0.0},
            {0.6, 1.0, 1.0, 0.6},  // a hole at stage 1 caps everything
            {0.8, 0.8, 0.4, 2.4},
            {1.0, 1.0, 1.0, 3.0},
            {1.0, 0.0, 1.0, 1.0},
            {0.8, 0.8, 0.8, 3.0},
        }));
        CAPTURE(s1, s2, s3);
        AssessmentBuilder a(m);
        giveShare(a, "out", "outbound", s1);
        giveShare(a, "out", "conversation", s2);
        giveShare(a, "out", "input", s3);
        CHECK(scoreAssessment(m, a.build()).dimensions[0].level == Approx(level));
    }

    SECTION("a share exactly at holdsAt holds, made of quarter weights") {
        Model m4 = ModelBuilder().stage("one").stage("two").enabler("e").questions("e", "one", 2).questions("e", "two", 1).build();
        AssessmentBuilder a(m4);
        a.answer("e-one-1", "half").answer("e-one-2", "all").answer("e-two-1", "some");  // (.5 + 1) / 2 = .75
        Score s = scoreAssessment(m4, a.build());
        CHECK(s.dimensions[0].stages[0].holds);
        CHECK(s.dimensions[0].level == Approx(1.25));
    }
}

TEST_CASE("unanswered counts as 0, not applicable is left out") {
    Model m = ladder().build();
    AssessmentBuilder a(m);
    a.answer("gov-outbound-1", "all").answer("gov-outbound-2", "all").answer("gov-outbound-3", "all").answer("gov-outbound-4", "all");

    SECTION("one unanswered of five: share .8") {
        Score s = scoreAssessment(m, a.build());
        CHECK(s.dimensions[1].stages[0].share == Approx(0.8));
        CHECK(s.dimensions[1].stages[0].applicable == 5);
        CHECK(s.dimensions[1].stages[0].answered == 4);
    }
    SECTION("the same one not applicable: four of four, share 1") {
        a.answer("gov-outbound-5", "na");
        Score s = scoreAssessment(m, a.build());
        CHECK(s.dimensions[1].stages[0].share == Approx(1.0));
        CHECK(s.dimensions[1].stages[0].applicable == 4);
        CHECK(s.dimensions[1].level == Approx(1.0));
        // NA is an answer for completion.
        CHECK(s.dimensions[1].answered == 5);
        CHECK(s.dimensions[1].total == 15);
    }
}

TEST_CASE("a stage with no applicable questions is transparent") {
    ModelBuilder b;
    b.stage("one").stage("two").stage("three").enabler("e").questions("e", "one", 2).questions("e", "three", 2);
    Model m = b.build();

    SECTION("no questions at stage two: it holds once stage one does") {
        AssessmentBuilder a(m);
        a.answerAll("e", "one", "all").answer("e-three-1", "all");  // stage three .5
        Score s = scoreAssessment(m, a.build());
        CHECK(s.dimensions[0].stages[1].applicable == 0);
        CHECK(s.dimensions[0].stages[1].share == 1.0);
        CHECK(s.dimensions[0].stages[1].holds);
        CHECK(s.dimensions[0].level == Approx(2.5));
    }
    SECTION("but it does not lift a dimension whose stage one fails") {
        AssessmentBuilder a(m);
        a.answer("e-one-1", "all");
        CHECK(scoreAssessment(m, a.build()).dimensions[0].level == Approx(0.5));
    }
    SECTION("every question at a stage not applicable skips it: it is never zeroed") {
        // "Not applicable" is not "no": a firm that tracks no follower counts
        // is not thrown back to zero on that rung.
        AssessmentBuilder a(m);
        a.answerAll("e", "one", "na").answerAll("e", "three", "half");
        Score s = scoreAssessment(m, a.build());
        CHECK(s.dimensions[0].stages[0].applicable == 0);
        CHECK(s.dimensions[0].stages[0].assessed);
        CHECK(s.dimensions[0].stages[0].holds);
        CHECK(s.dimensions[0].level == Approx(2.5));
    }
    SECTION("\"don't know\" is unknown evidence, not \"not applicable\"") {
        AssessmentBuilder a(m);
        a.answerAll("e", "three", "half");
        Assessment as = a.build();
        as.answers[static_cast<std::size_t>(m.findQuestion("e-one-1"))].option = Answer::DontKnow;
        as.answers[static_cast<std::size_t>(m.findQuestion("e-one-2"))].option = Answer::DontKnow;
        Score s = scoreAssessment(m, as);
        CHECK(s.dimensions[0].stages[0].applicable == 2);
        CHECK_FALSE(s.dimensions[0].stages[0].assessed);
        CHECK(s.dimensions[0].level == Approx(0.0));
        CHECK(s.dontKnow == 2);
        CHECK(s.known == 2);
        CHECK(s.confidence() == Approx(0.5));
    }
    SECTION("half the questions answered is enough to assess a stage") {
        AssessmentBuilder a(m);
        a.answer("e-one-1", "all").answer("e-one-2", "na");
        Score s = scoreAssessment(m, a.build());
        CHECK(s.dimensions[0].stages[0].assessed);
        CHECK(s.dimensions[0].stages[0].holds);
    }
}

TEST_CASE("gates hold a track back at the stage whose enablers are missing") {
    ModelBuilder b = ladder();
    b.gate("conversation", "gov", 1).gate("input", "gov", 2);
    Model m = b.build();
    AssessmentBuilder a(m);
    for (const char* s : {"outbound", "conversation", "input"}) a.answerAll("out", s, "all");  // track 3.0 ungated

    SECTION("enabler at 1.2: the track counts at stage 2, and stage 3 is blocked") {
        giveShare(a, "gov", "outbound", 1.0);
        giveShare(a, "gov", "conversation", 0.2);
        Score s = scoreAssessment(m, a.build());
        REQUIRE(s.tracks.size() == 1);
        const TrackStage& t = s.tracks[0];
        CHECK(t.track == 0);
        CHECK(t.ungatedStage == 3);
        CHECK(t.stage == 2);
        REQUIRE(t.blockers.size() == 1);
        CHECK(t.blockers[0].stage == 2);
        CHECK(t.blockers[0].dimension == 1);
        CHECK(t.blockers[0].level == Approx(1.2));
        CHECK(t.blockers[0].needed == 2.0);
        CHECK(t.blockers[0].explanation == "Customer input is held back by Governance and policy at 1.2; it needs 2.");
        // The standing names what the organisation does (the track's own
        // evidence reaches stage 3); the failing gate holds it back and leaves
        // stage 2 secured.
        CHECK(s.overallStage == 3);
        CHECK(s.external.secured == 2);
        CHECK(s.leadingTrack == 0);
        REQUIRE(s.external.heldBack.size() == 1);
        CHECK(s.blockers[0].explanation == t.blockers[0].explanation);
        CHECK(s.external.name == "Customer input");
        CHECK(s.external.line == "Customer input (stage 3 of 3) - held back: Governance and policy below 2; secured: Conversation");
    }
    SECTION("a failing gate low down stops the climb even if higher gates hold") {
        // gov at 0.4 fails stage 2's gate; stage 3's gate (2) fails too but is not "next".
        giveShare(a, "gov", "outbound", 0.4);
        Score s = scoreAssessment(m, a.build());
        CHECK(s.tracks[0].stage == 1);
        REQUIRE(s.tracks[0].blockers.size() == 1);
        CHECK(s.tracks[0].blockers[0].explanation == "Conversation is held back by Governance and policy at 0.4; it needs 1.");
    }
    SECTION("all gates hold: the track's own level is the limit") {
        for (const char* st : {"outbound", "conversation", "input"}) a.answerAll("gov", st, "all");
        Score s = scoreAssessment(m, a.build());
        CHECK(s.tracks[0].stage == 3);
        CHECK(s.tracks[0].blockers.empty());
        CHECK(s.blockers.empty());
        CHECK(s.external.name + ": " + s.external.summary == "Customer input: listening and feeding product development");
    }
    SECTION("the track's floor is the limit and the next gate holds: no blockers") {
        Model m2 = b.build();
        AssessmentBuilder a2(m2);
        a2.answerAll("out", "outbound", "all");   // track 1.0
        giveShare(a2, "gov", "outbound", 1.0);    // gov 1.0: stage 2's gate holds
        Score s = scoreAssessment(m2, a2.build());
        CHECK(s.tracks[0].ungatedStage == 1);
        CHECK(s.tracks[0].stage == 1);
        CHECK(s.tracks[0].blockers.empty());
    }
    SECTION("a fractional gate level is spelled with one decimal") {
        Model m3 = ModelBuilder(b).gate("outbound", "gov", 0.5).build();
        AssessmentBuilder answered(m3);
        for (const char* st : {"outbound", "conversation", "input"}) answered.answerAll("out", st, "all");
        answered.answerAll("gov", "outbound", "no");
        Score s = scoreAssessment(m3, answered.build());
        CHECK(s.tracks[0].stage == 0);
        REQUIRE(s.tracks[0].blockers.size() == 1);
        CHECK(s.tracks[0].blockers[0].explanation == "Outbound presence is held back by Governance and policy at 0.0; it needs 0.5.");
        CHECK(s.external.stage == 3);
        CHECK(s.external.secured == 0);
        CHECK(s.external.line.find("no rung secured yet") != std::string::npos);
    }
    SECTION("an enabler left unanswered is unknown, not at 0: it is asked for and holds nothing back") {
        Model m4 = ModelBuilder(b).gate("outbound", "gov", 0.5).build();
        Score s = scoreAssessment(m4, a.build());
        REQUIRE(s.tracks[0].blockers.size() == 1);
        CHECK(s.tracks[0].blockers[0].unknown);
        CHECK(s.tracks[0].blockers[0].lack == "answer the Governance and policy questions");
        CHECK(s.tracks[0].blockers[0].explanation ==
              "Outbound presence needs Governance and policy at 0.5; its questions are mostly not answered yet.");
        CHECK(s.external.heldBack.empty());
        REQUIRE_FALSE(s.external.toConfirm.empty());
        CHECK(s.external.line.find("to confirm it is secured, answer") != std::string::npos);
    }
}

TEST_CASE("the overall stage is the highest any track reaches") {
    ModelBuilder b;
    b.stage("s1", "One", "first").stage("s2", "Two", "second").stage("s3", "Three", "third");
    b.track("external").track("internal").enabler("e", "Enabler");
    for (const char* d : {"external", "internal", "e"})
        for (const char* s : {"s1", "s2", "s3"}) b.questions(d, s, 2);
    b.gate("s3", "e", 2);
    Model m = b.build();

    SECTION("the higher track leads") {
        AssessmentBuilder a(m);
        a.answerAll("external", "s1", "all");
        a.answerAll("internal", "s1", "all").answerAll("internal", "s2", "all");
        a.answerAll("e", "s1", "no");  // the enabler answered, and low
        Score s = scoreAssessment(m, a.build());
        REQUIRE(s.tracks.size() == 2);
        CHECK(s.tracks[0].track == 0);
        CHECK(s.tracks[1].track == 1);
        CHECK(s.tracks[0].stage == 1);
        CHECK(s.tracks[1].stage == 2);
        CHECK(s.overallStage == 2);
        CHECK(s.leadingTrack == 1);
        REQUIRE(s.blockers.size() == 1);
        CHECK(s.blockers[0].explanation == "Three is held back by Enabler at 0.0; it needs 2.");
        CHECK(s.external.name + ": " + s.external.summary == "Two: second");
    }
    SECTION("ties go to the first track") {
        AssessmentBuilder a(m);
        a.answerAll("external", "s1", "all").answerAll("internal", "s1", "all");
        Score s = scoreAssessment(m, a.build());
        CHECK(s.overallStage == 1);
        CHECK(s.leadingTrack == 0);
    }
    SECTION("nothing answered: not assessed rather than a stage") {
        Score s = scoreAssessment(m, AssessmentBuilder(m).build());
        CHECK(s.overallStage == 0);
        CHECK(s.leadingTrack == 0);
        CHECK((s.external.name + ": " + s.external.summary).rfind("Not yet placed: ", 0) == 0);
        CHECK(s.answered == 0);
        CHECK(s.total == 18);
        CHECK(s.completion() == 0.0);
    }
}

TEST_CASE("targets are copied and gaps measured") {
    Model m = ladder().build();
    AssessmentBuilder a(m);
    giveShare(a, "gov", "outbound", 0.8);
    giveShare(a, "gov", "conversation", 0.6);
    a.target("gov", 3).target("out", 0);
    Score s = scoreAssessment(m, a.build());
    CHECK(s.dimensions[1].target == 3);
    CHECK(s.dimensions[1].gap() == Approx(1.4));
    CHECK(s.dimensions[0].target == 0);
    CHECK(s.dimensions[0].gap() == 0.0);
    CHECK(s.answered == 10);
    CHECK(s.total == 30);
    CHECK(s.completion() == Approx(1.0 / 3));
}

TEST_CASE("scoring tolerates an assessment shaped for another model") {
    Model m = ladder().build();
    Assessment a;  // no answers, no targets at all
    Score s = scoreAssessment(m, a);
    CHECK(s.dimensions.size() == 2);
    CHECK(s.dimensions[0].level == 0.0);
    CHECK(s.overallStage == 0);
}

// ---- against the default model ---------------------------------------------

TEST_CASE("scoring invariants on random assessments of the default model") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(range(1u, 21u));
    std::mt19937 rng(seed);
    Assessment a = smm::test::randomAssessment(m, rng);
    Score s = scoreAssessment(m, a);
    CAPTURE(seed);
    int best = 0, bestInternal = 0;
    for (const auto& t : s.tracks) {
        const double level = s.dimensions[t.track].level;
        CHECK(t.ungatedStage == static_cast<int>(std::floor(level)));
        CHECK(t.stage <= t.ungatedStage);
        // Blockers exist exactly when a gate of the next stage fails.
        if (t.stage < t.ungatedStage) CHECK_FALSE(t.blockers.empty());
        for (const auto& b : t.blockers) {
            CHECK(b.stage == t.stage);
            CHECK_FALSE(b.met);
            if (!b.unknown) CHECK(b.level < b.needed);
        }
        (t.side == Side::Internal ? bestInternal : best) = std::max(t.side == Side::Internal ? bestInternal : best, t.stage);
    }
    (void)best;
    (void)bestInternal;
    // Each standing: what it practises, what it secured, what holds it back.
    for (const Standing* st : {&s.external, &s.internal}) {
        CHECK(st->secured <= st->stage);
        if (!st->placed) CHECK(st->stage == 0);
        CHECK((st->secured < st->stage) == !st->heldBack.empty());
        for (const auto& g : st->heldBack) {
            CHECK(g.stage < st->stage);
            CHECK_FALSE(g.met);
        }
    }
    CHECK(s.overallStage == s.external.stage);
    for (const auto& d : s.dimensions) {
        CHECK(d.level >= 0.0);
        CHECK(d.level <= m.stageCount());
    }
    CHECK_FALSE(s.headline.sentence.empty());
}

TEST_CASE("the Northwind sample scores") {
    const Model& m = smm::test::defaultModel();
    auto loaded = loadAssessment(smm::test::readFile(SMM_ASSETS_DIR "/samples/northwind.json"), m);
    REQUIRE(loaded.ok());
    Score s = scoreAssessment(m, *loaded.value);
    CHECK(s.completion() > 0.5);
    CHECK(s.leadingTrack >= 0);
    CHECK(m.dimensions[s.leadingTrack].kind == DimensionKind::Track);
    const std::string stage = s.overallStage ? m.stages[s.overallStage - 1].name : "Unmanaged";
    CHECK((s.external.name + ": " + s.external.summary).rfind(stage + ": ", 0) == 0);
    for (const auto& b : s.blockers) {
        CHECK_FALSE(b.met);
        const std::string who = b.dimension >= 0 ? m.dimensions[b.dimension].name : m.questions[b.question].text;
        CHECK(b.explanation.find(who) != std::string::npos);
    }
}
