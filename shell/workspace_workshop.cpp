// The organisation over time (earlier versions, follow-ups) and workshops:
// the facilitator's side and the participant's.
#include "core/compare.hpp"
#include "core/json.hpp"
#include "core/links.hpp"
#include "core/model_io.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "workspace.hpp"
#include "workspace_parts.hpp"
#include "core/stable_sort.hpp"

namespace smm {

using namespace workspace_parts;

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
    stableSort(out, [](const EarlierVersion& a, const EarlierVersion& b) { return a.date < b.date; });
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
    for (std::string& line : report.listed()) details.push_back(std::move(line));
    const std::string title = report.summary() + from;
    if (!report.refused.empty()) notices_.error(title, std::move(details));
    else if (report.changed()) notices_.success(title, std::move(details));
    else notices_.info(title, std::move(details));
}

std::string Workspace::collectPasted(const std::string& text) {
    const Workshop* current = doc_->workshop();
    if (!current) return text;
    Workshop w = *current;
    const CollectReport report = smm::collectPasted(doc_->model(), w, text);
    std::string kept = collectedPaste(std::move(w), report);
    autosave();
    return kept;
}

// The collected copy takes the workshop's place; the caller saves it.
std::string Workspace::collectedPaste(Workshop into, const CollectReport& report) {
    if (report.changed()) doc_->setWorkshop(std::move(into));
    reportCollected(report, "");
    return report.keptInBox;
}

void Workspace::collectedFile(const std::string& name, Workshop into, const CollectReport& report) {
    if (report.changed()) doc_->setWorkshop(std::move(into));
    reportCollected(report, " from \"" + name + "\"");
}

bool Workspace::changeGroups(std::vector<int> groups, std::vector<std::string> names) {
    const Workshop* current = doc_->workshop();
    if (!current) return false;
    Workshop w = *current;
    const std::string why = smm::changeGroups(doc_->model(), w, std::move(groups), std::move(names));
    if (!why.empty()) {
        notices_.error("The groups were not changed", {why});
        return false;
    }
    doc_->setWorkshop(std::move(w));
    autosave();
    notices_.success("Groups saved",
                     {"Responses already in keep their group under its new name.",
                      "The participant link has changed: send the new one to anyone who has not answered yet."});
    return true;
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
    // Found by id first, opened after: opening can change the library's entries.
    std::string mineId;
    for (const LibraryEntry& e : library_.entries()) {
        if (e.participants.find(setup.value->id) == std::string::npos || library_.isKeptAside(e.id)) continue;
        Reading r = read(e);
        if (r.invitation && r.invitation->setup.id == setup.value->id) {
            mineId = e.id;
            break;
        }
    }
    if (!mineId.empty() && openEntry(mineId)) return;
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
        // The workshop's id, never a pointer into the library: the autosave
        // below can add an entry (a kept preview, a kept-both copy) and move them all.
        std::string found;
        for (const LibraryEntry& e : library_.entries())
            if (e.participants.find(id) != std::string::npos && !library_.isKeptAside(e.id)) {
                Reading r = read(e);
                if (r.workshop && r.workshop->setup.id == id) found = e.id;
            }
        if (found.empty()) {
            notices_.error("This is a participant's answers to a workshop that is not kept in this browser",
                           {"Open it in the browser where the workshop was set up, or paste it there on the Workshop view."});
            return;
        }
        autosave();
        if (!openEntry(found)) return;
    }
    collectPasted(std::string(fragment));
    if (platform_) platform_->clearFragment();
}

}  // namespace smm
