// The radar, drawn headless: every dimension is a labelled spoke, labels stay
// clear of each other and of the chart, hovering tells the numbers, and a
// group's average appears only when there is a group.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <cmath>

#include "assets/assets.hpp"
#include "core/aggregate.hpp"
#include "core/model_io.hpp"
#include "headless.hpp"
#include "shell/app.hpp"
#include "shell/views/radar_view.hpp"

using smm::test::Headless;
using smm::test::bundledApp;
using smm::test::settle;

namespace {

// Wrapped labels are drawn a line at a time: true when consecutive captured
// strings join (with spaces) into `text`.
bool drewAcrossLines(const std::string& text) {
    const auto& all = smm::ui::capturedText();
    for (std::size_t i = 0; i < all.size(); ++i) {
        std::string joined = all[i];
        for (std::size_t j = i + 1; joined.size() < text.size() && j < all.size(); ++j) joined += " " + all[j];
        if (joined == text) return true;
    }
    return false;
}

// Draws just the chart in a host window, so only its own text is captured.
smm::ui::RadarChartResult drawChartAlone(Headless& h, const smm::ui::RadarChartData& data, ImVec2 size) {
    smm::ui::RadarChartResult res;
    h.frame([&] {
        ImGui::SetNextWindowPos(ImVec2(0, 0));
        ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
        ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
        res = smm::ui::drawRadarChart(data, size);
        ImGui::End();
    });
    return res;
}

smm::ui::RadarChartData bundledData(const smm::Document& doc) {
    smm::ui::RadarChartData data;
    data.maxLevel = doc.model().stageCount();
    for (std::size_t d = 0; d < doc.model().dimensions.size(); ++d) {
        data.labels.push_back(doc.model().dimensions[d].name);
        data.current.push_back(doc.score().dimensions[d].level);
        data.targets.push_back(doc.score().dimensions[d].target);
    }
    return data;
}

}  // namespace

TEST_CASE("the radar has a labelled spoke for every dimension") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Radar);
    settle(h, app);
    const smm::Document& doc = app.document();
    const smm::ui::RadarChartData data = bundledData(doc);
    const auto res = drawChartAlone(h, data, ImVec2(760, 560));
    for (const auto& dim : doc.model().dimensions) CHECK(drewAcrossLines(dim.name));
    CHECK(res.points.size() == doc.model().dimensions.size());
    CHECK(res.labelRects.size() == doc.model().dimensions.size());
    for (int ring = 1; ring <= doc.model().stageCount(); ++ring) CHECK(Headless::drew(std::to_string(ring)));
}

TEST_CASE("spoke labels stay inside the chart, clear of the rings and of each other") {
    for (ImVec2 screen : {ImVec2(1280, 800), ImVec2(1920, 1080), ImVec2(820, 1000)}) {
        Headless h(screen);
        smm::App app = bundledApp(smm::ui::ViewId::Radar);
        settle(h, app);
        const auto& chart = app.radarState().chart;
        INFO("screen " << screen.x << "x" << screen.y);
        REQUIRE(chart.labelRects.size() == app.document().model().dimensions.size());
        CHECK(chart.radius >= 150.0f);
        CHECK_FALSE(chart.numbered);  // room for the names
        for (std::size_t i = 0; i < chart.labelRects.size(); ++i) {
            const auto& r = chart.labelRects[i];
            INFO("label " << i);
            CHECK(r.min.x >= 0.0f);
            CHECK(r.max.x <= screen.x);
            // No corner of a label inside the outer ring.
            for (ImVec2 c : {r.min, r.max, ImVec2(r.min.x, r.max.y), ImVec2(r.max.x, r.min.y)})
                CHECK(std::hypot(c.x - chart.centre.x, c.y - chart.centre.y) > chart.radius);
            for (std::size_t j = i + 1; j < chart.labelRects.size(); ++j) CHECK_FALSE(r.overlaps(chart.labelRects[j]));
        }
    }
}

TEST_CASE("on a phone the spokes are numbered, inside the screen and clear of each other") {
    for (ImVec2 screen : {ImVec2(390, 844), ImVec2(360, 740)}) {
        Headless h(screen, 3.0f);
        smm::App app = bundledApp(smm::ui::ViewId::Radar);
        settle(h, app);
        const auto& chart = app.radarState().chart;
        INFO("screen " << screen.x << "x" << screen.y << ", radius " << chart.radius);
        REQUIRE(chart.labelRects.size() == app.document().model().dimensions.size());
        CHECK(chart.radius >= 60.0f);  // a chart, not a dot
        // Names would not fit round it: the spokes are numbered, and so are the rows under it.
        CHECK(chart.numbered);
        CHECK(Headless::drew("1  " + app.document().model().dimensions[0].name.substr(0, 2)));
        for (std::size_t i = 0; i < chart.labelRects.size(); ++i) {
            const auto& r = chart.labelRects[i];
            INFO("label " << i);
            CHECK(r.min.x >= 0.0f);
            CHECK(r.max.x <= screen.x);
            for (std::size_t j = i + 1; j < chart.labelRects.size(); ++j) CHECK_FALSE(r.overlaps(chart.labelRects[j]));
        }
    }
}

