#include "fonts.hpp"

#include <imgui_internal.h>  // ImFontAtlasGetBuilderForStbTruetype

#include "assets/assets.hpp"

namespace smm::ui {
namespace {

Fonts gFonts;
bool gWantSlides = false;
constexpr ImWchar kMissingGlyph = 0x25A1;

// Every font, headings and titles too: Latin (with Extended-A, for the names
// of organisations, people and groups, which titles show, and for models
// written in Central European or Turkish) plus the punctuation and symbols the
// model and views use.
const ImWchar kGlyphs[] = {
    0x0020, 0x017F,  // Basic Latin, Latin-1, Latin Extended-A
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2190, 0x2193,  // arrows
    0x2264, 0x2265,  // less/greater or equal
    0x25A1, 0x25A1,  // white square: drawn for what the font lacks (emoji, CJK)
    0,
};

ImFont* addFont(const assets::Blob& blob, float size, float ratio, const ImWchar* glyphs) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are compiled in
    // Horizontal oversampling sharpens sub-pixel positions at 1x; at 1.5x and
    // above the glyphs already have the pixels, and it would double start-up cost.
    config.OversampleH = ratio < 1.5f ? 2 : 1;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    void* data = const_cast<unsigned char*>(blob.data);
    ImFont* font = ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(blob.size), size * ratio,
                                                              &config, glyphs);
    // A character the font lacks (an emoji, CJK) shows as a white square, a
    // visible stand-in; the text itself is kept whole. Set before the build,
    // which keeps it when the font has the square (else it picks '?').
    font->FallbackChar = kMissingGlyph;
    return font;
}

}  // namespace

const Fonts& buildFonts(float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const auto regular = assets::fontRegular();
    const auto bold = assets::fontBold();
    gFonts.body = addFont(regular, 15.0f, pixelRatio, kGlyphs);
    gFonts.bodyBold = addFont(bold, 15.0f, pixelRatio, kGlyphs);
    gFonts.small = addFont(regular, 13.0f, pixelRatio, kGlyphs);
    gFonts.heading = addFont(bold, 19.0f, pixelRatio, kGlyphs);
    gFonts.title = addFont(bold, 28.0f, pixelRatio, kGlyphs);
    gFonts.slideBody = gFonts.slideBold = gFonts.slideTitle = nullptr;
    if (gWantSlides) {
        gFonts.slideBody = addFont(regular, 34.0f, pixelRatio, kGlyphs);
        gFonts.slideBold = addFont(bold, 34.0f, pixelRatio, kGlyphs);
        gFonts.slideTitle = addFont(bold, 64.0f, pixelRatio, kGlyphs);
    }
    gFonts.pixelRatio = pixelRatio;
    // The builder itself, not ImFontAtlas::Build(): Build() falls back on Dear
    // ImGui's default font, which nothing here asks for, and calling it would
    // link that font (~12 KB) and its decompressor into the browser's download.
    ImFontAtlasGetBuilderForStbTruetype()->FontBuilder_Build(io.Fonts);
    io.FontDefault = gFonts.body;
    io.FontGlobalScale = 1.0f / pixelRatio;  // layout stays in CSS pixels
    return gFonts;
}

const Fonts& fonts() { return gFonts; }

void wantPresentationFonts(bool want) { gWantSlides = want; }
bool fontsOutdated() { return gWantSlides != (gFonts.slideBody != nullptr); }

}  // namespace smm::ui
