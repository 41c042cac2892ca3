// Whether the page works with no network, and whether there is one: the top
// bar says so. The platform reports it (Platform::connectivity); the words
// are here, in one place.
#pragma once

namespace smm {

struct Connectivity {
    bool online = true;         // the browser has a network (navigator.onLine)
    bool offlineReady = false;  // a service worker controls the page and keeps all of it
    bool operator==(const Connectivity&) const = default;
};

// What the top bar says: "Offline" with no network, "Works offline" once the
// page would open without one, else nothing (an empty string).
const char* connectivityLabel(const Connectivity& c);
// Shown when the hover rests on the label.
const char* connectivityHint(const Connectivity& c);

// The notice when a newer version of the app has been installed while this
// tab runs: it is never swapped in under the reader's work.
inline constexpr const char* kNewVersionNotice = "A new version is ready - reload when you are done";
inline constexpr const char* kNewVersionDetail =
    "This tab keeps the version it opened with until it is reloaded; your work is saved as you go.";

}  // namespace smm
