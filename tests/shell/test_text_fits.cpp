// No word is broken in the middle and no text runs out of its box, on every
// view at a phone's, a tablet's and a laptop's width. Every string the views
// draw is captured with its layout (font, position, wrap width, clip):
// - wrapped text must wrap at least as wide as its widest word (Dear ImGui
//   breaks a word that does not fit in the middle);
// - a single line must start and end inside its clip rectangle (else it is
//   cut, or hidden beside the window), and not run past its bottom.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <sstream>
#include <string>

#include "headless.hpp"
#include "memory_platform.hpp"

using smm::test::Headless;
using smm::ui::ViewId;

namespace {

struct Touch {
    explicit Touch(bool on) { smm::ui::setTouchDevice(on); }
    ~Touch() { smm::ui::setTouchDevice(false); }
};

float lineWidth(ImFont* font, const std::string& text) {
    float widest = 0.0f;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find('\n', start);
        if (end == std::string::npos) end = text.size();
        widest = std::max(widest, smm::ui::textSize(font, std::string_view(text).substr(start, end - start)).x);
        start = end + 1;
    }
    return widest;
}

// What is wrong with how `t` was laid out, or "" when nothing is.
std::string problem(const smm::ui::DrawnText& t) {
    std::ostringstream out;
    const float slack = 0.5f;
    if (t.wrapWidth > 0.0f) {
        const float word = smm::ui::widestWord(t.font, t.text);
        if (word > t.wrapWidth + slack)
            out << "a word is broken: wraps at " << t.wrapWidth << " px, its widest word is " << word << " px";
        return out.str();
    }
    const float w = lineWidth(t.font, t.text), h = smm::ui::textSize(t.font, t.text).y;
    const bool visibleY = t.pos.y < t.clip.w && t.pos.y + h > t.clip.y;
    if (!visibleY || w <= 0.0f) return {};
    if (t.pos.x + w > t.clip.z + slack) out << "cut at the right by " << (t.pos.x + w - t.clip.z) << " px";
    else if (t.pos.x < t.clip.x - slack) out << "cut at the left by " << (t.clip.x - t.pos.x) << " px";
    else if (t.pos.y + h > t.clip.w + slack) out << "cut at the bottom by " << (t.pos.y + h - t.clip.w) << " px";
    return out.str();
}

}  // namespace

TEST_CASE("no view breaks a word or cuts a line at 390, 820 or 1280 px") {
    struct Width {
        float width;
        bool touch;
    };
    const Width widths[] = {{390.0f, true}, {820.0f, true}, {1280.0f, false}};
    const ViewId views[] = {ViewId::Overview, ViewId::Map,     ViewId::Radar,
                            ViewId::Questionnaire, ViewId::Roadmap, ViewId::Risks};
    int checked = 0;
    auto check = [&](float width, const char* what) {
        for (const smm::ui::DrawnText& t : smm::ui::capturedLayout()) {
            ++checked;
            const std::string why = problem(t);
            if (why.empty()) continue;
            INFO("at " << width << " px, " << what << ": \"" << t.text << "\" at (" << t.pos.x << ", " << t.pos.y
                       << "): " << why);
            CHECK(why.empty());
        }
    };
    for (const Width& w : widths) {
        Touch touch(w.touch);
        for (ViewId view : views) {
            // Tall enough that every card is on screen: the check sees every line.
            Headless h(ImVec2(w.width, 4000.0f), w.touch ? 3.0f : 1.0f);
            smm::App app = smm::test::bundledApp(view);
            smm::test::settle(h, app, 8);
            h.frame([&] { app.frame(); });
            check(w.width, smm::ui::kViews[static_cast<int>(view)].label);
        }
        // A first visit: the sample's notice with its two buttons above the overview.
        Headless h(ImVec2(w.width, 4000.0f), w.touch ? 3.0f : 1.0f);
        smm::test::MemoryPlatform platform;
        smm::StartupResult start = smm::loadBundledDocument();
        REQUIRE(start.document.has_value());
        smm::App app(std::move(*start.document), &platform);
        app.start();
        smm::test::settle(h, app, 8);
        h.frame([&] { app.frame(); });
        REQUIRE(Headless::drew("Explore the sample"));
        check(w.width, "first visit");
    }
    CHECK(checked > 500);  // the capture saw the views' text
}
