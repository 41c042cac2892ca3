// Dear ImGui's draw lists on WebGL2. The page draws nothing else, so the
// renderer owns every bit of GL state it touches and never reads any back:
// in a browser each glGet* is a round trip to the GPU process, which at
// start-up waits for all the work queued before it (Dear ImGui's stock
// OpenGL backend makes about twenty such calls a frame). The font atlas is
// one 8-bit texture, a quarter of the stock backend's RGBA upload.
#pragma once

#include <imgui.h>

namespace smm::web {

// Starts compiling the shader; the GPU process does it while start-up goes
// on (loading the model, building the font atlas) until finishRenderer()
// asks for the result.
void beginRenderer();
// Checks the shader and makes the buffers; false (with the reason in the
// console) when the context refused them.
bool finishRenderer();

// After the font atlas was (re)built: uploads it and hands its texture to
// Dear ImGui. The atlas' CPU copy of the pixels is released.
void uploadFontAtlas();

// Clears the canvas to `background` and draws `data`.
void renderFrame(const ImDrawData& data, int framebufferWidth, int framebufferHeight, ImU32 background);

}  // namespace smm::web
