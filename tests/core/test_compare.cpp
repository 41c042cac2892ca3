// Comparing two snapshots of one organisation.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>

#include <vector>

#include "core/compare.hpp"
#include "core/scoring.hpp"
#include "model_builder.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;
using Catch::Approx;

TEST_CASE("compareScores: levels, overall stage and track stages before and after") {
    Model m = ModelBuilder()
                  .stage("s1").stage("s2")
                  .track("external").enabler("gov").track("internal")
                  .questions("external", "s1", 2).questions("external", "s2", 2)
                  .questions("gov", "s1", 2).questions("internal", "s1", 2).questions("internal", "s2", 2)
                  .gate("s2", "gov", 1)
                  .build();
    AssessmentBuilder before(m);
    before.answer("external-s1-1", "all").answer("external-s1-2", "half");  // 0.75 -> 1.0
    AssessmentBuilder after = before;
    after.answerAll("external", "s2", "all").answerAll("gov", "s1", "all").answer("internal-s1-1", "all");

    Comparison c = compareScores(m, scoreAssessment(m, before.build()), scoreAssessment(m, after.build()));
    REQUIRE(c.dimensions.size() == 3);
    CHECK(c.dimensions[0].dimension == 0);
    CHECK(c.dimensions[0].before == Approx(1.0));
    CHECK(c.dimensions[0].after == Approx(2.0));
    CHECK(c.dimensions[0].delta() == Approx(1.0));
    CHECK(c.dimensions[1].delta() == Approx(2.0));  // gov has no stage 2 questions: 0 -> 2
    CHECK(c.dimensions[2].before == 0.0);
    CHECK(c.dimensions[2].after == Approx(0.5));
    CHECK(c.overallBefore == 1);
    CHECK(c.overallAfter == 2);
    CHECK(c.trackStageBefore == std::vector<int>{1, 0});
    CHECK(c.trackStageAfter == std::vector<int>{2, 0});

    SECTION("the same score twice: nothing moved") {
        Score s = scoreAssessment(m, after.build());
        Comparison same = compareScores(m, s, s);
        for (const auto& d : same.dimensions) CHECK(d.delta() == 0.0);
        CHECK(same.trackStageBefore == same.trackStageAfter);
    }
    SECTION("going backwards gives a negative delta") {
        Comparison back = compareScores(m, scoreAssessment(m, after.build()), scoreAssessment(m, before.build()));
        CHECK(back.dimensions[0].delta() == Approx(-1.0));
        CHECK(back.overallAfter == 1);
    }
}
