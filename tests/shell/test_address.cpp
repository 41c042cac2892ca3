// The page's address carries the view (and question): formatting and reading
// it back, and the app returning to where the address says.
#include <catch2/catch_test_macros.hpp>

#include "headless.hpp"
#include "shell/address.hpp"

using smm::ui::Address;
using smm::ui::ViewId;
using smm::ui::formatAddress;
using smm::ui::parseAddress;

TEST_CASE("every view's address reads back as the same view") {
    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        CAPTURE(v.label);
        const Address at{v.id, {}};
        const std::string query = formatAddress(at);
        CHECK(query == std::string("view=") + v.slug);
        CHECK(parseAddress(query) == at);
        CHECK(parseAddress("?" + query) == at);
    }
}

TEST_CASE("a question id survives the address, odd characters included") {
    const Address at{ViewId::Questionnaire, "gov policy/2&x=é"};
    const std::string query = formatAddress(at);
    CHECK(query.find(' ') == std::string::npos);
    CHECK(query.find("&x") == std::string::npos);
    CHECK(parseAddress(query) == at);
}

TEST_CASE("addresses the app did not write are ignored or read leniently") {
    CHECK_FALSE(parseAddress("").has_value());
    CHECK_FALSE(parseAddress("?utm_source=mail").has_value());
    CHECK_FALSE(parseAddress("view=nowhere").has_value());
    CHECK(parseAddress("utm=1&view=risks&x") == Address{ViewId::Risks, {}});
    // A question only means something in the questionnaire.
    CHECK(parseAddress("view=map&q=abc") == Address{ViewId::Map, {}});
    // A truncated escape is kept as written rather than lost.
    CHECK(parseAddress("view=questionnaire&q=a%2") == Address{ViewId::Questionnaire, "a%2"});
}

TEST_CASE("the app goes where the address says and reports where it is") {
    smm::test::Headless h(ImVec2(1280, 800));
    smm::App app = smm::test::bundledApp(ViewId::Overview);
    const smm::Model& model = app.document().model();
    const smm::Question& last = model.questions.back();
    app.goTo(Address{ViewId::Questionnaire, last.id});
    smm::test::settle(h, app);
    CHECK(app.view() == ViewId::Questionnaire);
    CHECK(app.questionnaireState().dimension == last.dimension);
    CHECK(app.address() == Address{ViewId::Questionnaire, last.id});

    app.goTo(Address{ViewId::Map, {}});
    smm::test::settle(h, app);
    CHECK(app.address() == Address{ViewId::Map, {}});

    // An unknown question still opens the questionnaire, at its first question.
    app.goTo(Address{ViewId::Questionnaire, "no-such-question"});
    smm::test::settle(h, app);
    CHECK(app.view() == ViewId::Questionnaire);
    CHECK_FALSE(app.address().question.empty());
}
