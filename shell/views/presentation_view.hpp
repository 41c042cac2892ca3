// Presentation mode: the results as slides for a projector. The whole window,
// no controls, a high-contrast palette of its own and type that scales with
// the window's height (34 px body at 1080). Keys are what clickers send:
// Right / PageDown / Space next, Left / PageUp back, Home / End, R reveals a
// workshop's hidden results, T starts or stops a countdown (+ / - change its
// minutes), Esc leaves.
#pragma once

#include <imgui.h>

#include <string_view>
#include <vector>

#include "core/workshop.hpp"
#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

enum class Slide { Standing, Disagreement, Groups, Risks, Roadmap, NextSteps };

struct PresentationState {
    int slide = 0;             // index into presentationSlides()
    double timerEnd = 0.0;     // presentationClock() when the countdown ends; 0 = not running
    int timerMinutes = 5;      // what T starts
    int slideCount = 0;        // slides in the last frame drawn
};

// The slides for this document, in order. The two about the group
// (disagreement, group gaps) need participants; a single assessment skips them.
std::vector<Slide> presentationSlides(const Document& doc);
// The slide's heading, upper case on the slide: "Where we stand".
const char* slideName(Slide slide);

// Draws the presentation over the whole display. `workshop` may be null (one
// assessment, or participants imported without a workshop: then anonymous).
// `inviteLink`, when not empty, is shown as a QR code on the first slide while
// the results are hidden (people are still joining; once revealed, the
// results take the room).
void drawPresentation(const Document& doc, const Workshop* workshop, PresentationState& state, Intents& out,
                      std::string_view inviteLink = {});

// The body type's size in CSS pixels for a window of `display` (34 at 1080
// tall): slides keep 16:9 and scale with the window.
float slideBodySize(ImVec2 display);

// Seconds on a steady wall clock, which the countdown runs on.
double presentationClock();

// Seconds until the countdown shows a different second (the platform wakes
// then); negative when no countdown runs.
double presentationRedrawIn(const PresentationState& state, double now);

}  // namespace smm::ui
