// Saved work is never lost: several tabs sharing one storage, entries that
// fail to open, the old single-document library, previews of links and of
// the sample, storage that refuses to save. Each "tab" is a Workspace over
// the same in-memory storage, as tabs share localStorage.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>

#include "core/model_io.hpp"
#include "core/share_code.hpp"
#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/workspace.hpp"

using smm::Workspace;
using smm::test::MemoryPlatform;
using smm::test::Storage;

namespace {

// One browser tab: its own platform object over the shared storage.
struct Tab {
    explicit Tab(std::shared_ptr<Storage> storage, std::string_view fragment = {}) : platform(std::move(storage)) {
        smm::StartupResult start = smm::loadBundledDocument();
        REQUIRE(start.document);
        workspace = std::make_unique<Workspace>(std::move(*start.document), &platform);
        workspace->start(fragment);
    }
    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }
    MemoryPlatform platform;
    std::unique_ptr<Workspace> workspace;
};

std::vector<std::string> titles(const smm::Library& library) {
    std::vector<std::string> out;
    for (const auto& e : library.entries()) out.push_back(e.title);
    std::sort(out.begin(), out.end());
    return out;
}

bool hasNotice(const Workspace& w, const std::string& part) {
    const auto& items = w.notices().items();
    return std::any_of(items.begin(), items.end(), [&](const smm::Notice& n) {
        return n.title.find(part) != std::string::npos;
    });
}

std::size_t entryKeys(const Storage& s) {
    return std::count_if(s.begin(), s.end(), [](const auto& kv) {
        return kv.first.rfind(smm::kEntryPrefix, 0) == 0 && kv.first.find(smm::kUnreadableSuffix) == std::string::npos;
    });
}

// A fresh tab's own first entry, named `name`.
void startOwn(Tab& tab, const std::string& name) {
    tab->newAssessment();
    tab->document().setOrganisation(name);
    tab->autosave();
}

}  // namespace

TEST_CASE("a first visit shows the sample as a sample and stores nothing until it is changed", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    CHECK(tab->preview() == smm::PreviewKind::Sample);
    CHECK(tab->library().entries().empty());
    CHECK(entryKeys(*storage) == 0);

    tab->document().setAnswer(0, 1);
    tab->autosave();
    CHECK(tab->preview() == smm::PreviewKind::None);
    CHECK(entryKeys(*storage) == 1);
    CHECK(hasNotice(*tab, "changes to the sample are kept"));

    Tab reloaded(storage);
    CHECK(reloaded->preview() == smm::PreviewKind::None);
    CHECK(reloaded->document().assessment().answers[0].option == 1);
}

TEST_CASE("two tabs editing different entries lose nothing", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    startOwn(a, "Alpha");
    Tab b(storage);  // opened before A makes its second entry; shows Alpha
    startOwn(a, "Alpha two");
    b->document().setOrganisation("Alpha renamed in B");
    b->autosave();  // writes only its own entry, never A's list

    Tab reloaded(storage);
    CHECK(titles(reloaded->library()) == std::vector<std::string>{"Alpha renamed in B", "Alpha two"});
}

TEST_CASE("a tab learns of another tab's change to the open entry and shows it", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    startOwn(a, "Shared");
    Tab b(storage);
    REQUIRE(b->library().currentId() == a->library().currentId());

    // Options 0 and 1 exist on every question (some are yes/no facts).
    a->document().setAnswer(0, 1);
    a->autosave();
    b->storageChanged();
    CHECK(b->document().assessment().answers[0].option == 1);
    CHECK(hasNotice(*b, "changed in another tab"));

    b->document().setAnswer(1, 1);  // on top of A's change: no conflict
    b->autosave();
    Tab reloaded(storage);
    CHECK(reloaded->library().entries().size() == 1);
    CHECK(reloaded->document().assessment().answers[0].option == 1);
    CHECK(reloaded->document().assessment().answers[1].option == 1);
}

