// smm::Platform for the browser: localStorage, downloads, the file picker,
// drag and drop, the address bar, other tabs' storage changes. Files and links that arrive later are
// handed to the App given to install().
#pragma once

#include "shell/platform.hpp"

namespace smm::web {

class BrowserPlatform final : public Platform {
public:
    // Routes dropped/picked files, changed #fragments, other tabs' storage
    // changes and leaving full screen to the host's app.
    void install();

    std::optional<std::string> loadItem(const std::string& key) override;
    bool saveItem(const std::string& key, const std::string& value) override;
    void removeItem(const std::string& key) override;
    std::vector<std::string> listKeys(const std::string& prefix) override;
    void copyText(const std::string& text) override;
    void download(const std::string& filename, const std::string& mimeType, const std::string& content) override;
    void downloadScreenshot(const std::string& filename) override;
    void pickFile(FileKind kind) override;
    std::string pageAddress() override;
    void clearFragment() override;
    void setFullscreen(bool on) override;
    Connectivity connectivity() override { return connectivity_; }
    // What web/offline.cpp last heard from the page.
    void setConnectivity(Connectivity c) { connectivity_ = c; }

    // The address' #fragment at start-up.
    static std::string currentFragment();

private:
    Connectivity connectivity_;
};

}  // namespace smm::web
