// Big files and pastes in slices (Workspace::beginOpenFile, beginCollectPasted;
// App::work): the same result as the one-call paths, however it is sliced; a
// document changed in the middle gets nothing and loses nothing; a bad file
// leaves what the user had; the app shows what it is doing before doing it,
// takes no input meanwhile and runs what arrived (a second file, a link) after.
#include <catch2/catch_test_macros.hpp>

#include <memory>
#include <string>
#include <vector>

#include "core/workshop_codes.hpp"
#include "core/workshop_io.hpp"
#include "headless.hpp"
#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/storage_wording.hpp"
#include "shell/workspace.hpp"

using smm::Workspace;
using smm::test::MemoryPlatform;

namespace {

std::unique_ptr<Workspace> workspace(MemoryPlatform& platform) {
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document);
    auto w = std::make_unique<Workspace>(std::move(*start.document), &platform);
    w->start({});
    return w;
}

smm::WorkshopSetup setupFor(const smm::Model& model) {
    smm::WorkshopSetup s;
    s.organisation = "Slices Ltd";
    s.date = "2026-12-07";
    for (int g = 0; g < static_cast<int>(model.roleGroups.size()) && g < 3; ++g) s.groups.push_back(g);
    return s;
}

// Participant `p`'s answers: each question its own option, so every response differs.
smm::Response participant(const smm::Model& model, int p) {
    smm::Response r;
    r.id = "resp-" + std::to_string(p);
    r.assessment = smm::makeBlankAssessment(model);
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        const int options = static_cast<int>(model.optionsFor(static_cast<int>(q)).size());
        r.assessment.answers[q].option = static_cast<int>((p + q) % static_cast<std::size_t>(options));
    }
    return r;
}

// `n` response codes, one a line, with one twice, one damaged and a word that is no code.
std::string pastedCodes(const Workspace& w, int n) {
    const smm::Model& model = w.document().model();
    const std::string id = w.document().workshop()->setup.id;
    std::string text, first;
    for (int p = 0; p < n; ++p) {
        const std::string code = smm::encodeResponse(model, id, participant(model, p));
        if (p == 0) first = code;
        text += code + (p % 7 == 3 ? "  " : "\n");
    }
    std::string damaged = first;
    damaged[damaged.size() - 3] = damaged[damaged.size() - 3] == 'A' ? 'B' : 'A';
    return text + first + "\nthanks everyone\n" + damaged + "\n";
}

// A file of workshop `id` with `n` participants; `broken` >= 0 spoils that one's answers.
std::string workshopFile(const smm::Model& model, int n, int broken = -1, const std::string& id = "ws-file") {
    smm::Workshop ws;
    ws.setup = setupFor(model);
    ws.setup.id = id;
    for (int p = 0; p < n; ++p) ws.responses.push_back(participant(model, p));
    std::string text = smm::saveWorkshop(model, ws, nullptr, false);
    if (broken >= 0) {
        const std::string needle = "\"resp-" + std::to_string(broken) + "\"";
        const std::size_t at = text.find(needle);
        REQUIRE(at != std::string::npos);
        const std::size_t answers = text.rfind("\"answers\"", at);
        REQUIRE(answers != std::string::npos);
        text.replace(answers, 9, "\"answers\":7,\"was\"");
    }
    return text;
}

std::string workshopJson(const Workspace& w) {
    REQUIRE(w.document().workshop());
    return smm::saveWorkshop(w.document().model(), *w.document().workshop(), &w.document().assessment(), false);
}

std::vector<std::string> noticeTexts(const Workspace& w) {
    std::vector<std::string> out;
    for (const smm::Notice& n : w.notices().items()) {
        out.push_back(n.title);
        out.insert(out.end(), n.details.begin(), n.details.end());
    }
    return out;
}

void runSliced(Workspace& w, std::size_t count) {
    for (int guard = 0; w.busy() && guard < 100000; ++guard) w.stepBusy(count);
    REQUIRE_FALSE(w.busy());
}

// A tab with a workshop open (one response in), and `more` tabs with the same
// workshop opened from its file: the same id, so the same codes go into each.
struct Room {
    std::vector<std::unique_ptr<MemoryPlatform>> platforms;
    std::vector<std::unique_ptr<Workspace>> tabs;
    explicit Room(int count) {
        for (int i = 0; i < count; ++i) {
            platforms.push_back(std::make_unique<MemoryPlatform>());
            tabs.push_back(workspace(*platforms.back()));
        }
        Workspace& first = *tabs[0];
        first.startWorkshop(setupFor(first.document().model()));
        const smm::Model& model = first.document().model();
        first.collectPasted(smm::encodeResponse(model, first.document().workshop()->setup.id, participant(model, 999)));
        const std::string file = workshopJson(first);
        for (int i = 1; i < count; ++i) {
            tabs[i]->openFile("workshop.json", file);
            REQUIRE(tabs[i]->document().workshop());
            REQUIRE(tabs[i]->document().workshop()->setup.id == first.document().workshop()->setup.id);
        }
        for (auto& t : tabs) t->notices().clear();
    }
    Workspace& operator[](int i) { return *tabs[static_cast<std::size_t>(i)]; }
};

}  // namespace

