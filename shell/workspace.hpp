// Everything the user keeps: the saved assessments, the one that is open, a
// shared link being previewed, custom models. Every operation either succeeds
// or leaves what the user had untouched and says why in a notice.
#pragma once

#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "core/model.hpp"
#include "document.hpp"
#include "intents.hpp"
#include "library.hpp"
#include "notices.hpp"
#include "platform.hpp"

namespace smm {

class Workspace {
public:
    // `platform` may be null (headless tests): nothing is stored or exported.
    Workspace(Document initial, Platform* platform);

    // Restores saved work, then opens the share link in `fragment` if any.
    void start(std::string_view fragment);

    const Document& document() const { return *doc_; }
    Document& document() { return *doc_; }
    const Library& library() const { return library_; }
    Notices& notices() { return notices_; }
    const Notices& notices() const { return notices_; }

    // A link's assessment is shown without saving it until the user keeps it.
    bool previewingShared() const { return previewing_; }
    void keepSharedCopy();
    void closeSharedPreview();

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

    // Saves the open assessment if it changed since the last save.
    void autosave();

private:
    const Model* findModel(const std::string& id) const;
    void openEntry(const LibraryEntry& entry);
    void show(const Model& model, Assessment assessment, bool preview);
    void saveNewEntry();
    void loadCustomModels();
    void importModel(const std::string& name, const std::string& content);
    void importAssessments(const std::string& name, const std::string& content);

    Platform* platform_;
    std::vector<std::unique_ptr<Model>> models_;  // [0] is the built-in one
    Assessment sample_;
    std::unique_ptr<Document> doc_;
    Library library_;
    Notices notices_;
    bool previewing_ = false;
    unsigned savedRevision_ = 0;
    bool storageWarned_ = false;
};

}  // namespace smm
