// The risks: each risk the assessment triggers, most serious first, with why
// it applies (the levels and answers behind it), how to mitigate it, the
// actions that help (links to the map) and where the worry comes from. The
// model's other risks are listed, collapsed, as "Not a concern right now".
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct RisksViewState {
    bool showNotTriggered = false;  // collapsed: the triggered risks come first
};

void drawRisksView(const Document& doc, RisksViewState& state, Intents& out);

}  // namespace smm::ui
