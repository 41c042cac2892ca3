// Timings of the Dear ImGui shell, headless (no GPU): one UI frame of every
// view with a 200-participant workshop open, the frame after a keystroke
// (autosave included), and what start-up builds before the first frame
// (loading the bundled model, the font atlas). Run by scripts/bench.sh on an
// optimised build; prints numbers, asserts nothing.
//
// Presentation mode: one frame of every slide at 1920x1080 (budget 4 ms), and
// the font atlas with its large sizes.
//
//   bench_ui [PARTICIPANTS] [FRAMES]
#include <imgui.h>

#include <chrono>
#include <cstdio>
#include <cstdlib>
#include <map>
#include <vector>
#include <string>

#include "core/model_io.hpp"
#include "core/workshop_codes.hpp"
#include "shell/app.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "workshop.hpp"

namespace {

// Local storage in memory, so autosave does its real work.
class MemoryPlatform : public smm::Platform {
public:
    std::optional<std::string> loadItem(const std::string& key) override {
        auto it = items_.find(key);
        return it == items_.end() ? std::nullopt : std::optional<std::string>(it->second);
    }
    bool saveItem(const std::string& key, const std::string& value) override {
        items_[key] = value;
        return true;
    }
    void removeItem(const std::string& key) override { items_.erase(key); }
    std::vector<std::string> listKeys(const std::string& prefix) override {
        std::vector<std::string> keys;
        for (const auto& [key, value] : items_)
            if (key.compare(0, prefix.size(), prefix) == 0) keys.push_back(key);
        return keys;
    }
    void copyText(const std::string&) override {}
    void download(const std::string&, const std::string&, const std::string&) override {}
    void downloadScreenshot(const std::string&) override {}
    void pickFile(smm::FileKind) override {}
    std::string pageAddress() override { return "http://127.0.0.1/"; }
    void clearFragment() override {}

private:
    std::map<std::string, std::string> items_;
};

void frame(smm::App& app) {
    ImGui::NewFrame();
    app.frame();
    ImGui::Render();
}

// What the page does with a big file or paste (web/frame_loop.cpp): `start`
// it, a frame says what is coming, then each frame runs 40 ms of slices.
struct Sliced {
    double firstFrameMs = 0, totalMs = 0, longestMs = 0;  // longest: the longest the page goes without a frame
    int frames = 0;
};
template <typename Start>
Sliced asThePageDoes(smm::App& app, Start&& start) {
    using Clock = std::chrono::steady_clock;
    auto ms = [](Clock::duration d) { return std::chrono::duration<double, std::milli>(d).count(); };
    const Clock::time_point t0 = Clock::now();
    Sliced out;
    start();
    frame(app);
    out.firstFrameMs = ms(Clock::now() - t0);
    for (out.frames = 1; app.busy(); ++out.frames) {
        const Clock::time_point f0 = Clock::now();
        app.work(40.0);
        frame(app);
        out.longestMs = std::max(out.longestMs, ms(Clock::now() - f0));
    }
    out.totalMs = ms(Clock::now() - t0);
    return out;
}

}  // namespace

