// The questionnaire's keys: Up/Down move between questions (across
// dimensions), PageUp/PageDown and Left/Right change dimension, 1-9 answer
// and move on, 0 or N mark "not applicable" where allowed, Backspace and
// Delete clear. Silent while a text field or a menu has the keyboard.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

void handleQuestionnaireKeys(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                             Intents& out);

}  // namespace smm::ui
