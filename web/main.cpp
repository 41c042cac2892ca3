// The browser entry point: WebGL2 context, main loop, and an idle pause by
// time so the app draws nothing while nobody touches it.
#include <GLES3/gl3.h>
#include <emscripten/emscripten.h>
#include <emscripten/eventloop.h>
#include <emscripten/html5.h>
#include <imgui.h>
#include <imgui_internal.h>  // the hover-delay timer, to let a pending tooltip appear
#include <imgui_impl_opengl3.h>

#include <algorithm>
#include <cstdint>
#include <memory>

#include "browser.hpp"
#include "browser_platform.hpp"
#include "canvas.hpp"
#include "history.hpp"
#include "input.hpp"
#include "print.hpp"
#include "screen_reader.hpp"
#include "text_input.hpp"
#include "shell/app.hpp"
#include "shell/fonts.hpp"
#include "shell/library.hpp"
#include "shell/theme.hpp"

namespace smm::web {
extern App* gTestApp;  // web/test_hooks.cpp
}

// The page's timeline (scripts/bench_web.mjs reads it): what the first frame spends its time on.
EM_JS(void, js_mark, (const char* name), { performance.mark(UTF8ToString(name)); });

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

smm::web::BrowserPlatform gPlatform;
std::unique_ptr<smm::App> gApp;
double gAwakeUntil = 0.0;
int gFramesSinceWake = 0;
std::uint64_t gLastDigest = 0;
bool gPaused = false;
unsigned gFramesRendered = 0;
float gPixelRatio = 0.0f;
double gLastTime = 0.0;
long gWakeTimer = 0;  // emscripten_set_timeout id of a planned wake, 0 = none

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

void wake() {
    gAwakeUntil = emscripten_get_now() + kAwakeMs;
    gFramesSinceWake = 0;
    if (gPaused) {
        gPaused = false;
        gLastTime = emscripten_get_now();
        emscripten_resume_main_loop();
    }
}

EM_BOOL onResize(int, const EmscriptenUiEvent*, void*) {
    wake();
    return EM_FALSE;
}

void frame() {
    ImGuiIO& io = ImGui::GetIO();
    const smm::web::CanvasSize size = smm::web::syncCanvasSize();
    // First frame, moved to another screen / zoomed, or presentation mode's sizes wanted or dropped.
    if (size.pixelRatio != gPixelRatio || smm::ui::fontsOutdated()) {
        gPixelRatio = size.pixelRatio;
        smm::ui::buildFonts(gPixelRatio);
        ImGui_ImplOpenGL3_DestroyFontsTexture();
        ImGui_ImplOpenGL3_CreateFontsTexture();
        if (gFramesRendered == 0) js_mark("smm:fonts");
    }
    io.DisplaySize = ImVec2(size.cssWidth, size.cssHeight);
    io.DisplayFramebufferScale = ImVec2(size.cssWidth > 0 ? size.pixelWidth / size.cssWidth : 1.0f,
                                        size.cssHeight > 0 ? size.pixelHeight / size.cssHeight : 1.0f);
    const double now = emscripten_get_now();
    io.DeltaTime = gLastTime > 0 ? static_cast<float>((now - gLastTime) / 1000.0) : 1.0f / 60.0f;
    if (io.DeltaTime <= 0.0f) io.DeltaTime = 1.0f / 60.0f;
    gLastTime = now;

    smm::web::stepMomentum(io.DeltaTime);
    // Input this frame applies (a tap's release, Enter) may change what the
    // next frame shows: the app applies intents after drawing.
    const bool hadInput = !ImGui::GetCurrentContext()->InputEventsQueue.empty();
    ImGui_ImplOpenGL3_NewFrame();  // the first one compiles the shaders
    if (gFramesRendered == 0) js_mark("smm:shaders");
    ImGui::NewFrame();
    gApp->frame();
    ImGui::Render();
    if (gFramesRendered == 0) js_mark("smm:ui");
    smm::web::syncTextInput(io.WantTextInput);
    smm::web::syncHistory(*gApp);
    smm::web::syncScreenReader(*gApp);

    const ImVec4 bg = ImGui::ColorConvertU32ToFloat4(smm::ui::palette().page);
    glViewport(0, 0, size.pixelWidth, size.pixelHeight);
    glClearColor(bg.x, bg.y, bg.z, 1.0f);
    glClear(GL_COLOR_BUFFER_BIT);
    ImGui_ImplOpenGL3_RenderDrawData(ImGui::GetDrawData());

    if (++gFramesRendered == 1) smm::web::signalFirstFrame();
    ++gFramesSinceWake;
    // A tooltip waiting for its hover delay is an animation: keep going until it shows.
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.HoverItemDelayId != 0 && g.HoverItemDelayTimer < g.Style.HoverDelayNormal)
        gAwakeUntil = std::max(gAwakeUntil, now + kAwakeMs);
    // Idle: stop the loop until the next event, except while a text field
    // is being edited (its caret blinks).
    const std::uint64_t drawn = digest(*ImGui::GetDrawData());
    const bool settled = drawn == gLastDigest || gFramesSinceWake >= kMaxSettleFrames;
    gLastDigest = drawn;
    // Input ImGui has queued for later frames (a press and release that
    // arrived together are applied one per frame) must be applied first.
    const bool inputPending = !g.InputEventsQueue.empty();
    if (now >= gAwakeUntil && settled && !inputPending && !hadInput && !io.WantTextInput) {
        gPaused = true;
        emscripten_pause_main_loop();
        // Something that changes by itself (a presentation's countdown) wakes the loop when it does;
        // a wake planned for something since stopped is called off.
        if (gWakeTimer) emscripten_clear_timeout(gWakeTimer);
        gWakeTimer = 0;
        const double wakeIn = gApp->redrawIn();
        if (wakeIn >= 0.0)
            gWakeTimer = emscripten_set_timeout([](void*) { gWakeTimer = 0; wake(); }, wakeIn * 1000.0 + 5.0, nullptr);
    }
}

