#include "phone_form.hpp"

#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/area_line.hpp"
#include "shell/views/questionnaire/dimension_header.hpp"
#include "shell/views/questionnaire/header.hpp"
#include "shell/views/questionnaire/moves.hpp"
#include "shell/views/questionnaire/question_card.hpp"
#include "shell/widgets/button.hpp"
#include "shell/widgets/progress_bar.hpp"

namespace smm::ui {
namespace {

void drawProgressCard(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                      Intents& out) {
    const Palette& p = palette();
    const Score& score = doc.score();
    if (beginCard("##q-header", ImVec2(0, 0), metrics().cardPaddingCompact)) {
        const float w = ImGui::GetContentRegionAvail().x;
        text(fonts().heading, p.text, "Questionnaire");
        text(fonts().small, p.textMuted, std::to_string(score.answered) + " of " + std::to_string(score.total) +
                                             " answered. Answer for how things are today.", true);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        progressBar(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + 4.0f), ImVec2(at.x + w, at.y + 10.0f),
                    score.completion(), score.answered == score.total ? p.good : p.accent);
        ImGui::Dummy(ImVec2(w, 16.0f));
        if (drawAreaLine(doc, nav, w, out)) vspace(metrics().space.hair);
        const int next = nextUnanswered(doc, out, nav, st.focusedQuestion);
        if (button("##next-unanswered", nextUnansweredLabel(next < 0), ButtonKind::Primary, w, next >= 0))
            focusQuestion(nav, st, next);
    }
    endCard();
}

// "←  Dimension name, 3/7 answered  →".
void drawDimensionStepper(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                          float width) {
    const Palette& p = palette();
    const Metrics& m = metrics();
    const DimensionProgress pr = dimensionProgress(doc, st.dimension);
    const float arrowW = m.target + 8.0f;
    const int previous = nav.adjacentDimension(st.dimension, -1), next = nav.adjacentDimension(st.dimension, +1);
    if (button("##prev-dimension", "\xE2\x86\x90", ButtonKind::Secondary, arrowW, previous >= 0))
        showDimension(nav, st, previous);
    ImGui::SameLine(0.0f, m.controlGap);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const float w = width - 2 * (arrowW + m.controlGap);
    ImGui::Dummy(ImVec2(w, m.target));
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string name =
        fitText(fonts().bodyBold, doc.model().dimensions[static_cast<std::size_t>(st.dimension)].name, w);
    const std::string count = std::to_string(pr.answered) + "/" + std::to_string(pr.total) + " answered";
    drawText(dl, fonts().bodyBold, ImVec2(at.x + (w - textSize(fonts().bodyBold, name).x) * 0.5f, at.y + 2.0f), p.text, name);
    drawText(dl, fonts().small, ImVec2(at.x + (w - textSize(fonts().small, count).x) * 0.5f, at.y + 22.0f),
             pr.done() ? p.good : p.textMuted, count);
    ImGui::SameLine(0.0f, m.controlGap);
    if (button("##next-dimension", "\xE2\x86\x92", ButtonKind::Secondary, arrowW, next >= 0)) showDimension(nav, st, next);
}

}  // namespace

void drawPhoneQuestionnaire(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                            Intents& out) {
    const Metrics& m = metrics();
    const float width = ImGui::GetContentRegionAvail().x;
    drawProgressCard(doc, st, nav, out);
    vspace(metrics().space.tight);
    drawDimensionStepper(doc, st, nav, width);
    vspace(metrics().space.tight);

    // The current question alone.
    const int q = st.focusedQuestion;
    ImGui::PushItemWidth(-1.0f);
    drawQuestionCard(doc, st, nav, q, false, out);
    ImGui::PopItemWidth();
    vspace(metrics().space.tight);

    const float half = (width - m.controlGap) * 0.5f;
    if (button("##prev-question", "\xE2\x86\x90  Previous", ButtonKind::Secondary, half, nav.hasPrevious(q)))
        focusQuestion(nav, st, nav.step(q, -1));
    ImGui::SameLine(0.0f, m.controlGap);
    if (button("##next-question", "Next  \xE2\x86\x92", ButtonKind::Primary, half, nav.hasNext(q)))
        focusQuestion(nav, st, nav.step(q, +1));
    vspace(metrics().space.base);

    ImGui::PushItemWidth(-1.0f);
    drawDimensionHeader(doc, st.dimension, out);
    ImGui::PopItemWidth();
}

}  // namespace smm::ui
