// Workshops without a server: invitation and response codes, collecting many
// at once (duplicates counted once, damaged ones listed, the rest merged), the
// count per group, anonymity, and the workshop file round trip.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <random>
#include <string>

#include "core/links.hpp"
#include "core/workshop.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "test_helpers.hpp"

using namespace smm;

namespace {

const Model& model() { return test::defaultModel(); }

WorkshopSetup setupFor() {
    WorkshopSetup s;
    s.id = "Wk5hop_id1";
    s.organisation = "Northwind Traders";
    s.date = "2026-11-30";
    s.purpose = "Where do we stand with social media?";
    s.groups = {model().findRoleGroup("it"), model().findRoleGroup("marketing"), model().findRoleGroup("executive")};
    s.expected = 12;
    return s;
}

Response responseFrom(std::mt19937& rng, const std::string& group, const std::string& id) {
    test::RandomAssessmentOptions options;
    options.notes = false;
    options.dateAndParticipant = false;
    Response r;
    r.id = id;
    r.assessment = test::randomAssessment(model(), rng, options);
    r.assessment.organisation.clear();
    r.assessment.targets.assign(model().dimensions.size(), 0);
    r.assessment.roleGroup = model().findRoleGroup(group);
    return r;
}

std::string responseLink(const Response& r, const std::string& workshopId = "Wk5hop_id1") {
    return "https://maps.example/#" + linkFragment(LinkKind::Response, encodeResponse(model(), workshopId, r));
}

}  // namespace

TEST_CASE("an invitation carries the setup through its link and refuses damage") {
    const WorkshopSetup setup = setupFor();
    const std::string code = encodeInvitation(model(), setup);
    Loaded<WorkshopSetup> back = decodeInvitation(model(), code);
    REQUIRE(back.ok());
    CHECK(*back.value == setup);
    CHECK(code.size() < 300);  // a QR code of this stays readable from the back of a room

    std::string damaged = code;
    damaged[damaged.size() / 2] = damaged[damaged.size() / 2] == 'A' ? 'B' : 'A';
    Loaded<WorkshopSetup> bad = decodeInvitation(model(), damaged);
    REQUIRE_FALSE(bad.ok());
    CHECK(bad.problems.front().message.find("altered") != std::string::npos);
    CHECK_FALSE(decodeInvitation(model(), code.substr(0, code.size() - 7)).ok());
    CHECK_FALSE(decodeInvitation(model(), "not a code!").ok());
}

TEST_CASE("a response code carries the group, answers, both ids and an optional name") {
    std::mt19937 rng(7);
    for (int i = 0; i < 50; ++i) {
        Response r = responseFrom(rng, "marketing", newWorkshopId());
        if (i % 2) r.assessment.participant = "Ana";
        Loaded<ReceivedResponse> back = decodeResponse(model(), encodeResponse(model(), "Wk5hop_id1", r));
        REQUIRE(back.ok());
        CHECK(back.value->workshopId == "Wk5hop_id1");
        CHECK(back.value->response == r);
    }
}

TEST_CASE("fresh ids differ") {
    CHECK(newWorkshopId() != newWorkshopId());
    CHECK(newWorkshopId().size() == 10);
}

