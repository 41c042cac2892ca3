// Everything the user keeps: the saved assessments, the one that is open, a
// shared link or the sample being previewed, custom models. Every operation
// either succeeds or leaves what the user had untouched and says why in a
// notice. Other tabs of the page share the storage; their changes arrive
// through storageChanged().
#pragma once

#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "core/compare.hpp"
#include "core/model.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "document.hpp"
#include "intents.hpp"
#include "library.hpp"
#include "notices.hpp"
#include "platform.hpp"

namespace smm {

// Another saved assessment of the same organisation, to see what changed.
struct EarlierVersion {
    std::string id, date;
    bool workshop = false;
};
struct Progress {
    std::string date;        // of the earlier assessment
    Comparison comparison;   // earlier -> the open one
};

// What the page says while it does work too big for one frame.
struct BusyStatus {
    std::string title;     // Reading "workshop.json" (5.0 MB)...
    std::string progress;  // Collecting 1,240 of 5,000 responses...
    float fraction = 0.0f; // of the work done, 0..1
};

class Workspace {
public:
    // `platform` may be null (headless tests): nothing is stored or exported.
    Workspace(Document initial, Platform* platform);
    ~Workspace();
    Workspace(Workspace&&) noexcept;
    Workspace& operator=(Workspace&&) noexcept;

    // Restores saved work, then opens the share link in `fragment` if any.
    void start(std::string_view fragment);

    const Document& document() const { return *doc_; }
    Document& document() { return *doc_; }
    const Library& library() const { return library_; }
    Notices& notices() { return notices_; }
    const Notices& notices() const { return notices_; }

    // A link's assessment, or the sample, is shown without saving it; the
    // first change keeps a copy (said in a notice), so nothing is lost.
    PreviewKind preview() const { return preview_; }
    bool previewingShared() const { return preview_ != PreviewKind::None; }
    void keepSharedCopy();
    void closeSharedPreview();
    void exploreSample();

    // Another tab changed the stored assessments: show their titles, and the
    // open one's new version when nothing here is unsaved.
    // With `mayReopen` false (a text field is being typed in) the open one is
    // not replaced: returns true when that was held back, so the caller calls
    // again once the edit ends (a change typed meanwhile keeps both versions).
    bool storageChanged(bool mayReopen = true);
    // A saved entry that could not be opened (Library::isKeptAside), as its
    // stored JSON, so nothing is lost.
    void exportUnopened(const std::string& id);

    void openLink(std::string_view fragment);
    void openFile(const std::string& name, const std::string& content);
    void newAssessment();
    void switchTo(const std::string& id);
    void removeCurrent();
    void copyShareLink();
    // Json, Csv, Markdown or Html; a PNG needs a drawn frame, so the app does it.
    void exportAs(ExportFormat format);
    std::string shareLink() const;
    std::string exportFileName(const char* extension) const;

    // Workshops. The facilitator's side: set up, invite, collect, reveal, agree.
    void startWorkshop(WorkshopSetup setup);
    std::string invitationLink() const;
    void copyInvitationLink();
    // Renames, adds or removes a running workshop's groups; false (with a
    // notice saying why) when refused.
    bool changeGroups(std::vector<int> groups, std::vector<std::string> names);
    // Responses pasted (links or codes) into the open workshop (files dropped
    // on it go through openFile). Returns what the paste box keeps: the pieces
    // that could not be read.
    std::string collectPasted(const std::string& text);
    void setRevealed(bool revealed);
    void setDecision(Decision decision);
    // The participant's side: their group, and their answers sent as a link or a file.
    void setParticipantGroup(int group);
    std::string responseLink() const;
    void sendAnswers(bool asFile);

    // Over time: the organisation's other saved assessments (same model),
    // oldest first; what changed since one of them; a follow-up that keeps
    // the targets and starts the answers afresh.
    std::vector<EarlierVersion> otherVersions() const;
    std::optional<Progress> progressSince(const std::string& id) const;
    void startFollowUp();

