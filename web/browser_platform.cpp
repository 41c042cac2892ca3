#include "browser_platform.hpp"

#include "browser.hpp"
#include "host.hpp"

#include <emscripten/emscripten.h>

#include <cstdlib>

// JavaScript side, at global scope as EM_JS requires. Strings handed back to
// C++ are malloc'ed here and freed by the caller.

EM_JS(char*, js_storage_get, (const char* key), {
    try {
        const value = window.localStorage.getItem(UTF8ToString(key));
        return value === null ? 0 : Module.smmToC(value);
    } catch (e) {
        return 0;
    }
});

EM_JS(int, js_storage_set, (const char* key, const char* value, int size), {
    try {
        window.localStorage.setItem(UTF8ToString(key), Module.smmFromC(value, size));
        return 1;
    } catch (e) {
        console.warn('Social Maturity Map: could not save to localStorage: ' + e);
        return 0;
    }
});

EM_JS(void, js_storage_remove, (const char* key), {
    try {
        window.localStorage.removeItem(UTF8ToString(key));
    } catch (e) {
    }
});

// The keys starting with `prefix`, one per line (keys never hold a newline: we make them).
EM_JS(char*, js_storage_keys, (const char* prefix), {
    let value = '';
    try {
        const p = UTF8ToString(prefix), newline = String.fromCharCode(10);
        for (let i = 0; i < window.localStorage.length; i++) {
            const key = window.localStorage.key(i);
            if (key !== null && key.startsWith(p) && key.indexOf(newline) < 0) value += key + newline;
        }
    } catch (e) {
    }
    return Module.smmToC(value);
});

EM_JS(void, js_download, (const char* name, const char* mime, const char* data, int size), {
    const bytes = HEAPU8.slice(data, data + size);
    Module.smmSaveBlob(new Blob([bytes], { type: UTF8ToString(mime) }), UTF8ToString(name));
});

EM_JS(void, js_download_canvas, (const char* name), {
    const filename = UTF8ToString(name);
    document.getElementById('canvas').toBlob((blob) => { if (blob) Module.smmSaveBlob(blob, filename); }, 'image/png');
});

EM_JS(void, js_install_file_handlers, (), {
    const MAX_BYTES = 5 * 1024 * 1024;
    const deliver = (file) => {
        const name = file.name || 'file';
        const send = (content, error) => {
            const pn = Module.smmToC(name), pc = Module.smmToC(content), pe = Module.smmToC(error);
            _smm_file_arrived(pn, pc, pe);  // each with its length (smmToC)
            _free(pn); _free(pc); _free(pe);
        };
        if (file.size > MAX_BYTES) { send('', 'It is ' + Math.round(file.size / 1048576) + ' MB; files up to 5 MB can be opened.'); return; }
        file.text().then((text) => send(text, ''), (err) => send('', 'The browser could not read it: ' + err));
    };
    window.smmPickFile = (accept) => {
        const input = document.createElement('input');
        input.type = 'file';
        input.accept = accept;
        input.style.display = 'none';
        input.multiple = true;  // a facilitator drops or picks everyone's files at once
        input.addEventListener('change', () => { for (const f of input.files) deliver(f); input.remove(); });
        document.body.appendChild(input);
        input.click();
    };
    window.addEventListener('dragover', (e) => { e.preventDefault(); e.dataTransfer.dropEffect = 'copy'; });
    window.addEventListener('drop', (e) => {
        e.preventDefault();
        if (e.dataTransfer) for (const f of e.dataTransfer.files) deliver(f);
    });
    // Another tab of this page changed the saved work (localStorage only
    // tells the other tabs, never the one that wrote).
    window.addEventListener('storage', (e) => {
        if (e.storageArea !== window.localStorage) return;
        if (e.key !== null && !e.key.startsWith('smm.')) return;
        _smm_storage_changed();
    });
    // Esc in browser full screen only leaves full screen (the page never
    // sees the key): leaving full screen ends the presentation too.
    document.addEventListener('fullscreenchange', () => { if (!document.fullscreenElement) _smm_fullscreen_left(); });
    // Whatever storage refused is tried again when the page is hidden or
    // closed, and every few seconds while some is waiting; closing with work
    // still unsaved asks first (the notice offers the download).
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'hidden') _smm_save_now(); });
    window.addEventListener('pagehide', () => _smm_save_now());
    window.addEventListener('beforeunload', (e) => {
        _smm_save_now();
        if (_smm_has_unsaved()) { e.preventDefault(); e.returnValue = ''; }
    });
    setInterval(() => { if (_smm_has_unsaved()) _smm_save_now(); }, 5000);
    window.addEventListener('hashchange', () => {
        const hash = location.hash;
        if (!hash || hash === '#') return;
        Module.smmWithString(hash, _smm_link_arrived);
    });
});

