// "Your area first" on the bundled model: which questions a group answers
// first, how far a participant is, and the words every surface shows.
#include <catch2/catch_test_macros.hpp>

#include <string>

#include "core/answer_areas.hpp"
#include "core/model_io.hpp"
#include "test_helpers.hpp"

using smm::Answer;
using smm::AnswerArea;
using smm::Audience;

namespace {

int countAudience(const smm::Model& m, Audience a) {
    int n = 0;
    for (const auto& q : m.questions) n += q.audience == a;
    return n;
}

}  // namespace

TEST_CASE("answer areas: each group of the bundled model answers its own audience's questions first") {
    const smm::Model& model = smm::test::defaultModel();
    const int anyone = countAudience(model, Audience::Unset);
    struct Expect {
        const char* group;
        Audience audience;
        const char* names;
    };
    for (const Expect& e : {Expect{"it", Audience::It, "IT"}, Expect{"marketing", Audience::Marketing, "Marketing and communications"},
                            Expect{"executive", Audience::Leadership, "Leadership"},
                            Expect{"legal-hr", Audience::LegalHr, "Legal and HR"}}) {
        INFO(e.group);
        const int g = model.findRoleGroup(e.group);
        REQUIRE(g >= 0);
        const AnswerArea area = smm::answerAreaOf(model, g);
        CHECK(area.active());
        CHECK(area.names == e.names);
        CHECK(area.count == countAudience(model, e.audience) + anyone);
        CHECK(area.count >= 15);  // a real share of the questionnaire, never a token one
        for (std::size_t q = 0; q < model.questions.size(); ++q) {
            const Audience a = model.questions[q].audience;
            CHECK(area.isFirst(static_cast<int>(q)) == (a == e.audience || a == Audience::Unset));
        }
    }
    // No group, a group without areas, and a group the model does not have: the questionnaire's own order.
    CHECK_FALSE(smm::answerAreaOf(model, -1).active());
    CHECK_FALSE(smm::answerAreaOf(model, model.findRoleGroup("other")).active());
    CHECK_FALSE(smm::answerAreaOf(model, 99).active());
    CHECK(smm::answerAreaOf(model, -1).names.empty());
}

TEST_CASE("answer areas: progress counts the area, then the unanswered rest, and the words follow it") {
    const smm::Model& model = smm::test::defaultModel();
    smm::Assessment a = smm::makeBlankAssessment(model);
    a.roleGroup = model.findRoleGroup("it");
    const AnswerArea area = smm::answerAreaOf(model, a);
    smm::AreaProgress p = smm::areaProgress(area, a);
    CHECK(p.answered == 0);
    CHECK(p.total == area.count);
    CHECK(static_cast<int>(p.openElsewhere.size()) == static_cast<int>(model.questions.size()) - area.count);
    CHECK(smm::areaFirstLine(area, p) ==
          "Your area first: 0 of " + std::to_string(area.count) + " IT questions answered. Then the rest, as far as you know.");

    // An answer outside the area leaves the rest one shorter; "not my area" counts as answered.
    int outside = -1;
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        if (area.first[q]) a.answers[q].option = q % 2 ? 0 : Answer::NotMyArea;
        else if (outside < 0) outside = static_cast<int>(q);
    }
    a.answers[static_cast<std::size_t>(outside)].option = 1;
    p = smm::areaProgress(area, a);
    CHECK(p.areaDone());
    const int rest = static_cast<int>(model.questions.size()) - area.count - 1;
    CHECK(static_cast<int>(p.openElsewhere.size()) == rest);
    CHECK(smm::areaFirstLine(area, p) == "Your area (IT) is answered. Answer what you know of the other " +
                                             std::to_string(rest) + ", or mark them \"Not my area\".");
    CHECK(smm::markRestLabel(p) == "Mark the other " + std::to_string(rest) + " \"Not my area\"");

    // Everything answered: nothing more to say.
    for (int q : p.openElsewhere) a.answers[static_cast<std::size_t>(q)].option = Answer::DontKnow;
    CHECK(smm::areaFirstLine(area, smm::areaProgress(area, a)).empty());
}

TEST_CASE("answer areas: a model's groups name known audiences, and they round-trip") {
    const smm::Model& model = smm::test::defaultModel();
    const std::string json = smm::saveModel(model);
    CHECK(smm::test::loadModelOrThrow(json, "the saved model").roleGroups == model.roleGroups);

    std::string bad = json;
    const auto at = bad.find("\"answersFirst\"");
    REQUIRE(at != std::string::npos);
    bad.replace(bad.find("\"it\"", at), 4, "\"sales\"");
    const auto loaded = smm::loadModel(bad);
    REQUIRE_FALSE(loaded.ok());
    CHECK(smm::test::hasProblem(loaded.problems, "/roleGroups/0/answersFirst/0", "unknown audience \"sales\""));
}
