// Keyboard reach: Tab and Shift+Tab walk every interactive thing in reading
// order, Enter activates the focused item, the page keys scroll a view, Esc
// closes menus, and the focused item wears a ring that can be seen.
#include <catch2/catch_test_macros.hpp>

#include <imgui_internal.h>

#include <algorithm>
#include <string>
#include <string_view>
#include <vector>

#include "headless.hpp"
#include "shell/item_registry.hpp"
#include "shell/views/file_menu.hpp"

using smm::test::Headless;
using smm::ui::ViewId;

namespace {

using Registry = smm::test::ItemRegistry;

// A key pressed and released, each on its own frame as a person's would be.
void press(Headless& h, smm::App& app, ImGuiKey key, bool shift = false) {
    if (shift) h.key(ImGuiMod_Shift, true);
    h.key(key, true);
    h.frame([&] { app.frame(); });
    h.key(key, false);
    if (shift) h.key(ImGuiMod_Shift, false);
    h.frame([&] { app.frame(); });
}

std::string focused() {
    auto f = smm::ui::focusedItem();
    return f ? f->label : std::string();
}

std::string_view visible(std::string_view label) { return label.substr(0, label.find("##")); }

// The labels Tab (or Shift+Tab) focuses, one press at a time, until the walk
// comes back to where it started (or `limit` presses).
std::vector<std::string> tabCycle(Headless& h, smm::App& app, bool backwards = false, int limit = 400) {
    std::vector<std::string> out;
    for (int i = 0; i < limit; ++i) {
        press(h, app, ImGuiKey_Tab, backwards);
        const std::string now = focused();
        if (!out.empty() && now == out.front()) break;
        out.push_back(now);
    }
    return out;
}

int indexOf(const std::vector<std::string>& walk, std::string_view label) {
    for (std::size_t i = 0; i < walk.size(); ++i)
        if (visible(walk[i]) == label) return static_cast<int>(i);
    return -1;
}

// Tabs until the item labelled `label` has the focus; false if it never does.
bool tabTo(Headless& h, smm::App& app, std::string_view label, int limit = 200) {
    for (int i = 0; i < limit; ++i) {
        press(h, app, ImGuiKey_Tab);
        if (visible(focused()) == label) return true;
    }
    return false;
}

// The window the view scrolls in (the app's "##content" child).
ImGuiWindow* contentWindow() {
    for (ImGuiWindow* w : ImGui::GetCurrentContext()->Windows) {
        const std::string_view name(w->Name);
        if (name.starts_with("##app/##content") && name.find('/', 6) == std::string_view::npos) return w;
    }
    FAIL("no content window");
    return nullptr;
}
float contentScroll() { return contentWindow()->Scroll.y; }
float contentScrollMax() { return contentWindow()->ScrollMax.y; }

}  // namespace

TEST_CASE("Tab walks the overview in reading order: the top bar, the ladders, the next moves, the risks") {
    Registry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(ViewId::Overview);
    smm::test::settle(h, app);
    const std::vector<std::string> walk = tabCycle(h, app);
    INFO("walk has " << walk.size() << " stops");
    REQUIRE(walk.size() > 20);

    // Every stop is a named thing, and each is reached once per cycle.
    for (const std::string& label : walk) CHECK_FALSE(label.empty());
    std::vector<std::string> sorted = walk;
    std::sort(sorted.begin(), sorted.end());
    CHECK(std::adjacent_find(sorted.begin(), sorted.end()) == sorted.end());

    // The top bar first, in its visual order.
    for (std::size_t i = 0; i < std::size(smm::ui::kViews); ++i) CHECK(visible(walk[i]) == smm::ui::kViews[i].label);
    CHECK(indexOf(walk, "Copy link") > indexOf(walk, "Risks"));
    CHECK(indexOf(walk, "File") > indexOf(walk, "Copy link"));

    // Then the view: each next move, the link to all risks and the top risks.
    const smm::Document& doc = app.document();
    std::vector<int> moves;
    for (const smm::NextMove& m : doc.moves()) moves.push_back(m.action);
    REQUIRE_FALSE(moves.empty());
    int previous = indexOf(walk, "Switch theme");
    for (int m : moves) {
        const int at = indexOf(walk, doc.model().actions[static_cast<std::size_t>(m)].title);
        CHECK(at > previous);
        previous = at;
    }
    const int allRisks = indexOf(walk, "All " + std::to_string(doc.risks().size()) + " risks \xE2\x86\x92");
    CHECK(allRisks > previous);
    const auto top = smm::topRisks(doc.model(), doc.assessment(), doc.score(), 3);
    REQUIRE_FALSE(top.empty());
    CHECK(indexOf(walk, doc.model().risks[static_cast<std::size_t>(top.front().risk)].title) > allRisks);

    SECTION("Shift+Tab walks the same stops backwards") {
        std::vector<std::string> back = tabCycle(h, app, true);
        REQUIRE(back.size() == walk.size());
        // The forward walk came back to its first stop; from there Shift+Tab
        // goes to the last stop and on, backwards, to the first.
        std::vector<std::string> expected(walk.rbegin(), walk.rend());
        CHECK(back == expected);
    }
}

