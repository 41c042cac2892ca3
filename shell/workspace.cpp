#include "workspace.hpp"

#include <algorithm>
#include <cctype>
#include <functional>
#include <optional>
#include <utility>

#include "core/aggregate.hpp"
#include "core/json.hpp"
#include "core/json_limits.hpp"
#include "core/model_io.hpp"
#include "core/report.hpp"
#include "core/report_html.hpp"
#include "core/report_responses.hpp"
#include "core/links.hpp"
#include "core/share_code.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"

namespace smm {
namespace {

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

// The custom models kept in storage, or discarded when the text is not an
// object within the limits (it is re-serialised, which recurses per level).
Json storedModels(const std::string& text) {
    JsonLimits limits;
    limits.maxBytes = 64 * 1024 * 1024;
    if (!checkJsonLimits(text, limits).empty()) return Json(Json::value_t::discarded);
    Json stored = parseJson(text);
    return stored.is_object() ? stored : Json(Json::value_t::discarded);
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
        const LibraryEntry* entry = library_.find(id);
        if (entry && openEntry(*entry)) return;
    }
    showSample();
}

void Workspace::showSample() {
    library_.deselect();
    show(*models_.front(), sample_, library_.entries().empty() ? PreviewKind::Sample : PreviewKind::SampleExplored);
}

// What a saved entry holds, read and checked, ready to show.
struct Workspace::Reading {
    const Model* model = nullptr;
    Assessment assessment;
    std::optional<Workshop> workshop;
    std::optional<Invitation> invitation;
    std::string problem;                // a notice title when it cannot be opened
    std::vector<std::string> details;
    std::vector<std::string> migrated;  // what changed since the model it was made with
};

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

// Opens `entry` and makes it current; on failure nothing changes, the entry
// is kept aside (never autosaved over) and the problem is reported.
bool Workspace::openEntry(const LibraryEntry& entry) {
    Reading r = read(entry);
    if (!r.problem.empty()) {
        library_.keepAside(entry.id);
        r.details.push_back("It is kept unchanged in this browser; download it from the File menu to keep a copy.");
        notices_.error(std::move(r.problem), std::move(r.details));
        return false;
    }
    library_.select(entry.id);
    library_.adopt(entry.id, entry.revision);
    library_.rememberCurrent(platform_);
    show(*r.model, std::move(r.assessment), PreviewKind::None);
    if (r.workshop) doc_->setWorkshop(std::move(*r.workshop));
    if (r.invitation) doc_->setInvitation(std::move(*r.invitation));
    if (!r.migrated.empty()) notices_.info("\"" + entry.title + "\" was made with an earlier model", r.migrated);
    savedRevision_ = doc_->revision();
    library_.release(entry.id);
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
}

void Workspace::autosave() {
    if (doc_->revision() == savedRevision_) return;
    if (preview_ == PreviewKind::SharedLink) return keepPreview("Your changes to the shared assessment are kept");
    if (preview_ != PreviewKind::None) return keepPreview("Your changes to the sample are kept");
    if (!library_.current()) return;
    const std::string id = library_.currentId();
    WriteResult result = library_.write(platform_, id, titleOf(doc_->assessment()),
                                        saveAssessment(doc_->assessment(), doc_->model(), false),
                                        workshopData());
    savedRevision_ = doc_->revision();
    if (result.outcome == WriteResult::Outcome::KeptBoth) {
        const LibraryEntry* theirs = library_.find(id);
        notices_.error("\"" + titleOf(doc_->assessment()) + "\" was also changed in another tab; both versions are kept",
                       {"This tab's version is saved as a new entry and stays open here.",
                        "The other tab's version is saved as \"" + (theirs ? theirs->title : id) +
                            "\" (File menu)."});
    } else if (result.outcome == WriteResult::Outcome::Refused && !storageWarned_) {
        storageWarned_ = true;
        notices_.error("This browser would not save your work",
                       {"Its storage is full or turned off (private browsing?).",
                        "Export JSON from the File menu to keep a copy."});
    }
}

// The first change to a preview saves it as the user's own entry.
void Workspace::keepPreview(const char* why) {
    const bool link = preview_ == PreviewKind::SharedLink;
    saveNewEntry();
    if (link && platform_) platform_->clearFragment();
    notices_.success(why, {"A copy was saved in this browser as \"" + titleOf(doc_->assessment()) +
                               "\"; the original is unchanged."});
}

void Workspace::storageChanged() {
    bool changedCurrent = false;
    library_.refresh(platform_, changedCurrent);
    checkEntries();
    if (!changedCurrent || preview_ != PreviewKind::None || doc_->revision() != savedRevision_) return;
    const LibraryEntry* entry = library_.current();
    if (entry && openEntry(*entry))
        // One title for every such change, so typing in the other tab shows one notice, not one per key.
        notices_.info("The open assessment was changed in another tab",
                      {"This tab now shows that version (\"" + entry->title + "\")."});
}

void Workspace::exportUnopened(const std::string& id) {
    std::string text = Library::storedText(platform_, id);
    if (!platform_ || text.empty()) return;
    const LibraryEntry* entry = library_.find(id);
    platform_->download(slug(entry ? entry->title : id) + "-saved-data.json", "application/json", text);
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
    if (const LibraryEntry* entry = library_.find(id)) openEntry(*entry);  // on failure, what is open stays
}

void Workspace::removeCurrent() {
    if (preview_ != PreviewKind::None) return closeSharedPreview();
    std::string title = titleOf(doc_->assessment());
    library_.remove(platform_, library_.currentId());
    openSomething();
    notices_.info("Deleted \"" + title + "\"");
}

std::string Workspace::shareLink() const {
    std::string base = platform_ ? platform_->pageAddress() : std::string();
    return base + "#" + linkFragment(LinkKind::Assessment, encodeShareCode(doc_->model(), doc_->assessment()));
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
            // A workshop reloads whole: setup, responses, decisions and the agreed map.
            platform_->download(exportFileName("json"), "application/json",
                                doc_->workshop() ? saveWorkshop(m, *doc_->workshop(), &a, true) : saveAssessment(a, m, true));
            break;
        case ExportFormat::Csv:
            // A workshop's spreadsheet is everyone's answers, anonymised.
            if (const Workshop* w = doc_->workshop())
                platform_->download(exportFileName("responses.csv"), "text/csv", renderResponsesCsv(m, *w));
            else
                platform_->download(exportFileName("csv"), "text/csv", renderReport(m, a, ReportFormat::Csv));
            break;
        case ExportFormat::Markdown:
            platform_->download(exportFileName("md"), "text/markdown", renderReport(m, a, ReportFormat::Markdown));
            break;
        case ExportFormat::Html:
            platform_->download(exportFileName("html"), "text/html", renderHtmlReport(m, a, doc_->workshop()));
            break;
        case ExportFormat::Png:
            platform_->downloadScreenshot(exportFileName("png"));
            break;
    }
}

