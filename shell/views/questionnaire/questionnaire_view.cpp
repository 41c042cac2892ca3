#include "questionnaire_view.hpp"

#include <algorithm>
#include <vector>

#include "shell/fonts.hpp"
#include "shell/item_registry.hpp"
#include "shell/keyboard.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/dimension_header.hpp"
#include "shell/views/questionnaire/dimension_list.hpp"
#include "shell/views/questionnaire/header.hpp"
#include "shell/views/questionnaire/keyboard_controller.hpp"
#include "shell/views/questionnaire/phone_form.hpp"
#include "shell/views/questionnaire/question_card.hpp"

namespace smm::ui {
namespace {

constexpr float kSidebarWidth = 292.0f;
constexpr float kSidebarWidthNarrow = 244.0f;  // below the wide breakpoint of content
constexpr float kColumnGap = 20.0f;

// The dimension's header, then its questions as cards; the pane scrolls on its own.
void drawQuestionPane(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                      ImVec2 size, Intents& out) {
    ImGui::PushStyleColor(ImGuiCol_ChildBg, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4.0f, 4.0f));
    ImGui::BeginChild("##q-pane", size, ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough);
    ImGui::PopStyleVar();
    const ImVec2 paneMin = ImGui::GetWindowPos();
    nameRegion("##q-pane", paneMin, ImVec2(paneMin.x + size.x, paneMin.y + size.y));
    // A new dimension opens at its header; the focused card is brought into
    // view from the next frame, once the scroll has been applied.
    const bool mayScroll = !st.scrollToTop;
    if (st.scrollToTop) {
        ImGui::SetScrollY(0.0f);
        st.scrollToTop = false;
    }
    ImGui::PushItemWidth(-1.0f);
    drawDimensionHeader(doc, st.dimension, out);
    for (int q : nav.questionsOf(st.dimension)) {
        vspace(metrics().space.hair);
        drawQuestionCard(doc, st, nav, q, mayScroll, out);
    }
    // Room to scroll the last card up to the top.
    vspace(metrics().space.large);
    ImGui::PopItemWidth();
    ImGui::EndChild();
    ImGui::PopStyleColor();
}

}  // namespace

void drawQuestionnaireView(const Document& doc, QuestionnaireViewState& st, Intents& out) {
    const QuestionnaireNavigation nav(doc.model(), doc.answerArea());
    if (nav.empty()) {
        if (beginCard("##q-empty", ImVec2(0, 0), metrics().cardPadding))
            text(fonts().body, palette().textMuted, "This maturity model has no questions.");
        endCard();
        return;
    }
    // Start at the first question; keep the page when the model changes under us.
    const QuestionnairePlace place = nav.settle({st.dimension, st.focusedQuestion});
    st.dimension = place.dimension;
    st.focusedQuestion = place.question;

    handleQuestionnaireKeys(doc, st, nav, out);
    if (phoneLayout()) return drawPhoneQuestionnaire(doc, st, nav, out);

    drawQuestionnaireHeader(doc, st, nav, out);
    vspace(metrics().space.tight);

    // The two columns fill the window below; the question list scrolls on its own.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float bottomMargin = 24.0f + 2 * ImGui::GetStyle().ItemSpacing.y;
    const float height = std::max(420.0f, ImGui::GetIO().DisplaySize.y - start.y - bottomMargin);

    const float sidebarW = width < metrics().breakpoints.wide ? kSidebarWidthNarrow : kSidebarWidth;
    drawDimensionList(doc, st, nav, sidebarW, height);
    ImGui::SetCursorScreenPos(ImVec2(start.x + sidebarW + kColumnGap, start.y));
    drawQuestionPane(doc, st, nav, ImVec2(width - sidebarW - kColumnGap, height), out);

    // The columns are laid out as one item.
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace smm::ui
