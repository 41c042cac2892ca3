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
        {"<&>", "&lt;&amp;&gt;"},                       // nothing plain between them
        {"caf\xC3\xA9 <b>", "caf\xC3\xA9 &lt;b&gt;"},   // UTF-8 passes through whole
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
        CHECK(html.find(escapeHtml(smm::scoreAssessment(model, a).headline.external)) != std::string::npos);
    }
    SECTION("each triggered risk appears with its mitigations") {
        const smm::Score score = smm::scoreAssessment(model, a);
        for (const auto& tr : smm::triggeredRisks(model, a, score)) {
            CHECK(html.find(escapeHtml(model.risks[tr.risk].title)) != std::string::npos);
            for (const auto& m : model.risks[tr.risk].mitigations) CHECK(html.find(escapeHtml(m)) != std::string::npos);
        }
    }
}

TEST_CASE("the HTML report reads on a phone and prints without splitting rows") {
    const smm::Model& model = smm::test::defaultModel();
    smm::Assessment a = smm::makeBlankAssessment(model);
    a.organisation = "Café 日本 \xF0\x9F\x98\x80";  // accents, CJK and an emoji, kept byte for byte
    const std::string html = smm::renderHtmlReport(model, a);

    CHECK(html.find("<meta name=\"viewport\" content=\"width=device-width") != std::string::npos);
    CHECK(html.find("<meta charset=\"utf-8\">") != std::string::npos);
    CHECK(html.find(a.organisation) != std::string::npos);
    // The map's header row repeats on each printed page; no row or list item is cut in two.
    CHECK(html.find("<thead><tr><th>Dimension</th>") != std::string::npos);
    const auto print = html.find("@media print");
    REQUIRE(print != std::string::npos);
    const std::string printCss = html.substr(print, html.find("</style>") - print);
    CHECK(printCss.find("tr,li,.verdict{break-inside:avoid}") != std::string::npos);
    CHECK(printCss.find("h2{break-after:avoid}") != std::string::npos);
    // Every section is closed, in order.
    std::size_t open = 0, close = 0;
    for (std::size_t at = html.find("<section"); at != std::string::npos; at = html.find("<section", at + 1)) ++open;
    for (std::size_t at = html.find("</section>"); at != std::string::npos; at = html.find("</section>", at + 1)) ++close;
    CHECK(open == 4);
    CHECK(close == open);
}
