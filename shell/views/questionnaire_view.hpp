// The questionnaire: dimensions down the left with their progress, the
// current dimension's questions on the right as cards with the answer scale as
// large buttons, a notes field each, and the dimension's target level at the
// top so the effect of an answer or a target shows at once. Works with the
// keyboard alone (arrows, number keys, N, Backspace, PageUp/PageDown).
#pragma once

#include <imgui.h>

#include <map>
#include <string>
#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"

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

    // Layout of the last frame, for hit-testing from tests and for scrolling.
    struct CardLayout {
        int question = -1;
        ImVec2 min{0, 0}, max{0, 0};     // the card, screen coordinates
        std::vector<ImVec2> options;      // centre of each answer button; N/A last when offered
        ImVec2 notes{0, 0};               // centre of the notes field
        ImVec2 clear{0, 0};               // centre of "Clear answer", when answered
        float height = 0.0f;
    };
    std::vector<CardLayout> cards;              // the shown dimension's questions, in order
    std::vector<ImVec2> targetButtons;          // centre of "None", "1", ... stageCount
    std::vector<ImVec2> dimensionRows;          // centre of each dimension's row in the list, by dimension index
    ImVec2 nextUnansweredButton{0, 0};
    ImVec2 paneMin{0, 0}, paneMax{0, 0};        // visible area of the question list
    std::map<int, float> cardHeights;           // last known height per question, for scrolling

    const CardLayout* card(int question) const;
};

void drawQuestionnaireView(const Document& doc, QuestionnaireViewState& state, Intents& out);

// Dimensions in questionnaire order: tracks first, then enablers, model order within each.
std::vector<int> questionnaireDimensionOrder(const Model& model);
// A dimension's questions in order (by stage, then model order).
std::vector<int> questionnaireQuestions(const Model& model, int dimension);

}  // namespace smm::ui
