#include "navigation.hpp"
#include "core/stable_sort.hpp"

#include <algorithm>

namespace smm::ui {

std::vector<int> questionnaireDimensionOrder(const Model& model) {
    std::vector<int> order;
    for (DimensionKind kind : {DimensionKind::Track, DimensionKind::Enabler})
        for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d)
            if (model.dimensions[d].kind == kind) order.push_back(d);
    return order;
}

std::vector<int> questionnaireQuestions(const Model& model, int dimension, const AnswerArea& area) {
    std::vector<int> qs;
    for (int q = 0; q < static_cast<int>(model.questions.size()); ++q)
        if (model.questions[q].dimension == dimension) qs.push_back(q);
    stableSort(qs, [&](int a, int b) {
        if (area.isFirst(a) != area.isFirst(b)) return area.isFirst(a);
        return model.questions[a].stage < model.questions[b].stage;
    });
    return qs;
}

std::vector<int> questionnaireOrder(const Model& model, const AnswerArea& area) {
    std::vector<int> order;
    for (int d : questionnaireDimensionOrder(model))
        for (int q : questionnaireQuestions(model, d, area)) order.push_back(q);
    stableSort(order, [&](int a, int b) { return area.isFirst(a) && !area.isFirst(b); });
    return order;
}

QuestionnaireNavigation::QuestionnaireNavigation(const Model& model, const AnswerArea& area) : model_(&model), area_(area) {
    for (int d : questionnaireDimensionOrder(model)) {
        std::vector<int> qs = questionnaireQuestions(model, d, area);
        if (qs.empty()) continue;
        dimensions_.push_back(d);
        byDimension_.push_back(std::move(qs));
    }
    questions_ = questionnaireOrder(model, area);
}

const std::vector<int>& QuestionnaireNavigation::questionsOf(int dimension) const {
    static const std::vector<int> none;
    const int i = dimensionIndex(dimension);
    return i < 0 ? none : byDimension_[static_cast<std::size_t>(i)];
}

int QuestionnaireNavigation::indexOf(int question) const {
    auto it = std::find(questions_.begin(), questions_.end(), question);
    return it == questions_.end() ? -1 : static_cast<int>(it - questions_.begin());
}

int QuestionnaireNavigation::dimensionIndex(int dimension) const {
    auto it = std::find(dimensions_.begin(), dimensions_.end(), dimension);
    return it == dimensions_.end() ? -1 : static_cast<int>(it - dimensions_.begin());
}

QuestionnairePlace QuestionnaireNavigation::settle(QuestionnairePlace place) const {
    // No page yet: the first question in order (a participant's area's first).
    if (dimensionIndex(place.dimension) < 0) return placeOf(questions_.front());
    const std::vector<int>& qs = questionsOf(place.dimension);
    if (std::find(qs.begin(), qs.end(), place.question) == qs.end()) place.question = qs.front();
    return place;
}

QuestionnairePlace QuestionnaireNavigation::placeOf(int question) const {
    if (indexOf(question) < 0) return {};
    return {model_->questions[static_cast<std::size_t>(question)].dimension, question};
}

int QuestionnaireNavigation::step(int question, int delta) const {
    if (questions_.empty()) return -1;
    const int last = static_cast<int>(questions_.size()) - 1;
    const int index = indexOf(question);
    if (index < 0) return questions_.front();
    return questions_[static_cast<std::size_t>(std::clamp(index + delta, 0, last))];
}

bool QuestionnaireNavigation::hasPrevious(int question) const { return indexOf(question) > 0; }

bool QuestionnaireNavigation::hasNext(int question) const {
    const int index = indexOf(question);
    return index >= 0 && index + 1 < static_cast<int>(questions_.size());
}

int QuestionnaireNavigation::adjacentDimension(int dimension, int delta) const {
    const int index = dimensionIndex(dimension);
    const int next = index + delta;
    if (index < 0 || next < 0 || next >= static_cast<int>(dimensions_.size())) return -1;
    return dimensions_[static_cast<std::size_t>(next)];
}

int QuestionnaireNavigation::firstQuestion(int dimension) const {
    const std::vector<int>& qs = questionsOf(dimension);
    return qs.empty() ? -1 : qs.front();
}

bool QuestionnaireNavigation::opensDimension(int question) const {
    const QuestionnairePlace place = placeOf(question);
    return place.question >= 0 && firstQuestion(place.dimension) == question;
}

int QuestionnaireNavigation::nextOpen(int from, const std::function<bool(int)>& open) const {
    const int n = static_cast<int>(questions_.size());
    const int start = indexOf(from);
    for (int k = 1; k <= n; ++k) {
        const int q = questions_[static_cast<std::size_t>((start + k + n) % n)];
        if (open(q)) return q;
    }
    return -1;
}

QuestionPosition QuestionnaireNavigation::positionOf(int question) const {
    const QuestionnairePlace place = placeOf(question);
    if (place.question < 0) return {};
    const std::vector<int>& qs = questionsOf(place.dimension);
    const auto it = std::find(qs.begin(), qs.end(), question);
    return {static_cast<int>(it - qs.begin()) + 1, static_cast<int>(qs.size())};
}

}  // namespace smm::ui