TEST_CASE("a paste collected in slices ends as the one-call paste does") {
    Room room(4);
    const std::string text = pastedCodes(room[0], 60);
    const std::string kept = room[0].collectPasted(text);
    CHECK(kept.find("thanks everyone") != std::string::npos);
    const std::size_t counts[] = {1, 7, 100000};
    for (int i = 1; i <= 3; ++i) {
        INFO("slices of " << counts[i - 1]);
        Workspace& w = room[i];
        const std::size_t revision = w.document().revision();
        w.beginCollectPasted(text);
        REQUIRE(w.busy());
        CHECK(w.busyStatus().progress.find("Collecting 0 of 64 responses") == 0);
        w.stepBusy(counts[i - 1]);
        if (counts[i - 1] == 1) {
            CHECK(w.busyStatus().progress.find("Collecting 1 of 64 responses") == 0);
            CHECK(w.document().revision() == revision);  // nothing in place before the last slice
        }
        if (counts[i - 1] == 100000) {  // all collected in one slice: saving them is the next
            REQUIRE(w.busy());
            CHECK(w.busyStatus().progress.find("Saving the workshop's 61 responses") == 0);
            CHECK(w.document().workshop()->responses.size() == 61);
        }
        runSliced(w, counts[i - 1]);
        CHECK(w.library().unsaved().empty());
        CHECK(w.takePasteBoxText() == kept);
        CHECK_FALSE(w.takePasteBoxText());  // given once
        CHECK(workshopJson(w) == workshopJson(room[0]));
        CHECK(noticeTexts(w) == noticeTexts(room[0]));
    }
    CHECK(room[0].document().workshop()->responses.size() == 61);
}

TEST_CASE("a file dropped on a workshop is collected in slices as in one call") {
    Room room(3);
    const smm::Model model = room[0].document().model();
    const std::string id = room[0].document().workshop()->setup.id;
    const std::string file = workshopFile(model, 50, -1, id);
    room[0].openFile("more.json", file);
    room[1].beginOpenFile("more.json", file);
    CHECK(room[1].busyStatus().title.find("Reading \"more.json\" (") == 0);
    room[1].stepBusy(5);  // the limits checked in the first slice, the whole file parsed in the second
    CHECK(room[1].busyStatus().progress == smm::wording::kReadingWhole);
    room[1].stepBusy(5);
    REQUIRE(room[1].busy());
    CHECK(room[1].busyStatus().progress.find("Collecting 0 of 50 responses") == 0);
    room[1].stepBusy(5);
    CHECK(room[1].busyStatus().progress.find("Collecting 5 of 50 responses") == 0);
    CHECK(room[1].busyStatus().fraction > 0.09f);
    runSliced(room[1], 5);
    CHECK(workshopJson(room[1]) == workshopJson(room[0]));
    CHECK(noticeTexts(room[1]) == noticeTexts(room[0]));
    CHECK(room[0].document().workshop()->responses.size() == 51);

    // A response that cannot be read is listed and the rest go in, sliced or not.
    const std::string spoilt = workshopFile(model, 30, 12, id);
    room[2].openFile("more.json", file);
    room[0].notices().clear();
    room[2].notices().clear();
    room[0].openFile("spoilt.json", spoilt);
    room[2].beginOpenFile("spoilt.json", spoilt);
    runSliced(room[2], 4);
    CHECK(workshopJson(room[2]) == workshopJson(room[0]));
    CHECK(noticeTexts(room[2]) == noticeTexts(room[0]));
    CHECK(room[2].notices().items().back().kind == smm::Notice::Kind::Error);
}

