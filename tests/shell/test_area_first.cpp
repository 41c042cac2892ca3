// "Your area first" as a workshop participant meets it: an IT participant's
// questionnaire starts with IT's questions on a laptop, a phone and the
// screen reader; once they are answered, one button marks the unanswered
// rest "not my area" and leaves every given answer as it was.
#include <catch2/catch_test_macros.hpp>

#include "core/answer_areas.hpp"
#include "headless.hpp"
#include "shell/item_registry.hpp"
#include "shell/screen_reader.hpp"
#include "shell/views/questionnaire/navigation.hpp"

using smm::Answer;
using smm::test::Headless;

namespace {

struct Touch {
    explicit Touch(bool on) : on(on) { smm::ui::setTouchDevice(on); }
    ~Touch() { smm::ui::setTouchDevice(false); }
    bool on;
};

smm::App itParticipant() {
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Questionnaire);
    smm::Assessment blank = smm::makeBlankAssessment(app.document().model());
    blank.roleGroup = app.document().model().findRoleGroup("it");
    app.document().replaceAssessment(blank);
    smm::WorkshopSetup setup;
    setup.organisation = "Northwind Traders";
    app.document().setInvitation(smm::Invitation{setup, "", "r-1"});
    return app;
}

}  // namespace

TEST_CASE("an IT participant answers IT's questions first, then marks the rest not my area") {
    for (const bool phone : {false, true}) {
        INFO((phone ? "phone" : "laptop"));
        Touch touch(phone);
        smm::test::ItemRegistry registry;
        Headless h(phone ? ImVec2(390.0f, 844.0f) : ImVec2(1280.0f, 800.0f), phone ? 3.0f : 1.0f);
        smm::App app = itParticipant();
        const smm::Model& model = app.document().model();
        const smm::AnswerArea area = smm::answerAreaOf(model, app.document().assessment());
        REQUIRE(area.active());
        smm::test::settle(h, app);
        CHECK(Headless::drew("Your area first: 0 of " + std::to_string(area.count) + " IT questions answered"));
        CHECK(area.isFirst(app.questionnaireState().focusedQuestion));
        CHECK(smm::screenReaderHtml(app).find("Your area first") != std::string::npos);

        // "Next unanswered" walks the area across dimensions before any other question.
        const std::vector<int> order = smm::ui::questionnaireOrder(model, area);
        for (int i = 0; i < area.count; ++i) {
            const int q = app.questionnaireState().focusedQuestion;
            REQUIRE(q == order[static_cast<std::size_t>(i)]);
            app.apply(smm::SetAnswer{q, i % 3 == 0 ? Answer::DontKnow : 1});
            smm::test::settle(h, app, 2);
            smm::test::click(h, app, smm::test::item("##next-unanswered").centre());
            smm::test::settle(h, app, 2);
        }
        CHECK_FALSE(area.isFirst(app.questionnaireState().focusedQuestion));

        // One answer outside the area is kept when the rest is marked.
        const int outside = app.questionnaireState().focusedQuestion;
        app.apply(smm::SetAnswer{outside, 0});
        smm::test::settle(h, app, 2);
        const int rest = static_cast<int>(model.questions.size()) - area.count - 1;
        CHECK(Headless::drew("Your area (IT) is answered"));
        CHECK(smm::screenReaderHtml(app).find("Mark the other " + std::to_string(rest)) != std::string::npos);
        smm::test::click(h, app, smm::test::item("##mark-rest-nma").centre());
        smm::test::settle(h, app, 2);
        const smm::Assessment& a = app.document().assessment();
        int nma = 0;
        for (std::size_t q = 0; q < model.questions.size(); ++q) {
            if (area.first[q]) CHECK_FALSE(a.answers[q].notMyArea());
            nma += a.answers[q].notMyArea();
        }
        CHECK(nma == rest);
        CHECK(a.answers[static_cast<std::size_t>(outside)].option == 0);
        CHECK(app.document().score().answered == app.document().score().total);
        CHECK_FALSE(smm::ui::findItem("##mark-rest-nma").has_value());
    }
}

TEST_CASE("the screen reader's mark-rest action does what the button does, and only when the area is answered") {
    Headless h;
    smm::App app = itParticipant();
    smm::test::settle(h, app);
    smm::screenReaderAction(app, "mark-rest", 0);  // the area is still open: nothing happens
    CHECK(app.document().score().answered == 0);
    const smm::AnswerArea area = smm::answerAreaOf(app.document().model(), app.document().assessment());
    for (std::size_t q = 0; q < area.first.size(); ++q)
        if (area.first[q]) app.apply(smm::SetAnswer{static_cast<int>(q), 0});
    smm::screenReaderAction(app, "mark-rest", 0);
    CHECK(app.document().score().answered == app.document().score().total);
}

TEST_CASE("a participant in a group without an area keeps the questionnaire's own order") {
    Headless h;
    smm::App app = itParticipant();
    smm::Assessment a = app.document().assessment();
    a.roleGroup = app.document().model().findRoleGroup("other");
    app.document().replaceAssessment(a);
    smm::test::settle(h, app);
    CHECK_FALSE(Headless::drew("Your area"));
    CHECK(app.questionnaireState().focusedQuestion == smm::ui::QuestionnaireNavigation(app.document().model()).questions().front());
}

TEST_CASE("outside a workshop one person answers everything: the questionnaire keeps its order whatever the role") {
    Headless h;
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Questionnaire);
    smm::Assessment a = smm::makeBlankAssessment(app.document().model());
    a.roleGroup = app.document().model().findRoleGroup("it");
    app.document().replaceAssessment(a);
    smm::test::settle(h, app);
    CHECK_FALSE(app.document().answerArea().active());
    CHECK_FALSE(Headless::drew("Your area"));
    CHECK(app.questionnaireState().focusedQuestion == smm::ui::QuestionnaireNavigation(app.document().model()).questions().front());
}
