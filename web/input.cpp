#include "input.hpp"

#include "host.hpp"
#include "text_input.hpp"

#include <emscripten/emscripten.h>
#include <emscripten/html5.h>
#include <imgui.h>

#include <algorithm>
#include <cmath>
#include <cstring>
#include <string_view>

// True while the keyboard focus is on one of the page's own controls (the
// screen-reader view's links and radios): keys are then theirs, not the canvas'.
EM_JS(int, js_focus_in_page_control, (), {
    const el = document.activeElement;
    return el && el.closest && el.closest("#sr-view") ? 1 : 0;
});

namespace smm::web {
namespace {

void wake() { host().wake(); }

struct KeyName {
    const char* code;
    ImGuiKey key;
};

// KeyboardEvent.code for keys that are not letters or digits.
constexpr KeyName kKeys[] = {
    {"Tab", ImGuiKey_Tab}, {"ArrowLeft", ImGuiKey_LeftArrow}, {"ArrowRight", ImGuiKey_RightArrow},
    {"ArrowUp", ImGuiKey_UpArrow}, {"ArrowDown", ImGuiKey_DownArrow}, {"PageUp", ImGuiKey_PageUp},
    {"PageDown", ImGuiKey_PageDown}, {"Home", ImGuiKey_Home}, {"End", ImGuiKey_End},
    {"Insert", ImGuiKey_Insert}, {"Delete", ImGuiKey_Delete}, {"Backspace", ImGuiKey_Backspace},
    {"Space", ImGuiKey_Space}, {"Enter", ImGuiKey_Enter}, {"NumpadEnter", ImGuiKey_KeypadEnter},
    {"Escape", ImGuiKey_Escape}, {"ShiftLeft", ImGuiKey_LeftShift}, {"ShiftRight", ImGuiKey_RightShift},
    {"ControlLeft", ImGuiKey_LeftCtrl}, {"ControlRight", ImGuiKey_RightCtrl}, {"AltLeft", ImGuiKey_LeftAlt},
    {"AltRight", ImGuiKey_RightAlt}, {"MetaLeft", ImGuiKey_LeftSuper}, {"MetaRight", ImGuiKey_RightSuper},
    {"Minus", ImGuiKey_Minus}, {"Equal", ImGuiKey_Equal}, {"Comma", ImGuiKey_Comma},
    {"Period", ImGuiKey_Period}, {"Slash", ImGuiKey_Slash}, {"Semicolon", ImGuiKey_Semicolon},
    {"Quote", ImGuiKey_Apostrophe}, {"BracketLeft", ImGuiKey_LeftBracket},
    {"BracketRight", ImGuiKey_RightBracket}, {"Backslash", ImGuiKey_Backslash},
    {"Backquote", ImGuiKey_GraveAccent}, {"F1", ImGuiKey_F1}, {"F2", ImGuiKey_F2},
};

ImGuiKey toImGuiKey(const EmscriptenKeyboardEvent& e) {
    std::string_view code(e.code);
    if (code.size() == 4 && code.substr(0, 3) == "Key") return ImGuiKey(ImGuiKey_A + (code[3] - 'A'));
    if (code.size() == 6 && code.substr(0, 5) == "Digit") return ImGuiKey(ImGuiKey_0 + (code[5] - '0'));
    if (code.size() == 7 && code.substr(0, 6) == "Numpad" && code[6] >= '0' && code[6] <= '9')
        return ImGuiKey(ImGuiKey_Keypad0 + (code[6] - '0'));
    for (const KeyName& k : kKeys)
        if (code == k.code) return k.key;
    return ImGuiKey_None;
}

void updateModifiers(ImGuiIO& io, const EmscriptenKeyboardEvent& e) {
    // Cmd on a Mac does what Ctrl does elsewhere.
    io.AddKeyEvent(ImGuiMod_Ctrl, e.ctrlKey || e.metaKey);
    io.AddKeyEvent(ImGuiMod_Shift, e.shiftKey);
    io.AddKeyEvent(ImGuiMod_Alt, e.altKey);
}

// One Unicode character, as the `key` field carries for printable keys.
bool isPrintable(const char* key) {
    std::size_t n = std::strlen(key);
    if (n == 0 || n > 4) return false;
    unsigned char c = static_cast<unsigned char>(key[0]);
    std::size_t expected = c < 0x80 ? 1 : (c >> 5) == 0x6 ? 2 : (c >> 4) == 0xE ? 3 : 4;
    return n == expected && c >= 0x20;
}

EM_BOOL onKey(int type, const EmscriptenKeyboardEvent* e, void*) {
    if (js_focus_in_page_control()) return EM_FALSE;
    ImGuiIO& io = ImGui::GetIO();
    const bool down = type == EMSCRIPTEN_EVENT_KEYDOWN;
    const bool shortcut = e->ctrlKey || e->metaKey;
    ImGuiKey key = toImGuiKey(*e);
    // Let the browser turn Ctrl+V / Ctrl+C / Ctrl+X into paste/copy/cut events.
    if (shortcut && (key == ImGuiKey_V || key == ImGuiKey_C || key == ImGuiKey_X)) {
        if (key == ImGuiKey_V) return EM_FALSE;
        updateModifiers(io, *e);
        io.AddKeyEvent(key, down);
        wake();
        return EM_FALSE;
    }
    updateModifiers(io, *e);
    if (key != ImGuiKey_None) io.AddKeyEvent(key, down);
    // While the hidden textarea has the focus, characters arrive as its input
    // events (composition, emoji, dictation too): let the browser type them there.
    const bool composing = std::strcmp(e->key, "Process") == 0 || std::strcmp(e->key, "Unidentified") == 0 ||
                           e->keyCode == 229;
    const bool printable = !shortcut && isPrintable(e->key);
    if ((printable || composing) && textInputFocused()) {
        wake();
        return EM_FALSE;
    }
    if (down && printable) io.AddInputCharactersUTF8(e->key);
    wake();
    // Keep Tab, arrows, space and backspace from moving focus or scrolling the page.
    // Ctrl+P prints (index.html swaps the canvas for the report).
    const bool browserShortcut = shortcut && (key == ImGuiKey_R || key == ImGuiKey_L || key == ImGuiKey_T ||
                                              key == ImGuiKey_W || key == ImGuiKey_0 || key == ImGuiKey_Minus ||
                                              key == ImGuiKey_Equal || key == ImGuiKey_P);
    return browserShortcut ? EM_FALSE : EM_TRUE;
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
        if (type == EMSCRIPTEN_EVENT_MOUSEUP) focusTextInputIfOverField();
    }
    wake();
    return EM_FALSE;
}

EM_BOOL onMouseLeave(int, const EmscriptenMouseEvent*, void*) {
    ImGui::GetIO().AddMousePosEvent(-FLT_MAX, -FLT_MAX);
    wake();
    return EM_FALSE;
}

EM_BOOL onWheel(int, const EmscriptenWheelEvent* e, void*) {
    // deltaMode 0 = pixels, 1 = lines, 2 = pages; ImGui counts in lines.
    float scale = e->deltaMode == DOM_DELTA_PIXEL ? 1.0f / 50.0f : e->deltaMode == DOM_DELTA_LINE ? 1.0f / 3.0f : 3.0f;
    ImGui::GetIO().AddMouseWheelEvent(static_cast<float>(-e->deltaX) * scale, static_cast<float>(-e->deltaY) * scale);
    wake();
    return EM_TRUE;
}

// Touch: a tap is a click; one finger drags the content 1:1 and a flick
// carries on with momentum; two fingers are the browser's (pinch-zoom).
struct TouchState {
    long id = -1;
    float startX = 0, startY = 0, lastX = 0, lastY = 0;
    double lastTime = 0;
    float velX = 0, velY = 0;  // CSS px per second, smoothed
    bool scrolling = false;
} gTouch;

struct Fling {
    float velX = 0, velY = 0;
    bool active = false;
} gFling;

constexpr float kTapSlop = 8.0f;       // CSS px a finger may wander and still tap
constexpr float kFlingMinSpeed = 150;  // px/s below which a release just stops
constexpr float kFlingStopSpeed = 20;  // px/s at which momentum ends
constexpr float kFlingDecay = 3.0f;    // per second: speed falls to 1/e in a third of a second

// ImGui scrolls a window by 5 font sizes per vertical wheel step and 2 per
// horizontal one (imgui.cpp, UpdateMouseWheel); dividing by the same makes
// the content follow the finger exactly.
void scrollByPixels(ImGuiIO& io, float dx, float dy) {
    const float font = io.FontDefault ? io.FontDefault->FontSize * io.FontGlobalScale : 15.0f;
    const float stepY = std::trunc(5.0f * font), stepX = std::trunc(2.0f * font);
    io.AddMouseWheelEvent(dx / stepX, dy / stepY);
}

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    if (type == EMSCRIPTEN_EVENT_TOUCHSTART && e->numTouches >= 2) {
        gTouch.id = -1;  // a pinch: the browser zooms; no scroll, no tap
        return EM_FALSE;
    }
    if (gTouch.id < 0 && type != EMSCRIPTEN_EVENT_TOUCHSTART) return EM_FALSE;
    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged && (gTouch.id < 0 || e->touches[i].identifier == gTouch.id)) t = &e->touches[i];
    if (!t) return EM_TRUE;
    const float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    // When the finger moved (event.timeStamp), not when the handler ran: a
    // busy page must not turn a flick into a slow drag.
    const double now = e->timestamp > 0 ? e->timestamp : emscripten_get_now();
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART: {
            const bool stoppedFling = gFling.active;  // a touch that stops a flick is not a tap
            gFling.active = false;
            gTouch = {t->identifier, x, y, x, y, now, 0, 0, stoppedFling};
            io.AddMousePosEvent(x, y);
            break;
        }
        case EMSCRIPTEN_EVENT_TOUCHMOVE: {
            if (!gTouch.scrolling && std::hypot(x - gTouch.startX, y - gTouch.startY) > kTapSlop) gTouch.scrolling = true;
            if (gTouch.scrolling) scrollByPixels(io, x - gTouch.lastX, y - gTouch.lastY);
            const float dt = static_cast<float>((now - gTouch.lastTime) / 1000.0);
            if (dt > 0.0f) {
                const float k = std::min(1.0f, dt / 0.05f);  // smooth over ~50 ms
                gTouch.velX += k * ((x - gTouch.lastX) / dt - gTouch.velX);
                gTouch.velY += k * ((y - gTouch.lastY) / dt - gTouch.velY);
            }
            gTouch.lastX = x;
            gTouch.lastY = y;
            gTouch.lastTime = now;
            break;
        }
        default:  // end or cancel
            if (!gTouch.scrolling && type == EMSCRIPTEN_EVENT_TOUCHEND) {
                io.AddMousePosEvent(x, y);
                io.AddMouseButtonEvent(0, true);
                io.AddMouseButtonEvent(0, false);
                focusTextInputIfOverField();  // inside the gesture, so the keyboard may open
            } else if (gTouch.scrolling && type == EMSCRIPTEN_EVENT_TOUCHEND && now - gTouch.lastTime < 100.0 &&
                       std::hypot(gTouch.velX, gTouch.velY) > kFlingMinSpeed) {
                gFling = {gTouch.velX, gTouch.velY, true};
            }
            gTouch.id = -1;
            break;
    }
    wake();
    return EM_TRUE;  // no emulated mouse events, no page scroll
}

