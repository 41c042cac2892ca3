// A shared link whose organisation has accents, an emoji and CJK opens and
// draws every view (it once never reached its first frame in the browser).
#include <catch2/catch_test_macros.hpp>

#include "core/share_code.hpp"
#include "headless.hpp"
#include "shell/view_ids.hpp"

TEST_CASE("a link with an emoji and CJK in the organisation opens and every view draws") {
    smm::test::Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(smm::ui::ViewId::Overview);
    smm::Assessment a = smm::makeBlankAssessment(app.document().model());
    a.organisation = "Caf\xC3\xA9 \xC3\x9Cn\xC3\xAFon \xF0\x9F\x98\x80 \xE6\x97\xA5\xE6\x9C\xAC";
    const std::string code = smm::encodeShareCode(app.document().model(), a);
    app.openLink("a=" + code);
    smm::test::settle(h, app);
    CHECK(app.document().assessment().organisation == a.organisation);
    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        app.showView(v.id);
        smm::test::settle(h, app);
        CHECK(app.view() == v.id);
    }
}

TEST_CASE("a character the fonts lack is drawn as a white square, in every font") {
    smm::test::Headless h(ImVec2(1280, 800));
    const smm::ui::Fonts& f = smm::ui::fonts();
    for (ImFont* font : {f.body, f.bodyBold, f.small, f.heading, f.title}) {
        REQUIRE(font != nullptr);
        CHECK(font->FallbackChar == 0x25A1);
        const ImFontGlyph* emoji = font->FindGlyph(0x1F600);
        REQUIRE(emoji != nullptr);
        CHECK(emoji->Codepoint == 0x25A1);
        CHECK(emoji->Visible);
        CHECK(font->FindGlyph('A')->Codepoint == 'A');
    }
}
