#include "input.hpp"

#include <emscripten/html5.h>
#include <imgui.h>

#include <cmath>
#include <cstring>
#include <string_view>

namespace smm::web {
namespace {

void (*gActivity)() = nullptr;
void wake() {
    if (gActivity) gActivity();
}

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
    if (down && !shortcut && isPrintable(e->key)) io.AddInputCharactersUTF8(e->key);
    wake();
    // Keep Tab, arrows, space and backspace from moving focus or scrolling the page.
    const bool browserShortcut = shortcut && (key == ImGuiKey_R || key == ImGuiKey_L || key == ImGuiKey_T ||
                                              key == ImGuiKey_W || key == ImGuiKey_0 || key == ImGuiKey_Minus ||
                                              key == ImGuiKey_Equal);
    return browserShortcut ? EM_FALSE : EM_TRUE;
}

EM_BOOL onMouse(int type, const EmscriptenMouseEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    io.AddMouseSourceEvent(ImGuiMouseSource_Mouse);
    io.AddMousePosEvent(static_cast<float>(e->targetX), static_cast<float>(e->targetY));
    if (type == EMSCRIPTEN_EVENT_MOUSEDOWN || type == EMSCRIPTEN_EVENT_MOUSEUP) {
        int button = e->button == 0 ? 0 : e->button == 2 ? 1 : e->button == 1 ? 2 : -1;
        if (button >= 0) io.AddMouseButtonEvent(button, type == EMSCRIPTEN_EVENT_MOUSEDOWN);
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

// Touch: a tap is a click; a drag scrolls (ImGui has no touch scrolling of its own).
struct TouchState {
    long id = -1;
    float startX = 0, startY = 0, lastX = 0, lastY = 0;
    bool scrolling = false;
} gTouch;

constexpr float kTapSlop = 8.0f; // CSS px a finger may wander and still tap

EM_BOOL onTouch(int type, const EmscriptenTouchEvent* e, void*) {
    ImGuiIO& io = ImGui::GetIO();
    const EmscriptenTouchPoint* t = nullptr;
    for (int i = 0; i < e->numTouches; ++i)
        if (e->touches[i].isChanged && (gTouch.id < 0 || e->touches[i].identifier == gTouch.id)) t = &e->touches[i];
    if (!t) return EM_TRUE;
    const float x = static_cast<float>(t->targetX), y = static_cast<float>(t->targetY);
    io.AddMouseSourceEvent(ImGuiMouseSource_TouchScreen);
    switch (type) {
        case EMSCRIPTEN_EVENT_TOUCHSTART:
            gTouch = {t->identifier, x, y, x, y, false};
            io.AddMousePosEvent(x, y);
            break;
        case EMSCRIPTEN_EVENT_TOUCHMOVE:
            if (!gTouch.scrolling && std::hypot(x - gTouch.startX, y - gTouch.startY) > kTapSlop) gTouch.scrolling = true;
            if (gTouch.scrolling) {
                const float line = ImGui::GetTextLineHeightWithSpacing();
                io.AddMouseWheelEvent((x - gTouch.lastX) / line / 5.0f, (y - gTouch.lastY) / line / 5.0f);
            }
            gTouch.lastX = x;
            gTouch.lastY = y;
            break;
        default:  // end or cancel
            if (!gTouch.scrolling && type == EMSCRIPTEN_EVENT_TOUCHEND) {
                io.AddMousePosEvent(x, y);
                io.AddMouseButtonEvent(0, true);
                io.AddMouseButtonEvent(0, false);
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

void installInputHandlers(void (*onActivity)()) {
    gActivity = onActivity;
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
