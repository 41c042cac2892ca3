// The dimension's target level: "None", 1 .. stages as joined buttons, with
// the aim spelled out below ("Aim: Stage 3 · Managed · 1.2 to go").
#pragma once

#include <imgui.h>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

// Draws at `at`, `width` wide at most; `aimWidth` is the room for the aim
// line. Returns the bottom of what it drew (screen y).
float drawTargetControl(const Document& doc, int dimension, ImVec2 at, float width, float aimWidth, Intents& out);

}  // namespace smm::ui
