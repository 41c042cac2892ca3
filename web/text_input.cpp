#include "text_input.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>
#include <imgui.h>

// JavaScript side, at global scope as EM_JS requires.
EM_JS(void, js_install_text_input, (), {
    const area = document.getElementById('text-input');
    if (!area) return;
    // Whatever the textarea holds is new text: hand it over and empty it. Both
    // `input` (outside composition) and `compositionend` call this; whichever
    // comes second finds it empty, so composed text arrives exactly once.
    const flush = () => {
        const text = area.value;
        if (!text) return;
        area.value = "";
        Module.smmWithString(text, _smm_text_input);
    };
    area.addEventListener('input', (e) => { if (!e.isComposing) flush(); });
    area.addEventListener('compositionend', flush);
});

EM_JS(void, js_focus_text_input, (int focus), {
    const area = document.getElementById('text-input');
    if (!area) return;
    if (focus) {
        area.value = "";
        area.focus({ preventScroll: true });
    } else if (document.activeElement === area) {
        area.blur();
    }
});

EM_JS(void, js_place_text_input, (float x, float y, float h), {
    const area = document.getElementById('text-input');
    if (!area) return;
    // Where the caret is, so the IME's candidate window and the phone's
    // scroll-into-view land on the field being edited.
    area.style.left = x + 'px';
    area.style.top = y + 'px';
    area.style.height = Math.max(16, h) + 'px';
});

EM_JS(int, js_text_input_focused, (), {
    const area = document.getElementById('text-input');
    return area && document.activeElement === area ? 1 : 0;
});

namespace smm::web {
namespace {

bool gWanted = false;       // ImGui wanted text last frame
int gGestureGrace = 0;      // frames a gesture focus waits for ImGui to start editing

void placeTextInput(ImGuiViewport*, ImGuiPlatformImeData* data) {
    if (data->WantVisible) js_place_text_input(data->InputPos.x, data->InputPos.y, data->InputLineHeight);
}

}  // namespace

void installTextInput() {
    ImGui::GetIO().SetPlatformImeDataFn = placeTextInput;
    js_install_text_input();
}

void syncTextInput(bool wantTextInput) {
    if (wantTextInput != gWanted) {
        gWanted = wantTextInput;
        js_focus_text_input(wantTextInput ? 1 : 0);
        gGestureGrace = 0;
    } else if (gGestureGrace > 0 && --gGestureGrace == 0 && !wantTextInput) {
        js_focus_text_input(0);  // the tap was not on a field after all
    }
}

void focusTextInputIfOverField() {
    if (ImGui::GetMouseCursor() != ImGuiMouseCursor_TextInput || gWanted) return;
    js_focus_text_input(1);
    gGestureGrace = 6;
}

bool textInputFocused() { return js_text_input_focused() != 0; }

}  // namespace smm::web

// Text the textarea received (typed, composed, dictated, an emoji).
extern "C" EMSCRIPTEN_KEEPALIVE void smm_text_input(const char* text) {
    ImGui::GetIO().AddInputCharactersUTF8(text);
    smm::web::host().wake();
}