TEST_CASE("a conflicting edit of the same entry keeps both versions and says so", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    startOwn(a, "Shared");
    Tab b(storage);
    a->document().setAnswer(0, 1);
    a->autosave();
    b->document().setAnswer(0, 0);  // B has not heard of A's change yet
    b->autosave();
    CHECK(hasNotice(*b, "both versions are kept"));
    CHECK(b->document().assessment().answers[0].option == 0);  // B keeps showing its own

    Tab reloaded(storage);
    REQUIRE(reloaded->library().entries().size() == 2);
    std::vector<int> firstAnswers;
    for (const auto& e : reloaded->library().entries()) {
        auto loaded = smm::loadAssessment(e.assessment, reloaded->document().model());
        REQUIRE(loaded.ok());
        firstAnswers.push_back(loaded.value->answers[0].option);
    }
    std::sort(firstAnswers.begin(), firstAnswers.end());
    CHECK(firstAnswers == std::vector<int>{0, 1});
}

// Autosave knows the other tab changed nothing by comparing the stored text
// with the text it last wrote, without reading it: a change there must still
// be found after many quick saves here, and after it, saving stays quiet.
TEST_CASE("a conflicting edit is still found after many quick saves in both tabs", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    startOwn(a, "Shared");
    Tab b(storage);
    for (const char* typed : {"S", "Sh", "Sha", "Shared by B"}) {
        b->document().setOrganisation(typed);
        b->autosave();
    }
    CHECK_FALSE(hasNotice(*b, "both versions are kept"));
    const std::string sharedId = a->library().currentId();

    a->document().setAnswer(0, 1);  // A has not heard of B's typing
    a->autosave();
    CHECK(hasNotice(*a, "both versions are kept"));
    CHECK(a->library().currentId() != sharedId);
    a->notices().clear();
    for (int option : {0, 1}) {  // A's own copy now: no conflict with itself
        a->document().setAnswer(1, option);
        a->autosave();
    }
    CHECK_FALSE(hasNotice(*a, "both versions are kept"));

    Tab reloaded(storage);
    CHECK(titles(reloaded->library()) == std::vector<std::string>{"Shared", "Shared by B"});
    for (const auto& e : reloaded->library().entries()) {
        auto loaded = smm::loadAssessment(e.assessment, reloaded->document().model());
        REQUIRE(loaded.ok());
        const bool bs = e.id == sharedId;
        CHECK(loaded.value->organisation == (bs ? "Shared by B" : "Shared"));
        CHECK(loaded.value->answers[0].option == (bs ? smm::Answer::Unanswered : 1));
        CHECK(loaded.value->answers[1].option == (bs ? smm::Answer::Unanswered : 1));
    }
}

TEST_CASE("a workshop changed in another tab is noticed when this tab types, and both workshops are kept", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    a->startWorkshop({});
    a->autosave();
    REQUIRE(a->document().workshop());
    Tab b(storage);
    REQUIRE(b->document().workshop());
    b->document().setOrganisation("Typed in B");
    b->autosave();
    b->document().setOrganisation("Typed in B again");
    b->autosave();  // B's workshop part is unchanged and reused
    CHECK_FALSE(hasNotice(*b, "both versions are kept"));

    a->setRevealed(true);  // only the workshop part changes in A, which has not heard of B
    a->autosave();
    CHECK(hasNotice(*a, "both versions are kept"));

    Tab reloaded(storage);
    REQUIRE(reloaded->library().entries().size() == 2);
    int revealed = 0;
    for (const auto& e : reloaded->library().entries()) {
        REQUIRE(smm::isWorkshopEntry(e));
        reloaded->switchTo(e.id);
        REQUIRE(reloaded->document().workshop());
        revealed += reloaded->document().workshop()->revealed ? 1 : 0;
    }
    CHECK(revealed == 1);
}

TEST_CASE("what autosave stores is the entry format every version reads", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    tab->startWorkshop({});
    tab->document().setOrganisation("Format");
    tab->autosave();
    const std::string id = tab->library().currentId();
    const std::string stored = (*storage)[std::string(smm::kEntryPrefix) + id];
    smm::LibraryEntry read;
    REQUIRE(smm::entryFromJson(stored, read));
    CHECK(smm::entryToJson(read) == stored);  // compact, the same field order, the texts embedded as JSON
    CHECK(stored.find("\"participants\":{\"schemaVersion\"") != std::string::npos);
    CHECK(read.revision == tab->library().knownRevision(id));
}

