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

TEST_CASE("names in Central European and Turkish letters draw in every font, the titles too") {
    // The organisation's name is the title of the workshop and of a
    // participant's page, and of the presentation; models are data and may be
    // written in any Latin-script language.
    smm::test::Headless h(ImVec2(1280, 800));
    smm::ui::wantPresentationFonts(true);
    smm::ui::buildFonts(1.0f);
    const smm::ui::Fonts& f = smm::ui::fonts();
    // "Łódź Škoda Çelik Őrség Ğ": Latin-1 and Latin Extended-A letters.
    const ImWchar name[] = {0x141, 0xF3, 0x64, 0x17A, ' ', 0x160, 'k', 'o', 'd', 'a', ' ', 0xC7, 'e', 'l', 'i', 'k',
                            ' ', 0x150, 'r', 's', 0xE9, 'g', ' ', 0x11E};
    for (ImFont* font : {f.body, f.bodyBold, f.small, f.heading, f.title, f.slideBody, f.slideBold, f.slideTitle}) {
        REQUIRE(font != nullptr);
        for (ImWchar c : name) {
            CAPTURE(font->FontSize, static_cast<int>(c));
            CHECK(font->FindGlyphNoFallback(c) != nullptr);
        }
    }
    smm::ui::wantPresentationFonts(false);
    smm::ui::buildFonts(1.0f);
}