void Workspace::openFile(const std::string& name, const std::string& content) {
    // Limits first: the sniffing below builds the whole document.
    if (std::vector<Problem> problems = checkJsonLimits(content); !problems.empty()) {
        notices_.error("\"" + name + "\" is not a JSON file this tool can read; nothing was changed",
                       problemLines(problems));
        return;
    }
    Json j = parseJson(content);
    if (j.is_object() && j.contains("stages"))
        importModel(name, content);
    else
        importAssessments(name, content);
}

void Workspace::importAssessments(const std::string& name, const std::string& content) {
    Json j = parseJson(content);
    const bool many = j.is_array() || (j.is_object() && j.contains("assessments"));
    std::string modelId = models_.front()->id;
    if (j.is_object() && j.contains("model") && j["model"].is_string()) modelId = j["model"].get<std::string>();
    const Model* model = findModel(modelId);
    if (!model) {
        notices_.error("\"" + name + "\" was made with a model that is not loaded",
                       {"It names the model \"" + modelId + "\". Load that model file first."});
        return;
    }
    // A workshop is open: files dropped on it are its responses.
    if (doc_->workshop() && doc_->model().id == model->id && preview_ == PreviewKind::None)
        return collectFile(name, content);
    autosave();
    if (!many) {
        Loaded<Assessment> loaded = loadAssessment(content, *model);
        if (!loaded.ok()) {
            notices_.error("\"" + name + "\" could not be imported; nothing was changed", problemLines(loaded.problems));
            return;
        }
        show(*model, std::move(*loaded.value), PreviewKind::None);
        saveNewEntry();
        if (!loaded.notices.empty()) notices_.info("Imported \"" + titleOf(doc_->assessment()) + "\", made with an earlier model", loaded.notices);
        else notices_.success("Imported \"" + titleOf(doc_->assessment()) + "\"");
        return;
    }
    Loaded<WorkshopFile> loaded = loadWorkshop(content, *model);
    if (!loaded.ok() || loaded.value->workshop.responses.empty()) {
        notices_.error("\"" + name + "\" could not be imported; nothing was changed",
                       loaded.ok() ? std::vector<std::string>{"It holds no assessments."} : problemLines(loaded.problems));
        return;
    }
    // A workshop: the map shows the group's median answers.
    WorkshopFile& file = *loaded.value;
    Assessment agreed = file.agreed ? std::move(*file.agreed) : makeBlankAssessment(*model);
    if (agreed.organisation.empty()) agreed.organisation = file.workshop.setup.organisation;
    if (agreed.organisation.empty()) agreed.organisation = file.workshop.responses.front().assessment.organisation;
    if (agreed.organisation.empty()) agreed.organisation = "Workshop";
    if (agreed.date.empty()) agreed.date = file.workshop.setup.date;
    if (file.workshop.setup.organisation.empty()) file.workshop.setup.organisation = agreed.organisation;
    const std::size_t count = file.workshop.responses.size();
    show(*model, std::move(agreed), PreviewKind::None);
    doc_->setWorkshop(std::move(file.workshop));
    saveNewEntry();
    notices_.success("Opened the workshop in \"" + name + "\" with " + std::to_string(count) + " responses",
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
        Json stored = Json::object();
        if (auto text = platform_->loadItem(kModelsKey)) {
            stored = storedModels(*text);
            if (stored.is_discarded()) stored = Json::object();
        }
        stored[loaded.value->id] = parseJson(content);  // loadModel read it: it parses
        platform_->saveItem(kModelsKey, dumpJson(stored));
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
    show(model, std::move(blank), PreviewKind::None);
    saveNewEntry();
    notices_.success("Loaded the model \"" + model.name + "\"",
                     {std::to_string(model.questions.size()) + " questions in " +
                      std::to_string(model.dimensions.size()) + " dimensions. A new assessment was started with it."});
}

void Workspace::loadCustomModels() {
    auto text = platform_->loadItem(kModelsKey);
    if (!text) return;
    Json stored = storedModels(*text);
    if (stored.is_discarded()) {
        platform_->saveItem(std::string(kModelsKey) + kUnreadableSuffix, *text);
        notices_.error("The saved custom models could not be read",
                       {"Their data was kept aside untouched (" + std::string(kModelsKey) + kUnreadableSuffix + ")."});
        return;
    }
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        Loaded<Model> loaded = loadModel(it.value().dump());
        if (loaded.ok() && loaded.value->id != models_.front()->id)
            models_.push_back(std::make_unique<Model>(std::move(*loaded.value)));
        else if (!loaded.ok())
            notices_.error("A saved custom model could not be loaded", problemLines(loaded.problems));
    }
}

