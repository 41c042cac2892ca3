// The application: which view is showing and the document it shows. One call
// per frame draws everything; views return what the user asked for and the
// app applies it, so data flows one way.
#pragma once

#include <optional>
#include <string>

#include "document.hpp"
#include "intents.hpp"
#include "theme.hpp"
#include "views/map_view.hpp"
#include "views/view_ids.hpp"

namespace smm {

class App {
public:
    explicit App(Document doc);

    // Draws the whole UI into the current ImGui frame (between NewFrame and Render).
    void frame();

    const Document& document() const { return doc_; }
    Document& document() { return doc_; }
    ui::ViewId view() const { return view_; }
    void showView(ui::ViewId v) { view_ = v; }
    const ui::MapViewState& mapState() const { return map_; }

    // Applies what views asked for; public so tests and the platform can drive it.
    void apply(const Intent& intent);

private:
    void drawCurrentView(Intents& out);

    Document doc_;
    ui::ViewId view_ = ui::ViewId::Map;
    // Per-view state that outlives a frame (selection, scroll targets).
    ui::MapViewState map_;
};

// The compiled-in model and sample assessment, or a message saying what is
// wrong with them (a broken build, never the user's fault).
struct StartupResult {
    std::optional<Document> document;
    std::string error;
};
StartupResult loadBundledDocument();

}  // namespace smm