TEST_CASE("an entry deleted in another tab while open here is written back, not lost", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    startOwn(a, "Kept");
    Tab b(storage);
    b->removeCurrent();
    a->storageChanged();
    a->document().setAnswer(0, 1);
    a->autosave();
    Tab reloaded(storage);
    CHECK(titles(reloaded->library()) == std::vector<std::string>{"Kept"});
}

TEST_CASE("a saved entry that fails to open is kept aside, reported, never overwritten, and downloadable", "[storage]") {
    auto storage = std::make_shared<Storage>();
    const std::string broken =
        R"({"version":2,"id":"x1","title":"From a link","model":"social-media","revision":3,)"
        R"("assessment":{"schemaVersion":1,"model":"social-media","organisation":"From a link",)"
        R"("answers":{"not-a-question":{"answer":"all"}}}})";
    (*storage)[std::string(smm::kEntryPrefix) + "x1"] = broken;
    (*storage)[smm::kCurrentKey] = "x1";

    Tab tab(storage);
    CHECK(hasNotice(*tab, "could not be opened"));
    CHECK(tab->library().currentId().empty());
    CHECK(tab->library().isKeptAside("x1"));
    tab->document().setAnswer(0, 1);  // the sample, changed: kept as a new entry
    tab->autosave();
    CHECK((*storage)[std::string(smm::kEntryPrefix) + "x1"] == broken);
    CHECK(tab->library().currentId() != "x1");

    tab->switchTo("x1");  // still fails: what is open stays open
    CHECK(tab->library().currentId() != "x1");
    tab->exportUnopened("x1");
    REQUIRE(tab.platform.downloads.size() == 1);
    CHECK(tab.platform.downloads[0].second == broken);

    Tab again(storage);
    CHECK((*storage)[std::string(smm::kEntryPrefix) + "x1"] == broken);
    CHECK(again->library().currentId() != "x1");
}

TEST_CASE("an entry for a model that is not loaded is kept, not replaced by the sample", "[storage]") {
    auto storage = std::make_shared<Storage>();
    const std::string other =
        R"({"version":2,"id":"m1","title":"Custom","model":"custom-model","revision":1,)"
        R"("assessment":{"schemaVersion":1,"model":"custom-model","organisation":"Custom"}})";
    (*storage)[std::string(smm::kEntryPrefix) + "m1"] = other;
    Tab tab(storage);
    CHECK(hasNotice(*tab, "needs a model that is not loaded"));
    tab->document().setOrganisation("Changed sample");
    tab->autosave();
    CHECK((*storage)[std::string(smm::kEntryPrefix) + "m1"] == other);
}

TEST_CASE("damaged stored text is moved aside, never overwritten", "[storage]") {
    auto storage = std::make_shared<Storage>();
    const std::string key = std::string(smm::kEntryPrefix) + "bad";
    (*storage)[key] = "{not json";
    Tab tab(storage);
    CHECK(hasNotice(*tab, "could not be read"));
    CHECK((*storage)[key + smm::kUnreadableSuffix] == "{not json");
}

TEST_CASE("the old single-document library is migrated without loss", "[storage]") {
    auto storage = std::make_shared<Storage>();
    const std::string legacy =
        R"({"version":1,"current":"a2","next":2147483647,"entries":[)"
        R"({"id":"a1","title":"One","model":"social-media","assessment":{"schemaVersion":1,"model":"social-media","organisation":"One"}},)"
        R"({"id":"a2","title":"Two","model":"social-media","assessment":{"schemaVersion":1,"model":"social-media","organisation":"Two","answers":{}}}]})";
    (*storage)[smm::kLegacyLibraryKey] = legacy;
    Tab tab(storage);
    CHECK(titles(tab->library()) == std::vector<std::string>{"One", "Two"});
    CHECK(tab->document().assessment().organisation == "Two");  // the old current one
    CHECK(storage->count(smm::kLegacyLibraryKey) == 0);
    CHECK((*storage)[std::string(smm::kLegacyLibraryKey) + ".migrated"] == legacy);

    startOwn(tab, "Three");  // ids do not overflow whatever the old counter said
    Tab reloaded(storage);
    CHECK(titles(reloaded->library()) == std::vector<std::string>{"One", "Three", "Two"});
}

