// Aggregation: statistics per question and dimension, per role group, the
// gap between groups, agreement, the most contested questions and the
// consensus assessment.
#include <catch2/catch_approx.hpp>
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <cmath>
#include <random>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "core/scoring.hpp"
#include "model_builder.hpp"
#include "test_helpers.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;
using Catch::Approx;

TEST_CASE("computeStats") {
    SECTION("median of {0, .25, 1}") {
        Stats s = computeStats({1.0, 0.0, 0.25});
        CHECK(s.count == 3);
        CHECK(s.median == 0.25);
        CHECK(s.mean == Approx(1.25 / 3));
        CHECK(s.min == 0.0);
        CHECK(s.max == 1.0);
        CHECK(s.spread() == 1.0);
        // population: sqrt(((0-m)^2 + (.25-m)^2 + (1-m)^2) / 3)
        double m = 1.25 / 3;
        CHECK(s.stddev == Approx(std::sqrt((m * m + (0.25 - m) * (0.25 - m) + (1 - m) * (1 - m)) / 3)));
    }
    SECTION("table") {
        auto [values, median, stddev] = GENERATE(table<std::vector<double>, double, double>({
            {{0.5}, 0.5, 0.0},
            {{1, 1, 1}, 1.0, 0.0},
            {{0, 1}, 0.5, 0.5},                // the widest a 0..1 scale allows
            {{1, 0.25, 0.5, 0}, 0.375, std::sqrt(0.546875 / 4)},  // even count: mean of the middle two
            {{3, 1, 2, 2}, 2.0, std::sqrt(0.5)},
        }));
        CAPTURE(values);
        Stats s = computeStats(values);
        CHECK(s.count == static_cast<int>(values.size()));
        CHECK(s.median == Approx(median));
        CHECK(s.stddev == Approx(stddev));
    }
    SECTION("no values") {
        Stats s = computeStats({});
        CHECK(s.count == 0);
        CHECK(s.mean == 0.0);
        CHECK(s.median == 0.0);
        CHECK(s.stddev == 0.0);
    }
}

namespace {

// One enabler "e", two stages with two questions each (q1, q2 at s1; q3, q4
// at s2); a second enabler "f" with one question at s1. Groups it, marketing, exec.
Model workshopModel() {
    return ModelBuilder()
        .stage("s1").stage("s2")
        .enabler("e").enabler("f")
        .question("q1", "e", "s1").question("q2", "e", "s1").question("q3", "e", "s2").question("q4", "e", "s2")
        .question("q5", "f", "s1")
        .roleGroup("it", "IT").roleGroup("marketing", "Marketing").roleGroup("exec", "Executives")
        .build();
}

AssessmentBuilder person(const Model& m, const std::string& role, const std::string& q1, const std::string& q2) {
    AssessmentBuilder a(m);
    if (!role.empty()) a.role(role);
    if (!q1.empty()) a.answer("q1", q1);
    if (!q2.empty()) a.answer("q2", q2);
    return a;
}

}  // namespace

TEST_CASE("per question and per dimension statistics") {
    Model m = workshopModel();
    std::vector<Assessment> all = {
        person(m, "it", "no", "all").build(),
        person(m, "it", "some", "na").build(),
        person(m, "marketing", "all", "").build(),
    };
    Aggregate agg = aggregate(m, all);
    CHECK(agg.participants == 3);
    REQUIRE(agg.questions.size() == 5);

    SECTION("answer weights: not applicable and unanswered stay out") {
        CHECK(agg.questions[0].count == 3);
        CHECK(agg.questions[0].median == 0.25);
        CHECK(agg.questions[1].count == 1);
        CHECK(agg.questions[1].mean == 1.0);
        CHECK(agg.questions[2].count == 0);
    }
    SECTION("levels: each participant scored, then summarised") {
        // e levels: (0 + 1)/2 = .5; q1 .25 with q2 NA -> .25; (1 + 0)/2 = .5
        REQUIRE(agg.dimensions.size() == 2);
        CHECK(agg.dimensions[0].count == 3);
        CHECK(agg.dimensions[0].median == Approx(0.5));
        CHECK(agg.dimensions[0].min == Approx(0.25));
        CHECK(agg.dimensions[1].max == 0.0);
    }
    SECTION("role groups that have participants, in model order") {
        REQUIRE(agg.groups.size() == 2);
        CHECK(agg.groups[0].roleGroup == 0);
        CHECK(agg.groups[0].participants == 2);
        CHECK(agg.groups[1].roleGroup == 1);
        CHECK(agg.groups[1].participants == 1);
        CHECK(agg.groups[0].questions[0].mean == Approx(0.125));
        CHECK(agg.groups[1].questions[0].mean == 1.0);
        CHECK(agg.groups[0].dimensions[0].mean == Approx(0.375));
        CHECK(agg.groups[1].dimensions[0].mean == Approx(0.5));
    }
    SECTION("the group gap is the largest difference between group means") {
        REQUIRE(agg.groupGap.size() == 2);
        CHECK(agg.groupGap[0] == Approx(0.125));
        CHECK(agg.groupGap[1] == 0.0);
    }
    SECTION("only questions answered twice or more are contested, widest first") {
        // q1: {0, .25, 1}; nothing else has two answers.
        CHECK(agg.contested == std::vector<int>{0});
    }
}

