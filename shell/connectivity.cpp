#include "connectivity.hpp"

namespace smm {

const char* connectivityLabel(const Connectivity& c) {
    if (!c.online) return "Offline";
    return c.offlineReady ? "Works offline" : "";
}

const char* connectivityHint(const Connectivity& c) {
    if (!c.online)
        return c.offlineReady ? "No network. Everything works and is saved in this browser."
                              : "No network. What is open keeps working and is saved in this browser.";
    return c.offlineReady ? "This page is kept in this browser: it opens and works with no network." : "";
}

}  // namespace smm
