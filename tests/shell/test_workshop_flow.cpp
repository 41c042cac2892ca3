// A workshop from start to finish, each person on their own device (their
// own storage): the facilitator sets up and invites; participants open the
// link, pick a group, answer, reload, and send; the facilitator pastes every
// link at once (one twice, one damaged), reveals, records decisions, reloads,
// exports the workshop and opens it elsewhere unchanged.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>

#include "core/links.hpp"
#include "core/workshop_io.hpp"
#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/workspace.hpp"

using smm::Workspace;
using smm::test::MemoryPlatform;
using smm::test::Storage;

namespace {

struct Device {
    explicit Device(std::shared_ptr<Storage> storage, std::string_view fragment = {}) : platform(std::move(storage)) {
        smm::StartupResult start = smm::loadBundledDocument();
        REQUIRE(start.document);
        workspace = std::make_unique<Workspace>(std::move(*start.document), &platform);
        workspace->start(fragment);
    }
    Workspace* operator->() { return workspace.get(); }
    MemoryPlatform platform;
    std::unique_ptr<Workspace> workspace;
};

bool hasNotice(Workspace& w, const std::string& part) {
    for (const smm::Notice& n : w.notices().items()) {
        if (n.title.find(part) != std::string::npos) return true;
        for (const std::string& d : n.details)
            if (d.find(part) != std::string::npos) return true;
    }
    return false;
}

std::string fragmentOf(const std::string& link) { return link.substr(link.find('#')); }

// A participant answers every question with `option` (or the nearest it has).
std::string participate(const std::string& invitation, const std::string& group, int option) {
    auto storage = std::make_shared<Storage>();
    std::string link;
    {
        Device phone(storage, fragmentOf(invitation));
        REQUIRE(phone->document().invitation());
        const smm::Model& m = phone->document().model();
        phone->setParticipantGroup(m.findRoleGroup(group));
        for (std::size_t q = 0; q < m.questions.size(); ++q)
            phone->document().setAnswer(static_cast<int>(q),
                                        std::min<int>(option, static_cast<int>(m.optionsFor(static_cast<int>(q)).size()) - 1));
        phone->document().setNote(0, "Seen at the town hall");
        phone->autosave();
    }
    // Reloaded from the invitation link: the same answers, not a fresh start.
    Device again(storage, fragmentOf(invitation));
    REQUIRE(again->document().invitation());
    CHECK(again->document().score().answered == again->document().score().total);
    CHECK(again->document().assessment().answers[0].note == "Seen at the town hall");
    CHECK(again->library().entries().size() == 1);
    again->sendAnswers(false);
    link = again.platform.copied;
    REQUIRE(link.find("#r=") != std::string::npos);
    again->sendAnswers(true);
    REQUIRE(again.platform.downloads.size() == 1);
    CHECK(again.platform.downloads[0].first.find("-answers.json") != std::string::npos);
    CHECK(again.platform.downloads[0].second.find("Seen at the town hall") != std::string::npos);  // notes travel in the file
    return link;
}

}  // namespace

