// An open text field belongs to the document it was opened on. Anything that
// would show another document while a field is being typed in (a link
// opened, a file dropped, another tab's version taken over) waits until the
// keys already typed have reached the field, then ends the edit first.
#pragma once

namespace smm::ui {

// A text field of the current Dear ImGui context is being typed in.
bool editingText();
// Input events (keys, characters) queued for later frames.
bool inputPending();
// The field being typed in lets go; what it holds was applied keystroke by keystroke.
void endTextEdit();

}  // namespace smm::ui
