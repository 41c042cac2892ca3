// Small drawing helpers shared by the views: text in a given font, cards,
// pills. Everything is in CSS pixels; fonts handle the device pixel ratio.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>
#include <vector>

namespace smm::ui {

// Vertical space of `height` CSS pixels in the layout (a Metrics::space step,
// or a computed height): the one spacer every view uses.
inline void vspace(float height) { ImGui::Dummy(ImVec2(1.0f, height)); }

// Size the font is drawn at, in CSS pixels.
float fontSize(ImFont* font);
ImVec2 textSize(ImFont* font, std::string_view text, float wrapWidth = 0.0f);
// Draws text at `pos` with a draw list (no layout).
void drawText(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text,
              float wrapWidth = 0.0f);
// The same at `size` CSS pixels, whatever size the font was baked at
// (presentation mode scales its type with the window).
void drawTextSized(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                   float wrapWidth = 0.0f);
// The longest prefix of `text` that fits `width`, with an ellipsis when cut
// (whole UTF-8 characters only).
std::string fitText(ImFont* font, const std::string& text, float width);

// Width of the widest word (between spaces) of `text`: wrapping at less than
// this would break that word in the middle.
float widestWord(ImFont* font, std::string_view text);
// `preferred` when every word of `text` fits `width`, else `smaller` (narrow
// columns: a smaller font rather than a word broken mid-word).
ImFont* fontForWords(ImFont* preferred, ImFont* smaller, std::string_view text, float width);

// Lays out text as an item, optionally wrapped at the available width.
void text(ImFont* font, ImU32 colour, std::string_view text, bool wrap = false);

// A rounded surface with a border; content is laid out inside with padding.
// Returns false when clipped (then do not draw contents, but still call endCard).
bool beginCard(const char* id, ImVec2 size, float padding = 16.0f);
// Sizes the next tooltip `width` wide, or the screen's width on a phone.
void nextTooltipWidth(float width);
void endCard();

// Legend entries (a swatch, then a small label) laid out left to right,
// starting a new line when the next entry would not fit `width`. With
// `draw` false it only measures (for the height to reserve).
class LegendFlow {
public:
    LegendFlow(ImDrawList* dl, ImVec2 origin, float width, bool draw = true);
    // `swatch(topLeft)` draws a swatch of `swatchWidth` x 14 px.
    template <typename Swatch>
    void item(const char* label, Swatch&& swatch, float swatchWidth = 18.0f) {
        const ImVec2 at = place(label, swatchWidth);
        if (draw_) {
            swatch(at);
            drawLabel(label, ImVec2(at.x + swatchWidth + 6.0f, at.y - 2.0f), wrap_);
        }
    }
    float height() const;

private:
    ImVec2 place(const char* label, float swatchWidth);
    void drawLabel(const char* label, ImVec2 at, float wrap);
    ImDrawList* dl_;
    ImVec2 origin_;
    float width_, x_ = 0.0f, y_ = 0.0f;
    float lineHeight_;  // of the line being filled
    float wrap_ = 0.0f; // of the last label: 0 = one line
    bool draw_;
};

// A small rounded label, e.g. a severity or a role; returns its size.
ImVec2 pill(ImDrawList* dl, ImVec2 pos, std::string_view label, ImU32 background, ImU32 foreground);


// Test seam: while capturing, every string drawn through these helpers is
// recorded, so headless tests can check what a frame showed.
void setTextCapture(bool on);
const std::vector<std::string>& capturedText();
void clearCapturedText();

// ...and how it was laid out, so a test can tell a word broken in the middle
// (wrapped at less than its widest word) or cut (running past its clip).
struct DrawnText {
    std::string text;
    ImFont* font = nullptr;
    ImVec2 pos;            // top-left, screen pixels
    float wrapWidth = 0;   // 0: one line
    ImVec4 clip;           // the clip rectangle it was drawn in (x1, y1, x2, y2)
};
const std::vector<DrawnText>& capturedLayout();

// A plain ImGui button whose label is captured like the rest.
bool button(const char* label);

}  // namespace smm::ui
