// The roadmap view, drawn headless from the bundled model and sample. Cards
// and links are found by their labels through the item registry.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <variant>

#include "headless.hpp"
#include "shell/app.hpp"
#include "shell/item_registry.hpp"
#include "shell/widgets/action_card.hpp"

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;
using smm::test::click;
using smm::ui::ItemRect;

namespace {

// An action's card on the board in the last frame, in sight or not.
std::optional<ItemRect> cardOf(const smm::Document& doc, int action) {
    return smm::ui::findItem(smm::ui::actionCardName(doc.model().actions[static_cast<std::size_t>(action)].title));
}

// The actions whose cards were drawn in the last frame, in drawing order.
std::vector<int> drawnCards(const smm::Document& doc) {
    std::vector<int> order;
    for (const ItemRect& r : smm::ui::findItems("##action-card"))
        for (const auto& item : doc.roadmap().items)
            if (auto c = cardOf(doc, item.action); c && c->min.x == r.min.x && c->min.y == r.min.y) order.push_back(item.action);
    return order;
}

// The "Show on map" link on an action's card.
ItemRect linkOf(const smm::Document& doc, int action) {
    const auto card = cardOf(doc, action);
    REQUIRE(card.has_value());
    const auto link = smm::ui::findItemIn(*card, "Show on map");
    REQUIRE(link.has_value());
    return *link;
}

// Position of the first captured string equal to `s`, or -1.
long indexOf(const std::string& s) {
    const auto& all = smm::ui::capturedText();
    auto it = std::find(all.begin(), all.end(), s);
    return it == all.end() ? -1 : static_cast<long>(it - all.begin());
}

int phaseOf(const smm::Roadmap& roadmap, int action) {
    for (const auto& item : roadmap.items)
        if (item.action == action) return item.phase;
    return 0;
}

}  // namespace

TEST_CASE("the roadmap shows every action, every phase and how far it takes you") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    settle(h, app);
    h.frame([&] { app.frame(); });

    const smm::Document& doc = app.document();
    const smm::Roadmap& roadmap = doc.roadmap();
    REQUIRE(roadmap.items.size() > 5);
    REQUIRE(roadmap.phaseCount > 1);
    for (const auto& item : roadmap.items) {
        const smm::Action& a = doc.model().actions[item.action];
        CHECK(indexOf(a.title) >= 0);
        CHECK(Headless::drew(doc.model().dimensions[a.dimension].name));
        CHECK(Headless::drew(doc.model().stages[a.stage].name));
    }
    for (int p = 1; p <= roadmap.phaseCount; ++p) CHECK(indexOf("Phase " + std::to_string(p)) >= 0);
    CHECK(indexOf("Phase " + std::to_string(roadmap.phaseCount + 1)) == -1);
    CHECK(Headless::drew(std::to_string(roadmap.items.size()) + " actions in " + std::to_string(roadmap.phaseCount) +
                         " phases take you from Stage " + std::to_string(doc.score().overallStage) + " to your targets"));
    CHECK(Headless::drew("Low effort"));
    CHECK(Headless::drew("Show on map"));
    const bool anyGate = std::any_of(roadmap.items.begin(), roadmap.items.end(), [](const auto& i) { return i.forGate; });
    CHECK(Headless::drew("For a gate") == anyGate);
    CHECK(drawnCards(doc).size() == roadmap.items.size());
}

TEST_CASE("no action comes before what it depends on, in the roadmap or on screen") {
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    const smm::Document& doc = app.document();
    const smm::Roadmap& roadmap = doc.roadmap();
    int edges = 0;
    for (const auto& item : roadmap.items)
        for (int dep : item.dependsOn) {
            ++edges;
            INFO(doc.model().actions[item.action].title << " after " << doc.model().actions[dep].title);
            CHECK(phaseOf(roadmap, dep) > 0);
            CHECK(phaseOf(roadmap, dep) < item.phase);
        }
    REQUIRE(edges > 5);

    SECTION("side by side on a laptop: dependencies sit in columns to the left, drawn first") {
        smm::test::ItemRegistry registry;
        Headless h(ImVec2(1280, 800));
        settle(h, app);
        h.frame([&] { app.frame(); });
        CHECK_FALSE(Headless::drew("After: "));  // side by side: the columns say what comes first
        for (const auto& item : roadmap.items) {
            const auto card = cardOf(doc, item.action);
            REQUIRE(card);
            // One column per phase: an earlier phase lies wholly to the left, the same phase shares the column.
            for (const auto& other : roadmap.items) {
                const auto o = cardOf(doc, other.action);
                REQUIRE(o);
                if (other.phase < item.phase) CHECK(o->max.x < card->min.x);
                if (other.phase == item.phase) CHECK(o->min.x == card->min.x);
            }
            for (int dep : item.dependsOn) {
                const auto before = cardOf(doc, dep);
                REQUIRE(before);
                CHECK(before->max.x < card->min.x);
                CHECK(indexOf(doc.model().actions[dep].title) < indexOf(doc.model().actions[item.action].title));
            }
        }
        // Cards are drawn phase by phase.
        const std::vector<int> order = drawnCards(doc);
        REQUIRE(order.size() == roadmap.items.size());
        int lastPhase = 0;
        for (int a : order) {
            CHECK(phaseOf(roadmap, a) >= lastPhase);
            lastPhase = phaseOf(roadmap, a);
        }
    }
    SECTION("stacked on a narrow screen: dependencies sit above and are named on the card") {
        smm::test::ItemRegistry registry;
        Headless h(ImVec2(760, 900));
        settle(h, app);
        h.frame([&] { app.frame(); });
        for (const auto& item : roadmap.items) {
            const auto card = cardOf(doc, item.action);
            REQUIRE(card);
            for (int dep : item.dependsOn) {
                REQUIRE(cardOf(doc, dep));
                CHECK(cardOf(doc, dep)->max.y < card->min.y);
            }
            if (!item.dependsOn.empty()) CHECK(Headless::drew("After: " + doc.model().actions[item.dependsOn.front()].title));
        }
    }
}

