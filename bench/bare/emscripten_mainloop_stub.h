// Dear ImGui's examples/libs/emscripten/emscripten_mainloop_stub.h, which
// Debian's imgui source package leaves out: the example's loop body becomes
// the Emscripten main loop callback.
#pragma once
#include <emscripten.h>
#include <functional>
static std::function<void()> MainLoopForEmscriptenP;
static void MainLoopForEmscripten() { MainLoopForEmscriptenP(); }
#define EMSCRIPTEN_MAINLOOP_BEGIN MainLoopForEmscriptenP = [&]()
#define EMSCRIPTEN_MAINLOOP_END ; emscripten_set_main_loop(MainLoopForEmscripten, 0, true)
