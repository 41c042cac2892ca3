#include "library.hpp"

#include <algorithm>
#include <chrono>
#include <random>
#include <utility>

#include "core/json.hpp"
#include "core/json_limits.hpp"
#include "stored_version.hpp"

namespace smm {
namespace {

// Invalid UTF-8 (a crafted link's organisation) is replaced, never thrown on.
std::string dump(const Json& j) { return dumpJson(j); }

std::string entryKey(const std::string& id) { return kEntryPrefix + id; }

bool isString(const Json& j, const char* key) { return j.contains(key) && j[key].is_string(); }

// Parses stored text that we wrote, refusing anything too big or too deep
// to handle safely (someone may have edited storage by hand).
Json parseStored(const std::string& text) {
    if (!checkJsonLimits(text).empty()) return Json(Json::value_t::discarded);
    return parseJson(text);
}

// Keeps `text` under `asideKey` (or "<asideKey>.2", ...: something kept
// earlier is never overwritten). Returns the key, or "" when storage refused.
std::string setAside(Platform& platform, const std::string& asideKey, const std::string& text) {
    std::string aside = asideKey;
    for (int n = 2;; ++n) {
        std::optional<std::string> there = platform.loadItem(aside);
        if (!there) break;
        if (*there == text) return aside;
        aside = asideKey + "." + std::to_string(n);
    }
    return platform.saveItem(aside, text) ? aside : std::string();
}

long long nowMs() {
    using namespace std::chrono;
    return duration_cast<milliseconds>(system_clock::now().time_since_epoch()).count();
}

// One of an entry's texts as part of the stored entry: its JSON as it is
// (the texts are ours, from saveAssessment), or as a string if it does not parse.
std::string embedded(const std::string& text) {
    Json parsed = parseStored(text);
    return parsed.is_discarded() ? dump(Json(text)) : dump(parsed);
}

// The stored form with the embedded texts given: field order as entryToJson always wrote it.
std::string composeEntry(const LibraryEntry& e, const std::string& assessment, const std::string& participants) {
    std::string head = dump(Json{{"version", kEntryFormatVersion}, {"id", e.id}, {"title", e.title}, {"model", e.modelId},
                                 {"revision", e.revision}});
    head.pop_back();  // the closing brace
    head += ",\"assessment\":" + assessment;
    if (!e.participants.empty()) head += ",\"participants\":" + participants;
    return head + "}";
}

}  // namespace

bool isWorkshopEntry(const LibraryEntry& e) { return e.participants.find("\"kind\":\"workshop\"") != std::string::npos; }
bool isParticipantEntry(const LibraryEntry& e) { return e.participants.find("\"kind\":\"response\"") != std::string::npos; }

std::string assessmentDate(const std::string& json) {
    // Keys sit outside strings (quotes inside strings are escaped), and only
    // the assessment itself has a date, so the first match is its date.
    const std::string key = "\"date\":\"";
    const std::size_t at = json.find(key);
    if (at == std::string::npos || at + key.size() + 10 > json.size()) return {};
    const std::string date = json.substr(at + key.size(), 10);
    return json[at + key.size() + 10] == '"' ? date : std::string();
}

std::string entryToJson(const LibraryEntry& e) {
    return composeEntry(e, embedded(e.assessment), e.participants.empty() ? std::string() : embedded(e.participants));
}

bool entryFromJson(const std::string& text, LibraryEntry& out) {
    Json doc = parseStored(text);
    if (!doc.is_object() || !isString(doc, "id") || !doc.contains("assessment")) return false;
    const StoredVersion version = storedVersion(doc, kEntryFormatVersion);
    const Json& assessment = doc["assessment"];
    if (!assessment.is_object() && !assessment.is_string()) return false;
    LibraryEntry e;
    e.id = doc["id"].get<std::string>();
    e.title = isString(doc, "title") ? doc["title"].get<std::string>() : "Untitled assessment";
    e.modelId = isString(doc, "model") ? doc["model"].get<std::string>() : "";
    e.assessment = assessment.is_string() ? assessment.get<std::string>() : dump(assessment);
    if (doc.contains("participants")) {
        const Json& p = doc["participants"];
        if (p.is_array() || p.is_object()) e.participants = dump(p);
        else if (p.is_string()) e.participants = p.get<std::string>();
    }
    if (doc.contains("revision") && doc["revision"].is_number_integer()) e.revision = doc["revision"].get<long long>();
    e.date = assessmentDate(e.assessment);
    e.formatVersion = version.version;
    e.newer = version.newer;
    out = std::move(e);
    return true;
}

std::vector<std::string> Library::load(Platform* platform) {
    entries_.clear();
    known_.clear();
    theirs_ = {};
    current_.clear();
    unsaved_.clear();
    std::vector<std::string> problems;
    if (!platform) return problems;
    migrateLegacy(*platform, problems);
    readAll(*platform, &problems);
    return problems;
}

void Library::refresh(Platform* platform, bool& changedCurrent) {
    changedCurrent = false;
    if (!platform) return;
    std::optional<LibraryEntry> open;
    if (const LibraryEntry* c = current()) open = *c;
    const Seen openSeen = known_.count(current_) ? known_[current_] : Seen{};
    readAll(*platform, nullptr);
    if (!open) return;
    if (const LibraryEntry* there = current()) {
        changedCurrent = there->revision != openSeen.revision;
    } else {
        // Deleted in another tab while open here: keep it; the next save writes it back.
        entries_.push_back(std::move(*open));
    }
    theirs_ = {current_, known_[current_]};
    known_[current_] = openSeen;  // taken over only when the tab reloads it (adopt)
}

void Library::readAll(Platform& platform, std::vector<std::string>* problems) {
    std::vector<LibraryEntry> read;
    std::map<std::string, Seen> seen;
    for (const std::string& key : platform.listKeys(kEntryPrefix)) {
        if (key.find(kUnreadableSuffix) != std::string::npos) continue;  // set aside earlier
        std::optional<std::string> text = platform.loadItem(key);
        if (!text) continue;  // removed meanwhile
        LibraryEntry e;
        const bool readable = entryFromJson(*text, e);
        if (!readable && storedVersionOf(*text, kEntryFormatVersion).newer) {
            // A newer app's entry this one cannot read: left exactly where it is, listed, never opened.
            e = LibraryEntry{};
            const Json doc = parseStored(*text);
            e.title = isString(doc, "title") ? doc["title"].get<std::string>() : "Saved by a newer version";
            e.formatVersion = storedVersion(doc, kEntryFormatVersion).version;
            e.newer = true;
        } else if (!readable) {
            const std::string aside = setAside(platform, key + kUnreadableSuffix, *text);
            if (aside.empty()) continue;  // left where it is: never removed before it is safe elsewhere
            platform.removeItem(key);
            if (problems)
                problems->push_back("A saved assessment is damaged; its data was kept aside untouched (" + aside + ").");
            continue;
        }
        e.id = key.substr(std::string(kEntryPrefix).size());  // the key is the authority
        seen[e.id] = Seen{e.revision, std::move(*text)};
        read.push_back(std::move(e));
    }
    // What storage refused is newer here than there: it stays, and what this
    // tab last saw stays the base its retry compares with (so another tab's
    // change meanwhile is kept beside it, not written over).
    for (const std::string& id : unsaved_) {
        auto mine = std::find_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; });
        if (mine == entries_.end()) continue;
        auto there = std::find_if(read.begin(), read.end(), [&](const LibraryEntry& e) { return e.id == id; });
        if (there != read.end()) *there = std::move(*mine);
        else read.push_back(std::move(*mine));
        seen.erase(id);
    }
    // Oldest first, as they were made: ids start with their creation time.
    std::sort(read.begin(), read.end(), [](const LibraryEntry& a, const LibraryEntry& b) {
        return a.id.size() != b.id.size() ? a.id.size() < b.id.size() : a.id < b.id;
    });
    entries_ = std::move(read);
    for (auto& [id, stored] : seen) known_[id] = std::move(stored);
}