EM_JS(void, js_pick_file, (const char* accept), { window.smmPickFile(UTF8ToString(accept)); });

EM_JS(char*, js_page_address, (), {
    return Module.smmToC(location.origin + location.pathname + location.search);
});

EM_JS(char*, js_fragment, (), {
    return Module.smmToC(location.hash || '');
});

// Presentation mode. Browsers allow full screen only shortly after a click or
// key press (which started it) and may refuse; either way the slides show.
EM_JS(void, js_set_fullscreen, (int on), {
    try {
        const root = document.documentElement;
        if (on && !document.fullscreenElement && root.requestFullscreen) root.requestFullscreen().catch(() => {});
        if (!on && document.fullscreenElement && document.exitFullscreen) document.exitFullscreen().catch(() => {});
    } catch (e) {
    }
});

EM_JS(void, js_clear_fragment, (), {
    history.replaceState(null, '', location.pathname + location.search);
});

namespace smm::web {

void BrowserPlatform::install() { js_install_file_handlers(); }

std::optional<std::string> BrowserPlatform::loadItem(const std::string& key) {
    char* value = js_storage_get(key.c_str());
    if (!value) return std::nullopt;
    return adoptString(value);
}

bool BrowserPlatform::saveItem(const std::string& key, const std::string& value) {
    return js_storage_set(key.c_str(), value.data(), static_cast<int>(value.size())) != 0;
}

void BrowserPlatform::removeItem(const std::string& key) { js_storage_remove(key.c_str()); }

std::vector<std::string> BrowserPlatform::listKeys(const std::string& prefix) {
    std::string all = adoptString(js_storage_keys(prefix.c_str()));
    std::vector<std::string> keys;
    for (std::size_t start = 0, end; (end = all.find('\n', start)) != std::string::npos; start = end + 1)
        keys.push_back(all.substr(start, end - start));
    return keys;
}

void BrowserPlatform::copyText(const std::string& text) { copyToClipboard(text); }

void BrowserPlatform::download(const std::string& filename, const std::string& mimeType, const std::string& content) {
    js_download(filename.c_str(), mimeType.c_str(), content.data(), static_cast<int>(content.size()));
}

void BrowserPlatform::downloadScreenshot(const std::string& filename) { js_download_canvas(filename.c_str()); }

void BrowserPlatform::pickFile(FileKind) { js_pick_file(".json,application/json"); }

std::string BrowserPlatform::pageAddress() { return adoptString(js_page_address()); }

void BrowserPlatform::clearFragment() { js_clear_fragment(); }
void BrowserPlatform::setFullscreen(bool on) { js_set_fullscreen(on ? 1 : 0); }

std::string BrowserPlatform::currentFragment() { return adoptString(js_fragment()); }

}  // namespace smm::web

// Each argument as Module.smmToC made it (its length first).
extern "C" EMSCRIPTEN_KEEPALIVE void smm_file_arrived(const char* name, const char* content, const char* error) {
    using smm::web::peekString;
    smm::web::host().withApp([&](smm::App& app) {
        const std::string why = peekString(error);
        if (!why.empty())
            app.fileError(peekString(name), why);
        else
            app.openFile(peekString(name), peekString(content));
    });
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_link_arrived(const char* fragment, int size) {
    smm::web::host().withApp([&](smm::App& app) { app.openLink(std::string(fragment, static_cast<std::size_t>(size))); });
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_save_now() {
    smm::web::host().withApp([](smm::App& app) { app.saveNow(); });
}

extern "C" EMSCRIPTEN_KEEPALIVE int smm_has_unsaved() {
    const smm::App* app = smm::web::host().app.get();
    return app && app->workspace().hasUnsavedWork() ? 1 : 0;
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_fullscreen_left() {
    smm::web::host().withApp([](smm::App& app) { app.apply(smm::LeavePresentation{}); });
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_storage_changed() {
    smm::web::host().withApp([](smm::App& app) { app.storageChanged(); });
}
