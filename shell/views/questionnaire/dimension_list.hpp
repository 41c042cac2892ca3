// The questionnaire's left column on wide screens: tracks, then enablers,
// each dimension a row with its answered count and a bar; a click shows it.
#pragma once

#include "shell/document.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

void drawDimensionList(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                       float width, float height);

}  // namespace smm::ui