TEST_CASE("per question, how many gave each answer - overall and per group") {
    Model m = workshopModel();
    std::vector<Assessment> all = {
        person(m, "it", "no", "all").build(),
        person(m, "it", "no", "na").build(),
        person(m, "marketing", "all", "").build(),
        person(m, "marketing", "half", "all").build(),
        person(m, "", "", "").build(),
    };
    Aggregate agg = aggregate(m, all);
    REQUIRE(agg.answers.size() == m.questions.size());

    SECTION("everyone: a count per option of the scale, then not applicable and unanswered") {
        const Distribution& q1 = agg.answers[0];
        CHECK(q1.options == std::vector<int>{2, 0, 1, 1});  // no, some, half, all
        CHECK(q1.notApplicable == 0);
        CHECK(q1.unanswered == 1);
        CHECK(q1.answered() == agg.questions[0].count);
        CHECK(q1.mode() == 0);
        const Distribution& q2 = agg.answers[1];
        CHECK(q2.options == std::vector<int>{0, 0, 0, 2});
        CHECK(q2.notApplicable == 1);
        CHECK(q2.unanswered == 2);
        CHECK(q2.mode() == 3);
        SECTION("every participant is counted once per question") {
            for (const Distribution& d : agg.answers) CHECK(d.total() == 5);
        }
        SECTION("nobody answered: all unanswered, no mode") {
            CHECK(agg.answers[4].options == std::vector<int>{0, 0, 0, 0});
            CHECK(agg.answers[4].unanswered == 5);
            CHECK(agg.answers[4].mode() == -1);
        }
    }
    SECTION("per group: its own members only") {
        REQUIRE(agg.groups.size() == 3);
        const GroupStats& it = agg.groups[0];
        REQUIRE(it.answers.size() == m.questions.size());
        CHECK(it.answers[0].options == std::vector<int>{2, 0, 0, 0});
        CHECK(it.answers[1].options == std::vector<int>{0, 0, 0, 1});
        CHECK(it.answers[1].notApplicable == 1);
        CHECK(it.answers[1].unanswered == 0);
        const GroupStats& marketing = agg.groups[1];
        CHECK(marketing.answers[0].options == std::vector<int>{0, 0, 1, 1});
        CHECK(marketing.answers[1].unanswered == 1);
        const GroupStats& none = agg.groups[2];
        CHECK(none.roleGroup == -1);
        CHECK(none.answers[0].unanswered == 1);
        CHECK(none.answers[0].answered() == 0);
    }
}

TEST_CASE("a question with its own answers counts over its own options; off-scale answers are unanswered") {
    Model m = workshopModel();
    m.questions[4].options = {{"no", "No", 0.0}, {"yes", "Yes", 1.0}};
    std::vector<Assessment> all(4, person(m, "it", "", "").build());
    all[0].answers[4].option = 1;
    all[1].answers[4].option = 1;
    all[2].answers[4].option = 3;  // beyond a yes/no question's two answers
    all[3].answers.resize(2);      // a short answer list: q5 not given
    Aggregate agg = aggregate(m, all);
    const Distribution& d = agg.answers[4];
    CHECK(d.options == std::vector<int>{0, 2});
    CHECK(d.unanswered == 2);
    CHECK(d.notApplicable == 0);
    CHECK(agg.answers[0].options.size() == 4);
}

