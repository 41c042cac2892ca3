// Colours and spacing for the whole UI. Views ask the palette for meaning
// ("accent", "target", "held") rather than for raw colours, so light and dark
// themes stay consistent.
#pragma once

#include <imgui.h>

namespace smm::ui {

enum class ThemeKind { Light, Dark };

struct Palette {
    ImU32 page, surface, surfaceAlt, border;
    ImU32 text, textMuted, textOnAccent;
    ImU32 accent, accentSoft;
    ImU32 heatEmpty, heatFull;   // evidence share 0 .. 1
    ImU32 target;                // the level an organisation aims for
    ImU32 good, warning, danger; // held, partly, blocked / high risk
    ImU32 trackTint;             // row band behind tracks
};

const Palette& palette();
ThemeKind currentTheme();
// Applies colours and spacing to ImGui's style; `scale` is the UI zoom (not DPR).
void applyTheme(ThemeKind kind);

// Sizes that depend on the device. On a touch screen every control is at
// least 44 px tall (the usual guideline for a fingertip); with a mouse, 36.
struct Metrics {
    bool touch = false;
    float target = 36.0f;  // height of buttons, menu rows, tabs
};
const Metrics& metrics();
void setTouchDevice(bool touch);

// Below this window width the UI is laid out for a phone: one column and a
// navigation menu instead of tabs.
constexpr float kPhoneWidth = 700.0f;
bool phoneLayout();

// Heat colour for an evidence share in 0..1.
ImU32 heatColour(double share);
ImU32 withAlpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace smm::ui
