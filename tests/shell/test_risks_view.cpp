// The risks view, drawn headless from the bundled model and sample.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>

#include "headless.hpp"
#include "shell/app.hpp"

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;
using smm::test::click;

namespace {

long indexOf(const std::string& s) {
    const auto& all = smm::ui::capturedText();
    auto it = std::find(all.begin(), all.end(), s);
    return it == all.end() ? -1 : static_cast<long>(it - all.begin());
}

int severityRank(const std::string& s) { return s == "high" ? 3 : s == "medium" ? 2 : s == "low" ? 1 : 0; }

std::string answerText(const smm::Model& model, int q, const smm::Answer& a) {
    return a.option >= 0 ? model.optionsFor(q)[a.option].label : std::string();
}

}  // namespace

// Tall enough that no card is clipped (clipped child windows draw nothing).
const ImVec2 kTall(1280, 9000);

TEST_CASE("every triggered risk shows why it applies, how to mitigate it and its source") {
    Headless h(kTall);
    smm::App app = bundledApp(smm::ui::ViewId::Risks);
    settle(h, app);
    const smm::Document& doc = app.document();
    const smm::Model& model = doc.model();
    REQUIRE(doc.risks().size() > 3);
    for (const auto& tr : doc.risks()) {
        const smm::Risk& risk = model.risks[tr.risk];
        INFO(risk.title);
        CHECK(indexOf(risk.title) >= 0);
        CHECK(Headless::drew(risk.description));
        CHECK(Headless::drew("Source: " + risk.source));
        REQUIRE_FALSE(tr.reasons.empty());
        for (const std::string& reason : tr.reasons) {
            // Reasons quoting a question are shown as that question and its answer.
            auto quoted = std::find_if(tr.questions.begin(), tr.questions.end(),
                                       [&](int q) { return reason.find(model.questions[q].text) != std::string::npos; });
            if (quoted == tr.questions.end()) CHECK(Headless::drew(reason));
        }
        for (int q : tr.questions) {
            CHECK(Headless::drew(model.questions[q].text));
            CHECK(Headless::drew("Answered \xE2\x80\x9C" + answerText(model, static_cast<int>(q), doc.assessment().answers[q]) + "\xE2\x80\x9D"));
            if (!doc.assessment().answers[q].note.empty()) CHECK(Headless::drew("Note: " + doc.assessment().answers[q].note));
        }
        for (const std::string& m : risk.mitigations) CHECK(Headless::drew(m));
        for (int a : risk.actions) CHECK(Headless::drew(model.actions[a].title));
    }
    CHECK(Headless::drew(std::to_string(doc.risks().size()) + " risks apply to your organisation"));
}

TEST_CASE("risks are drawn most serious first, with counts per severity on top") {
    Headless h(kTall);
    smm::App app = bundledApp(smm::ui::ViewId::Risks);
    settle(h, app);
    const smm::Document& doc = app.document();
    const smm::Model& model = doc.model();
    long last = -1;
    int lastRank = 4;
    int counts[4] = {0, 0, 0, 0};
    for (const auto& tr : doc.risks()) {
        const smm::Risk& risk = model.risks[tr.risk];
        const long at = indexOf(risk.title);
        CHECK(at > last);
        last = at;
        const int rank = severityRank(tr.severity);  // for this organisation
        CHECK(rank <= lastRank);
        lastRank = rank;
        ++counts[rank];
    }
    REQUIRE(counts[3] > 0);
    REQUIRE(counts[2] > 0);
    // Each count tile draws its number before its label.
    for (auto [rank, label] : {std::pair{3, "High"}, std::pair{2, "Medium"}, std::pair{1, "Low"}}) {
        const long at = indexOf(label);
        REQUIRE(at > 0);
        CHECK(smm::ui::capturedText()[at - 1] == std::to_string(counts[rank]));
    }
}

TEST_CASE("risks that do not apply are listed, collapsed, under their own header") {
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(1280, 800));
    smm::App app = bundledApp(smm::ui::ViewId::Risks);
    settle(h, app);
    const smm::Document& doc = app.document();
    const smm::Model& model = doc.model();
    std::vector<int> quiet;
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r)
        if (std::none_of(doc.risks().begin(), doc.risks().end(), [&](const auto& tr) { return tr.risk == r; }))
            quiet.push_back(r);
    REQUIRE_FALSE(quiet.empty());
    CHECK(Headless::drew("Not a concern right now"));
    for (int r : quiet) CHECK(indexOf(model.risks[r].title) == -1);

    // Scroll the header into view, then open it.
    h.moveMouse(ImVec2(640, 400));
    for (int i = 0; i < 40; ++i) {
        ImGui::GetIO().AddMouseWheelEvent(0.0f, -10.0f);
        h.frame([&] { app.frame(); });
    }
    const smm::ui::ItemRect header = smm::test::item("Not a concern right now");
    REQUIRE(header.max.y < 800.0f);
    click(h, app, header.centre());
    for (int r : quiet) CHECK(indexOf(model.risks[r].title) >= 0);
    // Most serious first here too.
    for (int a : quiet)
        for (int b : quiet)
            if (severityRank(model.risks[a].severity) > severityRank(model.risks[b].severity))
                CHECK(indexOf(model.risks[a].title) < indexOf(model.risks[b].title));
}

TEST_CASE("a mitigating action opens the map at that action's cell") {
    smm::test::ItemRegistry registry;
    Headless h(ImVec2(1280, 1400));
    smm::App app = bundledApp(smm::ui::ViewId::Risks);
    settle(h, app);
    // The most serious risk's first action that helps, found by what the link says.
    const smm::Model& model = app.document().model();
    REQUIRE_FALSE(app.document().risks().empty());
    const smm::Risk& risk = model.risks[app.document().risks().front().risk];
    REQUIRE_FALSE(risk.actions.empty());
    const smm::Action action = model.actions[risk.actions.front()];
    const smm::ui::ItemRect link = smm::test::item("\xE2\x86\x92 " + action.title);
    REQUIRE(link.max.y < 1400.0f);
    click(h, app, ImVec2(link.min.x + 10.0f, link.centre().y));
    CHECK(app.view() == smm::ui::ViewId::Map);
    CHECK(app.mapState().selectedDimension == action.dimension);
    CHECK(app.mapState().selectedStage == action.stage);
}

TEST_CASE("with nothing triggered the risks view says so") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Risks);
    smm::Document& doc = app.document();
    for (std::size_t q = 0; q < doc.model().questions.size(); ++q)
        doc.setAnswer(static_cast<int>(q), static_cast<int>(doc.model().optionsFor(static_cast<int>(q)).size()) - 1);
    REQUIRE(doc.risks().empty());
    settle(h, app);
    CHECK(Headless::drew("No risks apply right now"));
    CHECK(Headless::drew("Nothing to worry about at this stage"));
    CHECK(Headless::drew("Not a concern right now"));
    for (const smm::Action& a : doc.model().actions)  // no link to an action without a risk
        CHECK_FALSE(smm::ui::findItem("\xE2\x86\x92 " + a.title).has_value());
}
