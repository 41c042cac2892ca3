// core/workshop_summary: one list of contested questions and one of group
// gaps, with one set of limits, for every surface.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>

#include "core/aggregate.hpp"
#include "core/report.hpp"
#include "core/report_html.hpp"
#include "core/scoring.hpp"
#include "core/workshop.hpp"
#include "core/workshop_summary.hpp"
#include "test_helpers.hpp"

using namespace smm;

namespace {

const Model& model() { return test::defaultModel(); }

// Everyone in `group` gives option `option` (or the last one) everywhere,
// except question `odd`, where they give `oddOption`.
Assessment person(const char* group, int option, int odd = -1, int oddOption = 0) {
    const Model& m = model();
    Assessment a = makeBlankAssessment(m);
    a.roleGroup = m.findRoleGroup(group);
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        const int last = static_cast<int>(m.optionsFor(static_cast<int>(q)).size()) - 1;
        a.answers[q].option = std::min(static_cast<int>(q) == odd ? oddOption : option, last);
    }
    return a;
}

Workshop workshopOf(const std::vector<Assessment>& people, bool anonymous = true) {
    Workshop w;
    w.setup.id = "Wk5hop_id1";
    w.setup.anonymous = anonymous;
    w.setup.groups = {model().findRoleGroup("it"), model().findRoleGroup("marketing"), model().findRoleGroup("executive")};
    for (std::size_t i = 0; i < people.size(); ++i) w.responses.push_back({"r" + std::to_string(i), people[i]});
    w.revealed = true;
    return w;
}

}  // namespace

TEST_CASE("contested questions: some spread, most contested first, at most kContestedShown") {
    std::vector<Assessment> people;
    for (int i = 0; i < 3; ++i) people.push_back(person("it", 3));
    for (int i = 0; i < 3; ++i) people.push_back(person("marketing", 0));
    const Workshop w = workshopOf(people);
    const Aggregate agg = aggregate(model(), participantAssessments(w));
    const WorkshopSummary sum = summariseWorkshop(agg, w);
    CHECK(sum.participants == 6);
    CHECK(sum.agreement == agg.agreement);
    CHECK_FALSE(sum.answersPrivate);
    REQUIRE(sum.contested.size() == std::min(kContestedShown, agg.contested.size()));
    // The first N of the aggregate's order, each with some spread.
    for (std::size_t i = 0; i < sum.contested.size(); ++i) {
        CHECK(sum.contested[i] == agg.contested[i]);
        CHECK(agg.questions[sum.contested[i]].stddev > kSpreadWorthShowing);
    }
    // Groups: IT against marketing, each of three, so both shown and compared.
    CHECK(sum.shownGroups.size() == 2);
    CHECK(sum.hiddenGroups.empty());
    REQUIRE_FALSE(sum.gaps.empty());
    CHECK(sum.compared());
    for (const GroupGap& g : sum.gaps) CHECK(g.gap >= kGapWorthShowing);
    for (std::size_t i = 1; i < sum.gaps.size(); ++i) CHECK(sum.gaps[i - 1].gap >= sum.gaps[i].gap);
    CHECK(sum.gaps.size() + sum.closeDimensions == groupGaps(agg, w).size());
}

TEST_CASE("no spread, no contested question; the same answers everywhere is agreement") {
    std::vector<Assessment> people;
    for (int i = 0; i < 3; ++i) people.push_back(person("it", 1));
    for (int i = 0; i < 3; ++i) people.push_back(person("marketing", 1));
    const Workshop w = workshopOf(people);
    const Aggregate agg = aggregate(model(), participantAssessments(w));
    const WorkshopSummary sum = summariseWorkshop(agg, w);
    CHECK(sum.contested.empty());
    CHECK(sum.gaps.empty());
    CHECK(sum.compared());          // two groups to compare, and they agree
    CHECK(sum.closeDimensions > 0);
    CHECK(formatPercent(sum.agreement) == "100%");
}