void Library::migrateLegacy(Platform& platform, std::vector<std::string>& problems) {
    std::optional<std::string> legacy = platform.loadItem(kLegacyLibraryKey);
    if (!legacy) return;
    const std::string keptKey = std::string(kLegacyLibraryKey) + ".migrated";  // set aside like unreadable text
    Json doc = parseStored(*legacy);
    bool complete = doc.is_object() && doc.contains("entries") && doc["entries"].is_array();
    bool written = true;
    if (complete) {
        for (const Json& item : doc["entries"]) {
            if (!item.is_object() || !isString(item, "id") || !item.contains("assessment") ||
                !item["assessment"].is_object()) {
                complete = false;
                continue;
            }
            LibraryEntry e;
            Json copy = item;
            copy["revision"] = 1;
            if (!entryFromJson(dump(copy), e)) {
                complete = false;
                continue;
            }
            e.id = "v1-" + e.id;  // old ids were a counter; new ones never look like this
            if (platform.loadItem(entryKey(e.id))) continue;  // another tab migrated it already
            written = platform.saveItem(entryKey(e.id), entryToJson(e)) && written;
        }
        if (isString(doc, "current") && !platform.loadItem(kCurrentKey))
            platform.saveItem(kCurrentKey, "v1-" + doc["current"].get<std::string>());
    }
    if (!written) {
        problems.push_back("Saved work from an earlier version could not be moved to the new storage (is it full?); "
                           "it was left where it is.");
        return;
    }
    // The original text is kept whatever happened, so nothing is ever lost.
    const std::string aside =
        setAside(platform, complete ? keptKey : std::string(kLegacyLibraryKey) + kUnreadableSuffix, *legacy);
    if (aside.empty()) return;
    platform.removeItem(kLegacyLibraryKey);
    if (!complete)
        problems.push_back("Part of the saved work from an earlier version is damaged; the original data was kept "
                           "aside untouched (" + aside + ").");
}

