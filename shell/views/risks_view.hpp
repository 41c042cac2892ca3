// The risks: each risk the assessment triggers, most serious first, with why
// it applies (the levels and answers behind it), how to mitigate it, the
// actions that help (links to the map) and where the worry comes from. The
// model's other risks are listed, collapsed, as "Not a concern right now".
#pragma once

#include <imgui.h>

#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct RisksViewState {
    bool showNotTriggered = false;  // collapsed: the triggered risks come first

    // Layout of the last frame, for hit-testing from outside (tests).
    struct Link {
        int risk = -1;    // index into Model::risks
        int action = -1;  // index into Model::actions
        ImVec2 min, max;
    };
    std::vector<Link> links;           // mitigating-action links, in drawing order
    ImVec2 notTriggeredMin, notTriggeredMax;  // the collapsible header
};

void drawRisksView(const Document& doc, RisksViewState& state, Intents& out);

}  // namespace smm::ui
