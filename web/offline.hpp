// Working with no network: registers the service worker (sw.js beside
// index.html), follows navigator.onLine and the worker's state, and tells the
// app (the top bar's "Works offline" / "Offline", the new-version notice).
#pragma once

namespace smm::web {

// After the first frame: the worker's install then competes with nothing.
void installOffline();

}  // namespace smm::web
