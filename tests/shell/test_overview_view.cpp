// The overview, drawn headless from the bundled model and sample: what an
// executive sees first, whether it fits one laptop screen, and where clicks lead.
#include "core/risks.hpp"
#include <catch2/catch_test_macros.hpp>

#include <algorithm>

#include "headless.hpp"
#include "shell/app.hpp"
#include "shell/widgets/ladder.hpp"

// The actions of the next moves core computes, in order.
static std::vector<int> moveActions(const smm::Document& doc) {
    std::vector<int> out;
    for (const smm::NextMove& m : doc.moves()) out.push_back(m.action);
    return out;
}

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;
using smm::test::click;

namespace {

// Rung labels are short words that the legend also contains: match whole strings.
bool drewExactly(const std::string& text) {
    const auto& all = smm::ui::capturedText();
    return std::find(all.begin(), all.end(), text) != all.end();
}

}  // namespace

TEST_CASE("the app opens on the overview") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    CHECK(app.view() == smm::ui::ViewId::Overview);
    settle(h, app, 6);
    CHECK(Headless::drew("Overview"));  // its tab in the navigation
}

TEST_CASE("the overview shows the standing, every track, the next moves, the top risks and cited peers") {
    Headless h(ImVec2(1280, 2200));  // tall enough that no card is scrolled out of view
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    const smm::Document& doc = app.document();
    const smm::Model& model = doc.model();
    h.frame([&] { app.frame(); });

    // The headline: the network standing, then each side on its own stage names, with the confidence.
    const smm::Score& score = doc.score();
    const int stage = score.overallStage;
    REQUIRE(stage > 0);
    REQUIRE(score.network >= 0);
    // The headline as core words it: the standings lead, the network word is a label.
    CHECK(Headless::drew("Network: " + model.networkStandings[score.network].name));
    CHECK(Headless::drew(score.external.name));
    CHECK(Headless::drew("With customers: " + model.stages[stage - 1].name));
    CHECK(Headless::drew("Inside: " + score.internal.name));
    REQUIRE_FALSE(score.headline.binds.empty());
    CHECK(Headless::drew(score.headline.binds.substr(0, 20)));

    for (const auto& t : score.tracks) CHECK(Headless::drew(model.dimensions[t.track].name));
    for (const auto& s : model.stages) CHECK(Headless::drew(s.name));  // the ladders' rungs are named
    for (const auto& t : score.tracks)  // the internal track is not drawn on external stage names
        if (t.side == smm::Side::Internal) CHECK(Headless::drew(score.internal.name));

    const auto moves = moveActions(doc);
    REQUIRE(moves.size() == 3);
    CHECK(Headless::drew("Your next three moves"));
    for (int a : moves) CHECK(Headless::drew(model.actions[a].title));

    // The top three by severity and evidence, as core ranks them; unknown ones say what to answer.
    const auto top = smm::topRisks(model, doc.assessment(), score, 3);
    REQUIRE(top.size() == 3);
    for (const auto& tr : top) {
        CHECK(Headless::drew(model.risks[tr.risk].title));
        if (tr.unknown) CHECK(Headless::drew(smm::unknownRiskSentence(model, tr).substr(0, 20)));
        else CHECK(Headless::drew("Because " + tr.reasons.front().substr(0, 30)));  // the first reason, maybe shortened
    }

    CHECK(Headless::drew("What the sources say (2009-2012)"));
    for (const auto& f : model.peerFacts) {
        if (f.kind != smm::FactKind::Unset) CHECK(Headless::drew(smm::factKindLabel(f.kind)));
        CHECK(Headless::drew(f.text));
        CHECK(Headless::drew("Source: " + f.source));
    }
}

TEST_CASE("a ladder marks the target and a rung held back by a gate") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    const smm::Document& doc = app.document();
    // In the sample the first track reaches stage 2 on its answers but a gate holds it at 1.
    const auto& t = doc.score().tracks.front();
    REQUIRE(t.ungatedStage > t.stage);
    REQUIRE_FALSE(t.blockers.empty());
    CHECK(drewExactly("Held back"));
    CHECK(drewExactly("Target"));

    // Hovering the blocked rung says why.
    const ImVec2 rung = app.overviewState().ladders.rungCentres.at(0).at(t.stage);
    h.moveMouse(rung);
    h.frame([&] { app.frame(); });
    h.frame([&] { app.frame(); });
    CHECK(Headless::drew("does not count yet"));
    CHECK(Headless::drew(t.blockers.front().explanation));
}

// The next moves' rows, in order, found by the actions' titles.
static std::vector<smm::ui::ItemRect> nextMoveRows(const smm::Document& doc) {
    std::vector<smm::ui::ItemRect> rows;
    for (int a : moveActions(doc)) rows.push_back(smm::test::item(doc.model().actions[a].title + "###move"));
    return rows;
}

TEST_CASE("at 1280x800 the standing, ladders, moves and risks fit without scrolling, in two columns") {
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    // Two columns: the moves beside the ladders, not below them.
    const auto moves = nextMoveRows(app.document());
    REQUIRE_FALSE(moves.empty());
    CHECK(moves.front().min.x > 640.0f - 20.0f);
    CHECK(moves.front().min.y < app.overviewState().ladders.rungCentres.front().front().y);
    const smm::ui::ItemRect key = smm::test::item("##overview-key");
    CHECK(key.max.y > 400.0f);
    CHECK(key.max.y <= 800.0f);
}