    // Saves the open assessment if it changed since the last save. What
    // storage refuses stays here (said in a notice) and is written again on
    // the next change, another tab's change, or saveNow().
    void autosave();
    // The page is hidden or closing (visibilitychange, pagehide): save everything now.
    void saveNow();
    bool hasUnsavedWork() const;
    // Downloads what storage refused, one file per entry (they import back).
    void downloadUnsaved();
    // Counts every document shown (a switch, a link, a reload of another tab's version).
    unsigned generation() const { return generation_; }

    // The same as openFile and collectPasted, in slices (workspace_busy.cpp),
    // so the page draws between them and says what it is doing: a file of
    // megabytes, thousands of codes pasted. Nothing in the open document
    // changes before the last slice; if the document changed meanwhile, what
    // was read is not added (said in a notice) and a paste stays in the box.
    // One piece of work at a time: the app takes no input meanwhile.
    void beginOpenFile(std::string name, std::string content);
    void beginCollectPasted(std::string text);
    bool busy() const { return busy_ != nullptr; }
    unsigned busySerial() const { return busySerial_; }  // counts the pieces of work begun
    BusyStatus busyStatus() const;
    // Up to `count` more pieces (the file read whole, then responses); the
    // last one puts the result in place with its notice.
    void stepBusy(std::size_t count);
    // What the paste box keeps, once a sliced paste has ended (given once).
    std::optional<std::string> takePasteBoxText();

private:
    const Model* findModel(const std::string& id) const;
    struct Reading;
    Reading read(const LibraryEntry& entry) const;
    std::string pageWithoutQuery() const;
    struct Links {
        unsigned generation = ~0u;
        unsigned revision = 0;
        std::string invitation, response;
    };
    const Links& links() const;
    struct WorkshopData {
        unsigned generation = ~0u;
        unsigned revision = 0;
        std::string json;
    };
    const std::string& workshopData() const;
    void readWorkshopData(const LibraryEntry& entry, Reading& r) const;
    void openInvitation(std::string_view code);
    void openResponseLink(std::string_view fragment);
    void changeWorkshop(const std::function<void(Workshop&)>& change);
    void reportCollected(const CollectReport& report, const std::string& from);
    void checkEntries();
    bool openEntry(const std::string& id);
    // Opens the remembered entry, else another that opens, else the sample.
    void openSomething();
    void showSample();
    void show(const Model& model, Assessment assessment, PreviewKind preview);
    void saveNewEntry();
    void keepPreview(const char* why);
    void retrySaving();
    void reportWrite(const std::string& id, const WriteResult& result);
    void reportSaving();
    void loadCustomModels();
    // An opened file, parsed once to tell what it is (workspace_import.cpp),
    // and where it goes; Refused when a notice said why not.
    struct Sniffed;
    bool withinLimits(const std::string& name, const std::string& content);  // else a notice says why not
    std::optional<Sniffed> sniff(const std::string& name, const std::string& content);
    enum class Route { Refused, Model, Collect, One, Workshop };
    Route routeOf(const std::string& name, const Sniffed& file, const Model*& model);
    void importModel(const std::string& name, const std::string& content, const Sniffed& file);
    void importOne(const std::string& name, const std::string& content, const Model& model);
    void openWorkshopFile(const std::string& name, Loaded<WorkshopFile> loaded, const Model& model);
    // Collected into a copy of the open workshop: it takes the copy's place.
    void collectedFile(const std::string& name, Workshop into, const CollectReport& report);
    std::string collectedPaste(Workshop into, const CollectReport& report);
    struct BusyWork;
    void endBusy();
    void saveNext(BusyWork& b);

    Platform* platform_;
    std::vector<std::unique_ptr<Model>> models_;  // [0] is the built-in one
    Assessment sample_;
    std::unique_ptr<Document> doc_;
    Library library_;
    Notices notices_;
    PreviewKind preview_ = PreviewKind::None;
    unsigned savedRevision_ = 0;
    std::vector<std::string> unsavedTitles_;  // as the "not saved yet" notice names them
    unsigned generation_ = 0;  // bumped whenever another document is shown
    mutable Links links_;      // cached per document and revision
    mutable WorkshopData workshopData_;  // cached per document and workshop revision
    std::unique_ptr<BusyWork> busy_;     // work in slices, while there is some
    unsigned busySerial_ = 0;
    std::optional<std::string> pasteBoxText_;
};

}  // namespace smm
