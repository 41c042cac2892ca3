#include "offline.hpp"

#include "host.hpp"

#include <emscripten/emscripten.h>

// JavaScript side, at global scope as EM_JS requires. Each change reaches the
// app once (one wake of the frame loop); nothing here polls.
//   online: navigator.onLine, then the online/offline events;
//   ready:  the page's controlling worker says all of its version is cached;
//   a new version: the controller changed after the page started and serves
//   another build than the page's own (<meta name="smm-build">). The page is
//   never reloaded: the reader reloads when done.
// window.smmConnectivity mirrors what the app was told (tests read it).
EM_JS(void, js_install_offline, (), {
    const state = { online: navigator.onLine !== false, ready: false };
    let told = 'true,false';  // what the app starts with (shell/connectivity.hpp)
    const tell = () => {
        window.smmConnectivity = { online: state.online, ready: state.ready };
        const now = state.online + ',' + state.ready;
        if (now === told) return;
        told = now;
        _smm_connectivity_changed(state.online ? 1 : 0, state.ready ? 1 : 0);
    };
    tell();
    const sw = navigator.serviceWorker;
    let registration = null;
    const checkForUpdate = () => { if (registration) registration.update().catch(() => {}); };
    window.addEventListener('online', () => { state.online = true; tell(); checkForUpdate(); });
    window.addEventListener('offline', () => { state.online = false; tell(); });
    if (!sw || !window.isSecureContext) return;

    const meta = document.querySelector('meta[name="smm-build"]');
    const build = meta ? meta.content : '';
    let replaced = false, announced = false;
    const ask = () => { if (sw.controller) sw.controller.postMessage({ type: 'smm-status' }); };
    sw.addEventListener('message', (event) => {
        const d = event.data;
        if (!d || d.type !== 'smm-status') return;
        state.ready = d.complete === true;
        tell();
        if (replaced && d.version !== build && !announced) {
            announced = true;
            _smm_new_version_ready();
        }
    });
    sw.addEventListener('controllerchange', () => { replaced = true; ask(); });
    document.addEventListener('visibilitychange', () => { if (document.visibilityState === 'visible') checkForUpdate(); });
    sw.register('sw.js', { scope: './', updateViaCache: 'none' })
        .then((r) => { registration = r; ask(); })
        .catch((err) => console.warn('Social Maturity Map: no offline copy (' + err + ')'));
});

namespace smm::web {

void installOffline() { js_install_offline(); }

}  // namespace smm::web

extern "C" EMSCRIPTEN_KEEPALIVE void smm_connectivity_changed(int online, int ready) {
    smm::web::host().platform.setConnectivity({online != 0, ready != 0});
    smm::web::host().withApp([](smm::App&) {});  // the top bar says it on the next frame
}

extern "C" EMSCRIPTEN_KEEPALIVE void smm_new_version_ready() {
    smm::web::host().withApp([](smm::App& app) { app.newVersionReady(); });
}
