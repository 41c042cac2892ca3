// The questionnaire on a phone: progress and "Next unanswered", the dimension
// with buttons to the one before and after, the current question alone with
// full-width answers, then Previous and Next; the dimension's level and
// target follow below.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

void drawPhoneQuestionnaire(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                            Intents& out);

}  // namespace smm::ui
