// Reports: what each format says, and that CSV and JSON parse back.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/report.hpp"
#include "core/next_moves.hpp"
#include "core/scoring.hpp"
#include "core/model_io.hpp"
#include "model_builder.hpp"
#include "test_helpers.hpp"

using namespace smm;
using smm::test::AssessmentBuilder;
using smm::test::ModelBuilder;
using Catch::Matchers::ContainsSubstring;

namespace {

// Names with commas, quotes and pipes on purpose.
Model reportModel() {
    ModelBuilder b;
    b.stage("outbound", "Outbound presence", "broadcasting on the main networks")
        .stage("conversation", "Conversation", "two-way dialogue with customers")
        .track("out", "Outbound track")
        .enabler("gov", "Governance, policy | rules")
        .question("out-page", "out", "outbound", "Do you have a company page?")
        .question("out-reply", "out", "conversation", "Do you \"really\" reply, quickly?")
        .question("gov-aup", "gov", "outbound", "Is there an acceptable-use policy?")
        .question("gov-guide", "gov", "conversation", "Are there guidelines?")
        .gate("conversation", "gov", 1)
        .action("write-aup", "gov", "outbound")
        .action("start-replying", "out", "conversation", {"write-aup"})
        .risk("brand-damage", "high", false)
        .below("gov", 1)
        .peerFact("iese-2010", "Few organisations had formal policies.", "Kaganer et al., IESE / Cisco", 2010)
        .roleGroup("it", "IT")
        .roleGroup("marketing", "Marketing");
    Model m = b.build();
    m.name = "Social Media Maturity";
    m.risks[0].title = "Accidental brand damage";
    m.risks[0].mitigations = {"Publish an acceptable-use policy"};
    m.risks[0].source = "ReadWriteWeb";
    m.actions[0].title = "Publish an acceptable-use policy";
    m.actions[1].title = "Start replying";
    return m;
}

Assessment northwind(const Model& m) {
    AssessmentBuilder a(m);
    a.organisation("Northwind Traders")
        .answer("out-page", "all", "Page since 2019, see \"brand\" doc,\nlinked from the intranet")
        .answer("out-reply", "half")
        .answer("gov-aup", "some")
        .target("out", 2);
    Assessment x = a.build();
    x.date = "2026-11-22";
    return x;
}

// RFC 4180 reader for checking the CSV output.
std::vector<std::vector<std::string>> parseCsv(const std::string& text) {
    std::vector<std::vector<std::string>> rows(1, std::vector<std::string>(1));
    bool quoted = false;
    for (std::size_t i = 0; i < text.size(); ++i) {
        char c = text[i];
        if (quoted) {
            if (c == '"' && i + 1 < text.size() && text[i + 1] == '"') {
                rows.back().back() += '"';
                ++i;
            } else if (c == '"') {
                quoted = false;
            } else {
                rows.back().back() += c;
            }
        } else if (c == '"') {
            quoted = true;
        } else if (c == ',') {
            rows.back().emplace_back();
        } else if (c == '\r' && i + 1 < text.size() && text[i + 1] == '\n') {
            ++i;
            rows.emplace_back(1);
        } else {
            rows.back().back() += c;
        }
    }
    if (rows.back().size() == 1 && rows.back()[0].empty()) rows.pop_back();
    return rows;
}

}  // namespace

TEST_CASE("parseReportFormat") {
    auto [name, ok, format] = GENERATE(table<std::string, bool, ReportFormat>({
        {"text", true, ReportFormat::Text},
        {"md", true, ReportFormat::Markdown},
        {"markdown", true, ReportFormat::Markdown},
        {"csv", true, ReportFormat::Csv},
        {"json", true, ReportFormat::Json},
        {"JSON", true, ReportFormat::Json},
        {"pdf", false, ReportFormat::Text},
        {"", false, ReportFormat::Text},
    }));
    CAPTURE(name);
    ReportFormat out = ReportFormat::Text;
    CHECK(parseReportFormat(name, out) == ok);
    CHECK(out == format);
}

