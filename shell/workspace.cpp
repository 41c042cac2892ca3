#include "workspace.hpp"
#include "workspace_parts.hpp"

#include <algorithm>
#include <functional>
#include <optional>
#include <utility>

#include "core/json.hpp"
#include "core/model_io.hpp"
#include "core/links.hpp"
#include "core/share_code.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "storage_wording.hpp"
#include "stored_version.hpp"

namespace smm {

using namespace workspace_parts;

Workspace::Workspace(Document initial, Platform* platform) : platform_(platform) {
    models_.push_back(std::make_unique<Model>(initial.model()));
    sample_ = initial.assessment();
    doc_ = std::make_unique<Document>(std::move(initial));
}

const Model* Workspace::findModel(const std::string& id) const {
    for (const auto& m : models_)
        if (m->id == id) return m.get();
    return nullptr;
}

void Workspace::show(const Model& model, Assessment assessment, PreviewKind preview) {
    doc_ = std::make_unique<Document>(model, std::move(assessment));
    ++generation_;
    preview_ = preview;
    savedRevision_ = doc_->revision();
}

void Workspace::start(std::string_view fragment) {
    if (platform_) loadCustomModels();
    std::vector<std::string> problems = library_.load(platform_);
    if (!problems.empty()) notices_.error("Some saved work could not be read", std::move(problems));
    openSomething();
    checkEntries();
    if (!fragment.empty()) openLink(fragment);
}

void Workspace::openSomething() {
    std::vector<std::string> order;
    if (std::string remembered = library_.rememberedId(platform_); !remembered.empty()) order.push_back(remembered);
    for (auto it = library_.entries().rbegin(); it != library_.entries().rend(); ++it) order.push_back(it->id);
    for (const std::string& id : order) {
        if (library_.isKeptAside(id)) continue;
        if (openEntry(id)) return;
    }
    showSample();
}

void Workspace::showSample() {
    library_.deselect();
    show(*models_.front(), sample_, library_.entries().empty() ? PreviewKind::Sample : PreviewKind::SampleExplored);
}

Workspace::Reading Workspace::read(const LibraryEntry& entry) const {
    Reading r;
    r.model = findModel(entry.modelId.empty() ? models_.front()->id : entry.modelId);
    if (!r.model) {
        r.problem = "\"" + entry.title + "\" needs a model that is not loaded";
        r.details = {"It was made with the model \"" + entry.modelId + "\". Load that model file to open it."};
        return r;
    }
    Loaded<Assessment> loaded = loadAssessment(entry.assessment, *r.model);
    if (!loaded.ok()) {
        r.problem = "\"" + entry.title + "\" could not be opened";
        r.details = problemLines(loaded.problems);
        return r;
    }
    r.assessment = std::move(*loaded.value);
    r.migrated = std::move(loaded.notices);
    if (!entry.participants.empty()) readWorkshopData(entry, r);
    return r;
}

// The entry's workshop: the facilitator's responses, or the invitation a
// participant is answering.
void Workspace::readWorkshopData(const LibraryEntry& entry, Reading& r) const {
    const Json j = parseJson(entry.participants);
    if (j.is_object() && j.value("kind", "") == "response") {
        Loaded<WorkshopSetup> setup = decodeInvitation(*r.model, j.value("invitation", ""));
        if (!setup.ok()) {
            r.problem = "The workshop invitation kept with \"" + entry.title + "\" could not be read";
            r.details = problemLines(setup.problems);
            return;
        }
        r.invitation = Invitation{std::move(*setup.value), j.value("invitation", ""), j.value("responseId", "")};
        return;
    }
    Loaded<WorkshopFile> file = loadWorkshop(entry.participants, *r.model);
    if (!file.ok()) {
        r.problem = "The workshop answers in \"" + entry.title + "\" could not be read";
        r.details = problemLines(file.problems);
        return;
    }
    r.workshop = std::move(file.value->workshop);
}

// Marks every saved entry that cannot be opened as kept aside, so the File
// menu offers its data instead of opening it.
void Workspace::checkEntries() {
    for (const LibraryEntry& e : library_.entries())
        if (!library_.isKeptAside(e.id) && e.id != library_.currentId() && !read(e).problem.empty())
            library_.keepAside(e.id);
}

// Opens the entry `id` and makes it current; on failure nothing changes, the
// entry is kept aside (never autosaved over) and the problem is reported.
// Takes an id, never a reference into the library: what it reads is copied
// out before anything that can change the library's entries runs.
bool Workspace::openEntry(const std::string& id) {
    const LibraryEntry* found = library_.find(id);
    if (!found) return false;
    Reading r = read(*found);
    const std::string title = found->title;
    const long long revision = found->revision;
    const bool newer = found->newer;
    const int version = found->formatVersion;
    found = nullptr;  // from here on the library may change
    if (newer) {  // shown, never written: Library::write keeps a change as a copy
        std::vector<std::string> why = wording::newerVersionDetails(version, kEntryFormatVersion);
        if (!r.problem.empty()) r.details.insert(r.details.begin(), why.front());
        else notices_.info(wording::newerVersionTitle(title), std::move(why));
    }
    if (!r.problem.empty()) {
        library_.keepAside(id);
        r.details.push_back("It is kept unchanged in this browser; download it from the File menu to keep a copy.");
        notices_.error(std::move(r.problem), std::move(r.details));
        return false;
    }
    library_.select(id);
    library_.adopt(id, revision);
    library_.rememberCurrent(platform_);
    show(*r.model, std::move(r.assessment), PreviewKind::None);
    if (r.workshop) doc_->setWorkshop(std::move(*r.workshop));
    if (r.invitation) doc_->setInvitation(std::move(*r.invitation));
    if (!r.migrated.empty()) notices_.info("\"" + title + "\" was made with an earlier model", r.migrated);
    savedRevision_ = doc_->revision();
    library_.release(id);
    return true;
}

// What a library entry keeps beside the assessment: a workshop's setup and
// responses, or the invitation a participant answers. Made again only when
// they change, not on every keystroke in the assessment.
const std::string& Workspace::workshopData() const {
    if (workshopData_.generation != generation_ || workshopData_.revision != doc_->workshopRevision()) {
        workshopData_ = {generation_, doc_->workshopRevision(), {}};
        if (const Workshop* w = doc_->workshop())
            workshopData_.json = saveWorkshop(doc_->model(), *w, nullptr, false);
        else if (const Invitation* inv = doc_->invitation())
            workshopData_.json = dumpJson({{"kind", "response"}, {"invitation", inv->code}, {"responseId", inv->responseId}});
    }
    return workshopData_.json;
}

void Workspace::saveNewEntry() {
    library_.add(platform_, titleOf(doc_->assessment()), doc_->model().id,
                 saveAssessment(doc_->assessment(), doc_->model(), false), workshopData());
    preview_ = PreviewKind::None;
    savedRevision_ = doc_->revision();
    reportSaving();
}

bool Workspace::storageChanged(bool mayReopen) {
    bool changedCurrent = false;
    library_.refresh(platform_, changedCurrent);
    checkEntries();
    retrySaving();  // the other tab may have made room
    if (!changedCurrent || preview_ != PreviewKind::None || doc_->revision() != savedRevision_ ||
        library_.isUnsaved(library_.currentId()))
        return false;
    if (!mayReopen) return true;
    if (openEntry(library_.currentId()))
        // One title for every such change, so typing in the other tab shows one notice, not one per key.
        notices_.info("The open assessment was changed in another tab",
                      {"This tab now shows that version (\"" + titleOf(doc_->assessment()) + "\")."});
    return false;
}

void Workspace::openLink(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.empty()) return;
    auto fail = [&](std::string why) {
        notices_.error("This link could not be opened", {std::move(why), "Your saved assessments are untouched."});
    };
    const Link link = parseLink(fragment);
    const Model& model = *models_.front();  // codes are made for the built-in model
    if (link.kind == LinkKind::Invitation) return openInvitation(link.code);
    if (link.kind == LinkKind::Response) return openResponseLink(fragment);
    if (link.kind != LinkKind::Assessment) {
        fail("It is not a Social Maturity Map share link.");
        return;
    }
    Loaded<Assessment> decoded = decodeShareCode(model, link.code);
    if (!decoded.ok()) {
        fail(decoded.problems.empty() ? std::string("It is damaged.") : decoded.problems.front().message);
        return;
    }
    autosave();  // whatever was open is safe before we switch
    // The link stays in the address bar while its preview is open, so a
    // reload or a bookmark shows it again.
    show(model, std::move(*decoded.value), PreviewKind::SharedLink);
    if (!decoded.notices.empty()) notices_.info("This link was made with an earlier model", decoded.notices);
}

