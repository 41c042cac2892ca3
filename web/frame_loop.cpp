#include "frame_loop.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // the hover-delay timer, to let a pending tooltip appear

#include <algorithm>
#include <cstdint>

#include "browser.hpp"
#include "canvas.hpp"
#include "history.hpp"
#include "host.hpp"
#include "input.hpp"
#include "renderer.hpp"
#include "screen_reader.hpp"
#include "text_input.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"

// The page's timeline (scripts/bench_web.mjs reads it): what the first frame spends its time on.
EM_JS(void, js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });

namespace smm::web {
namespace {

// Keep drawing this long after the last input or animation, whatever the
// frame rate: hover states and ImGui's settling need a few frames, which a
// fast screen draws in 50 ms and a slow GPU in 300.
constexpr double kAwakeMs = 300.0;
// ...and until the layout has settled: windows and cards that size
// themselves measure on one frame and are placed on the next, nested ones
// take a frame per level. Settled = two frames in a row drew the same.
// Something that never settles still sleeps after this many frames.
constexpr int kMaxSettleFrames = 30;
// Work in slices takes about this much of each frame: the page still draws
// some 15-20 frames a second and the work gets most of the time.
constexpr double kSliceMs = 40.0;

struct Loop {
    bool running = false;      // an animation-frame callback is requested
    double awakeUntil = 0.0;
    int framesSinceWake = 0;
    std::uint64_t lastDigest = 0;
    unsigned framesRendered = 0;
    unsigned extraLayoutPasses = 0;  // undrawn passes of settleLayout(), for the tests
    float pixelRatio = 0.0f;
    double lastTime = 0.0;
    long wakeTimer = 0;  // emscripten_set_timeout id of a planned wake, 0 = none
    bool onlyAwake = false;  // the last frame asked for another only because the awake time had not run out
} gLoop;

// FNV-1a over what a frame drew (vertices, indices, clip rectangles).
std::uint64_t digest(const ImDrawData& data) {
    std::uint64_t h = 1469598103934665603ull;
    auto mix = [&h](const void* bytes, std::size_t n) {
        const auto* p = static_cast<const unsigned char*>(bytes);
        for (std::size_t i = 0; i < n; ++i) h = (h ^ p[i]) * 1099511628211ull;
    };
    for (const ImDrawList* list : data.CmdLists) {
        mix(list->VtxBuffer.Data, list->VtxBuffer.size_in_bytes());
        mix(list->IdxBuffer.Data, list->IdxBuffer.size_in_bytes());
        for (const ImDrawCmd& cmd : list->CmdBuffer) mix(&cmd.ClipRect, sizeof cmd.ClipRect);
    }
    return h;
}

// One pass of the UI: Dear ImGui's frame around the app's, ready to draw.
void buildUi(App& app) {
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
}

// Windows that size themselves are hidden on the frame they appear and placed
// on the next, and nested ones take a frame per level: drawn as they come, the
// first frame would show the top bar alone, and a view opened (a dialog, a
// card) would build itself up over two or three frames. So such a frame is
// laid out again, undrawn, until two passes agree: what people see is the
// whole page at once.
constexpr int kMaxLayoutPasses = 8;

// A window on this frame was hidden while it measured itself (it appeared, or
// a popup or tooltip opened): the next frame would draw something else. (A
// window still fitting its size is not counted: a tooltip given its width on
// every frame stays "fitting" for as long as it shows.)
bool windowsMeasuring() {
    for (const ImGuiWindow* window : ImGui::GetCurrentContext()->Windows)
        if (window->Active && window->HiddenFramesCannotSkipItems > 0) return true;
    return false;
}

void settleLayout(App& app) {
    // The passes are one moment: timers and animations do not run ahead (the
    // next frame sets its own time step).
    ImGui::GetIO().DeltaTime = 1e-4f;
    std::uint64_t previous = digest(*ImGui::GetDrawData());
    for (int pass = 0; pass < kMaxLayoutPasses; ++pass) {
        buildUi(app);
        ++gLoop.extraLayoutPasses;
        const std::uint64_t drawn = digest(*ImGui::GetDrawData());
        if (drawn == previous) break;
        previous = drawn;
    }
}

// First frame, moved to another screen / zoomed, or presentation mode's sizes wanted or dropped.
void syncFonts(float pixelRatio) {
    if (pixelRatio == gLoop.pixelRatio && !ui::fontsOutdated()) return;
    gLoop.pixelRatio = pixelRatio;
    ui::buildFonts(pixelRatio);
    uploadFontAtlas();
    if (gLoop.framesRendered == 0) js_mark("smm:fonts");
}

// Draws one frame; false once the app has settled and nothing asks for more.
bool drawFrame() {
    App& app = *host().app;
    ImGuiIO& io = ImGui::GetIO();
    const CanvasSize size = syncCanvasSize();
    syncFonts(size.pixelRatio);
    io.DisplaySize = ImVec2(size.cssWidth, size.cssHeight);
    io.DisplayFramebufferScale = ImVec2(size.cssWidth > 0 ? size.pixelWidth / size.cssWidth : 1.0f,
                                        size.cssHeight > 0 ? size.pixelHeight / size.cssHeight : 1.0f);
    const double now = emscripten_get_now();
    io.DeltaTime = gLoop.lastTime > 0 ? static_cast<float>((now - gLoop.lastTime) / 1000.0) : 1.0f / 60.0f;
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
    gLoop.lastTime = now;

    stepMomentum(io.DeltaTime);
    // Work in slices (a big file or paste) runs before the frame is built, so
    // the frame shows how far it got, and only after a frame said what it is.
    app.work(kSliceMs);
    // Input this frame applies (a tap's release, Enter) may change what the
    // next frame shows: the app applies intents after drawing.
    const bool hadInput = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    buildUi(app);
    // Input still queued (a release behind its press) is applied on frames
    // of its own, as it would be without the passes.
    const bool firstFrame = gLoop.framesRendered == 0;
    const bool inputQueued = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    if (firstFrame || (!inputQueued && windowsMeasuring())) settleLayout(app);
    if (firstFrame) js_mark("smm:ui");
    syncTextInput(io.WantTextInput);
    syncHistory(app);
    syncScreenReader(app);

    renderFrame(*ImGui::GetDrawData(), size.pixelWidth, size.pixelHeight, ui::palette().page);

    if (++gLoop.framesRendered == 1) signalFirstFrame();
    ++gLoop.framesSinceWake;
    // A tooltip waiting for its hover delay is an animation: keep going until it shows.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.HoverItemDelayId != 0 && g.HoverItemDelayTimer < g.Style.HoverDelayNormal)
        gLoop.awakeUntil = std::max(gLoop.awakeUntil, now + kAwakeMs);
    const std::uint64_t drawn = digest(*ImGui::GetDrawData());
    const bool settled = drawn == gLoop.lastDigest || gLoop.framesSinceWake >= kMaxSettleFrames;
    gLoop.lastDigest = drawn;
    // Input ImGui has queued for later frames (a press and release that
    // arrived together are applied one per frame) must be applied first; a
    // text field being edited keeps its caret blinking.
    const bool inputPending = !g.InputEventsQueue.empty();
    const bool needed = !settled || inputPending || hadInput || io.WantTextInput || app.busy();
    gLoop.onlyAwake = !needed;
    return now < gLoop.awakeUntil || needed;
}

void planWake();

EM_BOOL onAnimationFrame(double, void*) {
    // A slow GPU can deliver the frame asked for within the awake time long
    // after it ran out; with nothing else to show, it is not drawn.
    const bool late = gLoop.onlyAwake && emscripten_get_now() >= gLoop.awakeUntil &&
                      ImGui::GetCurrentContext()->InputEventsQueue.empty();
    if (!late && drawFrame()) return EM_TRUE;
    gLoop.running = false;
    planWake();
    return EM_FALSE;
}

// Something that changes by itself (a presentation's countdown) wakes the
// loop when it does; a wake planned for something since stopped is called off.
void planWake() {
    if (gLoop.wakeTimer) emscripten_clear_timeout(gLoop.wakeTimer);
    gLoop.wakeTimer = 0;
    const double wakeIn = host().app->redrawIn();
    if (wakeIn >= 0.0)
        gLoop.wakeTimer = emscripten_set_timeout(
            [](void*) {
                gLoop.wakeTimer = 0;
                host().wake();
            },
            wakeIn * 1000.0 + 5.0, nullptr);
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    host().wake();
    return EM_FALSE;
}

}  // namespace

void Host::wake() {
    gLoop.awakeUntil = emscripten_get_now() + kAwakeMs;
    gLoop.framesSinceWake = 0;
    // Whatever woke it (another tab's change, input ImGui filters out) gets
    // at least one frame, however late a slow GPU delivers it.
    gLoop.onlyAwake = false;
    if (gLoop.running || !app) return;
    gLoop.running = true;
    gLoop.lastTime = emscripten_get_now();
    emscripten_request_animation_frame_loop(onAnimationFrame, nullptr);
}

void startFrameLoop() {
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onResize);
    // The first frame now, not one animation frame later; then until it
    // settles, through wake() (one place starts the loop, so a wake during
    // this frame cannot start a second one).
    gLoop.awakeUntil = emscripten_get_now() + kAwakeMs;
    if (drawFrame())
        host().wake();
    else
        planWake();
}

}  // namespace smm::web

// Frames drawn since start: the browser tests read it to prove idle costs nothing.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned smm_frames_rendered() { return smm::web::gLoop.framesRendered; }
// Frames laid out again, undrawn: a view that keeps measuring itself would cost several passes a frame.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned smm_layout_passes() { return smm::web::gLoop.extraLayoutPasses; }
