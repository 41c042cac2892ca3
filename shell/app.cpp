#include "app.hpp"

#include <algorithm>
#include <utility>
#include <variant>

#include "assets/assets.hpp"
#include "core/model_io.hpp"
#include "fonts.hpp"
#include "views/top_bar.hpp"

namespace smm {
namespace {
template <class... F>
struct Overloaded : F... {
    using F::operator()...;
};
template <class... F>
Overloaded(F...) -> Overloaded<F...>;
}  // namespace

App::App(Document doc) : doc_(std::move(doc)) {}

void App::frame() {
    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::Begin("##app", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoBringToFrontOnFocus);
    ImGui::PopStyleVar();

    ui::TopBarIntent top = ui::drawTopBar(doc_, view_);
    if (top.navigate) view_ = *top.navigate;
    if (top.toggleTheme)
        ui::applyTheme(ui::currentTheme() == ui::ThemeKind::Light ? ui::ThemeKind::Dark : ui::ThemeKind::Light);

    // Content scrolls under the fixed top bar; wide screens get a centred column.
    ImGui::PushStyleColor(ImGuiCol_ChildBg, ui::palette().page);
    ImGui::BeginChild("##content", ImVec2(0, 0), ImGuiChildFlags_None);
    const float maxWidth = 1320.0f, margin = 24.0f;
    const float avail = ImGui::GetContentRegionAvail().x;
    const float width = std::min(maxWidth, avail - 2 * margin);
    ImGui::SetCursorPos(ImVec2(std::max(margin, (avail - width) * 0.5f), margin));
    ImGui::BeginGroup();
    ImGui::PushItemWidth(width);
    ImGui::BeginChild("##column", ImVec2(width, 0), ImGuiChildFlags_AutoResizeY, ImGuiWindowFlags_NoScrollbar);
    Intents intents;
    drawCurrentView(intents);
    ImGui::EndChild();
    ImGui::PopItemWidth();
    ImGui::EndGroup();
    ImGui::Dummy(ImVec2(0, margin));
    ImGui::EndChild();
    ImGui::PopStyleColor();
    ImGui::End();
    for (const Intent& intent : intents) apply(intent);
}

void App::drawCurrentView(Intents& out) {
    switch (view_) {
        case ui::ViewId::Map: ui::drawMapView(doc_, map_, out); break;
        default: ui::drawMapView(doc_, map_, out); break;  // views not in kViews yet
    }
}

void App::apply(const Intent& intent) {
    std::visit(Overloaded{
                   [&](const SetAnswer& a) { doc_.setAnswer(a.question, a.option); },
                   [&](const SetNote& n) { doc_.setNote(n.question, n.note); },
                   [&](const SetTarget& t) { doc_.setTarget(t.dimension, t.level); },
                   [&](const ShowView& v) { view_ = v.view; },
                   [&](const FocusCell& c) {
                       view_ = ui::ViewId::Map;
                       map_.selectedDimension = c.dimension;
                       map_.selectedStage = c.stage;
                   },
               },
               intent);
}

StartupResult loadBundledDocument() {
    StartupResult result;
    Loaded<Model> model = loadModel(assets::defaultModel().text());
    if (!model.ok()) {
        result.error = "The built-in maturity model is invalid:\n" + model.describe();
        return result;
    }
    Loaded<Assessment> sample = loadAssessment(assets::sampleAssessment().text(), *model.value);
    if (!sample.ok()) {
        result.error = "The built-in sample assessment is invalid:\n" + sample.describe();
        return result;
    }
    result.document.emplace(std::move(*model.value), std::move(*sample.value));
    return result;
}

}  // namespace smm