TEST_CASE("a workshop end to end, nobody's answers lost or counted twice") {
    auto facilitatorStorage = std::make_shared<Storage>();
    std::string invitation;
    {
        Device laptop(facilitatorStorage);
        smm::WorkshopSetup setup;
        setup.organisation = "Northwind Traders";
        setup.date = "2026-11-30";
        setup.purpose = "Where do we stand?";
        setup.expected = 8;
        const smm::Model& m = laptop->document().model();
        setup.groups = {m.findRoleGroup("it"), m.findRoleGroup("marketing"), m.findRoleGroup("executive")};
        laptop->startWorkshop(setup);
        REQUIRE(laptop->document().workshop());
        CHECK_FALSE(laptop->document().workshop()->revealed);
        invitation = laptop->invitationLink();
        CHECK(invitation.find("#w=") != std::string::npos);
    }

    std::vector<std::string> links;
    for (int i = 0; i < 3; ++i) links.push_back(participate(invitation, "it", 3));
    for (int i = 0; i < 3; ++i) links.push_back(participate(invitation, "marketing", 0));
    links.push_back(participate(invitation, "executive", 2));
    std::string damaged = links[1];
    damaged[damaged.size() - 8] = damaged[damaged.size() - 8] == 'Q' ? 'R' : 'Q';

    Device laptop(facilitatorStorage);
    REQUIRE(laptop->document().workshop());
    std::string pasted;
    for (const std::string& l : links) pasted += l + "\n";
    pasted += links[0] + "\n" + damaged + "\n";
    laptop->collectPasted(pasted);
    const smm::Workshop* w = laptop->document().workshop();
    REQUIRE(w);
    CHECK(w->responses.size() == 7);
    CHECK(hasNotice(*laptop.workspace, "Added 7 responses, 1 already in, 1 could not be read"));
    CHECK(hasNotice(*laptop.workspace, "7 of 8"));
    REQUIRE(laptop->document().group());
    // The map is the room's median: IT answered the top, marketing nothing, the executive in between.
    CHECK(laptop->document().group()->participants == 7);

    laptop->setRevealed(true);
    const int action = laptop->document().roadmap().items.empty() ? 0 : laptop->document().roadmap().items[0].action;
    laptop->setDecision({action, "Ana", "2027-02"});
    laptop->document().setTarget(0, 3);
    laptop->autosave();

    // A reload keeps everything; the export opens elsewhere unchanged.
    Device reloaded(facilitatorStorage);
    REQUIRE(reloaded->document().workshop());
    CHECK(*reloaded->document().workshop() == *laptop->document().workshop());
    CHECK(reloaded->document().assessment().targets[0] == 3);
    reloaded->exportAs(smm::ExportFormat::Json);
    REQUIRE(reloaded.platform.downloads.size() == 1);
    Device colleague(std::make_shared<Storage>());
    colleague->openFile("workshop.json", reloaded.platform.downloads[0].second);
    REQUIRE(colleague->document().workshop());
    CHECK(*colleague->document().workshop() == *laptop->document().workshop());
    CHECK(colleague->document().assessment().targets[0] == 3);
}

TEST_CASE("a response link opened in the facilitator's browser goes into its workshop") {
    auto storage = std::make_shared<Storage>();
    std::string invitation;
    {
        Device laptop(storage);
        laptop->startWorkshop({});
        invitation = laptop->invitationLink();
        laptop->newAssessment();  // something else is open when the link arrives
    }
    const std::string link = participate(invitation, "it", 1);
    Device laptop(storage, fragmentOf(link));
    REQUIRE(laptop->document().workshop());
    CHECK(laptop->document().workshop()->responses.size() == 1);

    Device stranger(std::make_shared<Storage>(), fragmentOf(link));
    CHECK_FALSE(stranger->document().workshop());
    CHECK(hasNotice(*stranger.workspace, "not kept in this browser"));
}

TEST_CASE("a damaged invitation says so and changes nothing") {
    auto storage = std::make_shared<Storage>();
    Device phone(storage, "#w=eyJ2IjoxLCJtIjoic29jaWFsLW1lZGlhIn0AAAAA");
    CHECK_FALSE(phone->document().invitation());
    CHECK(hasNotice(*phone.workspace, "workshop link could not be opened"));
    CHECK(phone->library().entries().empty());
}

