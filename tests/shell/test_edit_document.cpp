// An open text field belongs to its document (issue 21): a link opened
// while typing waits for the keys already typed, ends the edit, then shows
// the link; another tab's version of the open entry is not taken over while
// typing, so two tabs typing into one entry keep both versions.
#include <catch2/catch_test_macros.hpp>

#include <imgui_internal.h>

#include "core/model_io.hpp"
#include "headless.hpp"
#include "shell/text_edit.hpp"
#include "shell/views/questionnaire/question_card.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"
#include "storage_tabs.hpp"

using smm::test::Headless;
using smm::test::Storage;

namespace {

// One tab drawn headless: the app over its own platform on shared storage.
struct TypingTab {
    explicit TypingTab(Headless& h, std::shared_ptr<Storage> storage) : h(h), platform(std::move(storage)) {
        smm::StartupResult start = smm::loadBundledDocument();
        REQUIRE(start.document);
        app = std::make_unique<smm::App>(std::move(*start.document), &platform);
        app->start();
    }
    void frame() { h.frame([&] { app->frame(); }); }
    void settle(int n = 4) {
        for (int i = 0; i < n; ++i) frame();
    }
    void click(ImVec2 at) {
        h.moveMouse(at);
        frame();
        h.mouseButton(true);
        frame();
        h.mouseButton(false);
        settle(3);
    }
    void type(char c) {
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
        frame();
    }
    // Starts typing in the note of the first question.
    int openNote() {
        app->showView(smm::ui::ViewId::Questionnaire);
        settle();
        h.key(ImGuiKey_DownArrow, true);
        frame();
        h.key(ImGuiKey_DownArrow, false);
        settle();
        const int q = app->questionnaireState().focusedQuestion;
        REQUIRE(q >= 0);
        const auto card = smm::test::item(smm::ui::questionCardName(q));
        const auto note = smm::ui::findItemIn(card, "##note" + std::to_string(q));
        REQUIRE(note.has_value());
        click(note->centre());
        REQUIRE(smm::ui::editingText());
        return q;
    }
    std::string storedNote(const std::string& id, int q) {
        auto it = platform.storage->find(smm::kEntryPrefix + id);
        if (it == platform.storage->end()) return "<none>";
        smm::LibraryEntry e;
        REQUIRE(smm::entryFromJson(it->second, e));
        auto loaded = smm::loadAssessment(e.assessment, app->document().model());
        REQUIRE(loaded.ok());
        return loaded.value->answers[static_cast<std::size_t>(q)].note;
    }
    Headless& h;
    smm::test::MemoryPlatform platform;
    std::unique_ptr<smm::App> app;
    smm::test::ItemRegistry registry{};
};

}  // namespace

TEST_CASE("a link opened while typing: the keys typed before reach the user's own entry, none the link's",
          "[storage][issue21]") {
    Headless h;
    auto storage = std::make_shared<Storage>();
    TypingTab tab(h, storage);
    tab.app->apply(smm::NewAssessment{});
    tab.settle();
    const std::string mine = tab.app->workspace().library().currentId();
    const int q = tab.openNote();
    tab.type('a');
    tab.type('b');
    const std::string link = smm::test::shareFragment(tab.app->document(), "Shared Co");
    ImGui::GetIO().AddInputCharacter('c');  // typed, not yet drawn, when the link arrives
    tab.app->openLink(link);
    tab.frame();
    tab.type('d');  // after the link: the edit has ended
    tab.settle();

    CHECK(tab.storedNote(mine, q) == "abc");
    CHECK(tab.app->workspace().previewingShared());  // the link shows, unchanged: no copy kept
    CHECK(tab.app->document().assessment().organisation == "Shared Co");
    CHECK(tab.app->document().assessment().answers[static_cast<std::size_t>(q)].note.empty());
    CHECK(tab.app->workspace().library().entries().size() == 1);
}

TEST_CASE("two tabs typing into one entry at the same moment keep both versions", "[storage][issue21]") {
    Headless h;
    auto storage = std::make_shared<Storage>();
    TypingTab b(h, storage);
    b.app->apply(smm::NewAssessment{});
    b.settle();
    const std::string id = b.app->workspace().library().currentId();
    smm::test::WorkspaceTab a(storage);  // opens the same entry
    REQUIRE(a->library().currentId() == id);

    const int q = b.openNote();
    b.type('b');
    a->storageChanged();            // A takes B's version over, as each keystroke there does
    a->document().setNote(q, "a");  // and types at the same moment
    a->autosave();
    b.app->storageChanged();
    b.type('x');
    a->storageChanged();
    a->document().setNote(q, "ay");
    a->autosave();
    b.app->storageChanged();
    b.type('z');
    b.settle();

    // Both versions are stored: A's under the entry, B's beside it (and said so).
    smm::test::WorkspaceTab reloaded(storage);
    std::vector<std::string> notes;
    for (const auto& e : reloaded->library().entries()) notes.push_back(b.storedNote(e.id, q));
    std::sort(notes.begin(), notes.end());
    CHECK(notes == std::vector<std::string>{"ay", "bxz"});
    CHECK(smm::test::noticeSays(b.app->workspace(), "both versions are kept"));
}

TEST_CASE("a paste over the stated limit is refused with a notice before any field sees it", "[issue21]") {
    Headless h;
    auto storage = std::make_shared<Storage>();
    smm::test::MemoryPlatform platform(storage);
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document);
    smm::App app(std::move(*start.document), &platform);
    app.start();
    CHECK(app.acceptPaste(smm::App::kPasteLimitBytes));
    CHECK(app.workspace().notices().empty());
    CHECK_FALSE(app.acceptPaste(5 * 1024 * 1024));
    CHECK(smm::test::noticeSays(app.workspace(), "The pasted text is 5 MB; the paste box takes up to 256 KB"));
}