TEST_CASE("a workshop file opened in slices is the one-call import; a bad one leaves what the user had") {
    MemoryPlatform pa, pb;
    auto a = workspace(pa), b = workspace(pb);
    const smm::Model model = a->document().model();  // a copy: opening a file replaces the document
    const std::string file = workshopFile(model, 45);
    a->openFile("big.json", file);
    b->beginOpenFile("big.json", file);
    b->stepBusy(10);
    b->stepBusy(10);
    REQUIRE(b->busy());
    CHECK(b->busyStatus().progress.find("Reading 0 of 45 responses") == 0);
    CHECK_FALSE(b->document().workshop());  // nothing shown before the last slice
    runSliced(*b, 10);
    CHECK(workshopJson(*b) == workshopJson(*a));
    CHECK(noticeTexts(*b) == noticeTexts(*a));
    CHECK(b->library().entries().size() == a->library().entries().size());

    // A response broken in the middle: refused whole, the open assessment and storage untouched.
    b->newAssessment();
    const std::size_t entries = b->library().entries().size();
    b->document().setOrganisation("Typed before the drop");
    b->autosave();
    const smm::test::Storage saved = *pb.storage;
    b->beginOpenFile("broken.json", workshopFile(model, 45, 20));
    runSliced(*b, 3);
    CHECK(b->notices().items().back().title == "\"broken.json\" could not be imported; nothing was changed");
    CHECK(b->document().assessment().organisation == "Typed before the drop");
    CHECK(b->library().entries().size() == entries);
    CHECK(*pb.storage == saved);

    // Not JSON at all: refused in the first slice.
    b->beginOpenFile("junk.json", std::string(70000, '{'));
    runSliced(*b, 3);
    CHECK(b->notices().items().back().title.find("\"junk.json\" is not a JSON file") == 0);
    CHECK(*pb.storage == saved);
}

TEST_CASE("a document edited or switched in the middle of slices gets nothing and loses nothing") {
    Room room(2);
    Workspace& w = room[0];
    const std::string text = pastedCodes(w, 30);
    const std::string before = workshopJson(w);

    SECTION("an edit: the edit stays, the paste stays in the box") {
        w.beginCollectPasted(text);
        w.stepBusy(5);
        w.document().setOrganisation("Edited meanwhile");
        w.stepBusy(5);
        CHECK_FALSE(w.busy());
        CHECK(w.takePasteBoxText() == text);
        CHECK(w.document().assessment().organisation == "Edited meanwhile");
        CHECK(w.document().workshop()->responses.size() == 1);
        CHECK(w.notices().items().back().title == "What was pasted was not added");
    }
    SECTION("another document shown: nothing lands in it, the workshop is as it was") {
        const std::string workshopId = w.library().currentId();
        w.beginOpenFile("more.json", workshopFile(w.document().model(), 40, -1, w.document().workshop()->setup.id));
        w.stepBusy(5);
        w.stepBusy(5);
        w.newAssessment();
        const std::string other = w.library().currentId();
        w.stepBusy(5);
        CHECK_FALSE(w.busy());
        CHECK(w.notices().items().back().title == "\"more.json\" was not added");
        CHECK_FALSE(w.document().workshop());
        CHECK(w.library().currentId() == other);
        w.switchTo(workshopId);
        CHECK(workshopJson(w) == before);
    }
}

TEST_CASE("the app says what it reads before reading, takes no input meanwhile, then runs what waited") {
    smm::test::Headless h;
    MemoryPlatform platform;
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document);
    smm::App app(std::move(*start.document), &platform);
    app.start();
    app.apply(smm::StartWorkshop{setupFor(app.document().model())});
    smm::test::settle(h, app);
    const smm::Model model = app.document().model();
    const std::string id = app.document().workshop()->setup.id;
    const std::string file = workshopFile(model, 200, -1, id);
    REQUIRE(file.size() >= smm::App::kSlicedFromBytes);
    const unsigned revision = app.document().revision();

    app.openFile("room.json", file);
    REQUIRE(app.busy());
    app.work(1000.0);  // no frame has said what is coming: nothing is done yet
    CHECK(app.workspace().busyStatus().progress == smm::wording::kReadingWhole);
    h.frame([&] { app.frame(); });
    CHECK(h.drew("Reading \"room.json\""));
    CHECK(h.drew(smm::wording::kBusyHint));
    CHECK_FALSE(h.drew("Collect the responses"));  // no view, no control

    // Meanwhile: an answer is not taken, a second file and a link wait their turn.
    app.apply(smm::SetAnswer{0, 1});
    app.openFile("second.json", workshopFile(model, 3, -1, id));
    CHECK(app.document().revision() == revision);
    app.work(0.0);  // one step: the limits checked
    app.work(0.0);  // and one: the file parsed
    h.frame([&] { app.frame(); });
    CHECK(h.drew("Collecting 0 of 200 responses"));
    app.work(0.0);
    h.frame([&] { app.frame(); });
    CHECK(h.drew("Collecting 20 of 200 responses"));
    for (int i = 0; i < 1000 && app.busy(); ++i) {
        app.work(5.0);
        h.frame([&] { app.frame(); });
    }
    REQUIRE_FALSE(app.busy());
    CHECK(app.document().workshop()->responses.size() == 200);
    h.frame([&] { app.frame(); });  // the second file ran after the first: 3 of the same participants, already in
    CHECK(app.document().workshop()->responses.size() == 200);
    CHECK(app.workspace().notices().items().back().title == "3 already in from \"second.json\"");
}
