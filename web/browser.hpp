// Everything that talks to the page's JavaScript: clipboard, paste, status
// signals for index.html. The only place besides input.cpp with browser calls.
#pragma once

#include <string>

namespace smm::web {

// Routes Dear ImGui's clipboard through navigator.clipboard and the page's
// paste events; the text copied or pasted last is kept in the host.
void installClipboard();

// Copies text to the system clipboard (and window.smmLastCopied, which tests read).
void copyToClipboard(const std::string& text);

// Tells index.html the first frame is on screen (it hides the loading screen).
void signalFirstFrame();

// The operating system's dark preference (prefers-color-scheme), which picks
// the theme until the reader chooses one.
bool prefersDarkScheme();

// A touch screen is the main pointer (pointer: coarse): controls grow to 44 px.
bool touchIsPrimary();

// Shows a message instead of the app when it cannot start.
void showFatalError(const std::string& message);

}  // namespace smm::web