TEST_CASE("Every view's interactive things are reached by Tab, each with a name") {
    Registry registry;
    struct Case {
        ViewId view;
        std::string expected;  // one stop that must be in the walk
    };
    smm::App probe = smm::test::bundledApp();
    const smm::Model& model = probe.document().model();
    const Case cases[] = {
        {ViewId::Map, model.dimensions[0].name + ", stage 1"},
        {ViewId::Radar, model.dimensions[0].name},
        {ViewId::Roadmap, "Show on map"},
        {ViewId::Risks, "Not a concern right now"},
        {ViewId::Questionnaire, "##note0"},
    };
    for (float width : {1280.0f, 390.0f}) {
        for (const Case& c : cases) {
            Headless h(ImVec2(width, 800));
            smm::App app = smm::test::bundledApp(c.view);
            smm::test::settle(h, app);
            const std::vector<std::string> walk = tabCycle(h, app);
            INFO("width " << width << ", view " << static_cast<int>(c.view) << ", " << walk.size() << " stops");
            CHECK(std::find_if(walk.begin(), walk.end(), [&](const std::string& l) {
                      return visible(l) == c.expected || l == c.expected;
                  }) != walk.end());
            for (const std::string& label : walk) CHECK_FALSE(label.empty());
        }
    }
}

TEST_CASE("Enter presses the focused item") {
    Registry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(ViewId::Overview);
    smm::test::settle(h, app);
    const smm::Document& doc = app.document();

    SECTION("a next move opens its cell on the map") {
        const smm::Action& first = doc.model().actions[static_cast<std::size_t>(doc.moves().front().action)];
        REQUIRE(tabTo(h, app, first.title));
        press(h, app, ImGuiKey_Enter);
        CHECK(app.view() == ViewId::Map);
        CHECK(app.mapState().selectedDimension == first.dimension);
        CHECK(app.mapState().selectedStage == first.stage);
    }
    SECTION("a tab in the top bar shows its view") {
        REQUIRE(tabTo(h, app, "Radar"));
        press(h, app, ImGuiKey_Enter);
        CHECK(app.view() == ViewId::Radar);
    }
    SECTION("Space does the same") {
        REQUIRE(tabTo(h, app, "Roadmap"));
        press(h, app, ImGuiKey_Space);
        CHECK(app.view() == ViewId::Roadmap);
    }
    SECTION("a map cell opens its detail, and Esc closes it") {
        app.showView(ViewId::Map);
        smm::test::settle(h, app);
        const std::string cell = doc.model().dimensions[1].name + ", stage 2";
        REQUIRE(tabTo(h, app, cell));
        press(h, app, ImGuiKey_Enter);
        CHECK(app.mapState().selectedDimension == 1);
        CHECK(app.mapState().selectedStage == 1);
        press(h, app, ImGuiKey_Escape);
        smm::test::settle(h, app, 2);
        CHECK(app.mapState().selectedDimension == -1);
    }
}

TEST_CASE("Esc closes the File menu opened from the keyboard") {
    Registry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(ViewId::Overview);
    smm::test::settle(h, app);
    REQUIRE(tabTo(h, app, "File"));
    press(h, app, ImGuiKey_Enter);
    smm::test::settle(h, app, 2);
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    REQUIRE(g.OpenPopupStack.Size == 1);
    CHECK(smm::ui::findItem("New assessment").has_value());
    SECTION("Tab stays inside the open menu") {
        for (int i = 0; i < 12; ++i) {
            press(h, app, ImGuiKey_Tab);
            CHECK_FALSE(focused().empty());
            REQUIRE(g.NavWindow != nullptr);
            CHECK(g.NavWindow == g.OpenPopupStack[0].Window);
        }
    }
    // Tab may have landed in the organisation field: Esc first leaves the field (undoing the edit).
    if (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId) {
        press(h, app, ImGuiKey_Escape);
        smm::test::settle(h, app, 2);
        REQUIRE(g.OpenPopupStack.Size == 1);
    }
    press(h, app, ImGuiKey_Escape);
    smm::test::settle(h, app, 2);
    CHECK(g.OpenPopupStack.Size == 0);
    CHECK_FALSE(smm::ui::findItem("New assessment").has_value());
}

