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
    ImU32 textOnTarget;          // text on a target-coloured fill
    ImU32 textOnHeat;            // text on a well-filled heat cell (more than half the evidence)
    ImU32 good, warning, danger; // held, partly, blocked / high risk
    ImU32 trackTint;             // row band behind tracks
    ImU32 dimmer;                // behind a modal window, before its alpha
};

const Palette& palette();
ThemeKind currentTheme();
// Applies colours and spacing to ImGui's style; `scale` is the UI zoom (not DPR).
void applyTheme(ThemeKind kind);

// The UI's spacing and sizes, each named once (after ImPlot's ImPlotStyle).
// All in CSS pixels; fonts and the device pixel ratio are handled elsewhere.
// `target` depends on the device: on a touch screen every control is at
// least 44 px tall (the usual guideline for a fingertip); with a mouse, 36.
struct Metrics {
    bool touch = false;
    float target = 36.0f;             // px, height of buttons, menu rows, tabs (touchTarget on touch screens)
    float touchTarget = 44.0f;        // px, smallest height a fingertip hits reliably
    float mouseTarget = 36.0f;        // px, the same with a mouse
    float cardPadding = 20.0f;        // px, inside a content card
    float cardPaddingCompact = 16.0f; // px, inside small cards (a phone's header, a map's grid)
    float rounding = 8.0f;            // px, corner radius of cards, buttons and highlighted rows
    float roundingSmall = 4.0f;       // px, corner radius of cells, bars and small marks
    float controlGap = 8.0f;          // px, between controls side by side
    float inlineGap = 12.0f;          // px, between a label and what follows it on the line
    float sectionGap = 24.0f;         // px, between blocks of a card
    float buttonPaddingX = 16.0f;     // px, left and right inside a button fitted to its label

    // The vertical spacing scale, smallest first: every gap between stacked
    // lines and blocks is one of these (vspace() in ui.hpp draws them).
    struct Spacing {
        float hair = 2.0f;     // px, a nudge: under a pill, between a title and its rule
        float tight = 4.0f;    // px, a title and the line under it
        float small = 6.0f;    // px, a paragraph and the control after it
        float base = 8.0f;     // px, between controls stacked in a card
        float medium = 12.0f;  // px, between groups of controls
        float large = 16.0f;   // px, between cards
        float section = 24.0f; // px, between blocks of a card (sectionGap)
    } space;

    // Screen and content widths where the layout changes, narrowest first.
    struct Breakpoints {
        float phone = 700.0f;           // window: below it one column and a navigation menu (kPhoneWidth)
        float riskColumns = 760.0f;     // card: a risk's sections side by side
        float workshopColumns = 820.0f; // content: the workshop's invite and collect cards side by side
        float twoColumns = 900.0f;      // content: the overview's cards, the radar's table beside its chart
        float wide = 1000.0f;           // content: three columns of overview cards, the questionnaire's full sidebar
        float extraWide = 1500.0f;      // content: the overview's figures beside the standing
    } breakpoints;
};
const Metrics& metrics();
void setTouchDevice(bool touch);

// Below this window width the UI is laid out for a phone: one column and a
// navigation menu instead of tabs.
constexpr float kPhoneWidth = Metrics::Breakpoints{}.phone;
bool phoneLayout();

// Heat colour for an evidence share in 0..1.
ImU32 heatColour(double share);
ImU32 withAlpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace smm::ui
