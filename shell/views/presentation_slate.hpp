// The presentation's drawing kit: its projector palette (independent of the
// app theme), the sizes of a 1920 x 1080 slide, and the Slate that scales
// them to the window and draws text and bars. Used by the slides and the
// presentation's frame (presentation_view.cpp).
#pragma once

#include <imgui.h>

#include <algorithm>
#include <cfloat>
#include <string>
#include <string_view>

#include "core/format.hpp"
#include "core/scoring.hpp"
#include "core/workshop.hpp"
#include "presentation_view.hpp"
#include "shell/ui.hpp"

namespace smm::ui::slides {

// A projector washes out colour and thin lines: near-black on white, strong
// hues, nothing lighter than dark grey for text. Independent of the app theme.
inline constexpr ImU32 rgb(unsigned hex) { return IM_COL32((hex >> 16) & 0xFF, (hex >> 8) & 0xFF, hex & 0xFF, 0xFF); }
inline constexpr ImU32 kPage = rgb(0xFFFFFF);
inline constexpr ImU32 kInk = rgb(0x0A0A0A);
inline constexpr ImU32 kInkSoft = rgb(0x2E2E2E);  // secondary text: still dark
inline constexpr ImU32 kRule = rgb(0x0A0A0A);
inline constexpr ImU32 kTrack = rgb(0xE3E6EA);    // empty bar
inline constexpr ImU32 kAccent = rgb(0x0047AB);
inline constexpr ImU32 kTarget = rgb(0xC2410C);
inline constexpr ImU32 kGood = rgb(0x15803D);
inline constexpr ImU32 kDanger = rgb(0xB91C1C);
inline constexpr ImU32 kWarning = rgb(0x92400E);
inline constexpr ImU32 kGroupColours[] = {rgb(0x0047AB), rgb(0xC2410C), rgb(0x15803D), rgb(0x7E22CE), rgb(0xB91C1C),
                                   rgb(0x0E7490)};
inline const char* const kDot = " \xC2\xB7 ";

// Sizes are for a 1920 x 1080 slide; everything is multiplied by the scale.
inline constexpr float kRefWidth = 1920.0f, kRefHeight = 1080.0f;
inline constexpr float kBody = 34.0f, kTitle = 64.0f, kSmall = 26.0f, kKicker = 26.0f;
inline constexpr float kMargin = 96.0f;

// One frame's geometry and type.
struct Slate {
    ImDrawList* dl = nullptr;
    ImVec2 origin;        // top-left of the 16:9 area (centred in the window)
    float scale = 1.0f;   // CSS px per reference px
    float width = 0.0f;   // of the 16:9 area, CSS px
    float height = 0.0f;
    ImFont* body = nullptr;
    ImFont* bold = nullptr;
    ImFont* title = nullptr;

    float px(float ref) const { return ref * scale; }
    float left() const { return origin.x + px(kMargin); }
    float right() const { return origin.x + width - px(kMargin); }
    float inner() const { return right() - left(); }
    float bottom() const { return origin.y + height - px(96.0f); }  // above the footer

    // `wrapWidth` > 0 wraps at that width.
    ImVec2 measure(ImFont* f, float size, std::string_view s, float wrapWidth = 0.0f) const {
        return f->CalcTextSizeA(px(size), FLT_MAX, wrapWidth, s.data(), s.data() + s.size());
    }
    // Draws and returns the height used; `wrapAt` > 0 wraps at that x.
    float text(ImFont* f, float size, ImVec2 at, ImU32 colour, std::string_view s, float wrapAt = 0.0f) const {
        const float wrap = wrapAt > 0.0f ? std::max(1.0f, wrapAt - at.x) : 0.0f;
        drawTextSized(dl, f, px(size), at, colour, s, wrap);
        return measure(f, size, s, wrap).y;
    }
    // One line in `room`: a little smaller when that makes it fit, else cut
    // with an ellipsis.
    void line(ImFont* f, float size, ImVec2 at, ImU32 colour, const std::string& s, float room) const {
        const float natural = measure(f, size, s).x;
        if (natural > room) size = std::max(size * 0.85f, size * room / natural);
        text(f, size, at, colour, fitWithEllipsis(s, [&](const std::string& t) { return measure(f, size, t).x <= room; }));
    }
};

std::string upper(std::string s);
// Participants with no workshop around them are treated as an anonymous
// workshop's: small groups stay hidden (core/workshop's rule decides).
const Workshop& orAnonymous(const Workshop* workshop);
// The slide's kicker (small, accent, upper case) and title; returns the y below.
float heading(const Slate& s, Slide slide, const std::string& note, const std::string& title);
// A horizontal bar from 0 to `stages` with the level filled and the target marked.
void levelBar(const Slate& s, ImVec2 at, float w, float h, double level, int target, int stages);
// The stage numbers 0 .. stages along a scale of width `w` at `x`, at `y`.
void stageNumbers(const Slate& s, float x, float w, int stages, float y);

}  // namespace smm::ui::slides
