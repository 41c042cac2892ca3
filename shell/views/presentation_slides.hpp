// The slides, one function each: what the room sees on the projector. Each
// draws on the Slate it is given and returns nothing the app must act on,
// except the hidden-results slide's "reveal" button.
#pragma once

#include <string_view>

#include "presentation_slate.hpp"
#include "shell/document.hpp"

namespace smm::ui::slides {

void drawStanding(const Slate& s, const Document& doc);
void drawDisagreement(const Slate& s, const Document& doc, const Workshop* workshop);
void drawGroups(const Slate& s, const Document& doc, const Workshop* workshop);
void drawRisks(const Slate& s, const Document& doc);
void drawRoadmap(const Slate& s, const Document& doc);
void drawNextSteps(const Slate& s, const Document& doc, const Workshop* workshop);
// Results stay hidden until the facilitator reveals them: the count, the
// invitation and how to reveal. True when the reveal hint was clicked.
bool drawHidden(const Slate& s, const Model& model, Slide slide, const Workshop& workshop, std::string_view link,
                bool first);

}  // namespace smm::ui::slides
