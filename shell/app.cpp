#include "app.hpp"

#include <imgui_internal.h>  // ErrorCheckEndFrameRecover

#include <algorithm>
#include <chrono>
#include <utility>
#include <variant>

#include "assets/assets.hpp"
#include "core/model_pack.hpp"
#include "fonts.hpp"
#include "item_registry.hpp"
#include "keyboard.hpp"
#include "storage_wording.hpp"
#include "text_edit.hpp"
#include "ui.hpp"
#include "views/busy_panel.hpp"
#include "views/notice_bar.hpp"
#include "views/top_bar.hpp"

namespace smm {
namespace {
template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
}  // namespace

App::App(Document doc, Platform* platform) : workspace_(std::move(doc), platform), platform_(platform) {}

void App::start(std::string_view fragment) {
    if (platform_) {
        auto theme = platform_->loadItem(kThemeKey);
        ui::applyTheme(theme && *theme == "dark" ? ui::ThemeKind::Dark : ui::ThemeKind::Light);
    }
    workspace_.start(fragment);
}

// The top-level guard: no exception escapes into the frame loop (in the
// browser that would stop the app). What the user had stays as it was.
template <typename Step>
void App::guarded(const char* what, Step&& step) {
    try {
        step();
    } catch (const std::exception& e) {
        workspace_.notices().error(std::string("Something went wrong while ") + what,
                                   {std::string("Your work is kept. Details: ") + e.what()});
    } catch (...) {
        workspace_.notices().error(std::string("Something went wrong while ") + what, {"Your work is kept."});
    }
}

void App::openFile(const std::string& name, const std::string& content) {
    whenNotEditing([this, name, content] {
        guarded("opening a file", [&] {
            if (content.size() >= kSlicedFromBytes) workspace_.beginOpenFile(name, content);
            else workspace_.openFile(name, content);
        });
    });
}
void App::openLink(std::string_view fragment) {
    whenNotEditing([this, link = std::string(fragment)] {
        guarded("opening a link", [&] { workspace_.openLink(link); });
    });
}
void App::storageChanged() {
    // The titles of other entries follow at once; the open one waits for the
    // edit, or the work in slices, to end.
    guarded("reading another tab's changes", [&] {
        if (workspace_.storageChanged(!ui::editingText() && !busy())) heldReopen_ = true;
    });
}

void App::whenNotEditing(std::function<void()> step) {
    if (!ui::editingText() && held_.empty() && !busy()) return step();
    held_.push_back(std::move(step));
}

// At the end of a frame: once every key typed before has reached its field,
// the edit ends and what waited runs, in the order it arrived. Work in
// slices ends first (a second file dropped waits for the first).
void App::runHeld() {
    if ((held_.empty() && !heldReopen_) || ui::inputPending() || busy()) return;
    if (!held_.empty()) ui::endTextEdit();
    else if (ui::editingText()) return;  // another tab's version waits until the field is left
    std::vector<std::function<void()>> steps = std::move(held_);
    held_.clear();
    for (auto& step : steps) step();
    if (heldReopen_) {
        heldReopen_ = false;
        guarded("reading another tab's changes", [&] { workspace_.storageChanged(); });
    }
}

// A new document: no edit buffer of the old one may write into it.
void App::followDocument() {
    if (shownGeneration_ == workspace_.generation()) return;
    shownGeneration_ = workspace_.generation();
    ui::endTextEdit();
    fileMenu_.syncedRevision = ~0u;
    questionnaire_.noteBuffers.clear();
}
void App::work(double budgetMs) {
    if (!busy() || shownBusy_ != workspace_.busySerial()) return;
    using Clock = std::chrono::steady_clock;
    const Clock::time_point start = Clock::now();
    // A few responses per step: a slice ends soon after the budget is spent.
    constexpr std::size_t kPiecesPerStep = 20;
    guarded("reading", [&] {
        do workspace_.stepBusy(kPiecesPerStep);
        while (busy() && std::chrono::duration<double, std::milli>(Clock::now() - start).count() < budgetMs);
    });
    if (std::optional<std::string> kept = workspace_.takePasteBoxText()) workshop_.pasted = std::move(*kept);
}

void App::saveNow() {
    guarded("saving", [&] { workspace_.saveNow(); });
}
bool App::acceptPaste(std::size_t bytes) {
    if (bytes <= kPasteLimitBytes) return true;
    workspace_.notices().error(wording::pasteTooLargeTitle(bytes, kPasteLimitBytes), wording::pasteTooLargeDetails());
    return false;
}
void App::newVersionReady() { workspace_.notices().lasting(kNewVersionNotice, {kNewVersionDetail}); }
void App::fileError(const std::string& name, const std::string& message) {
    workspace_.notices().error("\"" + name + "\" could not be opened; nothing was changed", {message});
}

// A view that throws must not stop the app: the frame's open windows are
// closed, the user is told, and the next frame draws as usual.
void App::frame() {
    try {
        drawFrame();
    } catch (const std::exception& e) {
        ImGui::ErrorCheckEndFrameRecover(nullptr);
        workspace_.notices().error("Something went wrong while drawing",
                                   {std::string("Your work is kept. Details: ") + e.what()});
    }
}

double App::redrawIn() const { return presenting_ ? ui::presentationRedrawIn(presentation_, ui::presentationClock()) : -1.0; }

void App::drawFrame() {
    ui::beginItemFrame();
    if (busy()) {  // nothing but what is being done: no control, so no change, until it ends
        ui::drawBusyPanel(workspace_.busyStatus());
        shownBusy_ = workspace_.busySerial();
        return;
    }
    followDocument();
    if (presenting_) {  // the projector gets the slides and nothing else
        Intents intents;
        const Document& doc = workspace_.document();
        ui::drawPresentation(doc, doc.workshop(), presentation_, intents, doc.workshop() ? workspace_.invitationLink() : "");
        for (const Intent& intent : intents) guarded("applying a change", [&] { apply(intent); });
        guarded("saving", [&] { workspace_.autosave(); });
        runHeld();
        return;
    }
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##app", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();

    // A PNG export waits for a frame of the map to be on screen.
    if (screenshotCountdown_ > 0 && --screenshotCountdown_ == 0) workspace_.exportAs(ExportFormat::Png);

    keepViewInNavigation();
    Intents intents;
    ui::drawTopBar(workspace_.document(), view_, connectivity(), intents);
    ui::drawFileMenu(workspace_.document(), workspace_.library(), workspace_.previewingShared(), fileMenu_, intents);

    // Content scrolls under the fixed top bar; wide screens get a centred column.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::palette().page);
    ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None, ui::kTabThrough);
    if (view_ != shownView_) {  // a new view starts at its top
        ImGui::SetScrollY(0.0f);
        shownView_ = view_;
    }
    const float maxWidth = 1320.0f, margin = 24.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(maxWidth, avail - 2 * margin);
    ImGui::SetCursorPos(ImVec2(std::max(margin, (avail - width) * 0.5f), margin));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::BeginChild("##column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar | ui::kTabThrough);
    workspace_.notices().expire(ImGui::GetTime());
    ui::drawNoticeBar(workspace_.notices(), workspace_.preview(), intents);
    drawCurrentView(intents);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ui::scrollWithKeys();
    ImGui::Dummy(ImVec2(0, margin));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::End();
    ui::drawFocusRing();
    for (const Intent& intent : intents) guarded("applying a change", [&] { apply(intent); });
    guarded("saving", [&] { workspace_.autosave(); });
    runHeld();
}

void App::drawCurrentView(Intents& out) {
    const Document& doc_ = workspace_.document();
    switch (view_) {
        case ui::ViewId::Overview:
            ui::drawOverviewView(doc_, overview_, out);
            drawProgress(out);
            break;
        case ui::ViewId::Map: ui::drawMapView(doc_, map_, out); break;
        case ui::ViewId::Radar: ui::drawRadarView(doc_, radar_, out, doc_.group()); break;
        case ui::ViewId::Questionnaire: ui::drawQuestionnaireView(doc_, questionnaire_, out); break;
        case ui::ViewId::Roadmap: ui::drawRoadmapView(doc_, roadmap_, out); break;
        case ui::ViewId::Risks: ui::drawRisksView(doc_, risks_, out); break;
        case ui::ViewId::Workshop:
            ui::drawWorkshopView(doc_, workspace_.invitationLink(), workshop_, out);
            break;
        case ui::ViewId::Respond: ui::drawRespondView(doc_, workspace_.responseLink(), out); break;
    }  // no default: a view added to ViewId and not drawn here is a -Wswitch warning
}

// A participant sees only their workshop and the questions; everyone else
// never sees the participant's page.
void App::keepViewInNavigation() {
    const bool participant = workspace_.document().invitation() != nullptr;
    for (const ui::ViewInfo& v : ui::navigation(participant))
        if (v.id == view_) return;
    view_ = participant ? ui::ViewId::Respond : ui::ViewId::Overview;
}

void App::drawProgress(Intents& out) {
    const Document& doc = workspace_.document();
    ProgressCache& c = progress_;
    if (c.revision != doc.revision() || c.entries != workspace_.library().entries().size() || c.chosen != compareWith_) {
        c.revision = doc.revision();
        c.entries = workspace_.library().entries().size();
        c.chosen = compareWith_;
        c.versions = workspace_.otherVersions();
        c.id.clear();
        // The chosen one, else the latest dated no later than this one, else the latest.
        for (const EarlierVersion& v : c.versions)
            if (v.id == compareWith_) c.id = v.id;
        if (c.id.empty())
            for (const EarlierVersion& v : c.versions)
                if (v.date <= doc.assessment().date || doc.assessment().date.empty()) c.id = v.id;
        if (c.id.empty() && !c.versions.empty()) c.id = c.versions.back().id;
        c.value = c.id.empty() ? std::nullopt : workspace_.progressSince(c.id);
    }
    if (!c.value) return;
    ui::vspace(ui::metrics().space.large);
    ui::drawProgressCard(doc, c.versions, c.id, *c.value, out);
}

ui::Address App::address() const {
    ui::Address at{view_, {}};
    const Model& model = workspace_.document().model();
    const int q = questionnaire_.focusedQuestion;
    if (view_ == ui::ViewId::Questionnaire && q >= 0 && q < static_cast<int>(model.questions.size()))
        at.question = model.questions[static_cast<std::size_t>(q)].id;
    return at;
}

void App::goTo(const ui::Address& at) {
    view_ = at.view;
    const Model& model = workspace_.document().model();
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        if (at.question.empty() || model.questions[q].id != at.question) continue;
        questionnaire_.focusedQuestion = static_cast<int>(q);
        questionnaire_.dimension = model.questions[q].dimension;
        questionnaire_.scrollToFocus = 3;  // card heights settle over a frame or two
    }
}

