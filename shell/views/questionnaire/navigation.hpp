// Where the questionnaire goes next: dimensions in questionnaire order, the
// questions of each, and every move the keyboard and the buttons make
// (previous and next question across dimensions, the dimension before or
// after, the next unanswered question, the phone's one question at a time).
// With a participant's area (core/answer_areas.hpp) its questions come first:
// each dimension's own first, and across dimensions every area question
// before the rest, so "next" and "next unanswered" walk the area first.
// Pure: no ImGui, only the model, so it is unit-tested on its own.
#pragma once

#include <functional>
#include <vector>

#include "core/answer_areas.hpp"
#include "core/model.hpp"

namespace smm::ui {

// Dimensions in questionnaire order: tracks first, then enablers, model order within each.
std::vector<int> questionnaireDimensionOrder(const Model& model);
// A dimension's questions in order (by stage, then model order); with an
// active area, the area's questions first.
std::vector<int> questionnaireQuestions(const Model& model, int dimension, const AnswerArea& area = {});
// Every question in questionnaire order: with an active area, all the area's
// questions (dimension by dimension), then the rest.
std::vector<int> questionnaireOrder(const Model& model, const AnswerArea& area = {});

// Which dimension is shown and which question has the focus.
struct QuestionnairePlace {
    int dimension = -1;
    int question = -1;
    bool operator==(const QuestionnairePlace&) const = default;
};

// Where a question sits in its dimension: "3 of 7".
struct QuestionPosition {
    int number = 0;  // 1-based
    int count = 0;
};

class QuestionnaireNavigation {
public:
    explicit QuestionnaireNavigation(const Model& model, const AnswerArea& area = {});
    QuestionnaireNavigation(Model&&) = delete;  // it keeps a reference: never to a temporary

    bool empty() const { return questions_.empty(); }
    // The participant's area the order puts first (inactive: none).
    const AnswerArea& area() const { return area_; }
    // Dimensions that have questions, in questionnaire order.
    const std::vector<int>& dimensions() const { return dimensions_; }
    // Every question, in questionnaire order across dimensions.
    const std::vector<int>& questions() const { return questions_; }
    // The dimension's questions in order; empty for an unknown dimension.
    const std::vector<int>& questionsOf(int dimension) const;

    // A valid place: the dimension kept when it has questions (else the
    // first question in order, with its dimension), the question kept when it belongs to that dimension (else the
    // dimension's first). Call only when not empty().
    QuestionnairePlace settle(QuestionnairePlace place) const;
    // Where focusing `question` leads: its dimension and itself.
    QuestionnairePlace placeOf(int question) const;

    // The question `delta` steps away in questionnaire order, crossing into
    // the next or previous dimension; held at the first and the last.
    int step(int question, int delta) const;
    bool hasPrevious(int question) const;
    bool hasNext(int question) const;
    // The dimension `delta` away in questionnaire order, or -1 past either end.
    int adjacentDimension(int dimension, int delta) const;
    // The first question of a dimension, or -1 when it has none.
    int firstQuestion(int dimension) const;
    // True for the first question of its dimension (its header belongs with it).
    bool opensDimension(int question) const;
    // The next question after `from` (wrapping round to the start) for which
    // `open` holds; -1 when none does. `from` itself is checked last.
    int nextOpen(int from, const std::function<bool(int)>& open) const;
    // "3 of 7" within the question's dimension; {0, 0} for an unknown question.
    QuestionPosition positionOf(int question) const;

private:
    int indexOf(int question) const;
    int dimensionIndex(int dimension) const;

    const Model* model_;
    AnswerArea area_;
    std::vector<int> dimensions_;
    std::vector<std::vector<int>> byDimension_;  // parallel to dimensions_
    std::vector<int> questions_;
};

}  // namespace smm::ui