TEST_CASE("narrow screens stack the cards in one column and still show everything") {
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(820, 1000));
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    const smm::Document& doc = app.document();
    h.frame([&] { app.frame(); });
    for (int a : moveActions(doc)) CHECK(Headless::drew(doc.model().actions[a].title.substr(0, 20)));
    for (const auto& t : doc.score().tracks) CHECK(Headless::drew(doc.model().dimensions[t.track].name));
    // One column: the next moves sit below the ladders, not beside them.
    const auto moves = nextMoveRows(doc);
    REQUIRE_FALSE(moves.empty());
    CHECK(moves.front().centre().y > app.overviewState().ladders.rungCentres.front().front().y);
    CHECK(moves.front().min.x < 100.0f);  // the column starts at the left
}

TEST_CASE("clicking a next move opens the map on that action's cell") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    const smm::Model& model = app.document().model();
    const auto moves = moveActions(app.document());
    const auto rows = nextMoveRows(app.document());
    REQUIRE(rows.size() == moves.size());
    const unsigned revision = app.document().revision();

    click(h, app, rows[1].centre());
    CHECK(app.view() == smm::ui::ViewId::Map);
    CHECK(app.mapState().selectedDimension == model.actions[moves[1]].dimension);
    CHECK(app.mapState().selectedStage == model.actions[moves[1]].stage);
    CHECK(app.document().revision() == revision);  // looking never changes the assessment
}

TEST_CASE("the moves and risks cards lead to the whole roadmap and all risks") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    CHECK(Headless::drew("All " + std::to_string(app.document().roadmap().items.size()) + " steps"));
    CHECK(Headless::drew("All " + std::to_string(app.document().risks().size()) + " risks"));
    click(h, app, smm::test::item("All " + std::to_string(app.document().risks().size()) + " risks \xE2\x86\x92").centre());
    CHECK(app.view() == smm::ui::ViewId::Risks);
    app.showView(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    click(h, app, smm::test::item("All " + std::to_string(app.document().roadmap().items.size()) + " steps \xE2\x86\x92").centre());
    CHECK(app.view() == smm::ui::ViewId::Roadmap);
}

TEST_CASE("clicking a rung of a ladder opens the map on that track and stage") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app, 6);
    const auto& tracks = app.document().score().tracks;
    // The ladder holds the external tracks, in model order: the second is tracks[1].
    const ImVec2 rung = app.overviewState().ladders.rungCentres.at(1).at(3);
    click(h, app, rung);
    CHECK(app.view() == smm::ui::ViewId::Map);
    CHECK(app.mapState().selectedDimension == tracks.at(1).track);
    CHECK(app.mapState().selectedStage == 3);
}

TEST_CASE("the view draws from the document alone and reports clicks as intents") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document.has_value());
    const smm::Document doc = std::move(*start.document);
    smm::ui::OverviewViewState state;
    smm::Intents out;
    auto draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        smm::ui::drawOverviewView(doc, state, out);
        ImGui::End();
    };
    // Outside App::frame, so each frame starts the registry afresh itself.
    for (int i = 0; i < 3; ++i) h.frame([&] { smm::ui::beginItemFrame(); draw(); });
    REQUIRE(out.empty());
    h.moveMouse(nextMoveRows(doc).at(0).centre());
    h.frame(draw);
    h.mouseButton(true);
    h.frame(draw);
    h.mouseButton(false);
    h.frame(draw);
    REQUIRE(out.size() == 1);
    const auto* focus = std::get_if<smm::FocusCell>(&out.front());
    REQUIRE(focus != nullptr);
    const smm::Action& first = doc.model().actions[moveActions(doc).front()];
    CHECK(focus->dimension == first.dimension);
    CHECK(focus->stage == first.stage);
}

TEST_CASE("the ladder widget fills held rungs and reports the rung under the mouse") {
    Headless h;
    const std::vector<std::string> stages = {"One", "Two", "Three", "Four", "Five"};
    smm::ui::LadderTrack t;
    t.name = "Listening";
    t.level = 3.4;
    t.stage = 3;
    t.ungatedStage = 3;
    t.target = 3;  // already reached
    smm::ui::LadderLayout layout;
    smm::ui::LadderHit hit;
    auto draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImVec2(700, 700));
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        hit = smm::ui::drawLadders(stages, {t}, 600.0f, 0.0f, &layout);
        ImGui::End();
    };
    h.frame(draw);
    CHECK(drewExactly("Target met"));
    CHECK_FALSE(drewExactly("Held back"));
    CHECK(Headless::drew("level 3.4"));
    REQUIRE(layout.rungCentres.size() == 1);
    // Stage 1 at the bottom, stage 5 at the top.
    CHECK(layout.rungCentres[0][0].y > layout.rungCentres[0][4].y);
    h.moveMouse(layout.rungCentres[0][3]);
    h.frame(draw);
    h.frame(draw);
    CHECK(hit.track == 0);
    CHECK(hit.stage == 3);
    CHECK(Headless::drew("Part of the way there"));
}
