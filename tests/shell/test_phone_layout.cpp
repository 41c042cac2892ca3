// Phone layouts (390 px, touch): the questionnaire shows one question at a
// time with full-width answers that are 44 px touch targets, and moves on.
#include <catch2/catch_test_macros.hpp>

#include "headless.hpp"
#include "shell/item_registry.hpp"
#include "shell/views/questionnaire/question_card.hpp"

using smm::test::Headless;

namespace {
struct Touch {
    Touch() { smm::ui::setTouchDevice(true); }
    ~Touch() { smm::ui::setTouchDevice(false); }
};
}  // namespace

TEST_CASE("on a phone the questionnaire asks one question at a time with full-width answers") {
    Touch touch;
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(390.0f, 844.0f), 3.0f);
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Questionnaire);
    smm::test::settle(h, app);
    const auto& st = app.questionnaireState();
    const smm::Model& model = app.document().model();
    // One card: the focused question's.
    auto cards = [&] {
        int n = 0;
        for (int q = 0; q < static_cast<int>(model.questions.size()); ++q)
            n += smm::ui::findItem(smm::ui::questionCardName(q)).has_value();
        return n;
    };
    CHECK(cards() == 1);
    const smm::ui::ItemRect card = smm::test::item(smm::ui::questionCardName(st.focusedQuestion));
    CHECK(card.max.x <= 390.0f);
    CHECK(card.max.x - card.min.x >= 300.0f);
    std::vector<smm::ui::ItemRect> options;
    for (const smm::ui::ItemRect& r : smm::ui::findItems("##segment"))
        if (card.contains(r)) options.push_back(r);
    REQUIRE(options.size() >= 2);  // a question offers its own answers (at least two)
    // Stacked: each answer below the one before, all centred on the same column, each a finger's height.
    for (std::size_t i = 1; i < options.size(); ++i) {
        CHECK(options[i].centre().y - options[i - 1].centre().y >= 44.0f);
        CHECK(options[i].centre().x == options[0].centre().x);
        CHECK(options[i].max.y - options[i].min.y >= 44.0f);
    }

    SECTION("tapping an answer records it; Next shows the next question") {
        const int first = st.focusedQuestion;
        smm::test::click(h, app, options[1].centre());
        smm::test::settle(h, app, 2);
        CHECK(app.document().assessment().answers[static_cast<std::size_t>(first)].option == 1);
        const smm::ui::ItemRect next = smm::test::item("##next-question");
        CHECK(next.max.y - next.min.y >= 44.0f);
        smm::test::click(h, app, next.centre());
        smm::test::settle(h, app, 2);
        CHECK(app.questionnaireState().focusedQuestion != first);
        CHECK(cards() == 1);
        CHECK(smm::ui::findItem(smm::ui::questionCardName(app.questionnaireState().focusedQuestion)).has_value());
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
