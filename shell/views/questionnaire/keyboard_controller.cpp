#include "keyboard_controller.hpp"

#include <imgui_internal.h>  // key ownership, so arrows do not also move ImGui's nav cursor

#include <algorithm>

#include "shell/views/questionnaire/moves.hpp"

namespace smm::ui {
namespace {

bool textFieldActive() {
    const ImGuiContext& g = *GImGui;
    return ImGui::GetIO().WantTextInput || (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId);
}

bool numberPressed(int digit) {
    return ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_0 + digit), false) ||
           ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_Keypad0 + digit), false);
}

}  // namespace

void handleQuestionnaireKeys(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                             Intents& out) {
    if (textFieldActive()) return;  // typing a note: every key belongs to the text field
    if (ImGui::IsPopupOpen("", ImGuiPopupFlags_AnyPopupId)) return;  // a menu is open over the page
    const Model& model = doc.model();
    // Own the keys the questionnaire uses, so ImGui's keyboard navigation does
    // not move its own cursor (or scroll) at the same time. Claimed ahead of
    // the press, so it holds from the next frame on.
    const ImGuiID owner = ImGui::GetID("##questionnaire-keys");
    const ImGuiKey owned[] = {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_LeftArrow, ImGuiKey_RightArrow,
                              ImGuiKey_PageUp, ImGuiKey_PageDown};
    for (ImGuiKey k : owned) ImGui::SetKeyOwner(k, owner);
    auto pressed = [&](ImGuiKey k) { return ImGui::IsKeyPressed(k, owner, ImGuiInputFlags_Repeat); };
    const ImGuiIO& io = ImGui::GetIO();
    if (io.KeyCtrl || io.KeySuper || io.KeyAlt) return;  // leave browser and system shortcuts alone

    auto advance = [&](int delta) {
        const int next = nav.step(st.focusedQuestion, delta);
        if (next != st.focusedQuestion) focusQuestion(nav, st, next);
        else st.scrollToFocus = kScrollFrames;
    };
    auto switchDimension = [&](int delta) {
        const int next = nav.adjacentDimension(st.dimension, delta);
        if (next >= 0) showDimension(nav, st, next);
    };

    if (pressed(ImGuiKey_DownArrow)) advance(+1);
    if (pressed(ImGuiKey_UpArrow)) advance(-1);
    if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_RightArrow)) switchDimension(+1);
    if (pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_LeftArrow)) switchDimension(-1);

    const int q = st.focusedQuestion;
    if (q < 0) return;
    const int options = static_cast<int>(model.optionsFor(q).size());
    for (int k = 1; k <= std::min(options, 9); ++k) {
        if (numberPressed(k)) {
            out.push_back(SetAnswer{q, k - 1});
            st.notice.clear();
            advance(+1);
            return;
        }
    }
    if (numberPressed(0) || ImGui::IsKeyPressed(ImGuiKey_N, false)) {
        if (model.questions[static_cast<std::size_t>(q)].allowNotApplicable) {
            out.push_back(SetAnswer{q, Answer::NotApplicable});
            st.notice.clear();
            advance(+1);
        } else {
            setNotice(st, doc, "\xE2\x80\x9CNot applicable\xE2\x80\x9D is not offered for this question: it applies to every organisation.");
        }
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_D, false)) {
        out.push_back(SetAnswer{q, Answer::DontKnow});
        st.notice.clear();
        advance(+1);
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_M, false)) {
        out.push_back(SetAnswer{q, Answer::NotMyArea});
        st.notice.clear();
        advance(+1);
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Backspace, false) || ImGui::IsKeyPressed(ImGuiKey_Delete, false)) {
        out.push_back(SetAnswer{q, Answer::Unanswered});
        st.notice.clear();
    }
}

}  // namespace smm::ui
