#include "history.hpp"

#include <emscripten/emscripten.h>

#include <string>

EM_JS(void, js_install_popstate, (), {
    window.addEventListener('popstate', () => {
        const query = location.search || "";
        const size = lengthBytesUTF8(query) + 1;
        const ptr = _malloc(size);
        stringToUTF8(query, ptr, size);
        _smm_address_changed(ptr);
        _free(ptr);
    });
});

EM_JS(int, js_query_length, (), { return lengthBytesUTF8(location.search || ""); });
EM_JS(void, js_query, (char* out, int size), { stringToUTF8(location.search || "", out, size); });

// The share link's #fragment stays as it is; only the query changes.
EM_JS(void, js_set_address, (const char* query, int newEntry), {
    const url = location.pathname + '?' + UTF8ToString(query) + location.hash;
    if (newEntry) history.pushState(null, "", url);
    else history.replaceState(history.state, "", url);
});

namespace smm::web {
namespace {

App* gApp = nullptr;
void (*gActivity)() = nullptr;
ui::Address gShown;  // what the address bar says

std::string currentQuery() {
    const int size = js_query_length() + 1;
    std::string out(static_cast<std::size_t>(size), '\0');
    js_query(out.data(), size);
    out.resize(static_cast<std::size_t>(size - 1));
    return out;
}

}  // namespace

void installHistory(App& app, void (*onActivity)()) {
    gApp = &app;
    gActivity = onActivity;
    if (auto at = ui::parseAddress(currentQuery())) app.goTo(*at);
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
    using namespace smm::web;
    if (!gApp) return;
    gApp->goTo(smm::ui::parseAddress(query).value_or(smm::ui::Address{}));
    gShown = gApp->address();
    if (gActivity) gActivity();
}
