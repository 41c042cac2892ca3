// The assessments kept in this browser, and which one is open. Stored as one
// JSON document under kLibraryKey; a document that cannot be read is moved
// aside under kLibraryBackupKey, never overwritten, so nothing is lost.
#pragma once

#include <string>
#include <vector>

#include "platform.hpp"

namespace smm {

inline constexpr const char* kLibraryKey = "smm.library.v1";
inline constexpr const char* kLibraryBackupKey = "smm.library.v1.unreadable";
inline constexpr const char* kModelsKey = "smm.models.v1";
inline constexpr const char* kThemeKey = "smm.theme";

struct LibraryEntry {
    std::string id;
    std::string title;       // the organisation's name, or "Untitled assessment"
    std::string modelId;
    std::string assessment;  // the assessment's own JSON (model_io format)
    std::string participants;  // a workshop's individual answers as a JSON array, or ""
};

class Library {
public:
    // Reads the stored library. Returns "" or a message saying what could not
    // be read (the unreadable text is then kept under kLibraryBackupKey).
    std::string load(Platform& platform);
    // Writes the library; false when the browser refused.
    bool save(Platform& platform) const;

    const std::vector<LibraryEntry>& entries() const { return entries_; }
    const LibraryEntry* current() const;
    const std::string& currentId() const { return current_; }

    // Adds an entry and makes it current; returns its id.
    std::string add(std::string title, std::string modelId, std::string assessmentJson,
                    std::string participantsJson = {});
    void update(const std::string& id, std::string title, std::string assessmentJson);
    void remove(const std::string& id);
    bool select(const std::string& id);

private:
    std::vector<LibraryEntry> entries_;
    std::string current_;
    int nextNumber_ = 1;
};

}  // namespace smm