TEST_CASE("anonymity is applied once: small groups hidden, two people's answers private") {
    std::vector<Assessment> people = {person("it", 3, 0, 0), person("marketing", 0, 0, 3)};
    const Workshop anonymous = workshopOf(people);
    const Aggregate agg = aggregate(model(), participantAssessments(anonymous));
    REQUIRE_FALSE(agg.contested.empty());
    const WorkshopSummary hidden = summariseWorkshop(agg, anonymous);
    CHECK(hidden.answersPrivate);
    CHECK(hidden.contested.empty());
    CHECK(hidden.shownGroups.empty());
    CHECK(hidden.hiddenGroups.size() == 2);
    CHECK_FALSE(hidden.compared());

    const WorkshopSummary open = summariseWorkshop(agg, workshopOf(people, false));
    CHECK_FALSE(open.answersPrivate);
    CHECK_FALSE(open.contested.empty());
    CHECK(open.shownGroups.size() == 2);
    CHECK(open.compared());
    // With no workshop around (the command line's merge) nothing is hidden.
    const WorkshopSummary merged = summariseGroup(agg);
    CHECK(merged.contested == open.contested);
    CHECK(merged.hiddenGroups.empty());
}

namespace {

// How many times `item` starts a list entry between `from` and `to`.
std::size_t entries(const std::string& report, const std::string& from, const std::string& to, const std::string& item) {
    const std::size_t begin = report.find(from);
    const std::size_t end = report.find(to, begin);
    std::size_t n = 0;
    for (std::size_t at = report.find(item, begin); at < end; at = report.find(item, at + 1)) ++n;
    return n;
}

}  // namespace

TEST_CASE("every report lists the same contested questions, in the same order") {
    const Model& m = model();
    std::vector<Assessment> people;
    for (int i = 0; i < 3; ++i) people.push_back(person("it", 3));
    for (int i = 0; i < 3; ++i) people.push_back(person("marketing", 0));
    people.push_back(person("executive", 1));
    const Workshop w = workshopOf(people, false);
    const Aggregate agg = aggregate(m, participantAssessments(w));
    const WorkshopSummary sum = summariseWorkshop(agg, w);
    REQUIRE(sum.contested.size() == kContestedShown);
    const std::string text = renderGroupReport(m, agg, ReportFormat::Text);
    const std::string md = renderGroupReport(m, agg, ReportFormat::Markdown);
    const std::string html = renderHtmlReport(m, agg.consensus, &w);
    CHECK(entries(text, "Most contested questions", "Consensus", "\n  - ") == kContestedShown);
    CHECK(entries(md, "## Most contested questions", "## Consensus", "\n- ") == kContestedShown);
    CHECK(entries(html, "Where people disagree", "</ul>", "<li>") == kContestedShown);
    for (const std::string* report : {&text, &md, &html}) {
        std::size_t at = report->find("ontested");
        if (at == std::string::npos) at = report->find("Where people disagree");
        REQUIRE(at != std::string::npos);
        for (int q : sum.contested) {
            // The question's first words: HTML escapes apostrophes further on.
            const std::size_t next = report->find(m.questions[q].text.substr(0, 12), at);
            CHECK(next != std::string::npos);
            if (next != std::string::npos) at = next;
        }
    }
    CHECK(html.find("Agreement " + formatPercent(agg.agreement)) != std::string::npos);
    CHECK(text.find("agreement " + formatPercent(agg.agreement)) != std::string::npos);
}

TEST_CASE("two people's answers stay private in the HTML report, in the summary's words") {
    std::vector<Assessment> people = {person("it", 3, 0, 0), person("marketing", 0, 0, 3)};
    const Workshop w = workshopOf(people);
    const std::string html = renderHtmlReport(model(), participantAssessments(w).front(), &w);
    CHECK(html.find(answersPrivateLine()) != std::string::npos);
    const Aggregate agg = aggregate(model(), participantAssessments(w));
    CHECK(html.find(model().questions[agg.contested.front()].text.substr(0, 12)) == std::string::npos);
}

TEST_CASE("how many gave each answer, in one wording, with don't know and not applicable counted apart") {
    const Model& m = test::defaultModel();
    const int q = static_cast<int>(m.findQuestion("out-reply"));
    REQUIRE(q >= 0);
    Distribution d;
    d.options.assign(m.optionsFor(q).size(), 0);
    CHECK(answerSpread(m, q, d).empty());
    d.options[0] = 3;
    d.options.back() = 1;
    d.notApplicable = 1;
    d.dontKnow = 2;
    const std::string first = m.optionsFor(q).front().label, last = m.optionsFor(q).back().label;
    CHECK(answerSpread(m, q, d) == "3 \xE2\x80\x9C" + first + "\xE2\x80\x9D  \xC2\xB7  1 \xE2\x80\x9C" + last +
                                       "\xE2\x80\x9D  \xC2\xB7  1 not applicable  \xC2\xB7  2 don't know");
}
