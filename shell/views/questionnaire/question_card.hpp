// One question as a card: the stage it gives evidence for, "3 of 7", the
// question and its help, the answers, and the note. The focused card wears an
// accent ring; a click anywhere on a card focuses it.
#pragma once

#include <string>

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

// `mayScroll`: bring the card into view when the keyboard moved to it. The
// navigation gives its place ("3 of 7") and whether it is outside the
// participant's area.
void drawQuestionCard(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav, int question,
                      bool mayScroll, Intents& out);

// The card's name in the item registry: tests find a question's card, and
// the answers inside it, by it.
std::string questionCardName(int question);

}  // namespace smm::ui
