// The storage model: random sequences of what users do, in two or three tabs
// over one in-memory storage (typing, switching, follow-ups, share links and
// response links, workshops, reloads, storage full and freed, storage
// throwing, hostile entries appearing, storage events delivered late), and
// after every step the property: every character typed is in storage, or in
// its tab's unsaved work with the "not saved yet" notice showing.
// Used by tests/shell/test_storage_model.cpp and tests/fuzz/fuzz_storage_model.cpp.
#pragma once

#include <cstdint>
#include <set>
#include <string>
#include <vector>

#include "shell/storage_wording.hpp"
#include "storage_tabs.hpp"

namespace smm::test {

class StorageModel {
public:
    static constexpr int kTabs = 3;
    static constexpr int kOperations = 15;

    StorageModel() : storage_(std::make_shared<Storage>()) {
        for (int i = 0; i < kTabs; ++i) tabs_.push_back(std::make_unique<WorkspaceTab>(storage_));
    }

    // One user action; `op` and `arg` are any bytes. Returns what it did, for a failure's story.
    std::string step(std::uint8_t op, std::uint8_t arg) {
        const int t = arg % kTabs;
        WorkspaceTab& tab = *tabs_[static_cast<std::size_t>(t)];
        Workspace& w = *tab;
        const std::string token = "~" + std::to_string(++counter_) + "~";
        const std::string who = "tab " + std::to_string(t) + ": ";
        switch (op % kOperations) {
            case 0: {  // types into a note
                const int q = (arg / kTabs) % 5;
                w.document().setNote(q, w.document().assessment().answers[static_cast<std::size_t>(q)].note + token);
                w.autosave();
                typed_.push_back({t, token});
                return who + "types " + token + " into note " + std::to_string(q);
            }
            case 1:  // types into the organisation
                w.document().setOrganisation(w.document().assessment().organisation.substr(0, 60) + token);
                w.autosave();
                typed_.push_back({t, token});
                return who + "types " + token + " into the organisation";
            case 2: {  // switches to another saved entry
                const auto& entries = w.library().entries();
                if (entries.empty()) return who + "has nothing to switch to";
                const std::string id = entries[(arg / kTabs) % entries.size()].id;
                w.switchTo(id);
                return who + "switches to " + id;
            }
            case 3: w.newAssessment(); return who + "starts a new assessment";
            case 4: w.startFollowUp(); return who + "starts a follow-up";
            case 5: w.openLink(shareFragment(w.document(), "Shared " + token)); return who + "opens a share link";
            case 6: {
                if (workshops_.empty()) return who + "has no workshop to answer";
                const std::string& id = workshops_[(arg / kTabs) % workshops_.size()];
                w.openLink(responseFragment(w.document().model(), id, (arg / 7) % 2));
                return who + "opens a response link for " + id;
            }
            case 7:
                w.startWorkshop({});
                if (const Workshop* ws = w.document().workshop()) workshops_.push_back(ws->setup.id);
                return who + "starts a workshop";
            case 8:  // reload: the page saves on pagehide; with work still unsaved the user was asked and stayed
                w.saveNow();
                if (w.hasUnsavedWork()) return who + "tries to reload, unsaved work: stays";
                tabs_[static_cast<std::size_t>(t)] = std::make_unique<WorkspaceTab>(storage_);
                applyStorageState();
                return who + "reloads";
            case 9:
                quota_ = tabs_[0]->platform.used() + static_cast<std::size_t>(arg) * 8;
                applyStorageState();
                return "storage is full";
            case 10:
                quota_ = static_cast<std::size_t>(-1);
                applyStorageState();
                return "storage has room again";
            case 11:
                throwing_ = !throwing_;
                applyStorageState();
                return throwing_ ? "setItem throws" : "setItem works again";
            case 12: {  // a hostile entry appears (another program, an edited storage)
                (*storage_)[std::string(kEntryPrefix) + "zz" + std::to_string(counter_)] = hostile(arg);
                return "a hostile entry appears";
            }
            case 13: w.storageChanged(); return who + "hears of other tabs' changes";
            default: w.keepSharedCopy(); return who + "keeps a copy";
        }
    }

    // Empty when every typed token is safe; otherwise what was lost.
    std::string check() const {
        std::set<std::string> stored;
        for (const auto& [key, value] : *storage_) collectTokens(value, stored);
        std::vector<std::set<std::string>> held(kTabs);
        std::vector<bool> noticed(kTabs);
        for (int t = 0; t < kTabs; ++t) {
            const Workspace& w = *tabs_[static_cast<std::size_t>(t)]->workspace;
            noticed[static_cast<std::size_t>(t)] = w.notices().has(wording::kNotSavedTitle);
            for (const std::string& id : w.library().unsaved())
                if (const LibraryEntry* e = w.library().find(id)) {
                    collectTokens(e->assessment, held[static_cast<std::size_t>(t)]);
                    collectTokens(e->participants, held[static_cast<std::size_t>(t)]);
                }
        }
        for (const auto& [t, token] : typed_) {
            if (stored.count(token)) continue;
            if (held[static_cast<std::size_t>(t)].count(token) && noticed[static_cast<std::size_t>(t)]) continue;
            return "tab " + std::to_string(t) + " typed " + token + ": it is neither stored nor shown as not saved yet" +
                   (held[static_cast<std::size_t>(t)].count(token) ? " (held, but no notice)" : "");
        }
        return {};
    }

private:
    void applyStorageState() {
        for (auto& tab : tabs_) {
            tab->platform.quota = quota_;
            tab->platform.refuseWrites = throwing_;
        }
    }

    static std::string hostile(std::uint8_t arg) {
        switch (arg % 4) {
            case 0: return std::string("{\"version\":2,\"id\":\"h\",\"title\":\"nul") + '\0' + "\",\"assessment\":{";
            case 1: return "{\"version\":99,\"id\":\"h\",\"title\":\"Future\",\"assessment\":{\"organisation\":\"F\"},\"x\":1}";
            case 2: return std::string(300, '[');
            default: return "{\"version\":2,\"id\":\"h\",\"title\":\"Odd\",\"revision\":9223372036854775807,\"assessment\":\"{}\"}";
        }
    }

    // Every "~N~" in text.
    static void collectTokens(const std::string& text, std::set<std::string>& out) {
        for (std::size_t at = text.find('~'); at != std::string::npos && at + 1 < text.size();) {
            std::size_t end = at + 1;
            while (end < text.size() && text[end] >= '0' && text[end] <= '9') ++end;
            if (end < text.size() && text[end] == '~' && end > at + 1) {
                out.insert(text.substr(at, end - at + 1));
                at = text.find('~', end + 1);
            } else {
                at = text.find('~', at + 1);
            }
        }
    }

    std::shared_ptr<Storage> storage_;
    std::vector<std::unique_ptr<WorkspaceTab>> tabs_;
    std::vector<std::pair<int, std::string>> typed_;
    std::vector<std::string> workshops_;
    std::size_t quota_ = static_cast<std::size_t>(-1);
    bool throwing_ = false;
    int counter_ = 0;
};

}  // namespace smm::test
