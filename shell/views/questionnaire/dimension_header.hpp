// The top of a dimension's page: its kind and progress, its name and summary,
// the current level with the ladder in miniature, the target control, and
// what holds it back (a track) or what it holds up (an enabler). The gate
// status comes from the score, never re-derived here.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

void drawDimensionHeader(const Document& doc, int dimension, Intents& out);

}  // namespace smm::ui