TEST_CASE("participants without a role form their own group, but take no side in the gap") {
    Model m = workshopModel();
    std::vector<Assessment> all = {
        person(m, "", "all", "all").build(),
        person(m, "exec", "no", "no").build(),
        person(m, "it", "half", "half").build(),
    };
    Aggregate agg = aggregate(m, all);
    REQUIRE(agg.groups.size() == 3);
    CHECK(agg.groups[0].roleGroup == 0);  // it
    CHECK(agg.groups[1].roleGroup == 2);  // exec
    CHECK(agg.groups[2].roleGroup == -1); // none, last
    CHECK(agg.groups[2].dimensions[0].mean == Approx(1.0));
    // it .5 vs exec 0; the unassigned 1.0 does not widen it.
    CHECK(agg.groupGap[0] == Approx(0.5));
}

TEST_CASE("agreement: 1 when everyone agrees, 0 when as far apart as the scale allows") {
    Model m = workshopModel();
    SECTION("identical participants") {
        std::vector<Assessment> all(4, person(m, "it", "half", "some").answer("q5", "all").build());
        Aggregate agg = aggregate(m, all);
        CHECK(agg.agreement == 1.0);
        for (int q : agg.contested) CHECK(agg.questions[q].stddev == 0.0);
    }
    SECTION("two camps at opposite ends") {
        std::vector<Assessment> all = {person(m, "it", "no", "all").build(), person(m, "marketing", "all", "no").build()};
        Aggregate agg = aggregate(m, all);
        CHECK(agg.agreement == Approx(0.0));
    }
    SECTION("one split question, one agreed: mean of .5/.5 and 0") {
        std::vector<Assessment> all = {person(m, "", "no", "all").build(), person(m, "", "all", "all").build()};
        Aggregate agg = aggregate(m, all);
        CHECK(agg.agreement == Approx(0.5));
        CHECK(agg.contested == std::vector<int>{0, 1});
    }
    SECTION("nobody answered twice: nothing to disagree on") {
        Aggregate agg = aggregate(m, {person(m, "", "no", "all").build()});
        CHECK(agg.agreement == 1.0);
        CHECK(agg.contested.empty());
    }
}

TEST_CASE("the consensus assessment") {
    Model m = workshopModel();
    std::vector<Assessment> all = {
        person(m, "it", "no", "na").answer("q3", "some").target("e", 2).organisation("Northwind").build(),
        person(m, "it", "some", "na").answer("q3", "all").target("e", 3).organisation("Northwind Traders").build(),
        person(m, "marketing", "all", "half").target("e", 3).organisation("Northwind Traders").build(),
        person(m, "exec", "half", "").answer("q3", "na").organisation("Northwind").build(),
    };
    all[0].date = "2026-11-20";
    all[2].date = "2026-11-22";
    Aggregate agg = aggregate(m, all);
    const Assessment& c = agg.consensus;
    CHECK(c.modelId == "test");
    REQUIRE(c.answers.size() == 5);
    // q1 weights {0, .25, 1, .5}: median .375, nearest options .25 and .5 -> the lower.
    CHECK(c.answers[0].option == 1);
    // q2: two of three who answered said not applicable.
    CHECK(c.answers[1].option == Answer::NotApplicable);
    // q3: {.25, 1} and one NA: median .625 -> half.
    CHECK(c.answers[2].option == 2);
    // q4: nobody answered.
    CHECK_FALSE(c.answers[3].answered());
    // targets: median of those set {2, 3, 3} -> 3; none set -> 0.
    CHECK(c.targets == std::vector<int>{3, 0});
    CHECK(c.organisation == "Northwind");  // two each: the first one given wins the tie
    CHECK(c.date == "2026-11-22");
    CHECK(c.participant.empty());
    CHECK(c.roleGroup == -1);
    for (const Answer& a : c.answers) CHECK(a.note.empty());
}