void App::apply(const Intent& intent) {
    // Work in slices takes no input (the canvas and the screen-reader view
    // show no controls meanwhile); leaving full screen still ends a presentation.
    if (busy() && !std::holds_alternative<LeavePresentation>(intent)) return;
    std::visit(Overloaded{
                   [&](const SetAnswer& a) { workspace_.document().setAnswer(a.question, a.option); },
                   [&](const SetAnswers& a) { workspace_.document().setAnswers(a.questions, a.option); },
                   [&](const SetNote& n) { workspace_.document().setNote(n.question, n.note); },
                   [&](const SetTarget& t) { workspace_.document().setTarget(t.dimension, t.level); },
                   [&](const ShowView& v) { view_ = v.view; },
                   [&](const FocusCell& c) {
                       view_ = ui::ViewId::Map;
                       map_.selectedDimension = c.dimension;
                       map_.selectedStage = c.stage;
                   },
                   [&](const SetOrganisation& o) { workspace_.document().setOrganisation(o.name); },
                   [&](const NewAssessment&) {
                       workspace_.newAssessment();
                       view_ = ui::ViewId::Questionnaire;
                   },
                   [&](const SwitchAssessment& s) { workspace_.switchTo(s.id); },
                   [&](const DeleteAssessment&) { workspace_.removeCurrent(); },
                   [&](const CopyShareLink&) { workspace_.copyShareLink(); },
                   [&](const ExportAs& e) {
                       if (e.format != ExportFormat::Png) return workspace_.exportAs(e.format);
                       view_ = ui::ViewId::Map;
                       map_.selectedDimension = map_.selectedStage = -1;
                       screenshotCountdown_ = 2;
                   },
                   [&](const PickFile& p) {
                       if (platform_) platform_->pickFile(p.kind);
                   },
                   [&](const KeepSharedCopy&) { workspace_.keepSharedCopy(); },
                   [&](const CloseSharedPreview&) { workspace_.closeSharedPreview(); },
                   [&](const DismissNotice& d) { workspace_.notices().dismiss(d.index); },
                   [&](const ExploreSample&) { workspace_.exploreSample(); },
                   [&](const DownloadSavedData& d) { workspace_.exportUnopened(d.id); },
                   [&](const DownloadUnsaved&) { workspace_.downloadUnsaved(); },
                   [&](const StartWorkshop& w) {
                       workspace_.startWorkshop(w.setup);
                       view_ = ui::ViewId::Workshop;
                   },
                   [&](const CopyInvitationLink&) { workspace_.copyInvitationLink(); },
                   [&](const CollectResponses& c) {
                       // What could not be read stays in the box (never lose what was pasted).
                       if (c.pasted.size() < kSlicedFromBytes) workshop_.pasted = workspace_.collectPasted(c.pasted);
                       else workspace_.beginCollectPasted(c.pasted);  // the box is given back when it ends
                   },
                   [&](const RevealResults& r) { workspace_.setRevealed(r.revealed); },
                   [&](const SetWorkshopGroups& g) {
                       if (workspace_.changeGroups(g.groups, g.names)) workshop_.editingGroups = false;
                   },
                   [&](const SetDecision& d) { workspace_.setDecision(d.decision); },
                   [&](const StartPresentation&) {
                       presenting_ = true;
                       presentation_.slide = 0;
                       ui::wantPresentationFonts(true);
                       if (platform_) platform_->setFullscreen(true);
                   },
                   [&](const LeavePresentation&) {
                       presenting_ = false;
                       ui::wantPresentationFonts(false);
                       if (platform_) platform_->setFullscreen(false);
                   },
                   [&](const SetParticipantGroup& g) { workspace_.setParticipantGroup(g.group); },
                   [&](const SendAnswers& s) { workspace_.sendAnswers(s.asFile); },
                   [&](const StartFollowUp&) {
                       workspace_.startFollowUp();
                       view_ = ui::ViewId::Questionnaire;
                   },
                   [&](const CompareWith& c) { compareWith_ = c.id; },
                   [&](const ToggleTheme&) {
                       const bool dark = ui::currentTheme() == ui::ThemeKind::Light;
                       ui::applyTheme(dark ? ui::ThemeKind::Dark : ui::ThemeKind::Light);
                       if (platform_) platform_->saveItem(kThemeKey, dark ? "dark" : "light");
                   },
               },
               intent);
}

StartupResult loadBundledDocument() {
    StartupResult result;
    // Packed by the build from the validated JSON: no JSON to parse before the first frame.
    std::string why;
    std::optional<Model> model = unpackModel(assets::defaultModelPacked().text(), &why);
    if (!model) {
        result.error = "The built-in maturity model is damaged: " + why;
        return result;
    }
    std::optional<Assessment> sample = unpackAssessment(assets::sampleAssessmentPacked().text(), *model, &why);
    if (!sample) {
        result.error = "The built-in sample assessment is damaged: " + why;
        return result;
    }
    result.document.emplace(std::move(*model), std::move(*sample));
    return result;
}

}  // namespace smm