TEST_CASE("The page keys scroll the view when nothing is being edited") {
    Registry registry;
    Headless h(ImVec2(1280, 600));
    smm::App app = smm::test::bundledApp(ViewId::Overview);
    smm::test::settle(h, app);
    smm::test::settle(h, app, 6);  // nested auto-sized cards take a frame per level
    REQUIRE(contentScrollMax() > 600.0f);  // the overview is taller than the window
    CHECK(contentScroll() == 0.0f);

    press(h, app, ImGuiKey_PageDown);
    const float afterPage = contentScroll();
    CHECK(afterPage > 300.0f);  // most of a window's height
    press(h, app, ImGuiKey_DownArrow);
    CHECK(contentScroll() > afterPage);
    press(h, app, ImGuiKey_UpArrow);
    CHECK(contentScroll() == afterPage);
    press(h, app, ImGuiKey_End);
    CHECK(contentScroll() == contentScrollMax());
    press(h, app, ImGuiKey_PageUp);
    CHECK(contentScroll() < contentScrollMax());
    press(h, app, ImGuiKey_Home);
    CHECK(contentScroll() == 0.0f);

    SECTION("Tab brings a focused item below the fold into view") {
        const smm::Document& doc = app.document();
        const auto top = smm::topRisks(doc.model(), doc.assessment(), doc.score(), 3);
        REQUIRE(tabTo(h, app, doc.model().risks[static_cast<std::size_t>(top.back().risk)].title));
        smm::test::settle(h, app, 2);
        auto box = smm::ui::focusedItem();
        REQUIRE(box.has_value());
        CHECK(box->rect.min.y >= 0.0f);
        CHECK(box->rect.max.y <= 600.0f);
    }
}

TEST_CASE("The questionnaire keeps its own keys: arrows move between questions, not the page") {
    Registry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(ViewId::Questionnaire);
    smm::test::settle(h, app);
    const int first = app.questionnaireState().focusedQuestion;
    press(h, app, ImGuiKey_DownArrow);
    CHECK(app.questionnaireState().focusedQuestion != first);
}

TEST_CASE("The focused item wears a ring in the accent colour, in both themes, and only for the keyboard") {
    Registry registry;
    for (auto theme : {smm::ui::ThemeKind::Light, smm::ui::ThemeKind::Dark}) {
        Headless h(ImVec2(1280, 800));
        smm::ui::applyTheme(theme);
        smm::App app = smm::test::bundledApp(ViewId::Overview);
        smm::test::settle(h, app);
        REQUIRE(tabTo(h, app, "Maturity map"));
        const ImDrawData& data = h.frame([&] { app.frame(); });
        const auto box = smm::ui::focusedItem();
        REQUIRE(box.has_value());
        // The accent vertices on the foreground layer (drawn over everything)
        // surround the focused item, a few pixels out.
        const ImU32 accent = smm::ui::palette().accent;
        const ImDrawList* top = data.CmdLists.back();
        ImVec2 lo(FLT_MAX, FLT_MAX), hi(-FLT_MAX, -FLT_MAX);
        for (const ImDrawVert& v : top->VtxBuffer)
            if (v.col == accent) {
                lo = ImVec2(std::min(lo.x, v.pos.x), std::min(lo.y, v.pos.y));
                hi = ImVec2(std::max(hi.x, v.pos.x), std::max(hi.y, v.pos.y));
            }
        REQUIRE(hi.x > lo.x);
        CHECK(lo.x < box->rect.min.x);
        CHECK(lo.y < box->rect.min.y);
        CHECK(hi.x > box->rect.max.x);
        CHECK(hi.y > box->rect.max.y);
        CHECK(box->rect.min.x - lo.x <= 8.0f);
        CHECK(hi.y - box->rect.max.y <= 8.0f);

        // A click hands the page back to the pointer: no ring.
        smm::test::click(h, app, ImVec2(4, 790));
        CHECK_FALSE(smm::ui::focusedItem().has_value());
        smm::ui::applyTheme(smm::ui::ThemeKind::Light);
    }
}