const LibraryEntry* Library::find(const std::string& id) const {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; });
    return it == entries_.end() ? nullptr : &*it;
}

long long Library::knownRevision(const std::string& id) const {
    auto it = known_.find(id);
    return it == known_.end() ? 0 : it->second.revision;
}

void Library::adopt(const std::string& id, long long revision) {
    // The text is known only if it is the version adopted; otherwise the next write compares by parsing.
    Seen& seen = known_[id];
    if (seen.revision == revision) return;
    const bool theirs = theirs_.id == id && theirs_.seen.revision == revision;
    seen = theirs ? std::move(theirs_.seen) : Seen{revision, {}};
    if (theirs) theirs_ = {};
}

void Library::remember(const std::string& id, long long revision, std::string text) {
    known_[id] = Seen{revision, std::move(text)};
}

std::string Library::storedForm(const LibraryEntry& e) {
    if (!e.participants.empty() && e.participants != participantsCache_.source)
        participantsCache_ = {e.participants, embedded(e.participants)};
    return composeEntry(e, embedded(e.assessment), e.participants.empty() ? std::string() : participantsCache_.json);
}

// Unique across tabs without asking them: creation time, then randomness.
std::string Library::freshId() const {
    static const char* kDigits = "0123456789abcdefghijklmnopqrstuvwxyz";
    static std::mt19937_64 random{std::random_device{}()};
    auto base36 = [](unsigned long long v, std::size_t width) {
        std::string s;
        do {
            s.insert(s.begin(), kDigits[v % 36]);
            v /= 36;
        } while (v);
        while (s.size() < width) s.insert(s.begin(), '0');
        return s;
    };
    std::string id;
    do {
        id = base36(static_cast<unsigned long long>(nowMs()), 9) + base36(random() % (36ull * 36 * 36 * 36), 4);
    } while (find(id));
    return id;
}

std::string Library::add(Platform* platform, std::string title, std::string modelId, std::string assessmentJson,
                         std::string participantsJson) {
    LibraryEntry e{freshId(), std::move(title), std::move(modelId), std::move(assessmentJson),
                   std::move(participantsJson), 1, {}};
    e.date = assessmentDate(e.assessment);
    std::string stored = storedForm(e);
    // Remembered only when written, so a failed write is never mistaken for what storage holds.
    if (platform && platform->saveItem(entryKey(e.id), stored)) {
        remember(e.id, e.revision, std::move(stored));
    } else {
        remember(e.id, 0, {});  // nothing stored yet
        if (platform) unsaved_.insert(e.id);
    }
    current_ = e.id;
    entries_.push_back(std::move(e));
    rememberCurrent(platform);
    return current_;
}

