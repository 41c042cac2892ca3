// The print-ready HTML report: complete, static, and safe with any input.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include "core/report_html.hpp"
#include "core/risks.hpp"
#include "core/scoring.hpp"
#include "test_helpers.hpp"

using smm::escapeHtml;

TEST_CASE("escapeHtml replaces every character that could open markup") {
    auto [in, out] = GENERATE(table<std::string, std::string>({
        {"plain", "plain"},
        {"<script>alert(1)</script>", "&lt;script&gt;alert(1)&lt;/script&gt;"},
        {"a & b", "a &amp; b"},
        {"\"quoted\" 'single'", "&quot;quoted&quot; &#39;single&#39;"},
        {"", ""},
    }));
    CHECK(escapeHtml(in) == out);
}

TEST_CASE("the HTML report stands on its own and escapes what users typed") {
    const smm::Model& model = smm::test::defaultModel();
    smm::Assessment a = smm::makeBlankAssessment(model);
    a.organisation = "<img src=x onerror=alert(1)> & Sons";
    a.answers[0].option = 3;
    a.answers[0].note = "<b>bold</b>";
    a.targets[0] = 3;
    const std::string html = smm::renderHtmlReport(model, a);

    CHECK(html.rfind("<!doctype html>", 0) == 0);
    CHECK(html.find("&lt;img src=x onerror=alert(1)&gt; &amp; Sons") != std::string::npos);
    CHECK(html.find("<img") == std::string::npos);
    CHECK(html.find("<script") == std::string::npos);
    for (const char* tag : {"<link", "<iframe", "<object", "<a "})  // nothing loads or links elsewhere
        CHECK(html.find(tag) == std::string::npos);

    SECTION("it carries the verdict, the map, every dimension and the peer facts with sources") {
        for (const auto& d : model.dimensions) CHECK(html.find(escapeHtml(d.name)) != std::string::npos);
        for (const auto& f : model.peerFacts) CHECK(html.find(escapeHtml(f.source)) != std::string::npos);
        CHECK(html.find("Maturity map") != std::string::npos);
        CHECK(html.find("Not yet at stage 1") != std::string::npos);
    }
    SECTION("each triggered risk appears with its mitigations") {
        const smm::Score score = smm::scoreAssessment(model, a);
        for (const auto& tr : smm::triggeredRisks(model, a, score)) {
            CHECK(html.find(escapeHtml(model.risks[tr.risk].title)) != std::string::npos);
            for (const auto& m : model.risks[tr.risk].mitigations) CHECK(html.find(escapeHtml(m)) != std::string::npos);
        }
    }
}