TEST_CASE("pasting many links at once: a duplicate counts once, a damaged one is listed, the rest go in") {
    std::mt19937 rng(11);
    Workshop w;
    w.setup = setupFor();
    const Response it1 = responseFrom(rng, "it", "r1"), it2 = responseFrom(rng, "it", "r2"),
                   mk1 = responseFrom(rng, "marketing", "r3"), ex1 = responseFrom(rng, "executive", "r4");
    std::string damaged = responseLink(ex1);
    damaged[damaged.size() - 10] = damaged[damaged.size() - 10] == 'x' ? 'y' : 'x';
    const std::string pasted = responseLink(it1) + "\n" + responseLink(it2) + "\n\n  " + responseLink(mk1) +
                               "\n" + responseLink(it1) + "\n" + damaged + "\nhello there\n" +
                               responseLink(responseFrom(rng, "it", "r9"), "OtherWs123");

    CollectReport report = collectPasted(model(), w, pasted);
    CHECK(report.added == 3);
    CHECK(w.responses.size() == 3);
    REQUIRE(report.duplicates.size() == 1);
    CHECK(report.duplicates[0].find("line 5") != std::string::npos);
    REQUIRE(report.refused.size() == 4);  // damaged, "hello", "there", another workshop
    CHECK(report.refused[0].find("line 6") != std::string::npos);
    CHECK(report.refused.back().find("another workshop") != std::string::npos);
    CHECK(report.summary() == "Added 3 responses, 1 already in, 4 could not be read");
    const auto& groups = model().roleGroups;
    CHECK(responseCount(model(), w) == "3 of 12: " + groups[model().findRoleGroup("it")].name + " 2, " +
                                           groups[model().findRoleGroup("marketing")].name + " 1");
    CHECK(w.responses[0].assessment.answers == it1.assessment.answers);

    // The same person sends again after changing an answer: the newer answers count, still once.
    Response changed = it1;
    changed.assessment.answers[0].option = changed.assessment.answers[0].option == 0 ? 1 : 0;
    CollectReport again = collectPasted(model(), w, responseLink(changed));
    CHECK(again.updated == 1);
    CHECK(w.responses.size() == 3);
    CHECK(w.responses[0].assessment.answers[0] == changed.assessment.answers[0]);
}

TEST_CASE("the invitation link pasted as a response is refused with the reason") {
    Workshop w;
    w.setup = setupFor();
    CollectReport report =
        collectPasted(model(), w, "#" + linkFragment(LinkKind::Invitation, encodeInvitation(model(), w.setup)));
    REQUIRE(report.refused.size() == 1);
    CHECK(report.refused[0].find("invitation") != std::string::npos);
}

TEST_CASE("dropping files: a participant's file, a list with one broken item, a workshop file") {
    std::mt19937 rng(5);
    Workshop w;
    w.setup = setupFor();
    const Response a = responseFrom(rng, "it", "fa"), b = responseFrom(rng, "marketing", "fb");
    CollectReport one = collectFile(model(), w, "ana.json", saveResponseFile(model(), w.setup.id, a));
    CHECK(one.added == 1);
    CHECK(w.responses.at(0).id == "fa");

    const std::string list = "[" + saveResponseFile(model(), w.setup.id, b) +
                             ", {\"schemaVersion\": 1, \"model\": \"social-media\", \"answers\": {\"nope\": {\"answer\": \"no\"}}}, " +
                             saveResponseFile(model(), w.setup.id, a) + "]";
    CollectReport many = collectFile(model(), w, "three.json", list);
    CHECK(many.added == 1);
    CHECK(many.duplicates.size() == 1);
    REQUIRE(many.refused.size() == 1);
    CHECK(many.refused[0].find("\"three.json\", response 2") != std::string::npos);
    CHECK(many.refused[0].find("nope") != std::string::npos);

    CollectReport junk = collectFile(model(), w, "photo.json", "{\"hello\": 1}");
    REQUIRE(junk.refused.size() == 1);
    CHECK(junk.refused[0].find("holds no responses") != std::string::npos);
    CHECK(w.responses.size() == 2);

    // A co-facilitator's copy of the same workshop merges without counting anyone twice.
    Workshop copy = w;
    copy.responses.push_back(responseFrom(rng, "executive", "fc"));
    CollectReport merged = collectFile(model(), w, "copy.json", saveWorkshop(model(), copy, nullptr));
    CHECK(merged.added == 1);
    CHECK(merged.duplicates.size() == 2);
    CHECK(w.responses.size() == 3);
}

