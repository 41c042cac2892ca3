// What the sources say: facts on this organisation's gaps first, one title
// and the kind's label on every surface.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>

#include "core/report.hpp"
#include "core/scoring.hpp"
#include "core/sources.hpp"
#include "test_helpers.hpp"

using namespace smm;

TEST_CASE("facts that bear on a gap come first; the rest keep the model's order") {
    const Model& m = test::defaultModel();
    REQUIRE(m.peerFacts.size() >= 2);
    const auto on = std::find_if(m.peerFacts.begin(), m.peerFacts.end(), [](const PeerFact& f) { return !f.questions.empty(); });
    REQUIRE(on != m.peerFacts.end());
    const int fact = static_cast<int>(on - m.peerFacts.begin());
    Assessment a = makeBlankAssessment(m);
    for (std::size_t q = 0; q < a.answers.size(); ++q) a.answers[q].option = static_cast<int>(m.optionsFor(int(q)).size()) - 1;
    for (std::size_t d = 0; d < a.targets.size(); ++d) a.targets[d] = 0;
    const std::vector<int> allGood = sourcesInOrder(m, scoreAssessment(m, a));
    for (std::size_t i = 0; i < allGood.size(); ++i) CHECK(allGood[i] == static_cast<int>(i));  // no gaps: model order
    a.answers[on->questions.front()].option = 0;  // one gap this fact bears on
    const std::vector<int> withGap = sourcesInOrder(m, scoreAssessment(m, a));
    CHECK(withGap.front() == fact);
    CHECK(withGap.size() == m.peerFacts.size());
}

TEST_CASE("the reports use the sources' one title and label each fact by its kind") {
    const Model& m = test::defaultModel();
    const Assessment a = makeBlankAssessment(m);
    const PeerFact& f = m.peerFacts.front();
    REQUIRE(f.kind != FactKind::Unset);
    for (ReportFormat format : {ReportFormat::Text, ReportFormat::Markdown}) {
        const std::string r = renderReport(m, a, format);
        CHECK(r.find(kSourcesTitle) != std::string::npos);
        CHECK(r.find(std::string(factKindLabel(f.kind)) + ": " + f.text) != std::string::npos);
        CHECK(r.find("Peers") == std::string::npos);
    }
}
