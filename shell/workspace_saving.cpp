// Saving: the open assessment after every change, what storage refused
// (kept here, retried, said so, downloadable), and the notices that say
// exactly what is and is not saved.
#include "core/model_io.hpp"
#include "core/workshop_io.hpp"
#include "storage_wording.hpp"
#include "workspace.hpp"
#include "workspace_parts.hpp"

namespace smm {

using namespace workspace_parts;

void Workspace::autosave() {
    if (doc_->revision() == savedRevision_) return;
    if (preview_ == PreviewKind::SharedLink) return keepPreview("Your changes to the shared assessment are kept");
    if (preview_ != PreviewKind::None) return keepPreview("Your changes to the sample are kept");
    if (!library_.current()) return;
    retrySaving();  // older refused changes first, so they are never behind newer ones
    const std::string id = library_.currentId();
    if (!library_.current()) return;
    WriteResult result = library_.write(platform_, id, titleOf(doc_->assessment()),
                                        saveAssessment(doc_->assessment(), doc_->model(), false),
                                        workshopData());
    // Handed to the library: a refused write waits there (Library::unsaved) and is retried.
    savedRevision_ = doc_->revision();
    reportWrite(id, result);
    reportSaving();
}

void Workspace::reportWrite(const std::string& id, const WriteResult& result) {
    const LibraryEntry* theirs = library_.find(id);
    const std::string theirTitle = theirs ? theirs->title : id;
    const LibraryEntry* ours = library_.find(result.keptId);
    const std::string ourTitle = ours ? ours->title : titleOf(doc_->assessment());
    const bool keptSaved = !library_.isUnsaved(result.keptId);
    const std::string where = keptSaved ? "is saved as a new entry" : "is kept as a new entry, not saved yet (see below)";
    if (result.outcome == WriteResult::Outcome::KeptBoth) {
        notices_.error("\"" + ourTitle + "\" was also changed in another tab; both versions are kept",
                       {"This tab's version " + where + (library_.currentId() == result.keptId ? " and stays open here." : "."),
                        "The other tab's version is saved as \"" + theirTitle + "\" (File menu)."});
    } else if (result.outcome == WriteResult::Outcome::KeptCopy) {
        notices_.success(wording::kNewerCopyKept, wording::newerCopyDetails(ourTitle));
    }
}

// Tries again whatever storage refused earlier (after a change, another
// tab's change, the page being hidden or closed).
void Workspace::retrySaving() {
    if (library_.unsaved().empty()) return;
    for (const auto& [id, result] : library_.retryUnsaved(platform_)) reportWrite(id, result);
    reportSaving();
}

void Workspace::saveNow() {
    autosave();
    retrySaving();
}

bool Workspace::hasUnsavedWork() const { return !library_.unsaved().empty(); }

// One notice for everything storage refused, naming it; replaced by "saved
// now" once storage takes it all.
void Workspace::reportSaving() {
    std::vector<std::string> titles;
    for (const std::string& id : library_.unsaved())
        if (const LibraryEntry* e = library_.find(id)) titles.push_back(e->title);
    if (!titles.empty()) {
        if (unsavedTitles_ != titles || !notices_.has(wording::kNotSavedTitle))
            notices_.error(wording::kNotSavedTitle, wording::notSavedDetails(titles), Notice::Action::DownloadUnsaved);
    } else if (!unsavedTitles_.empty()) {
        notices_.withdraw(wording::kNotSavedTitle);
        notices_.success(wording::kSavedAgainTitle, wording::savedAgainDetails(unsavedTitles_));
    }
    unsavedTitles_ = std::move(titles);
}

// Each unsaved entry as a file that imports back: a workshop whole, an assessment as its JSON.
void Workspace::downloadUnsaved() {
    if (!platform_) return;
    for (const std::string& id : library_.unsaved()) {
        const LibraryEntry* e = library_.find(id);
        if (!e) continue;
        const bool workshop = isWorkshopEntry(*e);
        platform_->download(slug(e->title) + "-unsaved.json", "application/json",
                            workshop ? e->participants : e->assessment);
    }
}

// The first change to a preview saves it as the user's own entry.
void Workspace::keepPreview(const char* why) {
    const bool link = preview_ == PreviewKind::SharedLink;
    saveNewEntry();
    if (link && platform_) platform_->clearFragment();
    if (!library_.isUnsaved(library_.currentId()))
        notices_.success(why, {"A copy was saved in this browser as \"" + titleOf(doc_->assessment()) +
                                   "\"; the original is unchanged."});
    reportSaving();
}

}  // namespace smm
