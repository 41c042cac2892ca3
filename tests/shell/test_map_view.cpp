// The maturity map, drawn headless from the bundled model and sample.
#include <catch2/catch_test_macros.hpp>

#include "headless.hpp"
#include "shell/app.hpp"

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;

namespace {

}  // namespace

TEST_CASE("the map shows every dimension, every stage and the overall verdict") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Map);
    settle(h, app);
    const ImDrawData& data = h.frame([&] { app.frame(); });

    const smm::Model& model = app.document().model();
    for (const auto& dim : model.dimensions) CHECK(Headless::drew(dim.name));
    for (const auto& stage : model.stages) CHECK(Headless::drew(stage.name));
    CHECK(Headless::drew("WHERE YOU STAND"));
    const int stage = app.document().score().overallStage;
    REQUIRE(stage > 0);
    CHECK(Headless::drew(model.stages[stage - 1].name));
    CHECK(Headless::drew(model.stages[stage - 1].summary.substr(0, 40)));
    CHECK(Headless::drew(app.document().assessment().organisation));
    // What holds it back, in the headline's words; the gates' sentences are in its tooltip and on the map.
    REQUIRE_FALSE(app.document().score().headline.binds.empty());
    CHECK(Headless::drew(app.document().score().headline.binds.substr(0, 20)));

    REQUIRE(data.CmdListsCount > 0);
    CHECK(Headless::vertexCount(data) > 2000);  // a grid of cells, text and markers, not an empty window
}

TEST_CASE("each row shows its level, and its target when one is set") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Map);
    settle(h, app);
    const auto& score = app.document().score();
    for (std::size_t d = 0; d < score.dimensions.size(); ++d) {
        CHECK(Headless::drew(smm::formatLevel(score.dimensions[d].level)));
        if (score.dimensions[d].target > 0) CHECK(Headless::drew("\xE2\x86\x92 " + std::to_string(score.dimensions[d].target)));
    }
}

TEST_CASE("clicking a cell opens its explanation; clicking again closes it") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Map);
    settle(h, app);
    const smm::Model& model = app.document().model();
    const smm::Question& q = model.questions.front();
    const ImVec2 centre = app.mapState().cellCentre(q.dimension, q.stage);

    h.moveMouse(centre);
    h.frame([&] { app.frame(); });
    CHECK(Headless::drew(q.text));  // hover shows the questions in a tooltip
    h.mouseButton(true);
    h.frame([&] { app.frame(); });
    h.mouseButton(false);
    h.frame([&] { app.frame(); });
    CHECK(app.mapState().selectedDimension == q.dimension);
    CHECK(app.mapState().selectedStage == q.stage);

    h.moveMouse(ImVec2(-1000, -1000));  // away, so only the detail card can show it
    h.frame([&] { app.frame(); });
    CHECK(Headless::drew(q.text));
    CHECK(Headless::drew(model.dimensions[q.dimension].name + " \xE2\x80\x94 " + model.stages[q.stage].name));

    h.moveMouse(centre);
    h.frame([&] { app.frame(); });
    h.mouseButton(true);
    h.frame([&] { app.frame(); });
    h.mouseButton(false);
    h.frame([&] { app.frame(); });
    CHECK(app.mapState().selectedDimension == -1);
}

TEST_CASE("changing answers redraws the map with the new level") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Map);
    settle(h, app);
    smm::Document& doc = app.document();
    const int track = doc.score().tracks.front().track;
    for (std::size_t q = 0; q < doc.model().questions.size(); ++q)
        if (doc.model().questions[q].dimension == track)
            doc.setAnswer(static_cast<int>(q), static_cast<int>(doc.model().optionsFor(static_cast<int>(q)).size()) - 1);
    h.frame([&] { app.frame(); });
    CHECK(doc.score().dimensions[track].level == static_cast<double>(doc.model().stageCount()));
    CHECK(Headless::drew(smm::formatLevel(doc.model().stageCount())));
}

TEST_CASE("the map lays out at projector and laptop sizes without overlapping columns") {
    for (ImVec2 size : {ImVec2(1024, 768), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        Headless h(size);
        smm::App app = bundledApp(smm::ui::ViewId::Map);
        settle(h, app);
        const auto& state = app.mapState();
        CHECK(state.cellWidth >= 60.0f);
        CHECK(state.gridOrigin.x + state.cellWidth * app.document().model().stageCount() <= size.x);
    }
}
