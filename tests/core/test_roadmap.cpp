// Roadmap: targets raised by gates, the actions between current level and
// target, their dependencies, and phases in dependency order.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <tuple>
#include <vector>

#include "core/roadmap.hpp"
#include "core/scoring.hpp"
#include "model_builder.hpp"
#include "test_helpers.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;

namespace {

// The roadmap's first three items: the order the roadmap view and slides show.
std::vector<int> firstThree(const smm::Roadmap& r) {
    std::vector<int> out;
    for (std::size_t i = 0; i < r.items.size() && i < 3; ++i) out.push_back(r.items[i].action);
    return out;
}


// Track "out", enablers "gov" and "sec". Stage s2 needs gov 1; s3 needs gov 2
// and sec 1. Two questions per cell.
//   out-1 (out s1)          sec-brief (sec s1)
//   gov-owner (gov s1) <- sec-brief       gov-1 (gov s1) <- gov-owner
//   out-2 (out s2) <- out-1               gov-2 (gov s2) <- gov-1
//   out-3 (out s3) <- out-2               sec-2 (sec s2)
Model roadmapModel(double s3GovLevel = 2) {
    ModelBuilder b;
    b.stage("s1").stage("s2").stage("s3").track("out").enabler("gov").enabler("sec");
    for (const char* d : {"out", "gov", "sec"})
        for (const char* s : {"s1", "s2", "s3"}) b.questions(d, s, 2);
    b.gate("s2", "gov", 1).gate("s3", "gov", s3GovLevel).gate("s3", "sec", 1);
    b.action("out-1", "out", "s1")
        .action("sec-brief", "sec", "s1")
        .action("gov-owner", "gov", "s1", {"sec-brief"})
        .action("gov-1", "gov", "s1", {"gov-owner"})
        .action("out-2", "out", "s2", {"out-1"})
        .action("gov-2", "gov", "s2", {"gov-1"})
        .action("out-3", "out", "s3", {"out-2"})
        .action("sec-2", "sec", "s2");
    return b.build();
}

std::vector<std::string> ids(const Model& m, const std::vector<int>& actions) {
    std::vector<std::string> out;
    for (int a : actions) out.push_back(m.actions[a].id);
    return out;
}

std::vector<std::string> itemIds(const Model& m, const Roadmap& r) {
    std::vector<std::string> out;
    for (const auto& item : r.items) out.push_back(m.actions[item.action].id);
    return out;
}

const RoadmapItem& item(const Model& m, const Roadmap& r, const std::string& id) {
    for (const auto& i : r.items)
        if (m.actions[i.action].id == id) return i;
    FAIL("no roadmap item " << id);
    return r.items.front();
}

}  // namespace

TEST_CASE("effective targets: own targets raised by the gates of the tracks' target stages") {
    Model m = roadmapModel();
    auto [outTarget, govTarget, secTarget, govEffective, secEffective] = GENERATE(table<int, int, int, int, int>({
        {0, 0, 0, 0, 0},  // no targets, nothing raised
        {1, 0, 0, 0, 0},  // stage 1 has no gates
        {2, 0, 0, 1, 0},  // stage 2 needs gov 1
        {3, 0, 0, 2, 1},  // stage 3 needs gov 2 and sec 1
        {2, 3, 0, 3, 0},  // an own target above the gate stays
        {0, 2, 1, 2, 1},  // enablers' own targets raise nothing
    }));
    CAPTURE(outTarget, govTarget, secTarget);
    AssessmentBuilder a(m);
    a.target("out", outTarget).target("gov", govTarget).target("sec", secTarget);
    std::vector<int> eff = effectiveTargets(m, scoreAssessment(m, a.build()));
    CHECK(eff == std::vector<int>{outTarget, govEffective, secEffective});

    SECTION("a fractional gate level asks for the whole stage above it") {
        Model m15 = roadmapModel(1.5);
        AssessmentBuilder b(m15);
        b.target("out", 3);
        CHECK(effectiveTargets(m15, scoreAssessment(m15, b.build()))[1] == 2);
    }
}

TEST_CASE("roadmap from nothing to a track target") {
    Model m = roadmapModel();
    AssessmentBuilder a(m);

    SECTION("no targets: no roadmap") {
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        CHECK(r.items.empty());
        CHECK(r.phaseCount == 0);
        CHECK(firstThree(r).empty());
    }

    SECTION("target stage 2 of the track: its actions, the gate's, and their dependencies") {
        a.target("out", 2);
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        // Phase 1: out-1 (s1, out), sec-brief (s1, sec); phase 2: gov-owner (s1),
        // out-2 (s2); phase 3: gov-1. sec-2 and gov-2 are beyond every target.
        CHECK(itemIds(m, r) == std::vector<std::string>{"out-1", "sec-brief", "gov-owner", "out-2", "gov-1"});
        CHECK(r.phaseCount == 3);
        CHECK(item(m, r, "out-1").phase == 1);
        CHECK(item(m, r, "sec-brief").phase == 1);
        CHECK(item(m, r, "gov-owner").phase == 2);
        CHECK(item(m, r, "out-2").phase == 2);
        CHECK(item(m, r, "gov-1").phase == 3);
        CHECK(ids(m, item(m, r, "gov-1").dependsOn) == std::vector<std::string>{"gov-owner"});
        CHECK(ids(m, item(m, r, "out-2").dependsOn) == std::vector<std::string>{"out-1"});
        CHECK(ids(m, firstThree(r)) == std::vector<std::string>{"out-1", "sec-brief", "gov-owner"});

        SECTION("gov and sec work is there only because stage 2's gate needs governance") {
            CHECK_FALSE(item(m, r, "out-1").forGate);
            CHECK_FALSE(item(m, r, "out-2").forGate);
            CHECK(item(m, r, "gov-1").forGate);
            CHECK(item(m, r, "gov-owner").forGate);
            CHECK(item(m, r, "sec-brief").forGate);  // pulled in by gate work only
        }
    }

    SECTION("an own target on the enabler makes its work, and what it depends on, not gate-only") {
        a.target("out", 2).target("gov", 1);
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        for (const auto& i : r.items) CHECK_FALSE(i.forGate);
    }

    SECTION("target stage 3: deeper gates, longer chains") {
        a.target("out", 3);
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        CHECK(itemIds(m, r) ==
              std::vector<std::string>{"out-1", "sec-brief", "gov-owner", "out-2", "gov-1", "out-3", "gov-2"});
        CHECK(item(m, r, "out-3").phase == 3);
        CHECK(item(m, r, "gov-2").phase == 4);
        CHECK(r.phaseCount == 4);
        // sec only needs level 1: sec-2 stays out.
        for (const auto& i : r.items) CHECK(m.actions[i.action].id != "sec-2");
    }
}

