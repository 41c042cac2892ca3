#include "fonts.hpp"

#include "assets/assets.hpp"

namespace smm::ui {
namespace {

Fonts gFonts;

// Latin text plus the punctuation and symbols the model and views use.
const ImWchar kGlyphRanges[] = {
    0x0020, 0x00FF,  // Basic Latin + Latin-1
    0x0100, 0x017F,  // Latin Extended-A (organisation names)
    0x2010, 0x2027,  // dashes, quotes, bullet, ellipsis
    0x2190, 0x2193,  // arrows
    0x2264, 0x2265,  // less/greater or equal
    0,
};

ImFont* addFont(const assets::Blob& blob, float size, float ratio) {
    ImFontConfig config;
    config.FontDataOwnedByAtlas = false;  // the bytes are compiled in
    config.OversampleH = 2;
    config.OversampleV = 1;
    config.PixelSnapH = false;
    void* data = const_cast<unsigned char*>(blob.data);
    return ImGui::GetIO().Fonts->AddFontFromMemoryTTF(data, static_cast<int>(blob.size),
                                                      size * ratio, &config, kGlyphRanges);
}

}  // namespace

const Fonts& buildFonts(float pixelRatio) {
    ImGuiIO& io = ImGui::GetIO();
    io.Fonts->Clear();
    const auto regular = assets::fontRegular();
    const auto bold = assets::fontBold();
    gFonts.body = addFont(regular, 15.0f, pixelRatio);
    gFonts.bodyBold = addFont(bold, 15.0f, pixelRatio);
    gFonts.small = addFont(regular, 13.0f, pixelRatio);
    gFonts.heading = addFont(bold, 19.0f, pixelRatio);
    gFonts.title = addFont(bold, 28.0f, pixelRatio);
    gFonts.pixelRatio = pixelRatio;
    io.Fonts->Build();
    io.FontDefault = gFonts.body;
    io.FontGlobalScale = 1.0f / pixelRatio;  // layout stays in CSS pixels
    return gFonts;
}

const Fonts& fonts() { return gFonts; }

}  // namespace smm::ui