WriteResult Library::write(Platform* platform, const std::string& id, std::string title, std::string assessmentJson,
                           std::string participantsJson) {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; });
    if (it == entries_.end()) return {WriteResult::Outcome::Refused, {}};
    long long base = knownRevision(id);
    if (platform) {
        std::optional<std::string> text = platform->loadItem(entryKey(id));
        // Exactly what this tab last read or wrote: nobody else changed it, no need to look inside.
        const std::string& seen = known_[id].text;
        const bool changedThere = text && (seen.empty() || *text != seen);
        if (it->newer || (changedThere && storedVersionOf(*text, kEntryFormatVersion).newer)) {
            // A newer app's entry is never written in this app's format: ours is saved beside it.
            std::string modelId = it->modelId;
            std::string kept = add(platform, std::move(title), std::move(modelId), std::move(assessmentJson),
                                   std::move(participantsJson));
            return {WriteResult::Outcome::KeptCopy, kept};
        }
        if (changedThere) {
            LibraryEntry stored;
            if (!entryFromJson(*text, stored)) {
                // Never overwrite what we cannot read before it is kept elsewhere.
                if (setAside(*platform, entryKey(id) + kUnreadableSuffix, *text).empty())
                    return {WriteResult::Outcome::Refused, {}};
            } else if (stored.revision != base &&
                       (stored.assessment != assessmentJson || stored.participants != participantsJson)) {
                // Changed in another tab since we read it: keep theirs, save ours beside it.
                stored.id = id;
                *it = stored;  // `it` is not used again: add() below can move the entries
                unsaved_.erase(id);
                remember(id, stored.revision, std::move(*text));
                std::string modelId = stored.modelId;
                std::string kept = add(platform, std::move(title), std::move(modelId), std::move(assessmentJson),
                                       std::move(participantsJson));
                return {WriteResult::Outcome::KeptBoth, kept};
            } else {
                base = std::max(base, stored.revision);
            }
        }
    }
    it->title = std::move(title);
    it->assessment = std::move(assessmentJson);
    it->date = assessmentDate(it->assessment);
    it->participants = std::move(participantsJson);
    it->revision = base + 1;
    std::string stored = storedForm(*it);
    if (platform && !platform->saveItem(entryKey(id), stored)) {
        // Storage still holds what this tab last saw: that stays the base,
        // and the text here waits for retryUnsaved().
        it->revision = knownRevision(id);
        unsaved_.insert(id);
        return {WriteResult::Outcome::Refused, {}};
    }
    unsaved_.erase(id);
    remember(id, it->revision, std::move(stored));
    return {};
}

std::vector<std::pair<std::string, WriteResult>> Library::retryUnsaved(Platform* platform) {
    std::vector<std::pair<std::string, WriteResult>> results;
    const std::vector<std::string> ids(unsaved_.begin(), unsaved_.end());
    for (const std::string& id : ids) {
        const LibraryEntry* e = find(id);
        if (!e) {
            unsaved_.erase(id);
            continue;
        }
        // Copies: the write changes the entry (and a kept-both copy adds one).
        LibraryEntry mine = *e;
        const std::string keepCurrent = current_;
        WriteResult result = write(platform, id, std::move(mine.title), std::move(mine.assessment),
                                   std::move(mine.participants));
        if (result.outcome == WriteResult::Outcome::KeptBoth) {
            unsaved_.erase(id);  // theirs is stored under the id, ours under keptId
            if (keepCurrent != id) {  // the copy of an entry not open here does not open
                current_ = keepCurrent;
                rememberCurrent(platform);
            }
        }
        results.emplace_back(id, std::move(result));
    }
    return results;
}

void Library::remove(Platform* platform, const std::string& id) {
    if (platform) platform->removeItem(entryKey(id));
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; }),
                   entries_.end());
    known_.erase(id);
    unsaved_.erase(id);
    if (current_ == id) current_.clear();
}

bool Library::select(const std::string& id) {
    if (!find(id)) return false;
    current_ = id;
    return true;
}

void Library::rememberCurrent(Platform* platform) const {
    if (platform && !current_.empty()) platform->saveItem(kCurrentKey, current_);
}

std::string Library::rememberedId(Platform* platform) const {
    if (!platform) return {};
    std::optional<std::string> id = platform->loadItem(kCurrentKey);
    return id && find(*id) ? *id : std::string();
}

std::string Library::storedText(Platform* platform, const std::string& id) {
    if (!platform) return {};
    return platform->loadItem(entryKey(id)).value_or(std::string());
}

}  // namespace smm
