#include "header.hpp"

#include <algorithm>
#include <cstdio>
#include <string>

#include "core/format.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/area_line.hpp"
#include "shell/views/questionnaire/moves.hpp"
#include "shell/widgets/button.hpp"
#include "shell/widgets/progress_bar.hpp"

namespace smm::ui {
namespace {

const char* const kKeyboardHint =
    "Keyboard: \xE2\x86\x91 \xE2\x86\x93 move between questions  \xC2\xB7  1\xE2\x80\x93%d answer  \xC2\xB7  "
    "0 or N not applicable  \xC2\xB7  Backspace clears  \xC2\xB7  PgUp PgDn or \xE2\x86\x90 \xE2\x86\x92 change dimension";
// The same for narrow windows.
const char* const kKeyboardHintShort =
    "\xE2\x86\x91\xE2\x86\x93 question  \xC2\xB7  1\xE2\x80\x93%d answer  \xC2\xB7  N not applicable  \xC2\xB7  "
    "Backspace clear  \xC2\xB7  \xE2\x86\x90\xE2\x86\x92 dimension";

}  // namespace

const char* nextUnansweredLabel(bool allAnswered) {
    return allAnswered ? "All answered" : "Next unanswered  \xE2\x86\x92";
}

void drawQuestionnaireHeader(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                             Intents& out) {
    const Palette& p = palette();
    const Metrics& m = metrics();
    const Model& model = doc.model();
    const Score& score = doc.score();
    if (beginCard("##q-header", ImVec2(0, 0), m.cardPadding)) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImDrawList* dl = ImGui::GetWindowDrawList();

        // Right: "38 of 63 answered", a bar, and the next unanswered question.
        const std::string count = std::to_string(score.answered) + " of " + std::to_string(score.total) + " answered";
        const int next = nextUnanswered(doc, out, nav, st.focusedQuestion);
        const char* nextLabel = nextUnansweredLabel(next < 0);
        const float buttonW = textSize(fonts().bodyBold, nextUnansweredLabel(false)).x + 2 * m.buttonPaddingX;
        const float barW = std::clamp(width * 0.2f, 150.0f, 240.0f);
        const float right = top.x + width;
        const float barX = right - buttonW - m.sectionGap - barW;

        // Left: the title, a word on honesty, and the keyboard (or a notice), in the room left.
        const float room = barX - m.sectionGap - top.x;
        const char* subtitle = "Answer for how things are today, not how they are planned.";
        text(fonts().heading, p.text, "Questionnaire");
        if (textSize(fonts().heading, "Questionnaire").x + m.inlineGap + textSize(fonts().body, subtitle).x <= room) {
            ImGui::SameLine(0.0f, m.inlineGap);
            ImGui::SetCursorPosY(ImGui::GetCursorPosY() + 3.0f);
            text(fonts().body, p.textMuted, subtitle);
        }
        const int options = static_cast<int>(model.optionsFor(st.focusedQuestion).size());
        char hint[320];
        std::snprintf(hint, sizeof hint, kKeyboardHint, options);
        if (textSize(fonts().small, hint).x > room) std::snprintf(hint, sizeof hint, kKeyboardHintShort, options);
        const bool noticeFresh = !st.notice.empty() && st.noticeRevision == doc.revision();
        if (!noticeFresh) st.notice.clear();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + room);
        text(fonts().small, noticeFresh ? p.warning : p.textMuted, noticeFresh ? st.notice : std::string(hint));
        ImGui::PopTextWrapPos();
        drawText(dl, fonts().bodyBold, ImVec2(barX, top.y + 2.0f), p.text, count);
        const std::string pct = formatPercent(score.completion());
        const float pw = textSize(fonts().small, pct).x;
        drawText(dl, fonts().small, ImVec2(barX + barW - pw, top.y + 4.0f), p.textMuted, pct);
        progressBar(dl, ImVec2(barX, top.y + 28.0f), ImVec2(barX + barW, top.y + 36.0f), score.completion(),
                    score.answered == score.total ? p.good : p.accent);

        ImGui::SetCursorScreenPos(ImVec2(right - buttonW, top.y + 2.0f));
        if (button("##next-unanswered", nextLabel, ButtonKind::Primary, buttonW, next >= 0)) focusQuestion(nav, st, next);
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + std::max(44.0f, ImGui::GetItemRectMax().y - top.y + 6.0f)));
        ImGui::Dummy(ImVec2(width, 0.0f));
        drawAreaLine(doc, nav, width, out);
    }
    endCard();
}

}  // namespace smm::ui