bool createGlContext() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    attrs.alpha = false;
    attrs.antialias = false;            // ImGui anti-aliases its own shapes
    attrs.preserveDrawingBuffer = true; // the map stays readable while idle (PNG export, tests)
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    return true;
}

}  // namespace

// Frames drawn since start: the browser tests read it to prove idle costs nothing.
extern "C" EMSCRIPTEN_KEEPALIVE unsigned smm_frames_rendered() { return gFramesRendered; }

int main() {
    if (!createGlContext()) {
        smm::web::showFatalError("This browser could not start WebGL 2, which the map needs to draw. "
                                 "Try an up-to-date Chrome, Edge, Firefox or Safari.");
        return 0;
    }
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    smm::ui::setTouchDevice(smm::web::touchIsPrimary());
    smm::ui::applyTheme(smm::ui::ThemeKind::Light);  // App::start applies the remembered one

    smm::StartupResult start = smm::loadBundledDocument();
    if (!start.document) {
        smm::web::showFatalError(start.error);
        return 0;
    }
    js_mark("smm:model");
    gApp = std::make_unique<smm::App>(std::move(*start.document), &gPlatform);
    gApp->start(smm::web::BrowserPlatform::currentFragment());
    js_mark("smm:saved-work");
    // Until the reader picks a theme, the operating system's preference decides.
    if (!gPlatform.loadItem(smm::kThemeKey) && smm::web::prefersDarkScheme())
        smm::ui::applyTheme(smm::ui::ThemeKind::Dark);
    smm::web::installHistory(*gApp, wake);
    smm::web::installPrint(*gApp);
    smm::web::installScreenReader(*gApp, wake);
    gPlatform.install(*gApp, wake);
    smm::web::gTestApp = gApp.get();

    ImGui_ImplOpenGL3_Init("#version 300 es");
    smm::web::installInputHandlers(wake);
    smm::web::installClipboard(wake);
    smm::web::installTextInput(wake);
    emscripten_set_resize_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onResize);
    wake();
    emscripten_set_main_loop(frame, 0, false);
    frame();  // the first frame now, not one animation frame later
    return 0;
}
