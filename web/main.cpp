// The browser entry point: the WebGL2 context, Dear ImGui, the app with its
// saved work, the page's event handlers, then the frame loop and the
// service worker.
#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <memory>

#include "browser.hpp"
#include "frame_loop.hpp"
#include "history.hpp"
#include "host.hpp"
#include "input.hpp"
#include "offline.hpp"
#include "print.hpp"
#include "renderer.hpp"
#include "screen_reader.hpp"
#include "text_input.hpp"
#include "shell/app.hpp"
#include "shell/library.hpp"
#include "shell/theme.hpp"

EM_JS(void, js_start_mark, (const char* name), { performance.mark(UTF8ToString(name)); });

namespace {

bool createGlContext() {
    EmscriptenWebGLContextAttributes attrs;
    emscripten_webgl_init_context_attributes(&attrs);
    attrs.majorVersion = 2;
    attrs.minorVersion = 0;
    // No alpha, depth or stencil buffers, no multisampling (ImGui
    // anti-aliases its own shapes), and no extensions, which cost a round
    // trip each to switch on and which the renderer does not use.
    attrs.alpha = false;
    attrs.depth = false;
    attrs.stencil = false;
    attrs.antialias = false;
    attrs.preserveDrawingBuffer = true; // the map stays readable while idle (PNG export, tests)
    attrs.enableExtensionsByDefault = false;
    EMSCRIPTEN_WEBGL_CONTEXT_HANDLE ctx = emscripten_webgl_create_context("#canvas", &attrs);
    if (ctx <= 0) return false;
    emscripten_webgl_make_context_current(ctx);
    return true;
}

}  // namespace

int main() {
    using namespace smm::web;
    installPageHelpers();
    if (!createGlContext()) {
        showFatalError("This browser could not start WebGL 2, which the map needs to draw. "
                       "Try an up-to-date Chrome, Edge, Firefox or Safari.");
        return 0;
    }
    beginRenderer();  // the GPU process compiles while the model loads
    js_start_mark("smm:webgl");
    IMGUI_CHECKVERSION();
    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;  // nothing written behind the user's back
    io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
    smm::ui::setTouchDevice(touchIsPrimary());
    smm::ui::applyTheme(smm::ui::ThemeKind::Light);  // App::start applies the remembered one

    smm::StartupResult start = smm::loadBundledDocument();
    if (!start.document) {
        showFatalError(start.error);
        return 0;
    }
    js_start_mark("smm:model");
    Host& h = host();
    h.app = std::make_unique<smm::App>(std::move(*start.document), &h.platform);
    h.app->start(BrowserPlatform::currentFragment());
    js_start_mark("smm:saved-work");
    // Until the reader picks a theme, the operating system's preference decides.
    if (!h.platform.loadItem(smm::kThemeKey) && prefersDarkScheme())
        smm::ui::applyTheme(smm::ui::ThemeKind::Dark);
    installHistory();
    installPrint();
    installScreenReader();
    h.platform.install();

    if (!finishRenderer()) {
        showFatalError("This browser's WebGL 2 could not build the map's shader. "
                       "Try an up-to-date Chrome, Edge, Firefox or Safari.");
        return 0;
    }
    js_start_mark("smm:shaders");
    installInputHandlers();
    installClipboard();
    installTextInput();
    startFrameLoop();
    installOffline();  // after the first frame: the service worker's install competes with nothing
    return 0;
}