TEST_CASE("an unreadable old library is kept aside and reported", "[storage]") {
    auto storage = std::make_shared<Storage>();
    (*storage)[smm::kLegacyLibraryKey] = "[1,2";
    Tab tab(storage);
    CHECK(hasNotice(*tab, "could not be read"));
    CHECK((*storage)[std::string(smm::kLegacyLibraryKey) + smm::kUnreadableSuffix] == "[1,2");
}

TEST_CASE("a link stays in the address bar while previewed; a change keeps a copy", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab own(storage);
    startOwn(own, "Mine");
    smm::Assessment shared = own->document().assessment();
    shared.organisation = "Theirs";
    const std::string fragment = "#a=" + smm::encodeShareCode(own->document().model(), shared);

    Tab tab(storage, fragment);
    CHECK(tab->preview() == smm::PreviewKind::SharedLink);
    CHECK(tab.platform.fragmentCleared == 0);
    CHECK(entryKeys(*storage) == 1);
    tab->document().setAnswer(2, 1);
    tab->autosave();
    CHECK(tab->preview() == smm::PreviewKind::None);
    CHECK(tab.platform.fragmentCleared == 1);
    CHECK(hasNotice(*tab, "shared assessment are kept"));

    Tab reloaded(storage);
    CHECK(titles(reloaded->library()) == std::vector<std::string>{"Mine", "Theirs"});
}

TEST_CASE("a crafted link with an invalid UTF-8 organisation is kept without throwing", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    smm::Assessment a = tab->document().assessment();
    a.organisation = "Bad \xC3\x28 name";
    tab->document().replaceAssessment(a);
    REQUIRE_NOTHROW(tab->keepSharedCopy());
    REQUIRE_NOTHROW(tab->autosave());
    Tab reloaded(storage);
    CHECK(reloaded->library().entries().size() == 1);
    CHECK(reloaded->document().assessment().organisation.find("Bad") == 0);
}

TEST_CASE("storage that refuses to save says so and keeps the work open", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    startOwn(tab, "Full");
    tab.platform.refuseWrites = true;
    tab->document().setAnswer(0, 1);
    tab->autosave();
    CHECK(hasNotice(*tab, "Not saved yet"));
    CHECK(tab->document().assessment().answers[0].option == 1);
}

TEST_CASE("a note on an unanswered question survives a reload", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    startOwn(tab, "Notes");
    tab->document().setNote(3, "ask the social media team");
    tab->autosave();
    Tab reloaded(storage);
    CHECK(reloaded->document().assessment().answers[3].option == smm::Answer::Unanswered);
    CHECK(reloaded->document().assessment().answers[3].note == "ask the social media team");
}

TEST_CASE("every saved entry that cannot be opened is kept aside at start-up, not only the remembered one", "[storage]") {
    auto storage = std::make_shared<Storage>();
    Tab first(storage);
    startOwn(first, "Good");
    (*storage)[std::string(smm::kEntryPrefix) + "0bad"] =
        R"({"version":2,"id":"0bad","title":"Bad","model":"social-media","revision":1,)"
        R"("assessment":{"schemaVersion":1,"model":"social-media","targets":{"nope":1}}})";
    Tab tab(storage);
    CHECK(tab->document().assessment().organisation == "Good");
    CHECK(tab->library().isKeptAside("0bad"));
}

// The same table as the core suite, opened as a user would (File menu or a
// drop): a specific error in a notice, and nothing the user had changes.
#include "../core/bad_inputs.hpp"

TEST_CASE("every bad input of issue 10, imported, changes nothing and says why", "[storage][bad-input]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    startOwn(tab, "Kept safe");
    const Storage before = *storage;
    const smm::Assessment open = tab->document().assessment();
    for (const smm::test::BadInputCase& c : smm::test::badInputs()) {
        INFO(c.name);
        tab->notices().clear();
        REQUIRE_NOTHROW(tab->openFile("bad.json", c.make(tab->document().model())));
        const auto& items = tab->notices().items();
        REQUIRE(items.size() == 1);
        CHECK(items[0].kind == smm::Notice::Kind::Error);
        const bool named = std::any_of(items[0].details.begin(), items[0].details.end(),
                                       [&](const std::string& d) { return d.find(c.expect) != std::string::npos; });
        INFO(items[0].title << ": " << (items[0].details.empty() ? "" : items[0].details[0]));
        CHECK(named);
        CHECK(tab->document().assessment() == open);
        CHECK(*storage == before);
    }
}