TEST_CASE("current levels sit on their spokes at the right distance") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Radar);
    settle(h, app);
    const auto& chart = app.radarState().chart;
    const auto& score = app.document().score();
    const double stages = app.document().model().stageCount();
    for (std::size_t d = 0; d < score.dimensions.size(); ++d) {
        const ImVec2 p = chart.points.at(d);
        const double dist = std::hypot(p.x - chart.centre.x, p.y - chart.centre.y);
        CHECK(std::abs(dist - chart.radius * score.dimensions[d].level / stages) < 0.5);
    }
    // The first spoke points straight up.
    CHECK(std::abs(chart.points[0].x - chart.centre.x) < 0.5f);
    CHECK(chart.points[0].y <= chart.centre.y);
}

TEST_CASE("hovering a point shows its level and target") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Radar);
    settle(h, app);
    const smm::Document& doc = app.document();
    const int d = 3;  // an enabler with a target in the sample
    REQUIRE(doc.score().dimensions[d].target > 0);
    const auto& chart = app.radarState().chart;
    // Halfway out along the spoke, where the hover catches it even near the centre.
    const ImVec2 p = chart.points[d];
    const ImVec2 dir((p.x - chart.centre.x), (p.y - chart.centre.y));
    const float len = std::hypot(dir.x, dir.y);
    const ImVec2 at(chart.centre.x + dir.x / len * chart.radius * 0.6f, chart.centre.y + dir.y / len * chart.radius * 0.6f);
    h.moveMouse(at);
    h.frame([&] { app.frame(); });
    h.frame([&] { app.frame(); });
    CHECK(app.radarState().chart.hovered == d);
    CHECK(Headless::drew("Current level " + smm::formatLevel(doc.score().dimensions[d].level)));
    CHECK(Headless::drew("Target " + std::to_string(doc.score().dimensions[d].target)));
}

TEST_CASE("the table lists level, target and gap, and highlights the largest gaps") {
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Radar);
    settle(h, app);
    const smm::Document& doc = app.document();
    const auto& score = doc.score();
    for (const auto& dim : doc.model().dimensions) CHECK(Headless::drew(dim.name));
    CHECK(Headless::drew("TARGET"));
    CHECK(Headless::drew("GAP"));
    for (const auto& ds : score.dimensions) CHECK(Headless::drew(smm::formatLevel(ds.level)));

    const auto& big = app.radarState().biggestGaps;
    REQUIRE(big.size() == 3);
    auto gap = [&](std::size_t d) { return smm::ui::shownGap(score.dimensions[d].level, score.dimensions[d].target); };
    const double smallestHighlighted = gap(big.back());
    for (std::size_t d = 0; d < score.dimensions.size(); ++d)
        if (std::find(big.begin(), big.end(), static_cast<int>(d)) == big.end()) CHECK(gap(d) <= smallestHighlighted);
    CHECK(Headless::drew("Largest gaps: " + doc.model().dimensions[big.front()].name));
}

TEST_CASE("gaps are taken from the level as shown, so the numbers on screen add up") {
    CHECK(smm::ui::formatGap(2.25, 4) == "1.8");  // shown as 2.2 -> 4
    CHECK(smm::ui::formatGap(0.29, 3) == "2.8");
    CHECK(smm::ui::formatGap(3.5, 3) == "0.0");
    CHECK(smm::ui::formatGap(1.0, 0) == "\xE2\x80\x94");  // no target
}

TEST_CASE("clicking a row opens the map on that dimension's next stage") {
    smm::test::ItemRegistry registry;
    Headless h;
    smm::App app = bundledApp(smm::ui::ViewId::Radar);
    settle(h, app);
    const int d = 4;
    const ImVec2 row = smm::test::item(app.document().model().dimensions[d].name + "###row").centre();
    h.moveMouse(row);
    h.frame([&] { app.frame(); });
    h.mouseButton(true);
    h.frame([&] { app.frame(); });
    h.mouseButton(false);
    h.frame([&] { app.frame(); });
    CHECK(app.view() == smm::ui::ViewId::Map);
    CHECK(app.mapState().selectedDimension == d);
    CHECK(app.mapState().selectedStage == static_cast<int>(app.document().score().dimensions[d].level));
}

TEST_CASE("a group's average appears only when there is a group") {
    Headless h;
    smm::StartupResult start = smm::loadBundledDocument();
    REQUIRE(start.document.has_value());
    const smm::Document doc = std::move(*start.document);
    auto participants = smm::loadAssessments(smm::assets::sampleWorkshop().text(), doc.model());
    INFO(participants.describe());
    REQUIRE(participants.ok());
    const smm::Aggregate group = smm::aggregate(doc.model(), *participants.value);
    REQUIRE(group.participants > 1);

    smm::ui::RadarViewState state;
    smm::Intents out;
    auto draw = [&](const smm::Aggregate* g) {
        h.frame([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImGui::GetIO().DisplaySize);
            ImGui::Begin("host", nullptr, ImGuiWindowFlags_NoDecoration);
            smm::ui::drawRadarView(doc, state, out, g);
            ImGui::End();
        });
    };
    draw(nullptr);
    CHECK_FALSE(Headless::drew("Group average"));
    CHECK_FALSE(Headless::drew("GROUP"));
    draw(&group);
    CHECK(Headless::drew("Group average (" + std::to_string(group.participants) + " people)"));
    CHECK(Headless::drew("GROUP"));
    CHECK(Headless::drew(smm::formatLevel(group.dimensions[0].mean)));
    CHECK(out.empty());
}
