// An in-memory Platform whose storage can be shared by several "tabs" (each
// its own Workspace), like localStorage is by the tabs of one page.
#pragma once

#include <map>
#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "shell/platform.hpp"

namespace smm::test {

using Storage = std::map<std::string, std::string>;

class MemoryPlatform final : public Platform {
public:
    explicit MemoryPlatform(std::shared_ptr<Storage> storage = std::make_shared<Storage>())
        : storage(std::move(storage)) {}

    std::optional<std::string> loadItem(const std::string& key) override {
        auto it = storage->find(key);
        return it == storage->end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    bool saveItem(const std::string& key, const std::string& value) override {
        if (refuseWrites) return false;  // turned off, or setItem throwing
        auto it = storage->find(key);
        const std::size_t old = it == storage->end() ? 0 : key.size() + it->second.size();
        if (used() - old + key.size() + value.size() > quota) return false;  // full, as localStorage's quota
        (*storage)[key] = value;
        return true;
    }
    // Bytes in use (keys and values), against `quota`.
    std::size_t used() const {
        std::size_t n = 0;
        for (const auto& [key, value] : *storage) n += key.size() + value.size();
        return n;
    }
    void removeItem(const std::string& key) override { storage->erase(key); }
    std::vector<std::string> listKeys(const std::string& prefix) override {
        std::vector<std::string> keys;
        for (const auto& [key, value] : *storage)
            if (key.compare(0, prefix.size(), prefix) == 0) keys.push_back(key);
        return keys;
    }
    void copyText(const std::string& text) override { copied = text; }
    void download(const std::string& filename, const std::string&, const std::string& content) override {
        downloads.push_back({filename, content});
    }
    void downloadScreenshot(const std::string&) override {}
    void pickFile(FileKind) override {}
    std::string pageAddress() override { return "https://example.test/"; }
    void clearFragment() override { ++fragmentCleared; }
    Connectivity connectivity() override { return connectivityNow; }

    std::shared_ptr<Storage> storage;
    bool refuseWrites = false;
    std::size_t quota = static_cast<std::size_t>(-1);
    std::string copied;
    std::vector<std::pair<std::string, std::string>> downloads;
    int fragmentCleared = 0;
    Connectivity connectivityNow;
};

}  // namespace smm::test