TEST_CASE("work already done drops out of the roadmap and out of the phases") {
    Model m = roadmapModel();
    AssessmentBuilder a(m);
    a.target("out", 2);

    SECTION("track and governance at level 1: only out-2 is left, and it can start now") {
        a.answerAll("out", "s1", "all").answerAll("gov", "s1", "all");
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        REQUIRE(itemIds(m, r) == std::vector<std::string>{"out-2"});
        CHECK(r.items[0].phase == 1);
        CHECK(r.items[0].dependsOn.empty());
        CHECK(r.phaseCount == 1);
    }
    SECTION("an action half way (level 0.5 of its stage) is still to do") {
        a.answer("out-s1-1", "all");
        Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
        CHECK(itemIds(m, r).front() == "out-1");
    }
    SECTION("a dependency that is done is not waited for") {
        Model m2 = ModelBuilder()
                       .stage("s1").stage("s2").enabler("e").questions("e", "s1", 1).questions("e", "s2", 1)
                       .action("basics", "e", "s1").action("more", "e", "s2", {"basics"})
                       .build();
        AssessmentBuilder b(m2);
        b.answer("e-s1-1", "all").target("e", 2);
        Roadmap r = buildRoadmap(m2, scoreAssessment(m2, b.build()));
        REQUIRE(itemIds(m2, r) == std::vector<std::string>{"more"});
        CHECK(r.items[0].phase == 1);
    }
}

TEST_CASE("items are ordered by phase, then stage, then dimension") {
    ModelBuilder b;
    b.stage("s1").stage("s2").enabler("a").enabler("b").enabler("c");
    for (const char* d : {"a", "b", "c"}) b.questions(d, "s1", 1).questions(d, "s2", 1);
    // Model order deliberately scrambled.
    b.action("c2", "c", "s2").action("b1", "b", "s1").action("a2", "a", "s2").action("c1", "c", "s1")
        .action("a1", "a", "s1").action("b2", "b", "s2", {"c2"});
    Model m = b.build();
    AssessmentBuilder a(m);
    a.target("a", 2).target("b", 2).target("c", 2);
    Roadmap r = buildRoadmap(m, scoreAssessment(m, a.build()));
    CHECK(itemIds(m, r) == std::vector<std::string>{"a1", "b1", "c1", "a2", "c2", "b2"});
    CHECK(r.phaseCount == 2);
    CHECK(ids(m, firstThree(r)) == std::vector<std::string>{"a1", "b1", "c1"});
}

TEST_CASE("roadmap invariants on random assessments of the default model") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(range(1u, 21u));
    std::mt19937 rng(seed);
    Assessment a = smm::test::randomAssessment(m, rng);
    Score s = scoreAssessment(m, a);
    Roadmap r = buildRoadmap(m, s);
    std::vector<int> eff = effectiveTargets(m, s);
    CAPTURE(seed);

    std::vector<int> phaseOf(m.actions.size(), 0);
    for (const auto& item : r.items) phaseOf[item.action] = item.phase;
    for (std::size_t i = 0; i < r.items.size(); ++i) {
        const RoadmapItem& item = r.items[i];
        const Action& act = m.actions[item.action];
        // Not done yet.
        CHECK_FALSE(actionDone(m, s, act));
        // Waits only for roadmap items in earlier phases; phase 1 waits for nothing.
        for (int dep : item.dependsOn) CHECK(phaseOf[dep] > 0);
        for (int dep : item.dependsOn) CHECK(phaseOf[dep] < item.phase);
        if (item.phase == 1) CHECK(item.dependsOn.empty());
        if (i > 0) {
            const RoadmapItem& prev = r.items[i - 1];
            const Action& pa = m.actions[prev.action];
            CHECK(std::tie(prev.phase, pa.stage, pa.dimension) <= std::tie(item.phase, act.stage, act.dimension));
        }
        CHECK(item.phase <= r.phaseCount);
    }
    // Every action between the current level and the effective target is in.
    for (std::size_t i = 0; i < m.actions.size(); ++i) {
        const Action& act = m.actions[i];
        if (!actionDone(m, s, act) && act.stage + 1 <= eff[act.dimension])
            CHECK(phaseOf[i] > 0);
    }
    CHECK(firstThree(r).size() == std::min<std::size_t>(3, r.items.size()));
}
