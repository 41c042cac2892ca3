// The top bar says when the page works offline and when there is no network,
// and nothing else changes; a new version is announced and never touches the
// work that is open.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <optional>
#include <string>
#include <utility>
#include <vector>

#include "headless.hpp"
#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/connectivity.hpp"
#include "shell/screen_reader.hpp"
#include "shell/item_registry.hpp"
#include "shell/views/top_bar.hpp"

using smm::Connectivity;
using smm::test::Headless;
using smm::test::MemoryPlatform;
using smm::test::settle;

namespace {

smm::App appOn(MemoryPlatform& platform) {
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document.has_value());
    smm::App app(std::move(*start.document), &platform);
    app.start();
    return app;
}

bool overlaps(const smm::ui::ItemRect& a, const smm::ui::ItemRect& b) {
    return a.min.x < b.max.x && b.min.x < a.max.x && a.min.y < b.max.y && b.min.y < a.max.y;
}

}  // namespace

TEST_CASE("the words for each state, in one place") {
    CHECK(std::string(smm::connectivityLabel({true, false})).empty());
    CHECK(std::string(smm::connectivityLabel({true, true})) == "Works offline");
    CHECK(std::string(smm::connectivityLabel({false, true})) == "Offline");
    CHECK(std::string(smm::connectivityLabel({false, false})) == "Offline");
}

TEST_CASE("the top bar shows the state beside its buttons, overlapping nothing") {
    const float width = GENERATE(1920.0f, 1440.0f, 1280.0f, 390.0f);
    const bool online = GENERATE(true, false);
    CAPTURE(width, online);
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(width, 800.0f));
    MemoryPlatform platform;
    smm::App app = appOn(platform);
    settle(h, app);
    CHECK_FALSE(smm::ui::findItem("Works offline").has_value());  // nothing to say yet
    CHECK_FALSE(smm::ui::findItem("Offline").has_value());

    platform.connectivityNow = Connectivity{online, true};
    settle(h, app);
    const bool phone = width < smm::ui::kPhoneWidth;
    // A phone's bar has room for "Offline"; "Works offline" only where the views button keeps its words.
    if (phone && online) return;
    const std::string label = online ? "Works offline" : "Offline";
    CHECK(Headless::drew(label));
    const std::optional<smm::ui::ItemRect> status = smm::ui::findItem(label);
    REQUIRE(status.has_value());
    CHECK(status->max.x <= width);
    CHECK(status->max.y <= smm::ui::kTopBarHeight);
    const std::vector<std::string> others = phone ? std::vector<std::string>{"Views", "Link", "File"}
                                                  : std::vector<std::string>{"Risks", "Copy link", "File"};
    for (const std::string& other : others) {
        const std::optional<smm::ui::ItemRect> r = smm::ui::findItem(other);
        INFO(other);
        REQUIRE(r.has_value());
        CHECK_FALSE(overlaps(*status, *r));
    }
}

TEST_CASE("on narrow laptops the state gives way before the product name does") {
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(1920.0f, 800.0f));
    MemoryPlatform platform;
    platform.connectivityNow = Connectivity{true, true};
    smm::App app = appOn(platform);
    for (float width = 700.0f; width <= 1920.0f; width += 20.0f) {
        CAPTURE(width);
        ImGui::GetIO().DisplaySize = ImVec2(width, 800.0f);
        settle(h, app, 2);
        const std::optional<smm::ui::ItemRect> status = smm::ui::findItem("Works offline");
        if (status) CHECK(Headless::drew("Social Maturity Map"));
        if (width >= 1280.0f) CHECK(status.has_value());  // a laptop has room for it
        const std::optional<smm::ui::ItemRect> link = smm::ui::findItem("Copy link");
        REQUIRE(link.has_value());
        if (status) CHECK(status->max.x <= link->min.x);
    }
}

TEST_CASE("a new version is announced, stays until dismissed, and the open edit is kept") {
    Headless h(ImVec2(1280.0f, 800.0f));
    MemoryPlatform platform;
    smm::App app = appOn(platform);
    settle(h, app);
    app.apply(smm::SetAnswer{0, 2});
    app.apply(smm::SetNote{0, "typed before the update"});
    const smm::Assessment before = app.document().assessment();

    app.newVersionReady();
    settle(h, app);
    CHECK(Headless::drew(smm::kNewVersionNotice));
    for (int i = 0; i < 12 * 60; ++i) h.frame([&] { app.frame(); });  // twelve seconds: info notices fade after six
    CHECK(Headless::drew(smm::kNewVersionNotice));
    CHECK(app.document().assessment() == before);

    app.newVersionReady();  // said again (another update): still one notice
    settle(h, app);
    int shown = 0;
    for (const smm::Notice& n : app.workspace().notices().items()) shown += n.title == smm::kNewVersionNotice;
    CHECK(shown == 1);
}

TEST_CASE("the screen-reader view says what the top bar says about the network") {
    Headless h;
    MemoryPlatform platform;
    smm::App app = appOn(platform);
    settle(h, app);
    platform.connectivityNow = Connectivity{true, false};
    CHECK(smm::screenReaderHtml(app).find("Works offline") == std::string::npos);
    platform.connectivityNow = Connectivity{true, true};
    CHECK(smm::screenReaderHtml(app).find("<p>Works offline. This page is kept in this browser") != std::string::npos);
    platform.connectivityNow = Connectivity{false, true};
    CHECK(smm::screenReaderHtml(app).find("<p>Offline. No network.") != std::string::npos);
}
