#include "browser.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>

#include <string>

// JavaScript side, at global scope as EM_JS requires.
EM_JS(void, js_write_clipboard, (const char* text), {
    const value = UTF8ToString(text);
    window.smmLastCopied = value;  // lets tests read what was copied
    if (navigator.clipboard && navigator.clipboard.writeText)
        navigator.clipboard.writeText(value).catch(() => {});
});

EM_JS(void, js_install_paste_listener, (), {
    window.addEventListener('paste', (event) => {
        // The screen-reader view's own fields take their paste as any page field does.
        if (event.target && event.target.closest && event.target.closest('#sr-view')) return;
        const text = (event.clipboardData || window.clipboardData).getData('text');
        if (!text) return;
        event.preventDefault();
        Module.smmWithString(text, _smm_on_paste);
    });
});

EM_JS(void, js_first_frame, (), {
    if (typeof window.smmFirstFrame === 'function') window.smmFirstFrame();
});

EM_JS(void, js_fatal, (const char* message), {
    if (typeof window.smmFatal === 'function') window.smmFatal(UTF8ToString(message));
});

EM_JS(int, js_prefers_dark, (), {
    return window.matchMedia && window.matchMedia('(prefers-color-scheme: dark)').matches ? 1 : 0;
});

EM_JS(int, js_coarse_pointer, (), {
    return window.matchMedia && window.matchMedia('(pointer: coarse)').matches ? 1 : 0;
});

namespace smm::web {
namespace {

void setClipboard(void*, const char* text) { copyToClipboard(text); }
const char* getClipboard(void*) { return host().clipboard.c_str(); }

}  // namespace

void copyToClipboard(const std::string& text) {
    host().clipboard = text;
    js_write_clipboard(text.c_str());
}

void installClipboard() {
    ImGuiIO& io = ImGui::GetIO();
    io.SetClipboardTextFn = setClipboard;
    io.GetClipboardTextFn = getClipboard;
    js_install_paste_listener();
}

bool prefersDarkScheme() { return js_prefers_dark() != 0; }
bool touchIsPrimary() { return js_coarse_pointer() != 0; }
void signalFirstFrame() { js_first_frame(); }
void showFatalError(const std::string& message) { js_fatal(message.c_str()); }

}  // namespace smm::web

// The page's paste event: keep the text, then replay Ctrl+V so the focused
// text field reads it through GetClipboardTextFn.
extern "C" EMSCRIPTEN_KEEPALIVE void smm_on_paste(const char* text, int size) {
    smm::App* app = smm::web::host().app.get();
    if (app && !app->acceptPaste(static_cast<std::size_t>(size))) return smm::web::host().wake();
    smm::web::host().clipboard.assign(text, static_cast<std::size_t>(size));
    ImGuiIO& io = ImGui::GetIO();
    io.AddKeyEvent(ImGuiMod_Ctrl, true);
    io.AddKeyEvent(ImGuiKey_V, true);
    io.AddKeyEvent(ImGuiKey_V, false);
    io.AddKeyEvent(ImGuiMod_Ctrl, false);
    smm::web::host().wake();
}
