// The top bar at the widths people use: nav tabs and buttons never overlap and
// stay inside the window, however narrow it gets; on a phone a menu reaches
// every view.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "headless.hpp"
#include "shell/app.hpp"
#include "shell/item_registry.hpp"
#include "shell/views/top_bar.hpp"

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;

namespace {

// Turns the item registry on for one test and off again after it.
using Registry = smm::test::ItemRegistry;

bool intersects(const smm::ui::ItemRect& a, const smm::ui::ItemRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

std::string describe(const std::string& label, const smm::ui::ItemRect& r) {
    return label + " [" + std::to_string(r.min.x) + ", " + std::to_string(r.min.y) + " .. " +
           std::to_string(r.max.x) + ", " + std::to_string(r.max.y) + "]";
}

// Checks the last frame's top bar at `width`: every item present, inside the
// window and the bar, left to right in order, no two overlapping.
void checkTopBar(float width) {
    CAPTURE(width);
    const std::vector<std::string> labels =
        width >= smm::ui::kPhoneWidth
            ? std::vector<std::string>{"Overview", "Maturity map", "Radar", "Questionnaire", "Roadmap", "Risks",
                                       "Copy link", "File", "Switch theme"}
            : std::vector<std::string>{"Views", "Link", "File", "Switch theme"};
    if (width < smm::ui::kPhoneWidth) CHECK_FALSE(smm::ui::findItem("Copy link").has_value());

    std::vector<std::pair<std::string, smm::ui::ItemRect>> items;
    for (const std::string& label : labels) {
        std::optional<smm::ui::ItemRect> r = smm::ui::findItem(label);
        INFO(label);
        REQUIRE(r.has_value());
        items.emplace_back(label, *r);
    }
    for (const auto& [label, r] : items) {
        INFO(describe(label, r));
        CHECK(r.max.x - r.min.x > 0.0f);
        CHECK(r.min.x >= 0.0f);
        CHECK(r.min.y >= 0.0f);
        CHECK(r.max.x <= width);
        CHECK(r.max.y <= smm::ui::kTopBarHeight);
    }
    for (std::size_t i = 0; i < items.size(); ++i)
        for (std::size_t j = i + 1; j < items.size(); ++j) {
            INFO(describe(items[i].first, items[i].second) + " vs " + describe(items[j].first, items[j].second));
            CHECK_FALSE(intersects(items[i].second, items[j].second));
        }
    // The first tab starts right of the product mark (32 px, at least 12 px
    // from the edge); on a phone the mark gives way below 420 px.
    if (width >= 420.0f) CHECK(items.front().second.min.x >= 12.0f + 32.0f);
    // Tabs in order, left to right, then the buttons.
    for (std::size_t i = 1; i < items.size(); ++i) {
        INFO(items[i - 1].first + " before " + items[i].first);
        CHECK(items[i - 1].second.max.x <= items[i].second.min.x);
    }
}

}  // namespace

TEST_CASE("top bar items never overlap and stay inside the window") {
    const float width = GENERATE(360.0f, 390.0f, 640.0f, 700.0f, 860.0f, 1024.0f, 1280.0f, 1920.0f);
    Registry registry;
    Headless h(ImVec2(width, 800.0f));
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    for (int i = 0; i < 3; ++i) h.frame([&] { app.frame(); });
    checkTopBar(width);
}

TEST_CASE("top bar items never overlap at any width from 320 to 2000 px") {
    Registry registry;
    Headless h(ImVec2(640.0f, 800.0f));
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    for (float width = 320.0f; width <= 2000.0f; width += 9.0f) {
        ImGui::GetIO().DisplaySize = ImVec2(width, 800.0f);
        for (int i = 0; i < 2; ++i) h.frame([&] { app.frame(); });
        checkTopBar(width);
    }
}

TEST_CASE("the product name shows when there is room, the organisation line is cut rather than overlap") {
    Registry registry;
    {
        Headless h(ImVec2(1920.0f, 800.0f));
        smm::App app = bundledApp(smm::ui::ViewId::Overview);
        for (int i = 0; i < 3; ++i) h.frame([&] { app.frame(); });
        CHECK(Headless::drew("Social Maturity Map"));
        CHECK(Headless::drew(app.document().assessment().organisation));
    }
    {
        Headless h(ImVec2(640.0f, 800.0f));
        smm::App app = bundledApp(smm::ui::ViewId::Overview);
        for (int i = 0; i < 3; ++i) h.frame([&] { app.frame(); });
        CHECK_FALSE(Headless::drew("Social Maturity Map"));
    }
}

TEST_CASE("the link button copies the link at every width") {
    for (float width : {640.0f, 1280.0f}) {
        CAPTURE(width);
        Registry registry;
        Headless h(ImVec2(width, 800.0f));
        smm::App app = bundledApp(smm::ui::ViewId::Overview);
        for (int i = 0; i < 3; ++i) h.frame([&] { app.frame(); });
        auto r = smm::ui::findItem(width >= 700.0f ? "Copy link" : "Link");
        REQUIRE(r.has_value());
        h.moveMouse(r->centre());
        h.frame([&] { app.frame(); });
        h.mouseButton(true);
        h.frame([&] { app.frame(); });
        h.mouseButton(false);
        h.frame([&] { app.frame(); });
        h.frame([&] { app.frame(); });
        CHECK(Headless::drew("Link copied"));
    }
}

TEST_CASE("on a phone the views menu reaches every view, each row a 44 px touch target") {
    Registry registry;
    smm::ui::setTouchDevice(true);
    Headless h(ImVec2(390.0f, 844.0f));
    smm::App app = bundledApp(smm::ui::ViewId::Overview);
    settle(h, app);
    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        CAPTURE(v.label);
        auto button = smm::ui::findItem("Views");
        REQUIRE(button.has_value());
        CHECK(button->max.y - button->min.y >= 44.0f);
        smm::test::click(h, app, button->centre());
        settle(h, app, 2);  // a popup measures itself on its first frame
        auto row = smm::ui::findItem(v.label);
        REQUIRE(row.has_value());
        CHECK(row->max.y - row->min.y >= 44.0f);
        CHECK(row->max.x <= 390.0f);
        smm::test::click(h, app, row->centre());
        settle(h, app, 2);
        CHECK(app.view() == v.id);
        CHECK(Headless::drew(v.label));  // the button names the view shown
    }
    smm::ui::setTouchDevice(false);
}
