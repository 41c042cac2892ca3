// The application: which view is showing and the document it shows. One call
// per frame draws everything; views return what the user asked for and the
// app applies it, so data flows one way.
#pragma once

#include <functional>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "address.hpp"
#include "document.hpp"
#include "intents.hpp"
#include "platform.hpp"
#include "workspace.hpp"
#include "views/file_menu.hpp"
#include "theme.hpp"
#include "views/map_view.hpp"
#include "views/overview_view.hpp"
#include "views/presentation_view.hpp"
#include "views/radar_view.hpp"
#include "views/questionnaire/questionnaire_view.hpp"
#include "views/risks_view.hpp"
#include "views/roadmap_view.hpp"
#include "views/progress_card.hpp"
#include "views/respond_view.hpp"
#include "view_ids.hpp"
#include "views/workshop_view.hpp"

namespace smm {

class App {
public:
    // `platform` may be null (headless tests): nothing is stored or exported.
    explicit App(Document doc, Platform* platform = nullptr);

    // Restores saved work and the theme, then opens a share link if the
    // address carries one (its #fragment).
    void start(std::string_view fragment = {});
    // Entry points for what the platform delivers later.
    void openFile(const std::string& name, const std::string& content);
    void openLink(std::string_view fragment);
    void fileError(const std::string& name, const std::string& message);
    // Another tab of the page changed the saved assessments.
    void storageChanged();
    // The page is hidden or closing: everything is saved now if storage allows.
    void saveNow();
    // Text pasted into the page over kPasteLimitBytes is refused with a
    // notice before any field sees it (a 5 MB paste froze the page for
    // seconds, and the paste box kept it all); false when refused. 256 KB
    // holds some 1,700 response links, far more than a room sends; a field
    // holding a megabyte costs the page seconds to draw and mirror.
    static constexpr std::size_t kPasteLimitBytes = 256 * 1024;
    bool acceptPaste(std::size_t bytes);
    // A newer version of the app is installed; this tab keeps running its
    // own (never reloaded under the reader's work) and says so.
    void newVersionReady();

    // Draws the whole UI into the current ImGui frame (between NewFrame and Render).
    void frame();

    // A file or paste this big is read in slices (Workspace::beginOpenFile):
    // the page says what it is doing first, then keeps drawing. Smaller ones
    // take a few milliseconds and are done at once.
    static constexpr std::size_t kSlicedFromBytes = 64 * 1024;
    // Work in slices is under way: frames show only what it is doing, and
    // input waits (links, files and other tabs' changes run after it).
    bool busy() const { return workspace_.busy(); }
    // Before a frame is built: runs slices for about `budgetMs`, once a frame
    // has shown what the work is (so the page never freezes before saying so).
    void work(double budgetMs);

    const Document& document() const { return workspace_.document(); }
    Document& document() { return workspace_.document(); }
    const Workspace& workspace() const { return workspace_; }
    // Whether the page works offline and has a network, as the top bar shows it.
    Connectivity connectivity() const { return platform_ ? platform_->connectivity() : Connectivity{}; }
    ui::ViewId view() const { return view_; }
    void showView(ui::ViewId v) { view_ = v; }
    // Where the reader is (view, and question in the questionnaire), for the
    // page's address; goTo returns there (a reload, back/forward).
    ui::Address address() const;
    void goTo(const ui::Address& address);
    const ui::MapViewState& mapState() const { return map_; }
    const ui::OverviewViewState& overviewState() const { return overview_; }
    const ui::RadarViewState& radarState() const { return radar_; }
    const ui::QuestionnaireViewState& questionnaireState() const { return questionnaire_; }
    const ui::RoadmapViewState& roadmapState() const { return roadmap_; }
    const ui::RisksViewState& risksState() const { return risks_; }
    // The workshop's set-up form and paste box: the screen-reader view fills them too.
    const ui::WorkshopViewState& workshopState() const { return workshop_; }
    ui::WorkshopViewState& workshopState() { return workshop_; }
    // Presentation mode: while on, frame() draws only the slides.
    bool presenting() const { return presenting_; }
    const ui::PresentationState& presentationState() const { return presentation_; }
    // Seconds until a frame would show something new with no input (a
    // running countdown); negative when nothing changes by itself.
    double redrawIn() const;

    // Applies what views asked for; public so tests and the platform can drive it.
    void apply(const Intent& intent);

private:
    void drawFrame();
    void keepViewInNavigation();
    // What changed since an earlier assessment, recomputed only when the
    // document, the saved entries or the choice changes.
    void drawProgress(Intents& out);
    void drawCurrentView(Intents& out);
    // Runs `step`; anything it throws becomes a notice and the data is kept.
    template <typename Step>
    void guarded(const char* what, Step&& step);
    // What arrives from outside and would show another document waits while
    // a text field is being typed in (shell/text_edit.hpp), then runs after
    // the edit ends; views' edit buffers start again on a new document.
    void whenNotEditing(std::function<void()> step);
    void runHeld();
    void followDocument();

    Workspace workspace_;
    Platform* platform_;
    int screenshotCountdown_ = 0;
    ui::ViewId shownView_ = ui::ViewId::Overview;  // the view the content scroll belongs to
    ui::FileMenuState fileMenu_;
    ui::ViewId view_ = ui::ViewId::Overview;
    // Per-view state that outlives a frame (selection, scroll targets).
    ui::MapViewState map_;
    ui::OverviewViewState overview_;
    ui::RadarViewState radar_;
    ui::QuestionnaireViewState questionnaire_;
    ui::RoadmapViewState roadmap_;
    ui::RisksViewState risks_;
    ui::WorkshopViewState workshop_;
    std::string compareWith_;  // chosen earlier assessment; empty = the latest before this one
    struct ProgressCache {
        unsigned revision = ~0u;
        std::size_t entries = 0;
        std::string chosen, id;
        std::vector<EarlierVersion> versions;
        std::optional<Progress> value;
    } progress_;
    bool presenting_ = false;
    ui::PresentationState presentation_;
    std::vector<std::function<void()>> held_;  // links and files that arrived while typing
    bool heldReopen_ = false;                  // another tab's version, to show once the edit ends
    unsigned shownGeneration_ = ~0u;           // the document the views' edit buffers belong to
    unsigned shownBusy_ = 0;                   // the work in slices a frame has shown (Workspace::busySerial)
};

// The compiled-in model and sample assessment, or a message saying what is
// wrong with them (a broken build, never the user's fault).
struct StartupResult {
    std::optional<Document> document;
    std::string error;
};
StartupResult loadBundledDocument();

}  // namespace smm
