// Small progress marks: a thin rounded bar filled to a share, and a tick
// drawn as strokes (the text fonts have no check glyph).
#pragma once

#include <imgui.h>

namespace smm::ui {

// A bar from `a` to `b` with rounded ends, filled with `fill` up to `share` (0..1).
void progressBar(ImDrawList* dl, ImVec2 a, ImVec2 b, double share, ImU32 fill);
// A tick mark `size` px wide centred on `centre`.
void tickMark(ImDrawList* dl, ImVec2 centre, float size, ImU32 colour, float thickness = 2.0f);

}  // namespace smm::ui
