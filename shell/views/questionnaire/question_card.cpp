#include "question_card.hpp"

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/answer_scale.hpp"
#include "shell/views/questionnaire/note_field.hpp"
#include "shell/views/stage_label.hpp"
#include "shell/widgets/inline_card.hpp"

namespace smm::ui {
namespace {

constexpr float kUnmeasuredHeight = 220.0f;  // a card's height before its first frame

// Scrolls the focused card into view while the keyboard asks for it: only
// when it is not in full view already, so repeating this is harmless.
// Returns true when its bottom should be aligned once it is drawn.
bool scrollToCard(QuestionnaireViewState& st, int q) {
    const float top = ImGui::GetCursorPosY();
    const float viewTop = ImGui::GetScrollY(), viewBottom = viewTop + ImGui::GetWindowHeight();
    const auto known = st.cardHeights.find(q);
    const float height = known == st.cardHeights.end() ? kUnmeasuredHeight : known->second;
    bool alignBottom = false;
    if (top < viewTop + 4.0f) ImGui::SetScrollHereY(0.0f);
    else if (top + height > viewBottom - 4.0f) alignBottom = true;
    --st.scrollToFocus;
    return alignBottom;
}

// The stage pill on the left, "Not answered · 3 of 7" on the right.
void drawStatusLine(const Model& model, const Question& question, const Answer& answer, QuestionPosition position,
                    float width) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    if (question.stage >= 0) pill(dl, at, stageLabelIn(model, question.stage, question.dimension), p.accentSoft, p.accent);
    std::string status = std::to_string(position.number) + " of " + std::to_string(position.count);
    if (!answer.answered()) status = "Not answered  \xC2\xB7  " + status;
    const float sw = textSize(fonts().small, status).x;
    drawText(dl, fonts().small, ImVec2(at.x + width - sw, at.y + 2.0f), answer.answered() ? p.textMuted : p.warning,
             status);
    ImGui::Dummy(ImVec2(width, 22.0f));
}

}  // namespace

std::string questionCardName(int question) { return "##question" + std::to_string(question); }

void drawQuestionCard(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav, int q,
                      bool mayScroll, Intents& out) {
    const QuestionPosition position = nav.positionOf(q);
    const Palette& p = palette();
    const Model& model = doc.model();
    const Question& question = model.questions[static_cast<std::size_t>(q)];
    const Answer& answer = doc.assessment().answers[static_cast<std::size_t>(q)];
    const bool focused = q == st.focusedQuestion;
    const bool alignBottom = focused && st.scrollToFocus > 0 && mayScroll && scrollToCard(st, q);

    ImGui::PushID(q);
    InlineCard card(questionCardName(q), metrics().cardPadding);
    {
        const float width = card.contentWidth();
        drawStatusLine(model, question, answer, position, width);
        text(fonts().bodyBold, p.text, question.text);  // wraps at the card's edge
        if (question.audience != Audience::Unset) {  // who can answer: in a workshop, "not my area" for the rest
            std::string who = std::string("Who can answer: ") + audienceName(question.audience);
            if (nav.area().active() && !nav.area().isFirst(q)) who += ". " + std::string(outsideAreaHint());
            text(fonts().small, p.textMuted, who, true);
        }
        if (!question.help.empty()) text(fonts().small, p.textMuted, question.help);
        vspace(metrics().space.tight);

        const int option = drawAnswerScale(model, q, answer, width);
        if (option != Answer::Unanswered) {
            if (option != answer.option) out.push_back(SetAnswer{q, option});
            st.focusedQuestion = q;
            st.notice.clear();
        }
        vspace(metrics().space.hair);
        drawNoteField(doc, st, q, width, out);
    }
    card.end(focused ? p.accent : 0, 2.0f);
    ImGui::PopID();
    st.cardHeights[q] = card.max().y - card.min().y;
    // A click anywhere on the card focuses it (answer buttons and notes do too).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsMouseHoveringRect(card.min(), card.max()) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows))
        st.focusedQuestion = q;
    if (alignBottom) ImGui::SetScrollHereY(1.0f);
}

}  // namespace smm::ui
