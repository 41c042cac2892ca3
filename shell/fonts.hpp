// The UI's typefaces (Inter, compiled in). Glyphs are rasterised at the
// screen's device pixel ratio so text stays crisp at 1x, 1.5x and 2x.
#pragma once

#include <imgui.h>

namespace smm::ui {

struct Fonts {
    ImFont* body = nullptr;      // 15 px: most text
    ImFont* bodyBold = nullptr;  // 15 px semibold: labels, emphasis
    ImFont* small = nullptr;     // 13 px: captions, sources
    ImFont* heading = nullptr;   // 19 px semibold: section titles
    ImFont* title = nullptr;     // 28 px semibold: the headline stage
    // Presentation mode's projector sizes, baked only while presenting (they
    // would triple the atlas): null otherwise. Sized for a 1080 px tall window.
    ImFont* slideBody = nullptr;     // 34 px
    ImFont* slideBold = nullptr;     // 34 px semibold
    ImFont* slideTitle = nullptr;    // 64 px semibold
    float pixelRatio = 1.0f;
};

// (Re)builds the atlas for `pixelRatio`; the platform must re-upload the
// atlas texture afterwards. Returns the fonts, also kept in fonts().
const Fonts& buildFonts(float pixelRatio);
const Fonts& fonts();

// Presentation mode asks for its large sizes; the platform rebuilds the atlas
// (buildFonts, then re-upload) before the next frame while fontsOutdated().
void wantPresentationFonts(bool want);
bool fontsOutdated();

}  // namespace smm::ui
