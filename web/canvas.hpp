// The canvas fills the window; its backing store is sized in device pixels so
// text and lines are crisp at any devicePixelRatio.
#pragma once

namespace smm::web {

struct CanvasSize {
    float cssWidth = 0, cssHeight = 0; // layout size (ImGui's DisplaySize)
    int pixelWidth = 0, pixelHeight = 0;
    float pixelRatio = 1.0f;
};

// Reads the canvas' CSS size and the device pixel ratio and resizes the
// backing store when they changed.
CanvasSize syncCanvasSize();

}  // namespace smm::web
