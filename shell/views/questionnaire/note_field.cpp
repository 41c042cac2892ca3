#include "note_field.hpp"

#include <imgui_internal.h>  // active id and key ownership

#include <cstdio>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"

namespace smm::ui {
namespace {

// The longest hint that fits the field: a hint cut mid-word reads as a glitch.
// "Not applicable" leaves a question out of the score, so it asks why.
const char* noteHint(bool needsReason, float room) {
    const char* hint = needsReason ? "Why does this not apply? (others will read the reason)" : "Evidence or comment (optional)";
    if (ImGui::CalcTextSize(hint).x > room) hint = needsReason ? "Why does this not apply?" : "Evidence or comment";
    if (ImGui::CalcTextSize(hint).x > room) hint = needsReason ? "Why not?" : "Note";
    return hint;
}

// A quiet text button; true when pressed.
bool clearButton(const char* label, float width, float height) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 at = ImGui::GetCursorScreenPos();
    const bool clicked = ImGui::InvisibleButton((std::string(label) + "##clear").c_str(), ImVec2(width, height));
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) dl->AddRectFilled(at, ImVec2(at.x + width, at.y + height), p.surfaceAlt, metrics().roundingSmall + 2.0f);
    const ImVec2 ts = textSize(fonts().body, label);
    drawText(dl, fonts().body, ImVec2(at.x + (width - ts.x) * 0.5f, at.y + (height - ts.y) * 0.5f),
             hovered ? p.text : p.textMuted, label);
    return clicked;
}

}  // namespace

void drawNoteField(const Document& doc, QuestionnaireViewState& st, int q, float width, Intents& out) {
    const Palette& p = palette();
    const Answer& answer = doc.assessment().answers[static_cast<std::size_t>(q)];
    auto [it, inserted] = st.noteBuffers.try_emplace(q, answer.note);
    std::string& buffer = it->second;
    char noteId[32];
    std::snprintf(noteId, sizeof noteId, "##note%d", q);
    const ImGuiID noteItem = ImGui::GetID(noteId);
    // Follow the document unless the user is typing in this very field.
    if (ImGui::GetActiveID() != noteItem && buffer != answer.note) buffer = answer.note;
    // Escape leaves the field and keeps what was typed (ImGui would revert it;
    // the note has been saved keystroke by keystroke already).
    if (ImGui::GetActiveID() == noteItem && ImGui::IsKeyPressed(ImGuiKey_Escape, false)) ImGui::ClearActiveID();
    const char* clearLabel = "Clear answer";
    const float gap = 8.0f;
    const float clearW = answer.answered() ? textSize(fonts().body, clearLabel).x + 24.0f : 0.0f;
    const float fieldW = width - (clearW > 0 ? clearW + gap : 0.0f);
    ImGui::SetNextItemWidth(fieldW);
    ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surfaceAlt);
    ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10.0f, 7.0f));
    if (inputString(noteId, noteHint(answer.option == Answer::NotApplicable, fieldW - 20.0f), buffer))
        out.push_back(SetNote{q, buffer});
    ImGui::PopStyleVar(2);
    ImGui::PopStyleColor();
    if (ImGui::IsItemActivated()) st.focusedQuestion = q;
    // While typing, arrows and page keys stay in the field: ImGui's keyboard
    // navigation would otherwise leave it on Up/Down.
    if (ImGui::IsItemActive())
        for (ImGuiKey k : {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown})
            ImGui::SetKeyOwner(k, noteItem);
    if (clearW > 0) {
        ImGui::SameLine(0.0f, gap);
        if (clearButton(clearLabel, clearW, ImGui::GetItemRectSize().y)) {
            out.push_back(SetAnswer{q, Answer::Unanswered});
            st.focusedQuestion = q;
        }
    }
    if (answer.option == Answer::NotApplicable && answer.note.empty())
        text(fonts().small, p.warning, "Not applicable: please give the reason in the note, so the group can check it.");
}

}  // namespace smm::ui
