// Puts the shell's screen-reader view (shell/screen_reader) into the page's
// visually hidden #sr-view and announces notices through #sr-live; turns the
// links, radios and buttons there back into the app's intents.
#pragma once

#include "shell/app.hpp"

namespace smm::web {

void installScreenReader();

// Once per frame after the UI: updates the DOM when what it says changed.
void syncScreenReader(const App& app);

}  // namespace smm::web
