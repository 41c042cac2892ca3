#include "moves.hpp"

#include <utility>
#include <variant>

namespace smm::ui {

void focusQuestion(const QuestionnaireNavigation& nav, QuestionnaireViewState& st, int question) {
    const QuestionnairePlace place = nav.placeOf(question);
    if (place.question < 0) return;
    st.dimension = place.dimension;
    st.focusedQuestion = place.question;
    // The first question of a dimension brings its header (level, target) into view too.
    if (nav.opensDimension(question)) st.scrollToTop = true;
    st.scrollToFocus = kScrollFrames;
}

void showDimension(const QuestionnaireNavigation& nav, QuestionnaireViewState& st, int dimension) {
    focusQuestion(nav, st, nav.firstQuestion(dimension));
}

int nextUnanswered(const Document& doc, const Intents& out, const QuestionnaireNavigation& nav, int from) {
    auto open = [&](int question) {
        int option = doc.assessment().answers[static_cast<std::size_t>(question)].option;
        for (const Intent& intent : out)
            if (const auto* a = std::get_if<SetAnswer>(&intent); a && a->question == question) option = a->option;
            else if (const auto* all = std::get_if<SetAnswers>(&intent))
                for (int q : all->questions)
                    if (q == question) option = all->option;
        return option == Answer::Unanswered;
    };
    return nav.nextOpen(from, open);
}

void setNotice(QuestionnaireViewState& st, const Document& doc, std::string message) {
    st.notice = std::move(message);
    st.noticeRevision = doc.revision();
}

DimensionProgress dimensionProgress(const Document& doc, int dimension) {
    DimensionProgress pr;
    const Model& model = doc.model();
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        if (model.questions[q].dimension != dimension) continue;
        ++pr.total;
        pr.answered += doc.assessment().answers[q].answered();
    }
    return pr;
}

}  // namespace smm::ui
