#include "dimension_list.hpp"

#include <algorithm>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/questionnaire/moves.hpp"
#include "shell/widgets/progress_bar.hpp"

namespace smm::ui {
namespace {

constexpr float kRowHeight = 42.0f;       // a dimension's row, when the column has room
constexpr float kRowHeightMin = 34.0f;    // ... on short screens, so every row stays in sight
constexpr float kGroupLabelHeight = 26.0f; // "TRACKS", "ENABLERS"

std::string countOf(const DimensionProgress& pr) {
    return std::to_string(pr.answered) + "/" + std::to_string(pr.total);
}

// One dimension's row: its name, and below it a bar with the count (and a tick when done).
void drawRow(const Dimension& dim, const DimensionProgress& pr, bool current, bool hovered, ImVec2 a, ImVec2 b) {
    const Palette& p = palette();
    const Metrics& m = metrics();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float rowH = b.y - a.y;
    if (current) {
        dl->AddRectFilled(a, b, p.accentSoft, m.rounding);
        dl->AddRectFilled(ImVec2(a.x, a.y + 8.0f), ImVec2(a.x + 3.0f, b.y - 8.0f), p.accent, 1.5f);
    } else if (hovered) {
        dl->AddRectFilled(a, b, p.surfaceAlt, m.rounding);
    }
    const bool done = pr.done();
    const std::string count = countOf(pr);
    const float cw = textSize(fonts().small, count).x;
    const float nameX = a.x + m.inlineGap, rightX = b.x - m.inlineGap;
    ImFont* nameFont = current ? fonts().bodyBold : fonts().body;
    if (textSize(nameFont, dim.name).x > rightX - nameX) nameFont = fonts().small;  // narrow windows
    dl->PushClipRect(ImVec2(nameX, a.y), ImVec2(rightX, b.y), true);
    drawText(dl, nameFont, ImVec2(nameX, a.y + rowH * 0.5f - 15.0f), current ? p.accent : p.text,
             fitText(nameFont, dim.name, rightX - nameX));  // the pane beside it shows the name whole
    dl->PopClipRect();
    const float countX = rightX - std::max(cw, textSize(fonts().small, "00/00").x);
    const float barY = a.y + rowH * 0.5f + 9.0f;
    drawText(dl, fonts().small, ImVec2(countX, barY - 7.0f), done ? p.good : p.textMuted, count);
    if (done) tickMark(dl, ImVec2(countX - 10.0f, barY + 1.0f), 8.0f, p.good);
    progressBar(dl, ImVec2(nameX, barY - 1.0f), ImVec2(countX - (done ? 20.0f : 10.0f), barY + 3.0f),
                pr.total ? double(pr.answered) / pr.total : 0.0, done ? p.good : p.accent);
}

}  // namespace

void drawDimensionList(const Document& doc, QuestionnaireViewState& st, const QuestionnaireNavigation& nav,
                       float sidebarW, float height) {
    const Palette& p = palette();
    const Model& model = doc.model();
    // Rows shrink a little on short screens so every dimension stays in sight.
    const int groups = 2;
    const float rowH = std::clamp((height - 24.0f - groups * kGroupLabelHeight) /
                                          std::max<std::size_t>(1, nav.dimensions().size()) - 2.0f,
                                  kRowHeightMin, kRowHeight);
    if (beginCard("##q-dimensions", ImVec2(sidebarW, height), 10.0f)) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 2.0f));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float width = ImGui::GetContentRegionAvail().x;
        DimensionKind group = DimensionKind::Track;
        bool first = true;
        for (int d : nav.dimensions()) {
            const Dimension& dim = model.dimensions[static_cast<std::size_t>(d)];
            if (first || dim.kind != group) {
                group = dim.kind;
                const ImVec2 at = ImGui::GetCursorScreenPos();
                drawText(dl, fonts().small, ImVec2(at.x + 12.0f, at.y + (first ? 4.0f : 10.0f)), p.textMuted,
                         group == DimensionKind::Track ? "TRACKS" : "ENABLERS");
                ImGui::Dummy(ImVec2(width, first ? kGroupLabelHeight - 8.0f : kGroupLabelHeight));
                first = false;
            }
            const ImVec2 a = ImGui::GetCursorScreenPos();
            ImGui::PushID(d);
            // Labelled with the dimension's name, so tests and the focus ring's reader find it by name.
            const bool clicked = ImGui::InvisibleButton((dim.name + "###dim").c_str(), ImVec2(width, rowH));
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            drawRow(dim, dimensionProgress(doc, d), d == st.dimension, hovered, a, ImVec2(a.x + width, a.y + rowH));
            if (clicked) showDimension(nav, st, d);
        }
        ImGui::PopStyleVar();
    }
    endCard();
}

}  // namespace smm::ui
