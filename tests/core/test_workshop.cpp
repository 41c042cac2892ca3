// Workshops without a server: invitation and response codes, collecting many
// at once (duplicates counted once, damaged ones listed, the rest merged), the
// count per group, anonymity, and the workshop file round trip.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cstdlib>
#include <random>
#include <string>

#include "core/assessment_check.hpp"
#include "core/links.hpp"
#include "core/report_html.hpp"
#include "core/report_responses.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"
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
    CHECK(report.listed() == std::vector<std::string>{report.duplicates[0], report.refused[0], report.refused[1],
                                                      report.refused[2], report.refused[3], report.notices[0]});
    const std::vector<std::string> two = report.listed(2);
    REQUIRE(two.size() == 5);
    CHECK(two[1] == report.refused[0]);
    CHECK(two[3] == "\xE2\x80\xA6 and 2 more that could not be read");
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

TEST_CASE("what could not be read stays in the paste box, named by the line it was pasted on") {
    std::mt19937 rng(13);
    Workshop w;
    w.setup = setupFor();
    const Response a = responseFrom(rng, "it", "ka"), b = responseFrom(rng, "marketing", "kb");
    std::string damaged = responseLink(b);
    damaged[damaged.size() - 10] = damaged[damaged.size() - 10] == 'x' ? 'y' : 'x';
    const std::string other = responseLink(responseFrom(rng, "it", "ko"), "OtherWs123");
    // Line 1 a good link, line 2 chatter around a good link, line 3 blank,
    // line 4 damaged, line 5 another workshop's, line 6 the good link again.
    const std::string pasted = responseLink(a) + "\nFrom Ana: " + responseLink(b) + "\n\n" + damaged + "\n" + other +
                               "\n" + responseLink(a) + "\n";

    CollectReport report = collectPasted(model(), w, pasted);
    CHECK(report.added == 2);
    CHECK(report.duplicates.size() == 1);
    // Refused pieces keep their pasted line together; good and duplicate links leave the box.
    CHECK(report.keptInBox == "From Ana:\n" + damaged + "\n" + other);
    REQUIRE(report.refused.size() == 4);
    CHECK(report.refused[0].rfind("line 2:", 0) == 0);
    CHECK(report.refused[1].rfind("line 2:", 0) == 0);
    CHECK(report.refused[2].rfind("line 4:", 0) == 0);
    CHECK(report.refused[3].rfind("line 5:", 0) == 0);
    CHECK(report.refused[3].find("another workshop") != std::string::npos);
    const bool explained = std::any_of(report.notices.begin(), report.notices.end(), [](const std::string& n) {
        return n.find("left in the box") != std::string::npos && n.find("as pasted") != std::string::npos;
    });
    CHECK(explained);
    // Words of a chat message are named as plain text, not as codes cut short.
    CHECK(report.refused[0] == "line 2: \"From\" is not a response link or code");

    // Pasting the box again after fixing the damaged line: the fixed one goes in, the rest stays.
    std::string fixed = report.keptInBox;
    fixed.replace(fixed.find(damaged), damaged.size(), responseLink(b));
    CollectReport second = collectPasted(model(), w, fixed);
    CHECK(second.added == 0);
    CHECK(second.duplicates.size() == 1);  // b went in the first time; the chatter was around it
    CHECK(second.keptInBox == "From Ana:\n" + other);

    // All accepted: the box empties and nothing is said about it.
    Workshop fresh;
    fresh.setup = setupFor();
    CollectReport clean = collectPasted(model(), fresh, responseLink(a) + " " + responseLink(b));
    CHECK(clean.added == 2);
    CHECK(clean.keptInBox.empty());
    CHECK(clean.notices.empty());
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

TEST_CASE("the responses CSV: one row per participant and question, numbered, no names or ids") {
    std::mt19937 rng(9);
    Workshop w;
    w.setup = setupFor();
    for (int i = 0; i < 3; ++i) {
        Response r = responseFrom(rng, "it", "secret-id-" + std::to_string(i));
        r.assessment.participant = "=Ana Lopez";
        w.responses.push_back(r);
    }
    const std::string csv = renderResponsesCsv(model(), w);
    std::size_t lines = 0;
    for (std::size_t at = 0; (at = csv.find("\r\n", at)) != std::string::npos; at += 2) ++lines;
    CHECK(lines == 1 + 3 * model().questions.size());
    CHECK(csv.find("P3,") != std::string::npos);
    CHECK(csv.find("Ana") == std::string::npos);
    CHECK(csv.find("secret-id") == std::string::npos);
    CHECK(csv.rfind("Participant,Group,Dimension,Question id,Question,Answer,Weight\r\n", 0) == 0);
}

TEST_CASE("the HTML report carries the workshop: count, disagreement, the group gap and the agreed owners") {
    const Model& m = model();
    auto person = [&](const char* group, int option) {
        Response r;
        r.id = group + std::to_string(option) + std::to_string(std::rand());
        r.assessment = makeBlankAssessment(m);
        r.assessment.roleGroup = m.findRoleGroup(group);
        for (std::size_t q = 0; q < m.questions.size(); ++q)
            r.assessment.answers[q].option = std::min<int>(option, static_cast<int>(m.optionsFor(static_cast<int>(q)).size()) - 1);
        return r;
    };
    Workshop w;
    w.setup = setupFor();
    for (int i = 0; i < 3; ++i) w.responses.push_back(person("it", 3));
    for (int i = 0; i < 3; ++i) w.responses.push_back(person("marketing", 0));
    w.responses.push_back(person("executive", 2));
    Assessment agreed = makeBlankAssessment(m);
    agreed.organisation = "Northwind <Traders>";
    for (int& t : agreed.targets) t = 2;
    const Score score = scoreAssessment(m, agreed);
    const Roadmap roadmap = buildRoadmap(m, score);
    REQUIRE_FALSE(roadmap.items.empty());
    w.decisions.push_back({roadmap.items[0].action, "Ana <CIO>", "2027-03"});

    CHECK(renderHtmlReport(m, agreed, &w).find("The workshop") == std::string::npos);  // hidden until revealed
    w.revealed = true;
    const std::string html = renderHtmlReport(m, agreed, &w);
    CHECK(html.find("7 of 12") != std::string::npos);
    CHECK(html.find("Where people disagree") != std::string::npos);
    CHECK(html.find(">IT (3)</th>") != std::string::npos);
    CHECK(html.find("Executive team (") == std::string::npos);  // one person: not shown
    CHECK(html.find("Owner: Ana &lt;CIO&gt;, due 2027-03") != std::string::npos);
}

TEST_CASE("groups: from one to the model's count, each named once, names short") {
    const int it = model().findRoleGroup("it"), mk = model().findRoleGroup("marketing");
    CHECK(maxGroups(model()) == std::min<int>(kMaxGroups, static_cast<int>(model().roleGroups.size())));
    CHECK(checkGroups(model(), {it, mk}, {"Tech", "Brand"}).empty());
    CHECK(checkGroups(model(), {}, {}) == "Offer at least one group.");
    CHECK(checkGroups(model(), {it, mk}, {"Tech", "  "}) == "Group 2 needs a name.");
    CHECK(checkGroups(model(), {it, mk}, {"Tech", " tech "}).find("Two groups are called") != std::string::npos);
    CHECK(checkGroups(model(), {it, mk}, {"Tech", std::string(kMaxGroupNameBytes + 1, 'x')}).find("too long") !=
          std::string::npos);
    // The quoted start of a name too long never splits a character: "é" is
    // two bytes, so byte 20 falls inside one.
    std::string accents = "x";
    while (accents.size() <= kMaxGroupNameBytes) accents += "\xC3\xA9";
    const std::string tooLong = checkGroups(model(), {it, mk}, {"Tech", accents});
    CHECK(tooLong.find("too long") != std::string::npos);
    CHECK(smm::isValidUtf8(tooLong));
    CHECK_FALSE(checkGroups(model(), {it, it}, {"Tech", "Brand"}).empty());
    std::vector<int> all;
    std::vector<std::string> names;
    for (int g = 0; g < static_cast<int>(model().roleGroups.size()); ++g) {
        all.push_back(g);
        names.push_back("Group " + std::to_string(g));
    }
    CHECK(freeGroupSlot(model(), all) == -1);
    CHECK(freeGroupSlot(model(), {0, 2}) == 1);
    if (static_cast<int>(all.size()) <= kMaxGroups) CHECK(checkGroups(model(), all, names).empty());
}

TEST_CASE("renamed groups travel in the invitation and the workshop file, and name the counts") {
    WorkshopSetup setup = setupFor();
    setup.groupNames = {"Tech", "Brand & PR", "Board"};
    const Loaded<WorkshopSetup> back = decodeInvitation(model(), encodeInvitation(model(), setup));
    REQUIRE(back.ok());
    CHECK(back.value->groupNames == setup.groupNames);

    Model named = model();
    nameGroups(named, setup);
    CHECK(named.roleGroups[static_cast<std::size_t>(model().findRoleGroup("marketing"))].name == "Brand & PR");
    std::mt19937 rng(21);
    Workshop w;
    w.setup = setup;
    w.responses = {responseFrom(rng, "marketing", "n1"), responseFrom(rng, "marketing", "n2")};
    CHECK(responseCount(named, w) == "2 of 12: Brand & PR 2");

    Loaded<WorkshopFile> file = loadWorkshop(saveWorkshop(model(), w, nullptr), model());
    REQUIRE(file.ok());
    CHECK(file.value->workshop == w);

    // An invitation whose names break the rules is refused, not half-read.
    WorkshopSetup twice = setupFor();
    twice.groupNames = {"Tech", "tech", "Board"};
    CHECK_FALSE(decodeInvitation(model(), encodeInvitation(model(), twice)).ok());
}

TEST_CASE("changing a running workshop's groups never loses a response") {
    std::mt19937 rng(23);
    Workshop w;
    w.setup = setupFor();  // IT, marketing, executive
    w.setup.groupNames = {"IT", "Marketing", "Executive"};
    const int it = model().findRoleGroup("it"), mk = model().findRoleGroup("marketing"),
              ex = model().findRoleGroup("executive");
    w.responses = {responseFrom(rng, "it", "c1"), responseFrom(rng, "marketing", "c2"),
                   responseFrom(rng, "marketing", "c3")};
    const std::vector<Response> before = w.responses;

    // Renamed: the responses stay under the group, now called otherwise.
    CHECK(changeGroups(model(), w, {it, mk, ex}, {"Tech", "Brand", "Board"}).empty());
    CHECK(w.setup.groupNames == std::vector<std::string>{"Tech", "Brand", "Board"});
    CHECK(w.responses == before);
    CHECK(responsesInGroup(w, mk) == 2);

    // Removing a group with responses is refused, and nothing changes.
    const WorkshopSetup kept = w.setup;
    const std::string why = changeGroups(model(), w, {it, ex}, {"Tech", "Board"});
    CHECK(why.find("\"Marketing & communications\" has 2 responses") != std::string::npos);
    CHECK(w.setup == kept);

    // A group nobody answered for can go; one can be added in a free slot.
    CHECK(changeGroups(model(), w, {it, mk}, {"Tech", "Brand"}).empty());
    const int free = freeGroupSlot(model(), w.setup.groups);
    REQUIRE(free >= 0);
    CHECK(changeGroups(model(), w, {it, mk, free}, {"Tech", "Brand", " Customer service "}).empty());
    CHECK(w.setup.groupNames.back() == "Customer service");
    CHECK(w.responses == before);
    // Bad names are refused with the rule's reason.
    CHECK(changeGroups(model(), w, {it, mk}, {"Tech", ""}) == "Group 2 needs a name.");
}
