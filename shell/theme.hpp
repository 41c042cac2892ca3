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

// Heat colour for an evidence share in 0..1.
ImU32 heatColour(double share);
ImU32 withAlpha(ImU32 colour, float alpha);
ImU32 mix(ImU32 a, ImU32 b, float t);

}  // namespace smm::ui