TEST_CASE("over time: a follow-up keeps the targets, and the Overview compares it with the earlier one") {
    Device laptop(std::make_shared<Storage>());
    laptop->newAssessment();
    laptop->document().setOrganisation("Contoso");
    smm::Assessment first = laptop->document().assessment();
    first.date = "2026-05-01";
    for (std::size_t q = 0; q < first.answers.size(); ++q) first.answers[q].option = 0;
    first.targets[0] = 3;
    laptop->document().replaceAssessment(first);
    laptop->autosave();
    laptop->newAssessment();  // another organisation's work is not part of the history
    laptop->document().setOrganisation("Fabrikam");
    laptop->autosave();
    REQUIRE(laptop->library().entries().size() == 2);
    laptop->switchTo(laptop->library().entries().front().id);
    laptop->startFollowUp();
    const smm::Assessment& next = laptop->document().assessment();
    CHECK(next.organisation == "Contoso");
    CHECK(next.targets[0] == 3);
    CHECK(laptop->document().score().answered == 0);
    CHECK(next.date != "2026-05-01");

    // Better answers in the follow-up: the comparison says what moved.
    const smm::Model& m = laptop->document().model();
    for (std::size_t q = 0; q < m.questions.size(); ++q)
        laptop->document().setAnswer(static_cast<int>(q), static_cast<int>(m.optionsFor(static_cast<int>(q)).size()) - 1);
    laptop->autosave();
    const std::vector<smm::EarlierVersion> versions = laptop->otherVersions();
    REQUIRE(versions.size() == 1);
    CHECK(versions[0].date == "2026-05-01");
    std::optional<smm::Progress> progress = laptop->progressSince(versions[0].id);
    REQUIRE(progress);
    CHECK(progress->date == "2026-05-01");
    CHECK(progress->comparison.overallAfter > progress->comparison.overallBefore);
    for (const smm::DimensionChange& d : progress->comparison.dimensions) CHECK(d.after >= d.before);
}

TEST_CASE("the facilitator's group names reach the participant; renaming later keeps the responses") {
    auto storage = std::make_shared<Storage>();
    Device laptop(storage);
    const smm::Model& base = laptop->document().model();
    const int it = base.findRoleGroup("it"), mk = base.findRoleGroup("marketing");
    smm::WorkshopSetup setup;
    setup.groups = {it, mk};
    setup.groupNames = {"Tech team", "Brand"};
    laptop->startWorkshop(setup);
    const std::string invitation = laptop->invitationLink();
    {
        Device phone(std::make_shared<Storage>(), fragmentOf(invitation));
        REQUIRE(phone->document().invitation());
        CHECK(phone->document().model().roleGroups[static_cast<std::size_t>(it)].name == "Tech team");
        CHECK(phone->document().model().roleGroups[static_cast<std::size_t>(mk)].name == "Brand");
    }
    const std::string answer = participate(invitation, "it", 2);
    CHECK(laptop->collectPasted(answer).empty());
    CHECK(hasNotice(*laptop.workspace, "Tech team 1"));

    // Renamed after a response came in: the response stays, under the new name, and the link follows.
    CHECK(laptop->changeGroups({it, mk}, {"Engineering", "Brand"}));
    REQUIRE(laptop->document().workshop()->responses.size() == 1);
    CHECK(smm::responseCount(laptop->document().model(), *laptop->document().workshop()) == "1 response: Engineering 1");
    CHECK(laptop->invitationLink() != invitation);
    {
        Device late(std::make_shared<Storage>(), fragmentOf(laptop->invitationLink()));
        CHECK(late->document().model().roleGroups[static_cast<std::size_t>(it)].name == "Engineering");
    }
    // Removing the group with the response is refused with the reason; nothing changes.
    const smm::WorkshopSetup before = laptop->document().workshop()->setup;
    CHECK_FALSE(laptop->changeGroups({mk}, {"Brand"}));
    CHECK(hasNotice(*laptop.workspace, "\"Engineering\" has 1 response"));
    CHECK(laptop->document().workshop()->setup == before);

    // Reloaded: the names are kept.
    laptop->autosave();
    Device reloaded(storage);
    REQUIRE(reloaded->document().workshop());
    CHECK(reloaded->document().model().roleGroups[static_cast<std::size_t>(it)].name == "Engineering");
}

TEST_CASE("pasting: what could not be read is handed back for the box, what went in is not") {
    Device laptop(std::make_shared<Storage>());
    laptop->startWorkshop({});
    const std::string good = participate(laptop->invitationLink(), "it", 1);
    const std::string kept = laptop->collectPasted("hello!\n" + good + "\nhttps://example.com/page");
    CHECK(kept == "hello!\nhttps://example.com/page");
    CHECK(laptop->document().workshop()->responses.size() == 1);
    CHECK(hasNotice(*laptop.workspace, "line 1: \"hello!\" is not a response link or code"));
    CHECK(hasNotice(*laptop.workspace, "line 3: \"https://example.com/page\" is not a response link or code"));
    CHECK(hasNotice(*laptop.workspace, "left in the box"));
}
