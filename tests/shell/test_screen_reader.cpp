// The screen-reader mirror is built from core's data for every view; the
// overview's list names the same next moves the roadmap computes.
#include <catch2/catch_test_macros.hpp>

#include "headless.hpp"
#include "shell/screen_reader.hpp"
#include "shell/view_ids.hpp"

TEST_CASE("the screen-reader view names the roadmap's next moves and draws every view") {
    smm::test::Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Overview);
    smm::test::settle(h, app);
    const smm::Document& doc = app.document();
    std::vector<int> moves;
    for (const smm::NextMove& m : doc.moves()) moves.push_back(m.action);
    REQUIRE_FALSE(moves.empty());
    const std::string html = smm::screenReaderHtml(app);
    for (int action : moves) {
        const std::string& title = doc.model().actions[static_cast<std::size_t>(action)].title;
        INFO(title);
        CHECK(html.find(title.substr(0, 20)) != std::string::npos);
    }
    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        app.showView(v.id);
        smm::test::settle(h, app);
        CHECK_FALSE(smm::screenReaderHtml(app).empty());
    }
}