TEST_CASE("the workshop file reloads unchanged, participants and decisions included") {
    std::mt19937 rng(3);
    Workshop w;
    w.setup = setupFor();
    w.setup.anonymous = false;
    w.revealed = true;
    for (int i = 0; i < 7; ++i) w.responses.push_back(responseFrom(rng, i % 2 ? "it" : "marketing", "id" + std::to_string(i)));
    w.decisions.push_back({model().findAction(model().actions[2].id), "Ana Lopez", "2027-03"});
    Assessment agreed = makeBlankAssessment(model());
    agreed.organisation = "Northwind Traders";
    agreed.targets[0] = 2;
    Loaded<WorkshopFile> back = loadWorkshop(saveWorkshop(model(), w, &agreed), model());
    REQUIRE(back.ok());
    CHECK(back.value->workshop == w);
    REQUIRE(back.value->agreed);
    CHECK(*back.value->agreed == agreed);

    // A plain list of assessments (as `smm merge` takes) loads too, revealed, with ids from content.
    Loaded<WorkshopFile> plain = loadWorkshop("[" + saveAssessment(w.responses[0].assessment, model(), false) + "]", model());
    REQUIRE(plain.ok());
    CHECK(plain.value->workshop.revealed);
    CHECK(plain.value->workshop.responses.size() == 1);
    CHECK_FALSE(plain.value->workshop.responses[0].id.empty());

    Loaded<WorkshopFile> broken = loadWorkshop("{\"workshop\": {\"groups\": [\"aliens\"]}, \"assessments\": []}", model());
    REQUIRE_FALSE(broken.ok());
    CHECK(test::hasProblem(broken.problems, "/workshop/groups/0", "unknown role group"));
}

TEST_CASE("anonymity: a group of fewer than three is not shown") {
    Workshop w;
    w.setup = setupFor();
    GroupStats two;
    two.participants = 2;
    GroupStats three;
    three.participants = 3;
    CHECK_FALSE(groupVisible(w, two));
    CHECK(groupVisible(w, three));
    w.setup.anonymous = false;
    CHECK(groupVisible(w, two));
}

TEST_CASE("links are read whole or as their fragment") {
    CHECK(parseLink("https://x.example/app/?view=map#a=ABC").kind == LinkKind::Assessment);
    CHECK(parseLink("  #w=XYZ \n").code == "XYZ");
    CHECK(parseLink("r=Q").kind == LinkKind::Response);
    CHECK(parseLink("https://x.example/").kind == LinkKind::None);
}

TEST_CASE("group gaps: IT against the business, widest first, small groups left out while anonymous") {
    const Model& m = model();
    auto person = [&](const char* group, int option) {
        Assessment a = makeBlankAssessment(m);
        a.roleGroup = m.findRoleGroup(group);
        for (std::size_t q = 0; q < m.questions.size(); ++q)
            a.answers[q].option = std::min<int>(option, static_cast<int>(m.optionsFor(static_cast<int>(q)).size()) - 1);
        return a;
    };
    Workshop w;
    w.setup = setupFor();
    for (int i = 0; i < 3; ++i) w.responses.push_back({"it" + std::to_string(i), person("it", 3)});
    for (int i = 0; i < 3; ++i) w.responses.push_back({"mk" + std::to_string(i), person("marketing", 0)});
    w.responses.push_back({"ex", person("executive", 1)});
    const Aggregate agg = aggregate(m, participantAssessments(w));

    std::vector<GroupGap> gaps = groupGaps(agg, w);
    REQUIRE_FALSE(gaps.empty());
    CHECK(agg.groups[gaps[0].higher].roleGroup == m.findRoleGroup("it"));
    CHECK(agg.groups[gaps[0].lower].roleGroup == m.findRoleGroup("marketing"));
    CHECK(gaps[0].gap > 1.0);
    for (std::size_t i = 1; i < gaps.size(); ++i) CHECK(gaps[i - 1].gap >= gaps[i].gap);
    // The executive alone is never compared while the workshop is anonymous.
    for (const GroupGap& g : gaps) {
        CHECK(agg.groups[g.higher].participants >= kMinGroupSize);
        CHECK(agg.groups[g.lower].participants >= kMinGroupSize);
    }
    REQUIRE(hiddenGroups(agg, w).size() == 1);
    CHECK(agg.groups[hiddenGroups(agg, w)[0]].roleGroup == m.findRoleGroup("executive"));

    w.setup.anonymous = false;
    CHECK(hiddenGroups(agg, w).empty());
}
