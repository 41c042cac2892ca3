// The questionnaire's navigation on its own, on a small hand-made model whose
// model order differs from questionnaire order: an enabler listed first, a
// dimension without questions, questions listed out of stage order.
#include <catch2/catch_test_macros.hpp>

#include <set>
#include <vector>

#include "shell/views/questionnaire/navigation.hpp"

using smm::ui::QuestionnaireNavigation;
using smm::ui::QuestionnairePlace;

namespace {

// Dimensions, in model order:        questions (stage):
//   0 Culture      enabler           q0 (1), q1 (0)
//   1 Delivery     track             q2 (2), q3 (0), q4 (1)
//   2 Empty        track             none
//   3 Reporting    track             q5 (0)
//   4 Tooling      enabler           q6 (0)
// Questionnaire order: Delivery, Reporting (tracks), then Culture, Tooling;
// within each by stage: q3 q4 q2 | q5 | q1 q0 | q6.
smm::Model smallModel() {
    using smm::DimensionKind;
    smm::Model m;
    for (const char* name : {"Stage 1", "Stage 2", "Stage 3"}) {
        smm::Stage s;
        s.name = name;
        m.stages.push_back(s);
    }
    auto dimension = [&](const char* name, DimensionKind kind) {
        smm::Dimension d;
        d.name = name;
        d.kind = kind;
        m.dimensions.push_back(d);
    };
    dimension("Culture", DimensionKind::Enabler);
    dimension("Delivery", DimensionKind::Track);
    dimension("Empty", DimensionKind::Track);
    dimension("Reporting", DimensionKind::Track);
    dimension("Tooling", DimensionKind::Enabler);
    auto question = [&](int dimension, int stage) {
        smm::Question q;
        q.dimension = dimension;
        q.stage = stage;
        m.questions.push_back(q);
    };
    question(0, 1);  // q0
    question(0, 0);  // q1
    question(1, 2);  // q2
    question(1, 0);  // q3
    question(1, 1);  // q4
    question(3, 0);  // q5
    question(4, 0);  // q6
    return m;
}

constexpr int kCulture = 0, kDelivery = 1, kEmpty = 2, kReporting = 3, kTooling = 4;

}  // namespace

TEST_CASE("navigation: tracks come before enablers, model order within each") {
    const smm::Model model = smallModel();
    CHECK(smm::ui::questionnaireDimensionOrder(model) == std::vector<int>{kDelivery, kEmpty, kReporting, kCulture, kTooling});
    // A dimension without questions has no page to go to.
    const QuestionnaireNavigation nav(model);
    CHECK(nav.dimensions() == std::vector<int>{kDelivery, kReporting, kCulture, kTooling});
}

TEST_CASE("navigation: a dimension's questions go by stage, and every question appears once") {
    const smm::Model model = smallModel();
    CHECK(smm::ui::questionnaireQuestions(model, kDelivery) == std::vector<int>{3, 4, 2});
    CHECK(smm::ui::questionnaireQuestions(model, kCulture) == std::vector<int>{1, 0});
    CHECK(smm::ui::questionnaireQuestions(model, kEmpty).empty());
    const QuestionnaireNavigation nav(model);
    CHECK(nav.questions() == std::vector<int>{3, 4, 2, 5, 1, 0, 6});
    const std::set<int> unique(nav.questions().begin(), nav.questions().end());
    CHECK(unique.size() == model.questions.size());
}

TEST_CASE("navigation: the next and previous question cross dimensions and stop at the ends") {
    const smm::Model model = smallModel();  // the navigation refers to it: it must outlive nav
    const QuestionnaireNavigation nav(model);
    CHECK(nav.step(4, +1) == 2);
    CHECK(nav.step(2, +1) == 5);  // Delivery's last, then Reporting's first
    CHECK(nav.step(5, -1) == 2);  // and back
    CHECK(nav.step(3, -1) == 3);  // the very first stays
    CHECK(nav.step(6, +1) == 6);  // the very last stays
    CHECK_FALSE(nav.hasPrevious(3));
    CHECK(nav.hasPrevious(4));
    CHECK(nav.hasNext(0));
    CHECK_FALSE(nav.hasNext(6));
    // A question the questionnaire does not know (a stale focus) starts at the beginning.
    CHECK(nav.step(-1, +1) == 3);
    CHECK_FALSE(nav.hasNext(-1));
}

TEST_CASE("navigation: the dimension before and after, and where each dimension starts") {
    const smm::Model model = smallModel();  // the navigation refers to it: it must outlive nav
    const QuestionnaireNavigation nav(model);
    CHECK(nav.adjacentDimension(kDelivery, +1) == kReporting);  // the empty track is skipped
    CHECK(nav.adjacentDimension(kReporting, +1) == kCulture);   // tracks, then enablers
    CHECK(nav.adjacentDimension(kDelivery, -1) == -1);          // no further than the first
    CHECK(nav.adjacentDimension(kTooling, +1) == -1);           // nor the last
    CHECK(nav.adjacentDimension(kEmpty, +1) == -1);
    CHECK(nav.firstQuestion(kCulture) == 1);  // its stage-1 question, though listed second
    CHECK(nav.firstQuestion(kEmpty) == -1);
    CHECK(nav.opensDimension(1));
    CHECK_FALSE(nav.opensDimension(0));
    CHECK(nav.opensDimension(5));
}

