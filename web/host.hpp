// The one object the page's callbacks reach: the app, the browser platform it
// stores through, the clipboard text, and the frame loop's wake-up. Every
// event from JavaScript goes through here, so "is the app up yet?" and "draw
// again" are answered in one place.
#pragma once

#include <memory>
#include <string>

#include "browser_platform.hpp"
#include "shell/app.hpp"

namespace smm::web {

class Host {
public:
    BrowserPlatform platform;
    std::unique_ptr<App> app;  // null until start-up has loaded the model
    std::string clipboard;     // the last text copied or pasted (Dear ImGui reads it)

    // The frame loop runs again (it pauses when nothing changes; frame_loop.cpp).
    void wake();

    // Runs `step` on the app if it is up, then wakes the loop: what every
    // event from the page does.
    template <typename Step>
    void withApp(Step&& step) {
        if (!app) return;
        step(*app);
        wake();
    }
};

Host& host();

// Defines the JavaScript helpers the EM_JS functions share (Module.smmToC,
// Module.smmWithString, Module.smmSaveBlob); main() calls it before anything else.
void installPageHelpers();
// A string Module.smmToC made ([length][bytes], so U+0000 survives): copied
// (peekString) or copied and freed (adoptString).
std::string peekString(const char* made);
std::string adoptString(char* made);

}  // namespace smm::web
