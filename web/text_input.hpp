// Real text input: a hidden <textarea> (index.html, #text-input) takes the
// browser's focus while Dear ImGui edits text, so phones open their keyboard
// and IME composition, emoji pickers, dictation and paste reach the app as
// UTF-8 through `input`/`compositionend` events.
#pragma once

namespace smm::web {

void installTextInput();

// Once per frame after the UI is drawn: focuses the textarea when a text
// field starts editing and lets it go when editing ends.
void syncTextInput(bool wantTextInput);

// Inside a touch or click handler (a user gesture, which iOS needs before it
// opens a keyboard): focuses the textarea when the pointer is over a text field.
void focusTextInputIfOverField();

// True while the textarea has the focus: printable keys then arrive as its
// `input` events rather than as key presses (so nothing is typed twice).
bool textInputFocused();

}  // namespace smm::web