TEST_CASE("text and Markdown reports tell the whole story") {
    Model m = reportModel();
    Assessment a = northwind(m);
    auto format = GENERATE(ReportFormat::Text, ReportFormat::Markdown);
    std::string r = renderReport(m, a, format);
    CAPTURE(r);
    CHECK_THAT(r, ContainsSubstring("Northwind Traders"));
    const std::string pipe = format == ReportFormat::Markdown ? "\\|" : "|";
    if (format == ReportFormat::Text)
        CHECK_THAT(r, ContainsSubstring(scoreAssessment(m, a).headline.sentence));  // the one headline, word for word
    CHECK_THAT(r, ContainsSubstring("With customers: Outbound presence (stage 1 of 2)."));
    CHECK_THAT(r, ContainsSubstring("Conversation is held back by Governance, policy " + pipe + " rules at 0.2; it needs 1."));
    CHECK_THAT(r, ContainsSubstring("Accidental brand damage"));
    CHECK_THAT(r, ContainsSubstring("Governance, policy | rules is at 0.2, below 1"));
    CHECK_THAT(r, ContainsSubstring("Publish an acceptable-use policy"));
    CHECK_THAT(r, ContainsSubstring("Phase 2"));
    CHECK_THAT(r, ContainsSubstring("Few organisations had formal policies. (Kaganer et al., IESE / Cisco, 2010)"));
    CHECK_THAT(r, ContainsSubstring("(gates need 1)"));
    CHECK_THAT(r, ContainsSubstring("Next moves"));
    // The moves core computes, in its order, each with what it attacks.
    const Score score = scoreAssessment(m, a);
    const auto moves = nextMoves(m, score, buildRoadmap(m, score));
    REQUIRE_FALSE(moves.empty());
    CHECK_THAT(r, ContainsSubstring("1. " + moves[0].title + " - "));

    if (format == ReportFormat::Markdown) {
        CHECK_THAT(r, ContainsSubstring("# Social Media Maturity - Northwind Traders (2026-11-22)"));
        CHECK_THAT(r, ContainsSubstring("| Dimension | Kind | Level | Target | Gap |"));
        // A pipe in a name does not break the table.
        CHECK_THAT(r, ContainsSubstring("| Governance, policy \\| rules | enabler | 0.2 | - (gates need 1) | - |"));
        CHECK_THAT(r, ContainsSubstring("| Outbound track | track | 1.5 | 2 | 0.5 |"));
        CHECK_THAT(r, ContainsSubstring("### Phase 1"));
    }
}

TEST_CASE("CSV report: one row per question, quoted where needed") {
    Model m = reportModel();
    std::string csv = renderReport(m, northwind(m), ReportFormat::Csv);
    auto rows = parseCsv(csv);
    REQUIRE(rows.size() == 5);
    CHECK(rows[0] == std::vector<std::string>{"dimension", "dimension_level", "target", "stage", "question_id", "question",
                                              "answer", "weight", "note"});
    for (const auto& row : rows) CHECK(row.size() == 9);
    CHECK(rows[1] == std::vector<std::string>{"Outbound track", "1.50", "2", "Outbound presence", "out-page",
                                              "Do you have a company page?", "All", "1.00",
                                              "Page since 2019, see \"brand\" doc,\nlinked from the intranet"});
    CHECK(rows[2][5] == "Do you \"really\" reply, quickly?");
    CHECK(rows[3][0] == "Governance, policy | rules");
    CHECK(rows[4][6].empty());  // unanswered
    CHECK(rows[4][7].empty());
}

TEST_CASE("JSON report parses and carries levels, risks and the roadmap") {
    Model m = reportModel();
    auto j = nlohmann::json::parse(renderReport(m, northwind(m), ReportFormat::Json));
    CHECK(j["organisation"] == "Northwind Traders");
    CHECK(j["overall"]["stage"] == 1);
    CHECK(j["overall"]["leadingTrack"] == "out");
    CHECK(j["blockers"][0]["dimension"] == "gov");
    CHECK(j["dimensions"][0]["level"] == 1.5);
    CHECK(j["dimensions"][1]["effectiveTarget"] == 1);
    CHECK(j["risks"][0]["id"] == "brand-damage");
    CHECK(j["risks"][0]["questions"] == nlohmann::json::array({"gov-aup"}));
    CHECK(j["roadmap"]["phases"] == 2);
    CHECK(j["roadmap"]["nextMoves"] == nlohmann::json::array({"write-aup", "start-replying"}));
    CHECK(j["roadmap"]["items"][1]["dependsOn"] == nlohmann::json::array({"write-aup"}));
    CHECK(j["answers"][0]["answer"] == "all");
    CHECK(j["answers"][3]["answer"].is_null());
    CHECK(j["peerFacts"][0]["source"] == "Kaganer et al., IESE / Cisco");
}

