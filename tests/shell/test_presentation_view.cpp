// Presentation mode, headless: which slides a document gets, what each says,
// the keys a clicker sends, hidden results, anonymity, the countdown, and the
// app switching in and out of it.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>

#include "assets/assets.hpp"
#include "core/model_io.hpp"
#include "core/risks.hpp"
#include "core/workshop.hpp"
#include "core/workshop_summary.hpp"
#include "headless.hpp"
#include "shell/views/presentation_view.hpp"
#include "shell/views/workshop_view.hpp"

using namespace smm;
using smm::test::Headless;
using ui::Slide;

namespace {

Document bundledDocument() {
    StartupResult start = loadBundledDocument();
    REQUIRE(start.document.has_value());
    return std::move(*start.document);
}

Workshop sampleWorkshop(const Model& model, bool revealed) {
    auto participants = loadAssessments(assets::sampleWorkshop().text(), model);
    INFO(participants.describe());
    REQUIRE(participants.ok());
    Workshop w;
    w.setup.organisation = "Northwind Traders";
    w.setup.date = "2026-11-30";
    for (std::size_t i = 0; i < participants.value->size(); ++i)
        w.responses.push_back({"r" + std::to_string(i), (*participants.value)[i]});
    w.revealed = revealed;
    return w;
}

// The bundled document running the sample workshop: nine responses (IT 3,
// Marketing 3, Executive 2, Operations 1), results revealed.
Document workshopDocument() {
    Document doc = bundledDocument();
    doc.setWorkshop(sampleWorkshop(doc.model(), true));
    return doc;
}

Workshop workshopOf(const Document& doc, bool revealed) {
    Workshop w = *doc.workshop();
    w.revealed = revealed;
    return w;
}

// A Headless context at projector size with the presentation fonts baked.
struct Projector {
    explicit Projector(ImVec2 size = ImVec2(1920, 1080)) : h(size) {
        ui::wantPresentationFonts(true);
        ui::buildFonts(1.0f);
        unsigned char* pixels = nullptr;
        int w = 0, hh = 0;
        ImGui::GetIO().Fonts->GetTexDataAsRGBA32(&pixels, &w, &hh);
    }
    ~Projector() { ui::wantPresentationFonts(false); }
    Intents show(const Document& doc, const Workshop* w, ui::PresentationState& state, std::string_view link = {}) {
        Intents out;
        h.frame([&] { ui::drawPresentation(doc, w, state, out, link); });
        return out;
    }
    Intents press(const Document& doc, const Workshop* w, ui::PresentationState& state, ImGuiKey key) {
        h.key(key, true);
        Intents out = show(doc, w, state);
        h.key(key, false);
        show(doc, w, state);
        return out;
    }
    Headless h;
};

template <typename T>
bool has(const Intents& out) {
    return std::any_of(out.begin(), out.end(), [](const Intent& i) { return std::holds_alternative<T>(i); });
}

}  // namespace

TEST_CASE("slides: the group's two only when there are participants") {
    const Document single = bundledDocument();
    CHECK(ui::presentationSlides(single) == std::vector<Slide>{Slide::Standing, Slide::Risks, Slide::Roadmap, Slide::NextSteps});
    const Document group = workshopDocument();
    CHECK(ui::presentationSlides(group) == std::vector<Slide>{Slide::Standing, Slide::Disagreement, Slide::Groups,
                                                              Slide::Risks, Slide::Roadmap, Slide::NextSteps});
}

TEST_CASE("type: body at least 28 px on a 1080p projector, scaled with the window") {
    CHECK(ui::slideBodySize(ImVec2(1920, 1080)) >= 28.0f);
    CHECK(ui::slideBodySize(ImVec2(1280, 720)) >= 20.0f);
    CHECK(ui::slideBodySize(ImVec2(3840, 2160)) == 2 * ui::slideBodySize(ImVec2(1920, 1080)));
    // A window wider than 16:9 is limited by its height, a taller one by its width.
    CHECK(ui::slideBodySize(ImVec2(2560, 1080)) == ui::slideBodySize(ImVec2(1920, 1080)));
    CHECK(ui::slideBodySize(ImVec2(1280, 1024)) == ui::slideBodySize(ImVec2(1280, 720)));
    Projector p;
    REQUIRE(ui::fonts().slideBody != nullptr);
    CHECK(ui::fonts().slideBody->FontSize >= ui::slideBodySize(ImVec2(1920, 1080)));  // baked, not magnified
    ui::wantPresentationFonts(false);
    CHECK(ui::fontsOutdated());
}

