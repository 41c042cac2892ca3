// The questionnaire's header on wide screens: the title, a word on honesty,
// the keyboard hint (or why a key did nothing), overall progress and the
// "Next unanswered" button.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

void drawQuestionnaireHeader(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                             Intents& out);

// "Next unanswered  →", or "All answered" (disabled) when nothing is left.
const char* nextUnansweredLabel(bool allAnswered);

}  // namespace smm::ui