EM_BOOL onFocus(int, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(true);
    wake();
    return EM_FALSE;
}

EM_BOOL onBlur(int, const EmscriptenFocusEvent*, void*) {
    ImGui::GetIO().AddFocusEvent(false);
    wake();
    return EM_FALSE;
}

}  // namespace

bool stepMomentum(float dt) {
    if (!gFling.active) return false;
    scrollByPixels(ImGui::GetIO(), gFling.velX * dt, gFling.velY * dt);
    const float decay = std::exp(-kFlingDecay * dt);
    gFling.velX *= decay;
    gFling.velY *= decay;
    if (std::hypot(gFling.velX, gFling.velY) < kFlingStopSpeed) gFling.active = false;
    wake();
    return true;
}

void installInputHandlers() {
    const char* canvas = "#canvas";
    emscripten_set_mousedown_callback(canvas, nullptr, true, onMouse);
    emscripten_set_mouseup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onMouse);
    emscripten_set_mousemove_callback(canvas, nullptr, true, onMouse);
    emscripten_set_mouseleave_callback(canvas, nullptr, true, onMouseLeave);
    emscripten_set_wheel_callback(canvas, nullptr, true, onWheel);
    emscripten_set_keydown_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onKey);
    emscripten_set_keyup_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onKey);
    emscripten_set_touchstart_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchmove_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchend_callback(canvas, nullptr, true, onTouch);
    emscripten_set_touchcancel_callback(canvas, nullptr, true, onTouch);
    emscripten_set_focus_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onFocus);
    emscripten_set_blur_callback(EMSCRIPTEN_EVENT_TARGET_WINDOW, nullptr, true, onBlur);
}

}  // namespace smm::web
