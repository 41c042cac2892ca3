#include "library.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <utility>

namespace smm {
namespace {

using json = nlohmann::ordered_json;  // the one JSON type the program links (core uses it too): a smaller wasm

bool isString(const json& j, const char* key) { return j.contains(key) && j[key].is_string(); }

}  // namespace

std::string Library::load(Platform& platform) {
    entries_.clear();
    current_.clear();
    std::optional<std::string> stored = platform.loadItem(kLibraryKey);
    if (!stored || stored->empty()) return "";
    json doc = json::parse(*stored, nullptr, false);
    std::string problem;
    if (doc.is_discarded() || !doc.is_object() || !doc.contains("entries") || !doc["entries"].is_array())
        problem = "the saved data is not in the expected form";
    else {
        for (const json& e : doc["entries"]) {
            if (!e.is_object() || !isString(e, "id") || !e.contains("assessment")) {
                problem = "an entry is damaged";
                continue;
            }
            LibraryEntry entry;
            entry.id = e["id"].get<std::string>();
            entry.title = isString(e, "title") ? e["title"].get<std::string>() : "Untitled assessment";
            entry.modelId = isString(e, "model") ? e["model"].get<std::string>() : "";
            entry.assessment = e["assessment"].dump();
            if (e.contains("participants") && e["participants"].is_array()) entry.participants = e["participants"].dump();
            entries_.push_back(std::move(entry));
        }
        if (isString(doc, "current")) current_ = doc["current"].get<std::string>();
        if (doc.contains("next") && doc["next"].is_number_integer()) nextNumber_ = std::max(1, doc["next"].get<int>());
    }
    if (!problem.empty()) {
        // Keep the original text where the user (or support) can still get it.
        platform.saveItem(kLibraryBackupKey, *stored);
        if (entries_.empty()) current_.clear();
    }
    if (!current() && !entries_.empty()) current_ = entries_.front().id;
    return problem;
}

bool Library::save(Platform& platform) const {
    json doc = {{"version", 1}, {"current", current_}, {"next", nextNumber_}, {"entries", json::array()}};
    for (const LibraryEntry& e : entries_) {
        json assessment = json::parse(e.assessment, nullptr, false);
        if (assessment.is_discarded()) continue;  // never write what we could not read back
        json item = {{"id", e.id}, {"title", e.title}, {"model", e.modelId}, {"assessment", assessment}};
        json participants = e.participants.empty() ? json() : json::parse(e.participants, nullptr, false);
        if (participants.is_array()) item["participants"] = std::move(participants);
        doc["entries"].push_back(std::move(item));
    }
    return platform.saveItem(kLibraryKey, doc.dump());
}

const LibraryEntry* Library::current() const {
    auto it = std::find_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == current_; });
    return it == entries_.end() ? nullptr : &*it;
}

std::string Library::add(std::string title, std::string modelId, std::string assessmentJson,
                         std::string participantsJson) {
    std::string id;
    do {
        id = "a" + std::to_string(nextNumber_++);
    } while (std::any_of(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; }));
    entries_.push_back({id, std::move(title), std::move(modelId), std::move(assessmentJson), std::move(participantsJson)});
    current_ = id;
    return id;
}

void Library::update(const std::string& id, std::string title, std::string assessmentJson) {
    for (LibraryEntry& e : entries_)
        if (e.id == id) {
            e.title = std::move(title);
            e.assessment = std::move(assessmentJson);
        }
}

void Library::remove(const std::string& id) {
    entries_.erase(std::remove_if(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; }),
                   entries_.end());
    if (current_ == id) current_ = entries_.empty() ? std::string() : entries_.front().id;
}

bool Library::select(const std::string& id) {
    if (std::none_of(entries_.begin(), entries_.end(), [&](const LibraryEntry& e) { return e.id == id; })) return false;
    current_ = id;
    return true;
}

}  // namespace smm