TEST_CASE("each slide says what it is about, in the model's words") {
    Projector p;
    const Document doc = workshopDocument();
    Workshop w = workshopOf(doc, true);
    ui::PresentationState state;
    const Model& model = doc.model();
    const Score& score = doc.score();

    p.show(doc, &w, state);
    CHECK(Headless::drew("WHERE WE STAND"));
    // The headline in core's words: the standing leads, the network word is a label.
    CHECK(Headless::drew(score.external.name));
    if (!score.headline.network.empty()) CHECK(Headless::drew(score.headline.network.substr(0, 15)));
    CHECK(Headless::drew("With customers: "));
    for (const Dimension& d : model.dimensions) CHECK(Headless::drew(d.name));
    CHECK(Headless::drew("1 / 6"));
    CHECK(Headless::drew("Northwind Traders \xC2\xB7 2026-11-30"));

    state.slide = 1;
    p.show(doc, &w, state);
    const Aggregate& agg = *doc.group();
    CHECK(Headless::drew("WHERE WE DISAGREE"));
    CHECK(Headless::drew("Agreement " + formatPercent(agg.agreement)));
    REQUIRE_FALSE(agg.contested.empty());
    const int most = agg.contested.front();
    CHECK(Headless::drew(model.questions[most].text));
    // Its distribution: each option given, with how many gave it.
    const Distribution& d = agg.answers[most];
    for (std::size_t o = 0; o < d.options.size(); ++o)
        if (d.options[o] > 0) CHECK(Headless::drew(model.optionsFor(most)[o].label + " " + std::to_string(d.options[o])));

    state.slide = 2;
    p.show(doc, &w, state);
    CHECK(Headless::drew("HOW THE GROUPS SEE IT"));
    const std::vector<GroupGap> gaps = groupGaps(agg, w);
    REQUIRE_FALSE(gaps.empty());
    CHECK(Headless::drew("Largest gap: " + model.dimensions[gaps.front().dimension].name));
    CHECK(Headless::drew("gap " + formatLevel(gaps.front().gap)));

    state.slide = 3;
    p.show(doc, &w, state);
    const auto top = topRisks(model, doc.assessment(), score, 4);
    REQUIRE_FALSE(top.empty());
    CHECK(Headless::drew(model.risks[top.front().risk].title));

    state.slide = 4;
    p.show(doc, &w, state);
    if (!doc.roadmap().items.empty()) {
        CHECK(Headless::drew("Phase 1"));
        CHECK(Headless::drew(model.actions[doc.roadmap().items.front().action].title));
    }

    state.slide = 5;
    p.show(doc, &w, state);
    CHECK(Headless::drew("AGREED NEXT STEPS"));
    if (!doc.roadmap().items.empty()) CHECK(Headless::drew("owner to agree"));
    REQUIRE_FALSE(model.actions.empty());
    w.decisions.push_back({0, "Dana (CIO)", "2027-03"});
    p.show(doc, &w, state);
    CHECK(Headless::drew("What we agreed"));
    CHECK(Headless::drew(model.actions[0].title));
    CHECK(Headless::drew("Dana (CIO)"));
    CHECK(Headless::drew("2027-03"));
    CHECK_FALSE(Headless::drew("owner to agree"));
}

