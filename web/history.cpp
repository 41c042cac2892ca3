#include "history.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>

#include <string>

EM_JS(void, js_install_popstate, (), {
    window.addEventListener('popstate', () => {
        Module.smmWithString(location.search || "", _smm_address_changed);
    });
});

EM_JS(char*, js_query, (), { return Module.smmToC(location.search || ""); });

// The share link's #fragment stays as it is; only the query changes.
EM_JS(void, js_set_address, (const char* query, int newEntry), {
    const url = location.pathname + '?' + UTF8ToString(query) + location.hash;
    if (newEntry) history.pushState(null, "", url);
    else history.replaceState(history.state, "", url);
});

namespace smm::web {
namespace {

ui::Address gShown;  // what the address bar says

}  // namespace

void installHistory() {
    App& app = *host().app;
    if (auto at = ui::parseAddress(adoptString(js_query()))) app.goTo(*at);
    gShown = app.address();
    js_set_address(ui::formatAddress(gShown).c_str(), 0);
    js_install_popstate();
}

void syncHistory(const App& app) {
    const ui::Address now = app.address();
    if (now == gShown) return;
    // A new view is a step back can undo; moving between questions is not.
    const bool newEntry = now.view != gShown.view;
    gShown = now;
    js_set_address(ui::formatAddress(now).c_str(), newEntry ? 1 : 0);
}

}  // namespace smm::web

// Back or forward: show the view the address now names.
extern "C" EMSCRIPTEN_KEEPALIVE void smm_address_changed(const char* query) {
    smm::web::host().withApp([&](smm::App& app) {
        app.goTo(smm::ui::parseAddress(query).value_or(smm::ui::Address{}));
        smm::web::gShown = app.address();
    });
}
