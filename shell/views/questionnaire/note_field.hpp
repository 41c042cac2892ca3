// A question's note (evidence, or why it does not apply) and, once it is
// answered, "Clear answer" beside it. The note is saved keystroke by
// keystroke; while the field is being typed in, every key stays in it.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

void drawNoteField(const Document& doc, QuestionnaireViewState& st, int question, float width, Intents& out);

}  // namespace smm::ui
