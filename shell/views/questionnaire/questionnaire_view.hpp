// The questionnaire: dimensions down the left with their progress, the
// current dimension's questions on the right as cards with the answer scale as
// large buttons, a notes field each, and the dimension's target level at the
// top so the effect of an answer or a target shows at once. Works with the
// keyboard alone (arrows, number keys, N, Backspace, PageUp/PageDown). A
// phone shows one question at a time.
//
// The pieces live beside this file: navigation (pure), the keyboard
// controller, the header, the dimension list, the dimension's header with
// its target control, the question card and the phone form.
#pragma once

#include <map>
#include <string>

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"

namespace smm::ui {

struct QuestionnaireViewState {
    int dimension = -1;        // dimension shown; -1 until the first frame picks one
    int focusedQuestion = -1;  // question index in the model; keyboard answers go here
    int scrollToFocus = 0;      // frames left in which to bring the focused card into view
    bool scrollToTop = false;   // a new dimension: show its header first

    // Notes being edited, by question: the text field's own buffer, so typing
    // stays smooth; SetNote is emitted whenever it changes.
    std::map<int, std::string> noteBuffers;

    // A short message under the keyboard hint, e.g. why a key did nothing.
    std::string notice;
    unsigned noticeRevision = 0;  // the document revision it was set at

    std::map<int, float> cardHeights;  // last known height per question, for scrolling
};

void drawQuestionnaireView(const Document& doc, QuestionnaireViewState& state, Intents& out);

}  // namespace smm::ui