TEST_CASE("navigation: the next unanswered question is searched forward and wraps round") {
    const smm::Model model = smallModel();  // the navigation refers to it: it must outlive nav
    const QuestionnaireNavigation nav(model);
    std::set<int> unanswered = {4, 0};
    auto open = [&](int q) { return unanswered.count(q) > 0; };
    CHECK(nav.nextOpen(3, open) == 4);
    CHECK(nav.nextOpen(4, open) == 0);  // from 4 on, across three dimensions
    CHECK(nav.nextOpen(6, open) == 4);  // past the last it starts again at the top
    unanswered = {5};
    CHECK(nav.nextOpen(5, open) == 5);  // itself, when it is the only one left
    unanswered.clear();
    CHECK(nav.nextOpen(3, open) == -1);  // everything answered
}

TEST_CASE("navigation: a place is made valid - the dimension kept, the focus kept inside it") {
    const smm::Model model = smallModel();  // the navigation refers to it: it must outlive nav
    const QuestionnaireNavigation nav(model);
    // The first frame: nothing chosen yet.
    CHECK(nav.settle({-1, -1}) == QuestionnairePlace{kDelivery, 3});
    // A question of the shown dimension stays focused.
    CHECK(nav.settle({kCulture, 0}) == QuestionnairePlace{kCulture, 0});
    // A focus left in another dimension moves to the shown dimension's first question.
    CHECK(nav.settle({kCulture, 5}) == QuestionnairePlace{kCulture, 1});
    // A dimension without questions (or gone from a new model) gives way to the first.
    CHECK(nav.settle({kEmpty, 5}) == QuestionnairePlace{kDelivery, 3});
    CHECK(nav.settle({99, 99}) == QuestionnairePlace{kDelivery, 3});
    // Focusing a question shows its dimension.
    CHECK(nav.placeOf(6) == QuestionnairePlace{kTooling, 6});
    CHECK(nav.placeOf(42) == QuestionnairePlace{});
}

TEST_CASE("navigation: the phone's one question at a time counts within the dimension") {
    const smm::Model model = smallModel();  // the navigation refers to it: it must outlive nav
    const QuestionnaireNavigation nav(model);
    CHECK(nav.positionOf(3).number == 1);
    CHECK(nav.positionOf(2).number == 3);
    CHECK(nav.positionOf(2).count == 3);
    CHECK(nav.positionOf(5).number == 1);
    CHECK(nav.positionOf(5).count == 1);
    CHECK(nav.positionOf(0).number == 2);  // Culture: q1 then q0
    CHECK(nav.positionOf(-1).count == 0);
    // Stepping through every question from the first visits each once, in order.
    std::vector<int> walked = {nav.questions().front()};
    while (nav.hasNext(walked.back())) walked.push_back(nav.step(walked.back(), +1));
    CHECK(walked == nav.questions());
}

TEST_CASE("navigation: a model without questions is empty") {
    smm::Model model = smallModel();
    model.questions.clear();
    const QuestionnaireNavigation nav(model);
    CHECK(nav.empty());
    CHECK(nav.dimensions().empty());
    CHECK(nav.step(0, +1) == -1);
    CHECK(nav.nextOpen(0, [](int) { return true; }) == -1);
}

TEST_CASE("navigation: a participant's area comes first, in each dimension and across them") {
    const smm::Model model = smallModel();
    // The area: q2 (Delivery, stage 2), q0 (Culture, stage 1) and q6 (Tooling).
    smm::AnswerArea area;
    area.first = {true, false, true, false, false, false, true};
    area.count = 3;
    REQUIRE(area.active());
    CHECK(smm::ui::questionnaireQuestions(model, kDelivery, area) == std::vector<int>{2, 3, 4});
    CHECK(smm::ui::questionnaireQuestions(model, kCulture, area) == std::vector<int>{0, 1});
    const QuestionnaireNavigation nav(model, area);
    CHECK(nav.questions() == std::vector<int>{2, 0, 6, 3, 4, 5, 1});
    CHECK(smm::ui::questionnaireOrder(model, area) == nav.questions());
    CHECK(nav.dimensions() == std::vector<int>{kDelivery, kReporting, kCulture, kTooling});
    // "Next" walks the area across dimensions, then the rest; a card's place is in its dimension's order.
    CHECK(nav.step(2, +1) == 0);
    CHECK(nav.placeOf(nav.step(6, +1)) == QuestionnairePlace{kDelivery, 3});
    CHECK(nav.positionOf(3).number == 2);
    CHECK(nav.opensDimension(2));
    CHECK_FALSE(nav.opensDimension(3));
    // Next unanswered finds the area's open question before any other.
    CHECK(nav.nextOpen(2, [](int q) { return q == 6 || q == 3; }) == 6);
    // An inactive area (none, or every question) keeps the questionnaire's own order.
    smm::AnswerArea all = area;
    all.first.assign(7, true);
    all.count = 7;
    CHECK(QuestionnaireNavigation(model, all).questions() == QuestionnaireNavigation(model).questions());
}