TEST_CASE("anonymity: groups under three people are left out and named as left out") {
    Projector p;
    const Document doc = workshopDocument();
    Workshop w = workshopOf(doc, true);
    ui::PresentationState state;
    state.slide = 2;
    p.show(doc, &w, state);
    CHECK(Headless::drew("IT (3)"));
    CHECK(Headless::drew("Marketing & communications (3)"));
    CHECK_FALSE(Headless::drew("Executive team (2)"));
    CHECK(Headless::drew("Not shown, fewer than 3 people (anonymity): Executive team, Operations & service."));
    SECTION("with anonymity off every group shows") {
        w.setup.anonymous = false;
        p.show(doc, &w, state);
        CHECK(Headless::drew("Executive team (2)"));
        CHECK(Headless::drew("Operations & service (1)"));
        CHECK_FALSE(Headless::drew("Not shown"));
    }
    SECTION("participants without a workshop count as anonymous") {
        p.show(doc, nullptr, state);
        CHECK_FALSE(Headless::drew("Executive team (2)"));
    }
}

TEST_CASE("hidden results: the count and how to reveal, never the results") {
    Projector p;
    const Document doc = workshopDocument();
    Workshop w = workshopOf(doc, false);
    ui::PresentationState state;
    const std::string link = "https://example.org/#w=abc";
    p.show(doc, &w, state, link);
    CHECK(Headless::drew("Results hidden"));
    CHECK(Headless::drew(responseCount(doc.model(), w)));
    CHECK(Headless::drew("9 responses: IT 3"));
    CHECK(Headless::drew("Press R to reveal"));
    CHECK(Headless::drew("Scan to answer on your phone"));
    CHECK(Headless::drew(link));
    CHECK_FALSE(Headless::drew("With customers: "));
    for (int slide = 1; slide < 6; ++slide) {
        state.slide = slide;
        p.show(doc, &w, state);
        CHECK(Headless::drew("Results hidden"));
        CHECK_FALSE(Headless::drew("Agreement "));
        CHECK_FALSE(Headless::drew("Scan to answer"));  // the invitation is on the first slide
    }
    SECTION("R asks to reveal") { CHECK(has<RevealResults>(p.press(doc, &w, state, ImGuiKey_R))); }
    SECTION("once revealed, R does nothing") {
        w.revealed = true;
        CHECK_FALSE(has<RevealResults>(p.press(doc, &w, state, ImGuiKey_R)));
    }
}

TEST_CASE("keys: what a clicker sends moves between slides, Esc leaves") {
    Projector p;
    const Document doc = workshopDocument();
    ui::PresentationState state;
    p.show(doc, nullptr, state);
    CHECK(state.slideCount == 6);
    p.press(doc, nullptr, state, ImGuiKey_PageDown);
    CHECK(state.slide == 1);
    CHECK(Headless::drew("2 / 6"));
    p.press(doc, nullptr, state, ImGuiKey_RightArrow);
    p.press(doc, nullptr, state, ImGuiKey_Space);
    CHECK(state.slide == 3);
    p.press(doc, nullptr, state, ImGuiKey_PageUp);
    p.press(doc, nullptr, state, ImGuiKey_LeftArrow);
    CHECK(state.slide == 1);
    p.press(doc, nullptr, state, ImGuiKey_End);
    CHECK(state.slide == 5);
    p.press(doc, nullptr, state, ImGuiKey_PageDown);
    CHECK(state.slide == 5);  // stays on the last
    p.press(doc, nullptr, state, ImGuiKey_Home);
    CHECK(state.slide == 0);
    p.press(doc, nullptr, state, ImGuiKey_PageUp);
    CHECK(state.slide == 0);
    CHECK(has<LeavePresentation>(p.press(doc, nullptr, state, ImGuiKey_Escape)));
}

TEST_CASE("the countdown: T starts five minutes, + and - change them, T stops it") {
    Projector p;
    const Document doc = bundledDocument();
    ui::PresentationState state;
    p.show(doc, nullptr, state);
    CHECK(ui::presentationRedrawIn(state, ui::presentationClock()) < 0);
    p.press(doc, nullptr, state, ImGuiKey_T);
    REQUIRE(state.timerEnd > 0);
    CHECK(Headless::drew("5:00"));
    const double wait = ui::presentationRedrawIn(state, ui::presentationClock());
    CHECK(wait > 0);
    CHECK(wait <= 1.0);
    p.press(doc, nullptr, state, ImGuiKey_Equal);
    CHECK(state.timerMinutes == 6);
    CHECK(Headless::drew("6:00"));
    p.press(doc, nullptr, state, ImGuiKey_Minus);
    p.press(doc, nullptr, state, ImGuiKey_Minus);
    CHECK(Headless::drew("4:00"));
    p.press(doc, nullptr, state, ImGuiKey_T);
    CHECK(state.timerEnd == 0);
    CHECK_FALSE(Headless::drew("4:00"));
}