TEST_CASE("Show on map opens the map at the action's cell") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    settle(h, app);
    const int first = drawnCards(app.document()).front();
    const smm::Action action = app.document().model().actions[first];
    click(h, app, linkOf(app.document(), first).centre());
    CHECK(app.view() == smm::ui::ViewId::Map);
    CHECK(app.mapState().selectedDimension == action.dimension);
    CHECK(app.mapState().selectedStage == action.stage);
}

TEST_CASE("the link emits one FocusCell and does not also open the card") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    smm::ui::RoadmapViewState state;
    smm::Intents intents;
    auto draw = [&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("roadmap", nullptr, ImGuiWindowFlags_NoDecoration);
        smm::ui::drawRoadmapView(app.document(), state, intents);
        ImGui::End();
    };
    // Outside App::frame, so each frame starts the registry afresh itself.
    for (int i = 0; i < 3; ++i) h.frame([&] { smm::ui::beginItemFrame(); draw(); });
    REQUIRE(intents.empty());
    const std::vector<int> order = drawnCards(app.document());
    REQUIRE(order.size() > 1);
    const int action = order[1];
    h.moveMouse(linkOf(app.document(), action).centre());
    h.frame(draw);
    h.mouseButton(true);
    h.frame(draw);
    h.mouseButton(false);
    h.frame(draw);
    REQUIRE(intents.size() == 1);
    const auto* focus = std::get_if<smm::FocusCell>(&intents.front());
    REQUIRE(focus);
    CHECK(focus->dimension == app.document().model().actions[action].dimension);
    CHECK(focus->stage == app.document().model().actions[action].stage);
    CHECK(state.expandedAction == -1);
}

TEST_CASE("clicking a card opens its detail, what it waits for and what it unlocks") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    settle(h, app);
    const smm::Document& doc = app.document();
    // A card in phase 2 that waits for something and unlocks something.
    const smm::RoadmapItem* pick = nullptr;
    for (const auto& item : doc.roadmap().items) {
        bool unlocks = false;
        for (const auto& other : doc.roadmap().items)
            for (int dep : other.dependsOn) unlocks |= dep == item.action;
        if (item.phase == 2 && !item.dependsOn.empty() && unlocks) pick = &item;
        if (pick) break;
    }
    REQUIRE(pick);
    const smm::Action& a = doc.model().actions[pick->action];
    h.frame([&] { app.frame(); });
    CHECK_FALSE(Headless::drew(a.detail));

    auto card = cardOf(doc, pick->action);
    REQUIRE(card);
    click(h, app, ImVec2(card->min.x + 20.0f, card->min.y + 20.0f));
    h.moveMouse(ImVec2(-1000, -1000));
    h.frame([&] { app.frame(); });
    CHECK(app.roadmapState().expandedAction == pick->action);
    CHECK(app.view() == smm::ui::ViewId::Roadmap);
    CHECK(Headless::drew(a.detail));
    CHECK(Headless::drew("Waits for: " + doc.model().actions[pick->dependsOn.front()].title));
    CHECK(Headless::drew("Unlocks: "));

    card = cardOf(doc, pick->action);
    REQUIRE(card);
    click(h, app, ImVec2(card->min.x + 20.0f, card->min.y + 20.0f));
    CHECK(app.roadmapState().expandedAction == -1);
}