void Workspace::keepSharedCopy() {
    if (preview_ == PreviewKind::None) return;
    const bool link = preview_ == PreviewKind::SharedLink;
    saveNewEntry();
    if (link && platform_) platform_->clearFragment();
    notices_.success("Saved \"" + titleOf(doc_->assessment()) + "\" in this browser");
}

void Workspace::closeSharedPreview() {
    if (preview_ == PreviewKind::None) return;
    if (preview_ == PreviewKind::SharedLink && platform_) platform_->clearFragment();
    preview_ = PreviewKind::None;
    openSomething();
}

void Workspace::exploreSample() {
    if (preview_ == PreviewKind::Sample) preview_ = PreviewKind::SampleExplored;
}

void Workspace::newAssessment() {
    autosave();
    Assessment blank = makeBlankAssessment(doc_->model());
    blank.organisation = "New assessment";
    show(doc_->model(), std::move(blank), PreviewKind::None);
    saveNewEntry();
}

void Workspace::switchTo(const std::string& id) {
    autosave();
    openEntry(id);  // on failure, what is open stays
}

void Workspace::removeCurrent() {
    if (preview_ != PreviewKind::None) return closeSharedPreview();
    std::string title = titleOf(doc_->assessment());
    library_.remove(platform_, library_.currentId());
    openSomething();
    notices_.info("Deleted \"" + title + "\"");
}

}  // namespace smm
