#include "presentation_view.hpp"

#include <imgui.h>

#include <algorithm>
#include <chrono>
#include <cmath>
#include <cstdio>
#include <string>

#include "presentation_slate.hpp"
#include "presentation_slides.hpp"
#include "shell/fonts.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

using namespace slides;

std::string timerText(double remaining) {
    if (remaining <= 0.0) return "Time's up";
    const int secs = static_cast<int>(std::ceil(remaining));
    char buf[16];
    std::snprintf(buf, sizeof buf, "%d:%02d", secs / 60, secs % 60);
    return buf;
}

// Organisation and date at the left, the countdown in the middle, the slide
// counter and how to leave at the right. True when "Esc to leave" was clicked.
bool drawFooter(const Slate& s, const Document& doc, const Workshop* workshop, const PresentationState& state, int count,
                double now) {
    const float y = s.origin.y + s.height - s.px(64.0f);
    std::string who = workshop && !workshop->setup.organisation.empty() ? workshop->setup.organisation
                                                                         : doc.assessment().organisation;
    const std::string date = workshop && !workshop->setup.date.empty() ? workshop->setup.date : doc.assessment().date;
    if (!date.empty()) who += (who.empty() ? "" : kDot) + date;
    s.line(s.body, kSmall, ImVec2(s.left(), y), kInkSoft, who, s.inner() * 0.4f);
    if (state.timerEnd > 0.0) {
        const double remaining = state.timerEnd - now;
        const std::string t = timerText(remaining);
        const float tw = s.measure(s.bold, kBody, t).x;
        s.text(s.bold, kBody, ImVec2(s.origin.x + (s.width - tw) * 0.5f, y - s.px(6.0f)),
               remaining < 60.0 ? kDanger : kInk, t);
    }
    const std::string counter = std::to_string(state.slide + 1) + " / " + std::to_string(count);
    const std::string leave = "Esc to leave";
    const float cw = s.measure(s.bold, kSmall, counter).x;
    const float lw = s.measure(s.body, kSmall, leave).x;
    s.text(s.bold, kSmall, ImVec2(s.right() - cw, y), kInk, counter);
    const ImVec2 at(s.right() - cw - s.px(40.0f) - lw, y);
    ImGui::SetCursorScreenPos(at);
    const bool clicked = ImGui::InvisibleButton(leave.c_str(), ImVec2(lw, s.px(kSmall + 4.0f)));
    s.text(s.body, kSmall, at, kInkSoft, leave);
    return clicked;
}

void handleKeys(const Document& doc, const Workshop* workshop, PresentationState& state, int count, double now,
                Intents& out) {
    auto pressed = [](ImGuiKey k) { return ImGui::IsKeyPressed(k, false); };
    if (pressed(ImGuiKey_RightArrow) || pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_Space) ||
        pressed(ImGuiKey_DownArrow))
        state.slide = std::min(state.slide + 1, count - 1);
    if (pressed(ImGuiKey_LeftArrow) || pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_UpArrow))
        state.slide = std::max(state.slide - 1, 0);
    if (pressed(ImGuiKey_Home)) state.slide = 0;
    if (pressed(ImGuiKey_End)) state.slide = count - 1;
    if (pressed(ImGuiKey_R) && workshop && !workshop->revealed) out.push_back(RevealResults{});
    if (pressed(ImGuiKey_T)) state.timerEnd = state.timerEnd > 0.0 ? 0.0 : now + state.timerMinutes * 60.0;
    const int step = (pressed(ImGuiKey_Equal) || pressed(ImGuiKey_KeypadAdd))          ? 1
                     : (pressed(ImGuiKey_Minus) || pressed(ImGuiKey_KeypadSubtract)) ? -1
                                                                                     : 0;
    if (step) {
        const int minutes = std::clamp(state.timerMinutes + step, 1, 60);
        if (state.timerEnd > 0.0) state.timerEnd += (minutes - state.timerMinutes) * 60.0;
        state.timerMinutes = minutes;
    }
    if (pressed(ImGuiKey_Escape)) out.push_back(LeavePresentation{});
    (void)doc;
}

}  // namespace

// Wall-clock seconds: the countdown runs on while the app sleeps between
// frames (ImGui's time only advances with frames).
double presentationClock() {
    using namespace std::chrono;
    return duration<double>(steady_clock::now().time_since_epoch()).count();
}