TEST_CASE("hovering a card shows its detail") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    settle(h, app);
    const int first = drawnCards(app.document()).front();
    const std::string detail = app.document().model().actions[first].detail;
    const auto card = cardOf(app.document(), first);
    REQUIRE(card);
    h.moveMouse(ImVec2(card->min.x + 30.0f, card->min.y + 12.0f));
    for (int i = 0; i < 40; ++i) h.frame([&] { app.frame(); });
    CHECK(Headless::drew(detail));
}

TEST_CASE("without targets the roadmap asks for them and leads to the questionnaire") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    smm::Document& doc = app.document();
    for (std::size_t d = 0; d < doc.model().dimensions.size(); ++d) doc.setTarget(static_cast<int>(d), 0);
    REQUIRE(doc.roadmap().items.empty());
    settle(h, app);
    CHECK(Headless::drew("Set targets in the Questionnaire to get a roadmap"));
    CHECK_FALSE(Headless::drew("Phase 1"));
    CHECK(smm::ui::findItems("##action-card").empty());

    click(h, app, smm::test::item("Set targets in the Questionnaire").centre());
    CHECK(app.view() == smm::ui::ViewId::Questionnaire);
}

TEST_CASE("with every target met the roadmap says so") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    smm::Document& doc = app.document();
    int reached = -1;
    for (std::size_t d = 0; d < doc.model().dimensions.size(); ++d) {
        doc.setTarget(static_cast<int>(d), 0);
        // A stage is reached when each of its actions is done: every question it fixes is in place.
        bool allDone = doc.score().dimensions[d].level >= 1.0;
        for (const smm::Action& a : doc.model().actions)
            if (a.dimension == static_cast<int>(d) && a.stage == 0) allDone = allDone && smm::actionDone(doc.model(), doc.score(), a);
        if (reached < 0 && doc.model().dimensions[d].kind == smm::DimensionKind::Enabler && allDone)
            reached = static_cast<int>(d);
    }
    REQUIRE(reached >= 0);
    doc.setTarget(reached, 1);
    REQUIRE(doc.roadmap().items.empty());
    settle(h, app);
    CHECK(Headless::drew("Your targets are met"));
    CHECK_FALSE(Headless::drew("Set targets in the Questionnaire to get a roadmap"));
}

TEST_CASE("roadmap cards never overlap and stay on screen, at every size") {
    for (ImVec2 size : {ImVec2(760, 900), ImVec2(1024, 768), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        smm::test::ItemRegistry registry;
        Headless h(size);
        smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
        settle(h, app);
        const smm::Document& doc = app.document();
        std::vector<ItemRect> cards;
        for (const auto& item : doc.roadmap().items) {
            const auto card = cardOf(doc, item.action);
            REQUIRE(card);
            cards.push_back(*card);
        }
        // Every "Show on map" in sight lies inside a card.
        const std::vector<ItemRect> links = smm::ui::findItems("Show on map");
        CHECK_FALSE(links.empty());
        for (const ItemRect& link : links)
            CHECK(std::any_of(cards.begin(), cards.end(), [&](const ItemRect& c) { return c.contains(link); }));
        for (std::size_t i = 0; i < cards.size(); ++i) {
            INFO("at " << size.x << "x" << size.y << ", card " << i);
            CHECK(cards[i].min.x >= 0.0f);
            CHECK(cards[i].max.x <= size.x);
            for (std::size_t j = i + 1; j < cards.size(); ++j) {
                const bool apart = cards[i].max.x <= cards[j].min.x || cards[j].max.x <= cards[i].min.x ||
                                   cards[i].max.y <= cards[j].min.y || cards[j].max.y <= cards[i].min.y;
                CHECK(apart);
            }
        }
    }
}

TEST_CASE("with few phases the cards keep their width") {
    Headless h(ImVec2(1920, 1080));
    smm::App app = bundledApp(smm::ui::ViewId::Roadmap);
    smm::Document& doc = app.document();
    for (std::size_t d = 0; d < doc.model().dimensions.size(); ++d) doc.setTarget(static_cast<int>(d), 0);
    // One enabler one stage up: a short roadmap.
    for (std::size_t d = 0; d < doc.model().dimensions.size(); ++d)
        if (doc.model().dimensions[d].kind == smm::DimensionKind::Enabler && doc.roadmap().items.empty())
            doc.setTarget(static_cast<int>(d), static_cast<int>(doc.score().dimensions[d].level) + 1);
    REQUIRE_FALSE(doc.roadmap().items.empty());
    REQUIRE(doc.roadmap().phaseCount <= 2);
    smm::test::ItemRegistry registry;
    settle(h, app);
    CHECK_FALSE(Headless::drew("After: "));  // side by side
    const std::vector<ItemRect> cards = smm::ui::findItems("##action-card");
    REQUIRE(cards.size() == doc.roadmap().items.size());
    for (const ItemRect& c : cards) CHECK(c.max.x - c.min.x <= 340.0f);
    CHECK(Headless::drew("Phase 1"));
}