TEST_CASE("the app presents and leaves: only the slides while presenting") {
    Projector p;
    App app = smm::test::bundledApp();
    p.h.frame([&] { app.frame(); });
    CHECK_FALSE(Headless::drew("WHERE WE STAND"));
    app.apply(StartPresentation{});
    CHECK(app.presenting());
    CHECK(ui::fontsOutdated() == false);  // Projector baked them already
    p.h.frame([&] { app.frame(); });
    CHECK(Headless::drew("WHERE WE STAND"));
    CHECK(Headless::drew("1 / 4"));
    CHECK_FALSE(Headless::drew("Questionnaire"));  // no tabs, no top bar
    p.h.key(ImGuiKey_PageDown, true);
    p.h.frame([&] { app.frame(); });
    p.h.key(ImGuiKey_PageDown, false);
    p.h.frame([&] { app.frame(); });
    CHECK(app.presentationState().slide == 1);
    p.h.key(ImGuiKey_Escape, true);
    p.h.frame([&] { app.frame(); });
    p.h.key(ImGuiKey_Escape, false);
    CHECK_FALSE(app.presenting());
    CHECK(ui::fontsOutdated());  // the large sizes are no longer wanted
    p.h.frame([&] { app.frame(); });
    CHECK_FALSE(Headless::drew("WHERE WE STAND"));
}

TEST_CASE("every slide draws at 1280x720, 1920x1080 and on a phone") {
    auto size = GENERATE(ImVec2(1280, 720), ImVec2(390, 844), ImVec2(1920, 1080));
    Projector p(size);
    const Document doc = workshopDocument();
    Workshop w = workshopOf(doc, true);
    ui::PresentationState state;
    for (int slide = 0; slide < 6; ++slide) {
        state.slide = slide;
        p.show(doc, &w, state);
        CHECK(Headless::drew(std::to_string(slide + 1) + " / 6"));
    }
}

// One contested list for every surface (core/workshop_summary): the workshop
// view lays it out whole, the slide takes its first three, and both say the
// agreement in the one percent rule.
TEST_CASE("one contested list: the workshop view shows all of it and the slide its first three") {
    const Document doc = workshopDocument();
    const Workshop w = workshopOf(doc, true);
    const Model& model = doc.model();
    const Aggregate& agg = *doc.group();
    const WorkshopSummary sum = summariseWorkshop(agg, w);
    REQUIRE(sum.contested.size() > 3);
    const auto question = [&](int q) { return model.questions[static_cast<std::size_t>(q)].text; };
    {
        Headless h(ImVec2(1280, 8000));
        ui::WorkshopViewState st;
        for (int i = 0; i < 3; ++i)
            h.frame([&] {
                ImGui::SetNextWindowPos(ImVec2(0, 0));
                ImGui::SetNextWindowSize(ImVec2(1280, 8000));
                ImGui::Begin("workshop");
                Intents out;
                ui::drawWorkshopView(doc, "https://example.org/#w=code", st, out);
                ImGui::End();
            });
        CHECK(Headless::drew("Agreement " + formatPercent(sum.agreement) + " across "));
        for (int q : sum.contested) CHECK(Headless::drew(question(q)));
        for (std::size_t i = kContestedShown; i < agg.contested.size(); ++i) CHECK_FALSE(Headless::drew(question(agg.contested[i])));
    }
    Projector p;
    ui::PresentationState state;
    state.slide = 1;
    p.show(doc, &w, state);
    CHECK(Headless::drew("Agreement " + formatPercent(sum.agreement)));
    CHECK(Headless::drew(question(sum.contested[0])));
    for (std::size_t i = 3; i < sum.contested.size(); ++i) CHECK_FALSE(Headless::drew(question(sum.contested[i])));
}