std::vector<Slide> presentationSlides(const Document& doc) {
    const bool group = doc.group() && doc.group()->participants > 0;
    std::vector<Slide> slides{Slide::Standing};
    if (group) slides.insert(slides.end(), {Slide::Disagreement, Slide::Groups});
    slides.insert(slides.end(), {Slide::Risks, Slide::Roadmap, Slide::NextSteps});
    return slides;
}

const char* slideName(Slide slide) {
    switch (slide) {
        case Slide::Standing: return "Where we stand";
        case Slide::Disagreement: return "Where we disagree";
        case Slide::Groups: return "How the groups see it";
        case Slide::Risks: return "Top risks";
        case Slide::Roadmap: return "Roadmap";
        case Slide::NextSteps: return "Agreed next steps";
    }
    return "";
}

float slideBodySize(ImVec2 display) {
    return kBody * std::max(0.25f, std::min(display.x / kRefWidth, display.y / kRefHeight));
}

double presentationRedrawIn(const PresentationState& state, double now) {
    if (state.timerEnd <= 0.0) return -1.0;
    const double remaining = state.timerEnd - now;
    if (remaining <= 0.0) return -1.0;  // "Time's up" stays as it is
    const double fraction = remaining - std::floor(remaining);
    return fraction > 0.0 ? fraction : 1.0;
}

void drawPresentation(const Document& doc, const Workshop* workshop, PresentationState& state, Intents& out,
                      std::string_view inviteLink) {
    const std::vector<Slide> slides = presentationSlides(doc);
    const int count = static_cast<int>(slides.size());
    state.slideCount = count;
    state.slide = std::clamp(state.slide, 0, count - 1);
    const double now = presentationClock();
    handleKeys(doc, workshop, state, count, now, out);

    const ImGuiIO& io = ImGui::GetIO();
    ImGui::SetNextWindowPos(ImVec2(0, 0));
    ImGui::SetNextWindowSize(io.DisplaySize);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::PushStyleColor(ImGuiCol_WindowBg, kPage);
    ImGui::Begin("##presentation", nullptr,
                 ImGuiWindowFlags_NoDecoration | ImGuiWindowFlags_NoMove | ImGuiWindowFlags_NoSavedSettings |
                     ImGuiWindowFlags_NoScrollWithMouse | ImGuiWindowFlags_NoNav);  // Space and arrows are ours
    ImGui::PopStyleColor();
    ImGui::PopStyleVar();

    // The 16:9 slide, as large as the window allows, centred.
    Slate s;
    s.dl = ImGui::GetWindowDrawList();
    s.scale = slideBodySize(io.DisplaySize) / kBody;
    s.width = kRefWidth * s.scale;
    s.height = kRefHeight * s.scale;
    s.origin = ImVec2(std::floor((io.DisplaySize.x - s.width) * 0.5f), std::floor((io.DisplaySize.y - s.height) * 0.5f));
    const Fonts& f = fonts();
    // The large sizes arrive a frame after presenting starts (the atlas is rebuilt).
    s.body = f.slideBody ? f.slideBody : f.body;
    s.bold = f.slideBold ? f.slideBold : f.bodyBold;
    s.title = f.slideTitle ? f.slideTitle : f.title;

    // A click on the slide moves on, as a clicker's button would.
    const ImVec2 whole = ImGui::GetContentRegionAvail();
    ImGui::SetCursorScreenPos(ImVec2(0, 0));
    ImGui::SetNextItemAllowOverlap();  // the reveal and leave buttons sit on top
    if (ImGui::InvisibleButton("##next", ImVec2(std::max(1.0f, whole.x), std::max(1.0f, whole.y))))
        state.slide = std::min(state.slide + 1, count - 1);

    const Slide slide = slides[static_cast<std::size_t>(state.slide)];
    if (workshop && !workshop->revealed) {
        if (drawHidden(s, doc.model(), slide, *workshop, inviteLink, state.slide == 0)) out.push_back(RevealResults{});
    } else {
        switch (slide) {
            case Slide::Standing: drawStanding(s, doc); break;
            case Slide::Disagreement: drawDisagreement(s, doc, workshop); break;
            case Slide::Groups: drawGroups(s, doc, workshop); break;
            case Slide::Risks: drawRisks(s, doc); break;
            case Slide::Roadmap: drawRoadmap(s, doc); break;
            case Slide::NextSteps: drawNextSteps(s, doc, workshop); break;
        }
    }
    if (drawFooter(s, doc, workshop, state, count, now)) out.push_back(LeavePresentation{});
    ImGui::End();
}

}  // namespace smm::ui
