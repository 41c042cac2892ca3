// The assessments kept in this browser, safe with several tabs open at once.
// Each entry is stored under its own key (kEntryPrefix + id) and written on
// its own, so a tab never rewrites the others' work from a stale copy. Every
// entry carries a revision: a tab that writes over a revision it has not seen
// keeps both versions instead. Text that cannot be read is moved aside under
// "<key>.unreadable", never overwritten.
#pragma once

#include <map>
#include <set>
#include <string>
#include <utility>
#include <vector>

#include "platform.hpp"

namespace smm {

inline constexpr const char* kEntryPrefix = "smm.entry.";
inline constexpr const char* kCurrentKey = "smm.current";  // the entry opened last, for the next start
inline constexpr const char* kUnreadableSuffix = ".unreadable";
// The single-document library of earlier versions, migrated on first start
// and then kept under kLegacyLibraryKey + ".migrated".
inline constexpr const char* kLegacyLibraryKey = "smm.library.v1";
inline constexpr const char* kModelsKey = "smm.models.v1";
inline constexpr const char* kThemeKey = "smm.theme";

struct LibraryEntry {
    std::string id;
    std::string title;         // the organisation's name, or "Untitled assessment"
    std::string modelId;
    std::string assessment;    // the assessment's own JSON (model_io format)
    // A workshop's setup and responses (core/workshop_io), the invitation a
    // participant answers, an earlier version's JSON array of answers, or "".
    std::string participants;
    long long revision = 0;    // bumped by every write, from any tab
    std::string date;          // the assessment's date, YYYY-MM-DD or ""
    // The stored format's version (stored_version.hpp); an entry written by a
    // newer app is never written over here (write() keeps a copy instead).
    int formatVersion = 0;
    bool newer = false;
};

// What an entry's workshop data says it is (core/workshop_io's "kind").
bool isWorkshopEntry(const LibraryEntry& entry);
bool isParticipantEntry(const LibraryEntry& entry);

// The date field of an assessment's JSON as this app writes it, without parsing it all.
std::string assessmentDate(const std::string& assessmentJson);

// What writing an entry did.
struct WriteResult {
    // KeptCopy: the stored entry was written by a newer version of the app;
    // it stays untouched and this tab's version is saved as the new entry keptId.
    enum class Outcome { Saved, Refused, KeptBoth, KeptCopy };
    Outcome outcome = Outcome::Saved;
    // KeptBoth: another tab had changed the entry since this tab read it; its
    // version stays under the id, this tab's is saved as the new entry keptId.
    std::string keptId;
};

class Library {
public:
    // Reads every stored entry (migrating the old single document first).
    // Returns one line per thing that could not be read; each was kept aside.
    std::vector<std::string> load(Platform* platform);
    // Re-reads the entries after another tab changed storage. The open
    // entry's revision is not taken over (see write), so a change made here
    // meanwhile is never lost; `changedCurrent` says whether it changed there.
    void refresh(Platform* platform, bool& changedCurrent);

    const std::vector<LibraryEntry>& entries() const { return entries_; }
    const LibraryEntry* find(const std::string& id) const;
    const LibraryEntry* current() const { return find(current_); }
    const std::string& currentId() const { return current_; }
    // The stored version of `id` as this tab last read or wrote it.
    long long knownRevision(const std::string& id) const;

    // Adds an entry, writes it and makes it current; returns its id.
    std::string add(Platform* platform, std::string title, std::string modelId, std::string assessmentJson,
                    std::string participantsJson = {});
    // Writes one entry (see WriteResult); never touches the others. A write
    // storage refuses (full, turned off, throwing) changes nothing stored:
    // the entry keeps its new text here, is listed by unsaved(), survives
    // refresh(), and is written again by retryUnsaved().
    WriteResult write(Platform* platform, const std::string& id, std::string title, std::string assessmentJson,
                      std::string participantsJson);
    // Takes over what is stored for `id` now (after reloading it).
    void adopt(const std::string& id, long long revision);
    void remove(Platform* platform, const std::string& id);

    // Entries whose latest text is held only here because storage refused it.
    const std::set<std::string>& unsaved() const { return unsaved_; }
    bool isUnsaved(const std::string& id) const { return unsaved_.count(id) > 0; }
    // Writes every unsaved entry again; returns what each write did (a
    // kept-both copy is saved as a new entry, as for any write).
    std::vector<std::pair<std::string, WriteResult>> retryUnsaved(Platform* platform);
    bool select(const std::string& id);
    void deselect() { current_.clear(); }
    // Remembers the current entry for the next start.
    void rememberCurrent(Platform* platform) const;
    // The entry this tab opened last time, if it still exists.
    std::string rememberedId(Platform* platform) const;

    // Entries that could not be opened: never selected (so never autosaved
    // over), listed apart so their data can be downloaded.
    void keepAside(const std::string& id) { keptAside_.insert(id); }
    void release(const std::string& id) { keptAside_.erase(id); }
    bool isKeptAside(const std::string& id) const { return keptAside_.count(id) > 0; }

    // The JSON text stored for an entry, exactly as it is (to export it).
    static std::string storedText(Platform* platform, const std::string& id);

private:
    void migrateLegacy(Platform& platform, std::vector<std::string>& problems);
    void readAll(Platform& platform, std::vector<std::string>* problems);
    std::string freshId() const;

    // What this tab last read or wrote for an entry: its revision, and the
    // exact stored text, so a write finds out whether another tab changed it
    // by comparing text instead of parsing the whole entry ("" = unknown).
    struct Seen {
        long long revision = 0;
        std::string text;
    };
    void remember(const std::string& id, long long revision, std::string text);
    // The stored form of an entry; the participants' part is reused while
    // they do not change (a workshop's can be a megabyte).
    std::string storedForm(const LibraryEntry& entry);

    std::vector<LibraryEntry> entries_;
    std::map<std::string, Seen> known_;  // id -> as this tab last read or wrote it
    struct {
        std::string id;
        Seen seen;
    } theirs_;  // the open entry as refresh found it, changed elsewhere, until this tab adopts it
    struct Embedded {
        std::string source, json;
    } participantsCache_;  // the last participants text and its embedded JSON
    std::string current_;
    std::set<std::string> keptAside_;
    std::set<std::string> unsaved_;  // ids whose text here is newer than storage's (a refused write)
};

// The stored form of one entry, and back; parse returns false on anything
// unexpected. Public for the fuzz target and the tests.
std::string entryToJson(const LibraryEntry& entry);
bool entryFromJson(const std::string& text, LibraryEntry& out);

}  // namespace smm
