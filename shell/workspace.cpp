#include "workspace.hpp"

#include <nlohmann/json.hpp>

#include <algorithm>
#include <cctype>
#include <utility>

#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "core/report.hpp"
#include "core/report_html.hpp"
#include "core/share_code.hpp"

namespace smm {
namespace {

constexpr std::string_view kLinkPrefix = "a=";

std::string titleOf(const Assessment& a) {
    return a.organisation.empty() ? std::string("Untitled assessment") : a.organisation;
}

std::vector<std::string> problemLines(const std::vector<Problem>& problems) {
    std::vector<std::string> lines;
    for (const Problem& p : problems) lines.push_back(p.describe());
    return lines;
}

// "Northwind Traders" -> "northwind-traders"
std::string slug(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("assessment") : out;
}

}  // namespace

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

void Workspace::show(const Model& model, Assessment assessment, bool preview) {
    doc_ = std::make_unique<Document>(model, std::move(assessment));
    previewing_ = preview;
    savedRevision_ = doc_->revision();
}

void Workspace::start(std::string_view fragment) {
    if (platform_) {
        loadCustomModels();
        std::string problem = library_.load(*platform_);
        if (!problem.empty())
            notices_.error("Some saved work could not be read",
                           {"In this browser's storage, " + problem + ".",
                            "The original data was kept aside untouched (" + std::string(kLibraryBackupKey) + ")."});
    }
    if (const LibraryEntry* entry = library_.current()) openEntry(*entry);
    if (!library_.current()) {  // first visit: keep the sample so there is something to explore
        show(*models_.front(), sample_, false);
        saveNewEntry();
    }
    if (!fragment.empty()) openLink(fragment);
}

void Workspace::openEntry(const LibraryEntry& entry) {
    const Model* model = findModel(entry.modelId.empty() ? models_.front()->id : entry.modelId);
    if (!model) {
        notices_.error("\"" + entry.title + "\" needs a model that is not loaded",
                       {"It was made with the model \"" + entry.modelId + "\". Load that model file to open it."});
        return;
    }
    Loaded<Assessment> loaded = loadAssessment(entry.assessment, *model);
    if (!loaded.ok()) {
        notices_.error("\"" + entry.title + "\" could not be opened", problemLines(loaded.problems));
        return;
    }
    show(*model, std::move(*loaded.value), false);
    if (!loaded.notices.empty()) notices_.info("\"" + entry.title + "\" was made with an earlier model", loaded.notices);
    if (!entry.participants.empty()) {
        Loaded<std::vector<Assessment>> people = loadAssessments(entry.participants, *model);
        if (people.ok())
            doc_->setParticipants(std::move(*people.value));
        else
            notices_.error("The workshop answers in \"" + entry.title + "\" could not be read", problemLines(people.problems));
        savedRevision_ = doc_->revision();
    }
}

// The participants as a JSON array, for the library.
static std::string participantsJson(const Document& doc) {
    if (doc.participants().empty()) return {};
    std::string out = "[";
    for (const Assessment& a : doc.participants()) {
        if (out.size() > 1) out += ",";
        out += saveAssessment(a, doc.model(), false);
    }
    return out + "]";
}

void Workspace::saveNewEntry() {
    library_.add(titleOf(doc_->assessment()), doc_->model().id, saveAssessment(doc_->assessment(), doc_->model(), false),
                 participantsJson(*doc_));
    savedRevision_ = doc_->revision() - 1;  // force the first save
    autosave();
}

void Workspace::autosave() {
    if (previewing_ || !platform_ || doc_->revision() == savedRevision_ || !library_.current()) return;
    library_.update(library_.currentId(), titleOf(doc_->assessment()),
                    saveAssessment(doc_->assessment(), doc_->model(), false));
    savedRevision_ = doc_->revision();
    if (!library_.save(*platform_) && !storageWarned_) {
        storageWarned_ = true;
        notices_.error("This browser would not save your work",
                       {"Its storage is full or turned off (private browsing?).",
                        "Export JSON from the File menu to keep a copy."});
    }
}

void Workspace::openLink(std::string_view fragment) {
    if (!fragment.empty() && fragment.front() == '#') fragment.remove_prefix(1);
    if (fragment.empty()) return;
    auto fail = [&](std::string why) {
        notices_.error("This link could not be opened", {std::move(why), "Your saved assessments are untouched."});
    };
    if (fragment.substr(0, kLinkPrefix.size()) != kLinkPrefix) {
        fail("It is not a Social Maturity Map share link.");
        return;
    }
    const Model& model = *models_.front();  // share codes are made for the built-in model
    Loaded<Assessment> decoded = decodeShareCode(model, fragment.substr(kLinkPrefix.size()));
    if (!decoded.ok()) {
        fail(decoded.problems.empty() ? std::string("It is damaged.") : decoded.problems.front().message);
        return;
    }
    autosave();  // whatever was open is safe before we switch
    show(model, std::move(*decoded.value), true);
    if (!decoded.notices.empty()) notices_.info("This link was made with an earlier model", decoded.notices);
    if (platform_) platform_->clearFragment();
}

void Workspace::keepSharedCopy() {
    if (!previewing_) return;
    previewing_ = false;
    saveNewEntry();
    notices_.success("Saved \"" + titleOf(doc_->assessment()) + "\" in this browser");
}

void Workspace::closeSharedPreview() {
    if (!previewing_) return;
    previewing_ = false;
    if (const LibraryEntry* entry = library_.current()) openEntry(*entry);
}

void Workspace::newAssessment() {
    autosave();
    Assessment blank = makeBlankAssessment(doc_->model());
    blank.organisation = "New assessment";
    show(doc_->model(), std::move(blank), false);
    saveNewEntry();
}

void Workspace::switchTo(const std::string& id) {
    autosave();
    if (library_.select(id))
        if (const LibraryEntry* entry = library_.current()) openEntry(*entry);
}

void Workspace::removeCurrent() {
    if (previewing_) return closeSharedPreview();
    std::string title = titleOf(doc_->assessment());
    library_.remove(library_.currentId());
    if (const LibraryEntry* entry = library_.current())
        openEntry(*entry);
    else {
        show(*models_.front(), sample_, false);
        saveNewEntry();
    }
    if (platform_) library_.save(*platform_);
    notices_.info("Deleted \"" + title + "\"");
}

std::string Workspace::shareLink() const {
    std::string base = platform_ ? platform_->pageAddress() : std::string();
    return base + "#" + std::string(kLinkPrefix) + encodeShareCode(doc_->model(), doc_->assessment());
}

void Workspace::copyShareLink() {
    if (doc_->model().id != models_.front()->id) {
        notices_.error("Links can only carry assessments of the built-in model",
                       {"Export JSON instead, and send the file."});
        return;
    }
    if (platform_) platform_->copyText(shareLink());
    notices_.success("Link copied",
                     {"It carries the answers and targets (not the notes) in its #fragment, which browsers never "
                      "send to a server."});
}

std::string Workspace::exportFileName(const char* extension) const {
    const Assessment& a = doc_->assessment();
    std::string name = slug(titleOf(a));
    if (!a.date.empty()) name += "-" + a.date;
    return name + "." + extension;
}

void Workspace::exportAs(ExportFormat format) {
    if (!platform_) return;
    const Model& m = doc_->model();
    const Assessment& a = doc_->assessment();
    switch (format) {
        case ExportFormat::Json:
            platform_->download(exportFileName("json"), "application/json", saveAssessment(a, m, true));
            break;
        case ExportFormat::Csv:
            platform_->download(exportFileName("csv"), "text/csv", renderReport(m, a, ReportFormat::Csv));
            break;
        case ExportFormat::Markdown:
            platform_->download(exportFileName("md"), "text/markdown", renderReport(m, a, ReportFormat::Markdown));
            break;
        case ExportFormat::Html:
            platform_->download(exportFileName("html"), "text/html", renderHtmlReport(m, a));
            break;
        case ExportFormat::Png:
            platform_->downloadScreenshot(exportFileName("png"));
            break;
    }
}

void Workspace::openFile(const std::string& name, const std::string& content) {
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    if (j.is_discarded()) {
        Loaded<Assessment> probe = loadAssessment(content, doc_->model());  // for its precise parse message
        notices_.error("\"" + name + "\" is not a JSON file this tool can read", problemLines(probe.problems));
        return;
    }
    if (j.is_object() && j.contains("stages"))
        importModel(name, content);
    else
        importAssessments(name, content);
}

void Workspace::importAssessments(const std::string& name, const std::string& content) {
    nlohmann::json j = nlohmann::json::parse(content, nullptr, false);
    const bool many = j.is_array() || (j.is_object() && j.contains("assessments"));
    std::string modelId = models_.front()->id;
    if (j.is_object() && j.contains("model") && j["model"].is_string()) modelId = j["model"].get<std::string>();
    const Model* model = findModel(modelId);
    if (!model) {
        notices_.error("\"" + name + "\" was made with a model that is not loaded",
                       {"It names the model \"" + modelId + "\". Load that model file first."});
        return;
    }
    autosave();
    if (!many) {
        Loaded<Assessment> loaded = loadAssessment(content, *model);
        if (!loaded.ok()) {
            notices_.error("\"" + name + "\" could not be imported; nothing was changed", problemLines(loaded.problems));
            return;
        }
        show(*model, std::move(*loaded.value), false);
        saveNewEntry();
        if (!loaded.notices.empty()) notices_.info("Imported \"" + titleOf(doc_->assessment()) + "\", made with an earlier model", loaded.notices);
        else notices_.success("Imported \"" + titleOf(doc_->assessment()) + "\"");
        return;
    }
    Loaded<std::vector<Assessment>> loaded = loadAssessments(content, *model);
    if (!loaded.ok() || loaded.value->empty()) {
        notices_.error("\"" + name + "\" could not be imported; nothing was changed",
                       loaded.ok() ? std::vector<std::string>{"It holds no assessments."} : problemLines(loaded.problems));
        return;
    }
    // A workshop: open the group's merged answers as one assessment.
    Assessment merged = aggregate(*model, *loaded.value).consensus;
    const std::size_t count = loaded.value->size();
    merged.organisation = titleOf(merged) + " (workshop, " + std::to_string(count) + " participants)";
    show(*model, std::move(merged), false);
    doc_->setParticipants(std::move(*loaded.value));
    saveNewEntry();
    notices_.success("Merged " + std::to_string(count) + " participants' answers from \"" + name + "\"",
                     {"The map shows the median answer to each question."});
}

void Workspace::importModel(const std::string& name, const std::string& content) {
    Loaded<Model> loaded = loadModel(content);
    if (!loaded.ok()) {
        notices_.error("The model in \"" + name + "\" has problems; nothing was changed", problemLines(loaded.problems));
        return;
    }
    if (loaded.value->id == models_.front()->id) {
        notices_.error("\"" + name + "\" uses the built-in model's id \"" + loaded.value->id + "\"",
                       {"Give a custom model its own id so both can be kept."});
        return;
    }
    if (platform_) {
        nlohmann::json stored = nlohmann::json::object();
        if (auto text = platform_->loadItem(kModelsKey)) {
            stored = nlohmann::json::parse(*text, nullptr, false);
            if (!stored.is_object()) stored = nlohmann::json::object();
        }
        stored[loaded.value->id] = nlohmann::json::parse(content);
        platform_->saveItem(kModelsKey, stored.dump());
    }
    const std::string id = loaded.value->id;
    auto existing = std::find_if(models_.begin() + 1, models_.end(), [&](const auto& m) { return m->id == id; });
    if (existing != models_.end())
        **existing = std::move(*loaded.value);
    else
        models_.push_back(std::make_unique<Model>(std::move(*loaded.value)));
    const Model& model = *findModel(id);
    autosave();
    Assessment blank = makeBlankAssessment(model);
    blank.organisation = "New assessment";
    show(model, std::move(blank), false);
    saveNewEntry();
    notices_.success("Loaded the model \"" + model.name + "\"",
                     {std::to_string(model.questions.size()) + " questions in " +
                      std::to_string(model.dimensions.size()) + " dimensions. A new assessment was started with it."});
}

void Workspace::loadCustomModels() {
    auto text = platform_->loadItem(kModelsKey);
    if (!text) return;
    nlohmann::json stored = nlohmann::json::parse(*text, nullptr, false);
    if (!stored.is_object()) return;
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        Loaded<Model> loaded = loadModel(it.value().dump());
        if (loaded.ok() && loaded.value->id != models_.front()->id)
            models_.push_back(std::make_unique<Model>(std::move(*loaded.value)));
        else if (!loaded.ok())
            notices_.error("A saved custom model could not be loaded", problemLines(loaded.problems));
    }
}

}  // namespace smm