int main(int argc, char** argv) {
    const int participants = argc > 1 ? std::max(2, std::atoi(argv[1])) : 200;
    const int frames = argc > 2 ? std::max(1, std::atoi(argv[2])) : 50;

    ImGui::CreateContext();
    ImGuiIO& io = ImGui::GetIO();
    io.IniFilename = nullptr;
    io.DisplaySize = ImVec2(1280, 800);
    io.DeltaTime = 1.0f / 60.0f;
    smm::ui::applyTheme(smm::ui::ThemeKind::Light);

    // Start-up work, in the order the browser does it.
    smm::StartupResult start;
    smm::bench::Timing load = smm::bench::time(5, 1, [&](int) { start = smm::loadBundledDocument(); });
    if (!start.document) {
        std::fprintf(stderr, "bench: %s\n", start.error.c_str());
        return 1;
    }
    std::printf("load the bundled model and sample: %.2f ms (cpu %.2f ms)\n", load.median, load.cpu);
    for (float ratio : {1.0f, 2.0f}) {
        smm::bench::Timing atlas = smm::bench::time(5, 1, [&](int) {
            smm::ui::buildFonts(ratio);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);  // what the renderer uploads
        });
        int w = 0, h = 0;
        unsigned char* pixels = nullptr;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        std::printf("font atlas at DPR %.0f: %.2f ms (cpu %.2f ms, %dx%d)\n", ratio, atlas.median, atlas.cpu, w, h);
    }
    smm::ui::buildFonts(1.0f);

    // A workshop file as a facilitator would import it.
    const smm::Model& model = start.document->model();
    std::string file = "{\"assessments\":[";
    for (const smm::Assessment& a : smm::bench::randomWorkshop(model, participants, 20261130u)) {
        if (file.back() != '[') file += ",";
        file += smm::saveAssessment(a, model, false);
    }
    file += "]}";

    MemoryPlatform platform;
    smm::App app(std::move(*start.document), &platform);
    app.start();
    const Sliced drop = asThePageDoes(app, [&] { app.openFile("workshop.json", file); });
    std::printf("drop a workshop file: first frame saying so %.1f ms, done in %.1f ms over %d frames (longest %.1f ms)\n",
                drop.firstFrameMs, drop.totalMs, drop.frames, drop.longestMs);
    std::printf("workshop: %zu participants (%zu KB of JSON)\n", app.document().workshop() ? app.document().workshop()->responses.size() : std::size_t(0), file.size() / 1024);

    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        app.showView(v.id);
        for (int i = 0; i < 3; ++i) frame(app);  // windows measure themselves first
        smm::bench::Timing t = smm::bench::time(frames, 1, [&](int) { frame(app); });
        std::printf("UI frame, %s: median %.3f ms (min %.3f, cpu %.3f, %d frames; %d vertices)\n", v.label, t.median, t.min, t.cpu, frames,
                    ImGui::GetDrawData()->TotalVtxCount);
    }

    // A keystroke in the organisation's name: the document changes, autosave runs.
    app.showView(smm::ui::ViewId::Overview);
    int typed = 0;
    smm::bench::Timing key = smm::bench::time(frames, 1, [&](int) {
        app.apply(smm::SetOrganisation{"Benchmark Ltd " + std::to_string(++typed)});
        frame(app);
    });
    std::printf("UI frame after a keystroke (autosave): median %.3f ms (min %.3f, cpu %.3f, %d frames)\n", key.median, key.min,
                key.cpu, frames);

    // Presentation mode on a 1080p projector, the workshop's results revealed.
    smm::ui::wantPresentationFonts(true);
    for (float ratio : {1.0f, 2.0f}) {
        smm::bench::Timing atlas = smm::bench::time(5, 1, [&](int) {
            smm::ui::buildFonts(ratio);
            unsigned char* pixels = nullptr;
            int w = 0, h = 0;
            io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        });
        int w = 0, h = 0;
        unsigned char* pixels = nullptr;
        io.Fonts->GetTexDataAsRGBA32(&pixels, &w, &h);
        std::printf("font atlas with presentation sizes at DPR %.0f: %.2f ms (cpu %.2f ms, %dx%d)\n", ratio, atlas.median,
                    atlas.cpu, w, h);
    }
    smm::ui::buildFonts(1.0f);
    io.DisplaySize = ImVec2(1920, 1080);
    app.apply(smm::StartPresentation{});
    frame(app);
    const int slides = app.presentationState().slideCount;
    for (int slide = 0; slide < slides; ++slide) {
        // Home, then PageDown `slide` times: the keys a clicker sends.
        io.AddKeyEvent(ImGuiKey_Home, true);
        frame(app);
        io.AddKeyEvent(ImGuiKey_Home, false);
        frame(app);
        for (int i = 0; i < slide; ++i) {
            io.AddKeyEvent(ImGuiKey_PageDown, true);
            frame(app);
            io.AddKeyEvent(ImGuiKey_PageDown, false);
            frame(app);
        }
        smm::bench::Timing t = smm::bench::time(frames, 1, [&](int) { frame(app); });
        std::printf("presentation frame, slide %d of %d: median %.3f ms (min %.3f, cpu %.3f; %d vertices)\n",
                    app.presentationState().slide + 1, slides, t.median, t.min, t.cpu, ImGui::GetDrawData()->TotalVtxCount);
    }
    app.apply(smm::LeavePresentation{});
    io.DisplaySize = ImVec2(1280, 800);

    // The paste box full (256 KB) of words that are no code: each is refused and
    // kept in the box, and the Workshop view then draws a full box.
    {
        app.showView(smm::ui::ViewId::Workshop);
        std::string words;
        int n = 0;
        while (words.size() < smm::App::kPasteLimitBytes - 16) words += "thanks" + std::to_string(n++) + "\n";
        const Sliced paste = asThePageDoes(app, [&] { app.apply(smm::CollectResponses{words}); });
        std::printf("paste %d words that are no code (%zu KB): first frame %.1f ms, done in %.1f ms over %d frames (longest %.1f ms)\n",
                    n, words.size() / 1024, paste.firstFrameMs, paste.totalMs, paste.frames, paste.longestMs);
        smm::bench::Timing t = smm::bench::time(frames, 1, [&](int) { frame(app); });
        std::printf("UI frame, Workshop with those words in the box: median %.3f ms\n", t.median);
        app.workshopState().pasted.clear();
        app.showView(smm::ui::ViewId::Overview);
    }

    // The paste box full (256 KB) of codes from participants not yet in.
    {
        const smm::Model& m = app.document().model();
        std::string codes;
        int n = 0;
        for (const smm::Assessment& a : smm::bench::randomWorkshop(m, 20000, 20261207u)) {
            const std::string code = smm::encodeResponse(m, "bench-workshop", smm::Response{"pasted-" + std::to_string(n), a});
            if (codes.size() + code.size() + 1 > smm::App::kPasteLimitBytes) break;
            codes += code + "\n";
            ++n;
        }
        const std::size_t before = app.document().workshop() ? app.document().workshop()->responses.size() : 0;
        const Sliced paste = asThePageDoes(app, [&] { app.apply(smm::CollectResponses{codes}); });
        std::printf("paste %d codes (%zu KB): first frame saying so %.1f ms, done in %.1f ms over %d frames (longest %.1f ms); "
                    "%zu responses now\n",
                    n, codes.size() / 1024, paste.firstFrameMs, paste.totalMs, paste.frames, paste.longestMs,
                    app.document().workshop() ? app.document().workshop()->responses.size() : std::size_t(0));
        if (app.document().workshop() && app.document().workshop()->responses.size() != before + static_cast<std::size_t>(n)) {
            std::fprintf(stderr, "the pasted codes did not all go in: %s\n",
                         app.workspace().notices().items().empty() ? "" : app.workspace().notices().items().back().title.c_str());
            return 1;
        }
    }

    // A model someone imported with 10,000 actions: every view must stay interactive.
    smm::Model big = app.document().model();  // `model` went with the document into the app
    big.id = "bench-big";  // the built-in model's id is refused
    const std::size_t own = big.actions.size();
    for (std::size_t i = 0; big.actions.size() < 10000; ++i) {
        smm::Action copy = big.actions[i % own];
        copy.id += "-" + std::to_string(i);
        copy.title += " (" + std::to_string(i) + ")";
        big.actions.push_back(copy);
    }
    const std::string bigJson = smm::saveModel(big);
    const Sliced open = asThePageDoes(app, [&] { app.openFile("big-model.json", bigJson); });
    std::printf("open a model with %zu actions (%zu KB): first frame %.1f ms, done in %.1f ms; now showing %zu actions\n",
                big.actions.size(), bigJson.size() / 1024, open.firstFrameMs, open.totalMs,
                app.document().model().actions.size());
    for (std::size_t d = 0; d < app.document().model().dimensions.size(); ++d)
        app.apply(smm::SetTarget{static_cast<int>(d), 4});  // the whole roadmap
    for (const smm::ui::ViewInfo& v : smm::ui::kViews) {
        app.showView(v.id);
        for (int i = 0; i < 3; ++i) frame(app);
        smm::bench::Timing t = smm::bench::time(std::min(frames, 10), 1, [&](int) { frame(app); });
        std::printf("UI frame with 10,000 actions, %s: median %.3f ms (min %.3f)\n", v.label, t.median, t.min);
    }

    ImGui::DestroyContext();
    return 0;
}
