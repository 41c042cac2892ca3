// Phone layouts (390 px, touch): the questionnaire shows one question at a
// time with full-width answers that are 44 px touch targets, and moves on.
#include <catch2/catch_test_macros.hpp>

#include "headless.hpp"
#include "shell/item_registry.hpp"

using smm::test::Headless;

namespace {
struct Touch {
    Touch() { smm::ui::setTouchDevice(true); }
    ~Touch() { smm::ui::setTouchDevice(false); }
};
}  // namespace

TEST_CASE("on a phone the questionnaire asks one question at a time with full-width answers") {
    Touch touch;
    Headless h(ImVec2(390.0f, 844.0f), 3.0f);
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Questionnaire);
    smm::test::settle(h, app);
    const auto& st = app.questionnaireState();
    REQUIRE(st.cards.size() == 1);
    const auto& card = st.cards.front();
    CHECK(card.question == st.focusedQuestion);
    CHECK(card.max.x <= 390.0f);
    CHECK(card.max.x - card.min.x >= 300.0f);
    REQUIRE(card.options.size() >= 2);  // a question offers its own answers (at least two)
    // Stacked: each answer below the one before, all centred on the same column.
    for (std::size_t i = 1; i < card.options.size(); ++i) {
        CHECK(card.options[i].y - card.options[i - 1].y >= 44.0f);
        CHECK(card.options[i].x == card.options[0].x);
    }

    SECTION("tapping an answer records it; Next shows the next question") {
        const int first = st.focusedQuestion;
        smm::test::click(h, app, card.options[1]);
        smm::test::settle(h, app, 2);
        CHECK(app.document().assessment().answers[static_cast<std::size_t>(first)].option == 1);
        smm::ui::setItemRegistry(true);
        smm::test::settle(h, app, 1);
        auto next = smm::ui::findItem("##next-question");
        REQUIRE(next.has_value());
        CHECK(next->max.y - next->min.y >= 44.0f);
        smm::test::click(h, app, next->centre());
        smm::test::settle(h, app, 2);
        smm::ui::setItemRegistry(false);
        CHECK(app.questionnaireState().focusedQuestion != first);
        CHECK(app.questionnaireState().cards.size() == 1);
    }
}

TEST_CASE("on a phone the map stacks each dimension over its cells, every stage on screen and big enough to tap") {
    Touch touch;
    Headless h(ImVec2(390.0f, 844.0f), 3.0f);
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Map);
    smm::test::settle(h, app, 6);
    const auto& st = app.mapState();
    const smm::Model& model = app.document().model();
    CHECK(st.rowHeight >= 44.0f);
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        INFO(model.dimensions[d].name);
        for (int s = 0; s < model.stageCount(); ++s) {
            const ImVec2 c = st.cellCentre(static_cast<int>(d), s);
            CHECK(c.x - st.cellWidth * 0.5f >= 0.0f);  // the whole column on screen, no sideways swipe
            CHECK(c.x + st.cellWidth * 0.5f <= 390.0f);
        }
        CHECK(Headless::drew(model.dimensions[d].name));  // whole names, wrapped when long
    }
    SECTION("tapping a cell pins its detail") {
        // The first row is in the first screen; tap its second stage.
        const ImVec2 cell = app.mapState().cellCentre(0, 1);
        REQUIRE(cell.y < 844.0f);
        smm::test::click(h, app, cell);
        CHECK(app.mapState().selectedDimension == 0);
        CHECK(app.mapState().selectedStage == 1);
    }
}
