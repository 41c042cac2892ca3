#include "screen_reader.hpp"

#include <algorithm>
#include <string>

#include "app.hpp"
#include "connectivity.hpp"
#include "core/answer_areas.hpp"
#include "storage_wording.hpp"
#include "core/report_html.hpp"
#include "core/workshop_summary.hpp"
#include "views/questionnaire/questionnaire_view.hpp"
#include "views/workshop_view.hpp"

namespace smm {
namespace {

std::string esc(std::string_view s) { return escapeHtml(s); }

void list(std::string& h, const char* tag, const std::vector<std::string>& items) {
    if (items.empty()) return;
    h += std::string("<") + tag + ">";
    for (const std::string& i : items) h += "<li>" + i + "</li>";
    h += std::string("</") + tag + ">";
}

void nav(std::string& h, ui::ViewId current, bool participant) {
    h += "<nav aria-label=\"Views\"><ul>";
    for (const ui::ViewInfo& v : ui::navigation(participant)) {
        h += "<li><a href=\"?view=" + std::string(v.slug) + "\" data-view=\"" + v.slug + "\"";
        if (v.id == current) h += " aria-current=\"page\"";
        h += ">" + esc(v.label) + "</a></li>";
    }
    h += "</ul></nav>";
}

// Both standings in core's words, and every gate that holds the next stage back.
void whereYouStand(std::string& h, const Document& doc) {
    const Score& score = doc.score();
    h += "<h2>Where you stand</h2><p>" + esc(score.headline.sentence) + "</p>";
    std::vector<std::string> items;
    for (const Standing* side : {&score.external, &score.internal})
        for (const BlockingGate& g : side->blockers) items.push_back(esc(g.explanation));
    for (const GateStatus& g : score.networkHeldBack) items.push_back(esc(g.explanation));
    if (!items.empty()) {
        h += "<h3>What holds it back</h3>";
        list(h, "ul", items);
    }
}

// Levels and targets per dimension, tracks first: the map and the radar in words.
void levelsTable(std::string& h, const Document& doc, const char* caption) {
    const Model& model = doc.model();
    h += "<table><caption>" + esc(caption) +
         "</caption><thead><tr><th scope=\"col\">Dimension</th><th scope=\"col\">Kind</th>"
         "<th scope=\"col\">Current level</th><th scope=\"col\">Target</th></tr></thead><tbody>";
    for (int d : ui::questionnaireDimensionOrder(model)) {
        const DimensionScore& ds = doc.score().dimensions[static_cast<std::size_t>(d)];
        const Dimension& dim = model.dimensions[static_cast<std::size_t>(d)];
        h += "<tr><th scope=\"row\">" + esc(dim.name) + "</th><td>" +
             (dim.kind == DimensionKind::Track ? "track" : "enabler") + "</td><td>" + formatLevel(ds.level) + " of " +
             std::to_string(model.stageCount()) + "</td><td>" +
             (ds.target > 0 ? std::to_string(ds.target) : std::string("none")) + "</td></tr>";
    }
    h += "</tbody></table>";
}

std::string moveItem(const Model& model, const NextMove& m) {
    std::string where = m.dimension >= 0 ? model.dimensions[static_cast<std::size_t>(m.dimension)].name + ", " : "";
    return "<strong>" + esc(m.title) + "</strong> (" + esc(where) + esc(m.effort) + " effort). " + esc(m.why) + ". " +
           esc(m.detail);
}

std::string riskItem(const Model& model, const TriggeredRisk& tr, bool full) {
    const Risk& r = model.risks[static_cast<std::size_t>(tr.risk)];
    std::string item = "<strong>" + esc(r.title) + "</strong>, " + esc(tr.severity) + " severity. " + esc(r.description);
    if (!full) return item;
    if (!tr.reasons.empty()) {
        item += " Why it applies: ";
        for (std::size_t i = 0; i < tr.reasons.size(); ++i) item += (i ? "; " : "") + esc(tr.reasons[i]);
        item += ".";
        if (!tr.alsoRaised.empty()) item += " " + esc(alsoRaisedSentence(model, tr));
    }
    if (!r.mitigations.empty()) {
        item += " Mitigation: ";
        for (std::size_t i = 0; i < r.mitigations.size(); ++i) item += (i ? "; " : "") + esc(r.mitigations[i]);
        item += ".";
    }
    return item;
}

void moves(std::string& h, const Document& doc) {
    h += "<h2>Your next three moves</h2>";
    std::vector<std::string> items;
    for (const NextMove& m : doc.moves()) items.push_back(moveItem(doc.model(), m));
    if (items.empty()) h += "<p>No actions needed to reach the targets set.</p>";
    list(h, "ol", items);
}

void risks(std::string& h, const Document& doc, std::size_t count, bool full) {
    const auto& all = doc.risks();
    if (all.empty()) {
        h += "<p>None of the model's risks applies to these answers.</p>";
        return;
    }
    std::vector<std::string> items;
    for (std::size_t i = 0; i < std::min(count, all.size()); ++i) items.push_back(riskItem(doc.model(), all[i], full));
    list(h, "ul", items);
}

void roadmap(std::string& h, const Document& doc) {
    const Roadmap& r = doc.roadmap();
    if (r.items.empty()) h += "<p>No actions needed to reach the targets set.</p>";
    for (int phase = 1; phase <= r.phaseCount; ++phase) {
        h += "<h3>Phase " + std::to_string(phase) + "</h3>";
        std::vector<std::string> items;
        for (const RoadmapItem& item : r.items)
            if (item.phase == phase) {
                const Action& a = doc.model().actions[static_cast<std::size_t>(item.action)];
                items.push_back(moveItem(doc.model(), NextMove{item.action, a.title, a.detail, a.effort, a.dimension,
                                                               a.stage, item.forGate ? "Needed for a gate" : "For a target"}));
            }
        list(h, "ol", items);
    }
}

std::string button(const char* action, int value, const std::string& label) {
    return "<button type=\"button\" data-action=\"" + std::string(action) + "\" data-value=\"" +
           std::to_string(value) + "\">" + esc(label) + "</button>";
}

void question(std::string& h, const Document& doc, const ui::QuestionnaireViewState& st) {
    const Model& model = doc.model();
    const int q = st.focusedQuestion;
    if (q < 0 || q >= static_cast<int>(model.questions.size())) {
        h += "<p>This maturity model has no questions.</p>";
        return;
    }
    const Question& question = model.questions[static_cast<std::size_t>(q)];
    const Answer& answer = doc.assessment().answers[static_cast<std::size_t>(q)];
    const AnswerArea area = doc.answerArea();
    const std::vector<int> qs = ui::questionnaireQuestions(model, question.dimension, area);
    const auto at = std::find(qs.begin(), qs.end(), q) - qs.begin() + 1;
    h += "<h2>" + esc(model.dimensions[static_cast<std::size_t>(question.dimension)].name) + "</h2>";
    h += "<p>Question " + std::to_string(at) + " of " + std::to_string(qs.size()) + " in this dimension; " +
         std::to_string(doc.score().answered) + " of " + std::to_string(doc.score().total) + " answered in all.</p>";
    const AreaProgress progress = areaProgress(area, doc.assessment());
    if (const std::string line = areaFirstLine(area, progress); !line.empty()) {
        h += "<p>" + esc(line) + "</p>";
        if (progress.canMarkRest()) h += button("mark-rest", 0, markRestLabel(progress));
    }
    const std::string id = "sr-q" + std::to_string(q);
    h += "<fieldset aria-describedby=\"" + id + "-help\"><legend>" + esc(question.text) + "</legend>";
    auto radio = [&](int option, const std::string& label) {
        h += "<label><input type=\"radio\" name=\"" + id + "\" data-question=\"" + std::to_string(q) + "\" value=\"" +
             std::to_string(option) + "\"" + (answer.option == option ? " checked" : "") + "> " + esc(label) +
             "</label>";
    };
    const std::vector<AnswerOption>& options = model.optionsFor(q);
    for (std::size_t o = 0; o < options.size(); ++o) radio(static_cast<int>(o), options[o].label);
    radio(Answer::DontKnow, "Don't know");
    radio(Answer::NotMyArea, "Not my area");
    if (question.allowNotApplicable) radio(Answer::NotApplicable, "Not applicable");
    h += "</fieldset>";
    if (question.audience != Audience::Unset)
        h += "<p>Who can answer: " + esc(audienceName(question.audience)) +
             (area.active() && !area.isFirst(q) ? ". " + esc(outsideAreaHint()) : std::string()) + "</p>";
    h += "<p id=\"" + id + "-help\">" + esc(question.help) + "</p>";
    if (!answer.note.empty()) h += "<p>Your note: " + esc(answer.note) + "</p>";
    h += "<button type=\"button\" data-step=\"-1\">Previous question</button>"
         "<button type=\"button\" data-step=\"1\">Next question</button>";
}


// The participant's page: the workshop, their group as radios, and sending.
void respond(std::string& h, const Document& doc) {
    const Invitation* inv = doc.invitation();
    if (!inv) return;
    const Model& model = doc.model();
    if (!inv->setup.purpose.empty()) h += "<p>" + esc(inv->setup.purpose) + "</p>";
    h += "<p>" + std::string(inv->setup.anonymous ? "Your answers are anonymous and stay" : "Your answers stay") +
         " on this device until you send them.</p>";
    h += "<fieldset><legend>Which group are you in?</legend>";
    const std::vector<int> groups = offeredGroups(model, inv->setup);
    for (int g : groups)
        h += "<label><input type=\"radio\" name=\"sr-group\" data-action=\"group\" value=\"" + std::to_string(g) +
             "\"" + (doc.assessment().roleGroup == g ? " checked" : "") + "> " +
             esc(model.roleGroups[static_cast<std::size_t>(g)].name) + "</label>";
    h += "</fieldset>";
    h += "<p>" + std::to_string(doc.score().answered) + " of " + std::to_string(doc.score().total) +
         " questions answered.</p>";
    h += "<a href=\"?view=questionnaire\" data-view=\"questionnaire\">Answer the questions</a>";
    h += button("send", 0, "Copy my answers as a link") + button("send", 1, "Download my answers");
}

std::string field(const char* name, const std::string& label, const std::string& value, const char* extra = "") {
    const std::string id = std::string("sr-f-") + name;
    return "<p><label for=\"" + id + "\">" + esc(label) + "</label> <input type=\"text\" id=\"" + id +
           "\" data-field=\"" + name + "\" value=\"" + esc(value) + "\"" + extra + "></p>";
}

// The set-up form as HTML controls, with the canvas form's values and rules.
void setupForm(std::string& h, const Document& doc, const ui::WorkshopViewState& state) {
    ui::WorkshopViewState st = state;
    ui::fillSetupForm(doc, st);
    const Model& model = doc.model();
    h += "<p>Everyone answers on their own phone or laptop and sends you a link; no server is involved.</p>";
    h += "<form aria-label=\"Set up the workshop\" onsubmit=\"return false\">";
    h += field("organisation", "Organisation", st.organisation);
    h += field("purpose", "Purpose (shown to participants)", st.purpose);
    h += field("date", "Date (YYYY-MM-DD)", st.date);
    h += field("expected", "People invited (optional)", st.expected, " inputmode=\"numeric\"");
    h += "<fieldset><legend>Groups participants choose from</legend>";
    for (std::size_t i = 0; i < st.groups.size(); ++i) {
        const std::string n = std::to_string(i + 1);
        const std::string name = i < st.groupNames.size() ? st.groupNames[i] : std::string();
        h += "<p><label for=\"sr-g" + n + "\">Group " + n + " name</label> <input type=\"text\" id=\"sr-g" + n +
             "\" data-field=\"group-name\" data-index=\"" + std::to_string(i) + "\" value=\"" + esc(name) + "\">";
        if (st.groups.size() > 1)
            h += " " + button("remove-group", static_cast<int>(i), "Remove group " + n + (name.empty() ? "" : " (" + name + ")"));
        h += "</p>";
    }
    if (freeGroupSlot(model, st.groups) >= 0 && static_cast<int>(st.groups.size()) < maxGroups(model))
        h += button("add-group", 0, "Add a group");
    else
        h += "<p>At most " + std::to_string(maxGroups(model)) + " groups.</p>";
    h += "</fieldset>";
    h += "<p><label><input type=\"checkbox\" data-field=\"anonymous\"" + std::string(st.anonymous ? " checked" : "") +
         "> Anonymous: no names, and a group is shown only with 3 or more people</label></p>";
    const ui::SetupForm form = ui::readSetupForm(model, st);
    if (!form.problem.empty()) h += "<p id=\"sr-setup-problem\">" + esc(form.problem) + "</p>";
    h += "<button type=\"button\" data-action=\"setup\" data-value=\"0\"" +
         std::string(form.problem.empty() ? "" : " aria-describedby=\"sr-setup-problem\"") +
         ">Set up the workshop</button></form>";
}

// The facilitator's workshop: the set-up form, or how many are in, the
// participant link, the paste box, and the results in words once revealed
// (groups too small to stay anonymous left out).
void workshop(std::string& h, const Document& doc, const std::string& invitationLink,
              const ui::WorkshopViewState& state) {
    const Workshop* w = doc.workshop();
    if (!w) return setupForm(h, doc, state);
    const Model& model = doc.model();
    h += "<p>" + esc(responseCount(model, *w)) + "</p>";
    h += "<h3>Invite</h3><p>Participant link: " + esc(invitationLink) + "</p>" +
         button("invite", 0, "Copy participant link");
    h += "<h3>Collect the responses</h3><p><label for=\"sr-pasted\">Response links, one or many</label></p>"
         "<textarea id=\"sr-pasted\" data-field=\"pasted\" rows=\"4\">" +
         esc(state.pasted) + "</textarea>" + button("collect", 0, "Add responses");
    if (!w->revealed) {
        h += "<p>Results are hidden while responses come in.</p>" + button("reveal", 1, "Reveal results");
        return;
    }
    const Aggregate* agg = doc.group();
    if (!agg) return;
    const WorkshopSummary sum = summariseWorkshop(*agg, *w);
    h += "<h3>Where people disagree</h3><p>Agreement " + formatPercent(sum.agreement) + ".</p>";
    if (sum.answersPrivate)
        h += "<p>" + esc(answersPrivateLine()) + "</p>";
    std::vector<std::string> items;
    for (int q : sum.contested)
        items.push_back(esc(model.questions[static_cast<std::size_t>(q)].text) + " " +
                        esc(answerSpread(model, q, agg->answers[static_cast<std::size_t>(q)])) + ".");
    list(h, "ol", items);
    h += "<h3>How the groups see it</h3>";
    items.clear();
    for (const GroupGap& g : sum.gaps) {
        auto name = [&](int i) { return roleGroupName(model, agg->groups[static_cast<std::size_t>(i)].roleGroup); };
        const auto& dims = agg->groups[static_cast<std::size_t>(g.higher)].dimensions;
        const auto& low = agg->groups[static_cast<std::size_t>(g.lower)].dimensions;
        items.push_back(esc(model.dimensions[static_cast<std::size_t>(g.dimension)].name) + ": " + esc(name(g.higher)) +
                        " " + formatLevel(dims[static_cast<std::size_t>(g.dimension)].mean) + ", " + esc(name(g.lower)) +
                        " " + formatLevel(low[static_cast<std::size_t>(g.dimension)].mean));
    }
    if (items.empty())
        h += sum.compared() ? "<p>The groups are less than a quarter of a stage apart on every dimension.</p>"
                            : "<p>Group views appear once two groups are large enough to stay anonymous.</p>";
    list(h, "ul", items);
}

}  // namespace

std::string screenReaderHtml(const App& app) {
    if (app.busy()) {  // what the canvas shows: what is being done, and no controls until it ends
        const BusyStatus s = app.workspace().busyStatus();
        return "<h1>" + esc(s.title) + "</h1><p role=\"status\">" + esc(s.progress) + "</p><p>" +
               esc(wording::kBusyHint) + "</p>";
    }
    const Document& doc = app.document();
    const Assessment& a = doc.assessment();
    std::string h;
    h += "<h1>" + esc(a.organisation.empty() ? std::string("Untitled assessment") : a.organisation) +
         ": social media maturity</h1>";
    const bool participant = doc.invitation() != nullptr;
    nav(h, app.view(), participant);
    // The top bar's status, in the same words: a screen reader hears it too.
    if (const char* status = connectivityLabel(app.connectivity()); status[0])
        h += "<p>" + esc(status) + ". " + esc(connectivityHint(app.connectivity())) + "</p>";
    for (const ui::ViewInfo& v : ui::navigation(participant))
        if (v.id == app.view()) h += "<h2>" + esc(v.label) + "</h2>";
    switch (app.view()) {
        case ui::ViewId::Overview:
            whereYouStand(h, doc);
            moves(h, doc);
            h += "<h2>Top risks</h2>";
            risks(h, doc, 3, false);
            levelsTable(h, doc, "Level and target of each dimension");
            break;
        case ui::ViewId::Map:
            whereYouStand(h, doc);
            levelsTable(h, doc, "The maturity map: level and target of each dimension");
            break;
        case ui::ViewId::Radar:
            levelsTable(h, doc, "Current level against target, every dimension");
            break;
        case ui::ViewId::Questionnaire: question(h, doc, app.questionnaireState()); break;
        case ui::ViewId::Roadmap: roadmap(h, doc); break;
        case ui::ViewId::Risks: risks(h, doc, doc.risks().size(), true); break;
        case ui::ViewId::Workshop: workshop(h, doc, app.workspace().invitationLink(), app.workshopState()); break;
        case ui::ViewId::Respond: respond(h, doc); break;
    }
    return h;
}

void setScreenReaderField(App& app, const std::string& field, int index, const std::string& value) {
    if (app.busy()) return;  // the form is not shown meanwhile; the paste box is given back at the end
    ui::WorkshopViewState& st = app.workshopState();
    if (field == "pasted") {
        st.pasted = value;
        return;
    }
    ui::fillSetupForm(app.document(), st);
    if (field == "organisation") st.organisation = value;
    else if (field == "purpose") st.purpose = value;
    else if (field == "date") st.date = value;
    else if (field == "expected") st.expected = value;
    else if (field == "anonymous") st.anonymous = value == "1";
    else if (field == "group-name" && index >= 0 && index < static_cast<int>(st.groupNames.size()))
        st.groupNames[static_cast<std::size_t>(index)] = value;
}

void screenReaderAction(App& app, const std::string& action, int value) {
    if (app.busy()) return;
    ui::WorkshopViewState& st = app.workshopState();
    const Model& model = app.document().model();
    if (action == "group" && value >= 0 && value < static_cast<int>(model.roleGroups.size()))
        app.apply(SetParticipantGroup{value});
    else if (action == "send") app.apply(SendAnswers{value == 1});
    else if (action == "mark-rest") {
        const AreaProgress progress = areaProgress(app.document().answerArea(), app.document().assessment());
        if (progress.canMarkRest())
            app.apply(SetAnswers{progress.openElsewhere, Answer::NotMyArea});
    }
    else if (action == "invite") app.apply(CopyInvitationLink{});
    else if (action == "reveal") app.apply(RevealResults{value == 1});
    else if (action == "collect" && !st.pasted.empty()) app.apply(CollectResponses{st.pasted});
    else if (action == "add-group") {
        ui::fillSetupForm(app.document(), st);
        const int slot = freeGroupSlot(model, st.groups);
        if (slot < 0 || static_cast<int>(st.groups.size()) >= maxGroups(model)) return;
        st.groups.push_back(slot);
        st.groupNames.push_back(model.roleGroups[static_cast<std::size_t>(slot)].name);
    } else if (action == "remove-group" && st.groups.size() > 1 && value >= 0 &&
               value < static_cast<int>(st.groups.size())) {
        st.groups.erase(st.groups.begin() + value);
        if (value < static_cast<int>(st.groupNames.size())) st.groupNames.erase(st.groupNames.begin() + value);
    } else if (action == "setup") {
        ui::fillSetupForm(app.document(), st);
        ui::SetupForm form = ui::readSetupForm(model, st);
        if (form.problem.empty()) app.apply(StartWorkshop{std::move(form.setup)});
    }
}

std::string screenReaderAnnouncement(const App& app) {
    const auto& items = app.workspace().notices().items();
    if (items.empty()) return {};
    const Notice& n = items.back();
    std::string text = n.title;
    for (const std::string& d : n.details) text += ". " + d;
    return text;
}

}  // namespace smm