// ---------------------------------------------------------------------------
// Over time

std::vector<EarlierVersion> Workspace::otherVersions() const {
    std::vector<EarlierVersion> out;
    if (preview_ != PreviewKind::None || doc_->invitation()) return out;
    const std::string title = titleOf(doc_->assessment());
    for (const LibraryEntry& e : library_.entries())
        if (e.id != library_.currentId() && e.title == title && e.modelId == doc_->model().id &&
            !library_.isKeptAside(e.id) && !isParticipantEntry(e))
            out.push_back({e.id, e.date, isWorkshopEntry(e)});
    std::stable_sort(out.begin(), out.end(), [](const EarlierVersion& a, const EarlierVersion& b) { return a.date < b.date; });
    return out;
}

std::optional<Progress> Workspace::progressSince(const std::string& id) const {
    const LibraryEntry* entry = library_.find(id);
    if (!entry) return std::nullopt;
    Reading r = read(*entry);
    if (!r.problem.empty() || r.model->id != doc_->model().id) return std::nullopt;
    // A workshop's map is its participants' median answers.
    if (r.workshop) {
        Document earlier(*r.model, r.assessment);
        earlier.setWorkshop(std::move(*r.workshop));
        r.assessment = earlier.assessment();
    }
    const Score before = scoreAssessment(*r.model, r.assessment);
    return Progress{entry->date, compareScores(doc_->model(), before, doc_->score())};
}