TEST_CASE("aggregating nobody") {
    Model m = workshopModel();
    Aggregate agg = aggregate(m, {});
    CHECK(agg.participants == 0);
    CHECK(agg.groups.empty());
    CHECK(agg.agreement == 1.0);
    CHECK(agg.questions.size() == 5);
    CHECK(agg.questions[0].count == 0);
    CHECK(agg.dimensions[0].count == 0);
    CHECK(agg.consensus.answers.size() == 5);
    CHECK(agg.consensus.targets == std::vector<int>{0, 0});
}

// ---- against the default model ---------------------------------------------

TEST_CASE("per-option counting agrees with computeStats on random workshops") {
    const Model& m = smm::test::defaultModel();
    auto seed = GENERATE(1u, 2u, 3u, 4u, 5u);
    std::mt19937 rng(seed);
    std::vector<Assessment> all;
    const int n = std::uniform_int_distribution<int>(1, 40)(rng);
    for (int i = 0; i < n; ++i) all.push_back(smm::test::randomAssessment(m, rng));
    Aggregate agg = aggregate(m, all);
    CAPTURE(seed, n);
    REQUIRE(agg.participants == n);

    auto same = [](const Stats& a, const Stats& b) {
        CHECK(a.count == b.count);
        CHECK(a.mean == Approx(b.mean).margin(1e-12));
        CHECK(a.median == Approx(b.median).margin(1e-12));
        CHECK(a.min == b.min);
        CHECK(a.max == b.max);
        CHECK(a.stddev == Approx(b.stddev).margin(1e-12));
    };
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        std::vector<double> weights;
        for (const auto& a : all)
            if (answerWeight(m, int(q), a.answers[q]) >= 0) weights.push_back(answerWeight(m, int(q), a.answers[q]));
        same(agg.questions[q], computeStats(weights));
        for (const auto& g : agg.groups) {
            std::vector<double> gw;
            for (const auto& a : all)
                if (a.roleGroup == g.roleGroup && answerWeight(m, int(q), a.answers[q]) >= 0) gw.push_back(answerWeight(m, int(q), a.answers[q]));
            same(g.questions[q], computeStats(gw));
        }
        // The distribution, counted the slow way.
        const Distribution& d = agg.answers[q];
        REQUIRE(d.options.size() == m.optionsFor(int(q)).size());
        std::vector<int> counted(d.options.size(), 0);
        int na = 0, none = 0;
        for (const auto& a : all) {
            const int o = a.answers[q].option;
            if (o == Answer::NotApplicable) ++na;
            else if (o >= 0 && o < int(counted.size())) ++counted[o];
            else ++none;
        }
        CHECK(d.options == counted);
        CHECK(d.notApplicable == na);
        CHECK(d.unanswered == none);
    }
    int inGroups = 0;
    for (const auto& g : agg.groups) inGroups += g.participants;
    CHECK(inGroups == n);
    CHECK(agg.agreement >= 0.0);
    CHECK(agg.agreement <= 1.0);
    for (std::size_t i = 1; i < agg.contested.size(); ++i)
        CHECK(agg.questions[agg.contested[i - 1]].stddev >= agg.questions[agg.contested[i]].stddev);
    // The consensus is itself a valid assessment of the model.
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        int o = agg.consensus.answers[q].option;
        CHECK((o == Answer::Unanswered || o == Answer::NotApplicable || (o >= 0 && o < (int)m.answerScale.size())));
    }
}

TEST_CASE("the workshop sample merges") {
    const Model& m = smm::test::defaultModel();
    auto loaded = loadAssessments(smm::test::readFile(SMM_ASSETS_DIR "/samples/workshop.json"), m);
    REQUIRE(loaded.ok());
    const auto& all = *loaded.value;
    Aggregate agg = aggregate(m, all);
    CHECK(agg.participants == static_cast<int>(all.size()));
    CHECK(agg.participants >= 5);
    CHECK(agg.groups.size() >= 2);
    CHECK(agg.agreement > 0.0);
    CHECK(agg.agreement < 1.0);
    CHECK(agg.consensus.organisation == all.front().organisation);
    CHECK(agg.consensus.modelId == m.id);
}
