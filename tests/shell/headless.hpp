// A Dear ImGui context with the app's fonts and theme and no GPU: frames are
// built and their draw data inspected, input is injected through ImGuiIO.
#pragma once

#include <imgui.h>

#include <algorithm>
#include <optional>
#include <string>
#include <string_view>

#include <catch2/catch_test_macros.hpp>

#include "shell/app.hpp"
#include "shell/fonts.hpp"
#include "shell/item_registry.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::test {

class Headless {
public:
    explicit Headless(ImVec2 size = ImVec2(1280, 800), float pixelRatio = 1.0f) {
        ImGui::CreateContext();
        ImGuiIO& io = ImGui::GetIO();
        io.IniFilename = nullptr;
        io.DisplaySize = size;
        io.DeltaTime = 1.0f / 60.0f;
        io.ConfigFlags |= ImGuiConfigFlags_NavEnableKeyboard;
        ui::applyTheme(ui::ThemeKind::Light);
        ui::buildFonts(pixelRatio);
        unsigned char* pixels = nullptr;
        int w = 0, h = 0;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what a renderer would upload
        ui::setTextCapture(true);
    }
    ~Headless() {
        ui::setTextCapture(false);
        ui::clearCapturedText();
        ImGui::DestroyContext();
    }
    Headless(const Headless&) = delete;
    Headless& operator=(const Headless&) = delete;

    // One frame: `draw` runs between NewFrame and Render. Text drawn in this
    // frame replaces the previous frame's capture.
    template <typename Draw>
    const ImDrawData& frame(Draw&& draw) {
        ui::clearCapturedText();
        ImGui::NewFrame();
        draw();
        ImGui::Render();
        return *ImGui::GetDrawData();
    }

    void moveMouse(ImVec2 pos) { ImGui::GetIO().AddMousePosEvent(pos.x, pos.y); }
    void mouseButton(bool down) { ImGui::GetIO().AddMouseButtonEvent(0, down); }
    void key(ImGuiKey k, bool down) { ImGui::GetIO().AddKeyEvent(k, down); }

    static bool drew(std::string_view text) {
        const auto& all = ui::capturedText();
        return std::any_of(all.begin(), all.end(), [&](const std::string& s) { return s.find(text) != std::string::npos; });
    }
    static int vertexCount(const ImDrawData& data) { return data.TotalVtxCount; }
};

// The item registry on for a test's lifetime: tests find what they click by
// its label, as the browser tests do, instead of by pixels.
struct ItemRegistry {
    ItemRegistry() { ui::setItemRegistry(true); }
    ~ItemRegistry() { ui::setItemRegistry(false); }
    ItemRegistry(const ItemRegistry&) = delete;
    ItemRegistry& operator=(const ItemRegistry&) = delete;
};

// The item drawn (and in sight) in the last frame with this label; fails the test when there is none.
inline ui::ItemRect item(std::string_view label) {
    const std::optional<ui::ItemRect> found = ui::findItem(label);
    INFO("item " << label);
    REQUIRE(found.has_value());
    return *found;
}

// The app with the bundled model and sample, showing `view`.
inline App bundledApp(ui::ViewId view = ui::ViewId::Overview) {
    StartupResult start = loadBundledDocument();
    INFO(start.error);
    REQUIRE(start.document.has_value());
    App app(std::move(*start.document));
    app.showView(view);
    return app;
}

// Frames until ImGui has settled (windows and auto-sized cards measure
// themselves on their first frames).
inline void settle(Headless& h, App& app, int frames = 3) {
    for (int i = 0; i < frames; ++i) h.frame([&] { app.frame(); });
}

// A left click at `at`: move, press, release, each on its own frame as a
// person's input would arrive.
inline void click(Headless& h, App& app, ImVec2 at) {
    h.moveMouse(at);
    h.frame([&] { app.frame(); });
    h.mouseButton(true);
    h.frame([&] { app.frame(); });
    h.mouseButton(false);
    h.frame([&] { app.frame(); });
}

}  // namespace smm::test
