// What the keyboard and the buttons do to the questionnaire's state: focus a
// question (and show its dimension), show a dimension, find the next open
// question counting this frame's answers. Shared by every part of the view.
#pragma once

#include <string>

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"
#include "shell/views/questionnaire/questionnaire_view.hpp"

namespace smm::ui {

// Frames over which a moved-to card is brought into view (card heights settle over a frame or two).
constexpr int kScrollFrames = 3;

void focusQuestion(const QuestionnaireNavigation& nav, QuestionnaireViewState& st, int question);
void showDimension(const QuestionnaireNavigation& nav, QuestionnaireViewState& st, int dimension);
// The next unanswered question after `from`, counting answers given this
// frame (the document applies them after the frame); -1 when all are answered.
int nextUnanswered(const Document& doc, const Intents& out, const QuestionnaireNavigation& nav, int from);
void setNotice(QuestionnaireViewState& st, const Document& doc, std::string message);

// Answers so far in a dimension.
struct DimensionProgress {
    int answered = 0, total = 0;
    bool done() const { return answered == total; }
};
DimensionProgress dimensionProgress(const Document& doc, int dimension);

}  // namespace smm::ui