void Workspace::startFollowUp() {
    autosave();
    Assessment next = makeBlankAssessment(doc_->model());
    next.organisation = doc_->assessment().organisation;
    next.targets = doc_->assessment().targets;  // what the organisation aims for carries over
    next.date = todayIso();
    const Model& model = doc_->model();
    show(model, std::move(next), PreviewKind::None);
    saveNewEntry();
    notices_.success("Follow-up assessment started for \"" + titleOf(doc_->assessment()) + "\"",
                     {"The targets carry over; answer the questions as things stand today.",
                      "The Overview then shows what changed since the earlier assessment."});
}

// ---------------------------------------------------------------------------
// Workshops

void Workspace::startWorkshop(WorkshopSetup setup) {
    autosave();
    setup.id = newWorkshopId();
    Assessment agreed = makeBlankAssessment(*models_.front());
    agreed.organisation = setup.organisation.empty() ? std::string("Workshop") : setup.organisation;
    agreed.date = setup.date;
    show(*models_.front(), std::move(agreed), PreviewKind::None);
    Workshop w;
    w.setup = std::move(setup);
    doc_->setWorkshop(std::move(w));
    saveNewEntry();
    notices_.success("Workshop \"" + titleOf(doc_->assessment()) + "\" set up",
                     {"Send the participant link or show its QR code; collect the responses here."});
}

// The page's address without "?view=...": a participant starts on their own page.
std::string Workspace::pageWithoutQuery() const {
    std::string base = platform_ ? platform_->pageAddress() : std::string();
    return base.substr(0, base.find('?'));
}

// The views draw these links every frame: they are made again only when the document changes.
const Workspace::Links& Workspace::links() const {
    if (links_.generation != generation_ || links_.revision != doc_->revision()) {
        links_ = {generation_, doc_->revision(), {}, {}};
        const std::string page = (doc_->workshop() || doc_->invitation()) ? pageWithoutQuery() : std::string();
        if (const Workshop* w = doc_->workshop())
            links_.invitation = page + "#" + linkFragment(LinkKind::Invitation, encodeInvitation(doc_->model(), w->setup));
        if (const Invitation* inv = doc_->invitation())
            links_.response = page + "#" + linkFragment(LinkKind::Response,
                                                         encodeResponse(doc_->model(), inv->setup.id, doc_->response()));
    }
    return links_;
}

std::string Workspace::invitationLink() const { return links().invitation; }

void Workspace::copyInvitationLink() {
    if (!doc_->workshop()) return;
    if (platform_) platform_->copyText(invitationLink());
    notices_.success("Participant link copied", {"Send it to everyone taking part; it works on phones and laptops."});
}

void Workspace::changeWorkshop(const std::function<void(Workshop&)>& change) {
    const Workshop* current = doc_->workshop();
    if (!current) return;
    Workshop w = *current;
    change(w);
    doc_->setWorkshop(std::move(w));
}

void Workspace::reportCollected(const CollectReport& report, const std::string& from) {
    const Workshop* w = doc_->workshop();
    std::vector<std::string> details;
    if (w) details.push_back(responseCount(doc_->model(), *w));
    details.insert(details.end(), report.duplicates.begin(), report.duplicates.end());
    details.insert(details.end(), report.refused.begin(), report.refused.end());
    details.insert(details.end(), report.notices.begin(), report.notices.end());
    const std::string title = report.summary() + from;
    if (!report.refused.empty()) notices_.error(title, std::move(details));
    else if (report.changed()) notices_.success(title, std::move(details));
    else notices_.info(title, std::move(details));
}

void Workspace::collectPasted(const std::string& text) {
    const Workshop* current = doc_->workshop();
    if (!current) return;
    Workshop w = *current;
    const CollectReport report = smm::collectPasted(doc_->model(), w, text);
    if (report.changed()) doc_->setWorkshop(std::move(w));
    reportCollected(report, "");
    autosave();
}

