// What the app needs from wherever it runs. The browser implements it in
// web/browser_platform.cpp; tests use an in-memory fake. Results that arrive
// later (a picked file, a pasted link, another tab's change) come back
// through App's entry points.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "connectivity.hpp"

namespace smm {

enum class FileKind { Assessment, Model };

class Platform {
public:
    virtual ~Platform() = default;

    // Storage that survives a reload (localStorage), shared by every tab of
    // the page. save returns false when the browser refuses (private mode,
    // quota), so the app can say so.
    virtual std::optional<std::string> loadItem(const std::string& key) = 0;
    virtual bool saveItem(const std::string& key, const std::string& value) = 0;
    virtual void removeItem(const std::string& key) = 0;
    // Every stored key that starts with `prefix`.
    virtual std::vector<std::string> listKeys(const std::string& prefix) = 0;

    virtual void copyText(const std::string& text) = 0;
    virtual void download(const std::string& filename, const std::string& mimeType, const std::string& content) = 0;
    // Saves what the canvas shows now as a PNG.
    virtual void downloadScreenshot(const std::string& filename) = 0;
    // Opens the file chooser; the file arrives through App::openFile.
    virtual void pickFile(FileKind kind) = 0;

    // The page's address without its fragment, to build share links.
    virtual std::string pageAddress() = 0;
    // Removes the fragment from the address bar once its preview is closed
    // or kept (while it is open, a reload or bookmark shows it again).
    virtual void clearFragment() = 0;
    // Presentation mode asks for the whole screen and gives it back; a
    // platform that cannot (a test, a refusing browser) ignores it.
    virtual void setFullscreen(bool /*on*/) {}
    // Whether there is a network and whether the page works without one
    // (the top bar shows it). A platform that cannot tell says online.
    virtual Connectivity connectivity() { return {}; }
};

}  // namespace smm