TEST_CASE("group reports: participants, agreement, groups, contested questions and the consensus") {
    Model m = reportModel();
    std::vector<Assessment> all = {
        AssessmentBuilder(m).role("it").answer("out-page", "all").answer("gov-aup", "no").build(),
        AssessmentBuilder(m).role("marketing").answer("out-page", "all").answer("gov-aup", "all").build(),
        AssessmentBuilder(m).role("marketing").answer("out-page", "half").answer("gov-aup", "all").build(),
    };
    Aggregate agg = aggregate(m, all);

    SECTION("text") {
        std::string r = renderGroupReport(m, agg, ReportFormat::Text);
        CHECK_THAT(r, ContainsSubstring("3 participants, agreement"));
        CHECK_THAT(r, ContainsSubstring("Groups: IT (1), Marketing (2)"));
        CHECK_THAT(r, ContainsSubstring("Most contested questions"));
        CHECK_THAT(r, ContainsSubstring("Is there an acceptable-use policy? (3 answers from 0.00 to 1.00"));
        CHECK_THAT(r, ContainsSubstring("Consensus"));
    }
    SECTION("Markdown has a column per group") {
        std::string r = renderGroupReport(m, agg, ReportFormat::Markdown);
        CHECK_THAT(r, ContainsSubstring("| Dimension | Median | Range | IT | Marketing | Group gap |"));
        CHECK_THAT(r, ContainsSubstring("### Dimensions"));
    }
    SECTION("CSV: one row per question with a mean per group") {
        auto rows = parseCsv(renderGroupReport(m, agg, ReportFormat::Csv));
        REQUIRE(rows.size() == 5);
        CHECK(rows[0].back() == "Marketing mean");
        CHECK(rows[0].size() == 14);
        CHECK(rows[3][3] == "gov-aup");
        CHECK(rows[3][5] == "3");
        CHECK(rows[3][11] == "All");        // consensus: median 1
        CHECK(rows[3][12] == "0.00");       // IT
        CHECK(rows[3][13] == "1.00");       // marketing
    }
    SECTION("JSON") {
        auto j = nlohmann::json::parse(renderGroupReport(m, agg, ReportFormat::Json));
        CHECK(j["participants"] == 3);
        CHECK(j["groups"].size() == 2);
        CHECK(j["groups"][0]["id"] == "it");
        CHECK(j["dimensions"][1]["groupGap"] == 1.0);
        CHECK(j["contested"][0] == "gov-aup");
        CHECK(j["consensus"]["dimensions"].size() == 2);
    }
}

TEST_CASE("reports of the Northwind sample in every format") {
    const Model& m = smm::test::defaultModel();
    auto loaded = loadAssessment(smm::test::readFile(SMM_ASSETS_DIR "/samples/northwind.json"), m);
    REQUIRE(loaded.ok());
    const Assessment& a = *loaded.value;

    std::string text = renderReport(m, a, ReportFormat::Text);
    CHECK_THAT(text, ContainsSubstring(a.organisation));
    CHECK_THAT(text, ContainsSubstring("Next moves"));
    std::string md = renderReport(m, a, ReportFormat::Markdown);
    CHECK_THAT(md, ContainsSubstring("## Dimensions"));

    auto rows = parseCsv(renderReport(m, a, ReportFormat::Csv));
    REQUIRE(rows.size() == m.questions.size() + 1);
    for (const auto& row : rows) CHECK(row.size() == 9);

    auto j = nlohmann::json::parse(renderReport(m, a, ReportFormat::Json));
    CHECK(j["dimensions"].size() == m.dimensions.size());
    CHECK(j["answers"].size() == m.questions.size());
    CHECK(j["peerFacts"].size() == m.peerFacts.size());

    auto workshop = loadAssessments(smm::test::readFile(SMM_ASSETS_DIR "/samples/workshop.json"), m);
    REQUIRE(workshop.ok());
    Aggregate agg = aggregate(m, *workshop.value);
    auto g = nlohmann::json::parse(renderGroupReport(m, agg, ReportFormat::Json));
    CHECK(g["participants"] == agg.participants);
    auto grows = parseCsv(renderGroupReport(m, agg, ReportFormat::Csv));
    REQUIRE(grows.size() == m.questions.size() + 1);
    for (const auto& row : grows) CHECK(row.size() == 12 + agg.groups.size());
}

TEST_CASE("the app's reports are the command line's, without the JSON one") {
    const Model m = reportModel();
    const Assessment a = northwind(m);
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Markdown, ReportFormat::Csv}) {
        CHECK_FALSE(renderExportReport(m, a, format).empty());
        CHECK(renderExportReport(m, a, format) == renderReport(m, a, format));
    }
    CHECK_FALSE(renderReport(m, a, ReportFormat::Json).empty());
    CHECK(renderExportReport(m, a, ReportFormat::Json).empty());
}