void Workspace::collectFile(const std::string& name, const std::string& content) {
    Workshop w = *doc_->workshop();
    const CollectReport report = smm::collectFile(doc_->model(), w, name, content);
    if (report.changed()) doc_->setWorkshop(std::move(w));
    reportCollected(report, " from \"" + name + "\"");
    autosave();
}

void Workspace::setRevealed(bool revealed) {
    changeWorkshop([&](Workshop& w) { w.revealed = revealed; });
}

void Workspace::setDecision(Decision decision) {
    changeWorkshop([&](Workshop& w) {
        for (Decision& d : w.decisions)
            if (d.action == decision.action) {
                d = std::move(decision);
                return;
            }
        w.decisions.push_back(std::move(decision));
    });
}

// A participant opens the invitation: their own entry for this workshop,
// made once and found again on every later visit (answers stay on the device).
void Workspace::openInvitation(std::string_view code) {
    const Model& model = *models_.front();
    Loaded<WorkshopSetup> setup = decodeInvitation(model, code);
    if (!setup.ok()) {
        notices_.error("This workshop link could not be opened",
                       {setup.problems.front().message, "Ask the facilitator to send it again."});
        return;
    }
    if (const Invitation* open = doc_->invitation(); open && open->setup.id == setup.value->id) return;
    autosave();
    for (const LibraryEntry& e : library_.entries()) {
        if (e.participants.find(setup.value->id) == std::string::npos || library_.isKeptAside(e.id)) continue;
        Reading r = read(e);
        if (r.invitation && r.invitation->setup.id == setup.value->id && openEntry(e)) return;
    }
    Assessment mine = makeBlankAssessment(model);
    mine.organisation = setup.value->organisation.empty() ? std::string("Workshop") : setup.value->organisation;
    mine.date = setup.value->date;
    show(model, std::move(mine), PreviewKind::None);
    doc_->setInvitation(Invitation{std::move(*setup.value), std::string(code), newWorkshopId()});
    saveNewEntry();
}

void Workspace::setParticipantGroup(int group) {
    Assessment a = doc_->assessment();
    a.roleGroup = group;
    doc_->replaceAssessment(std::move(a));
}

std::string Workspace::responseLink() const { return links().response; }

void Workspace::sendAnswers(bool asFile) {
    const Invitation* inv = doc_->invitation();
    if (!inv || !platform_) return;
    if (asFile) {
        std::string name = slug(inv->setup.organisation.empty() ? std::string("workshop") : inv->setup.organisation);
        const int g = doc_->assessment().roleGroup;
        if (g >= 0) name += "-" + slug(doc_->model().roleGroups[g].name);
        if (!inv->setup.date.empty()) name += "-" + inv->setup.date;
        platform_->download(name + "-answers.json", "application/json",
                            saveResponseFile(doc_->model(), inv->setup.id, doc_->response()));
        return;
    }
    platform_->copyText(responseLink());
    notices_.success("Your answers are copied as a link",
                     {"Paste it into a message to the facilitator. Sending again later replaces your earlier answers."});
}

// A participant's response link opened in the facilitator's browser: it goes
// into the workshop it was made for, if that workshop is kept here.
void Workspace::openResponseLink(std::string_view fragment) {
    const Model& model = *models_.front();
    Loaded<ReceivedResponse> received = decodeResponse(model, parseLink(fragment).code);
    if (!received.ok()) {
        notices_.error("This response link could not be read",
                       {received.problems.front().message, "Ask the participant to send it again."});
        return;
    }
    const std::string& id = received.value->workshopId;
    if (!(doc_->workshop() && doc_->workshop()->setup.id == id)) {
        const LibraryEntry* found = nullptr;
        for (const LibraryEntry& e : library_.entries())
            if (e.participants.find(id) != std::string::npos && !library_.isKeptAside(e.id)) {
                Reading r = read(e);
                if (r.workshop && r.workshop->setup.id == id) found = &e;
            }
        if (!found) {
            notices_.error("This is a participant's answers to a workshop that is not kept in this browser",
                           {"Open it in the browser where the workshop was set up, or paste it there on the Workshop view."});
            return;
        }
        autosave();
        if (!openEntry(*found)) return;
    }
    collectPasted(std::string(fragment));
    if (platform_) platform_->clearFragment();
}

}  // namespace smm
