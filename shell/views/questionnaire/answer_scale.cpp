#include "answer_scale.hpp"

#include <algorithm>
#include <string>
#include <vector>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/segmented.hpp"

namespace smm::ui {
namespace {

const char* const kNotApplicable = "Not applicable";

// The answers stacked, each a full-width button (a phone): labels never
// squeeze into a quarter of the width. Returns the index clicked (the
// scale's size for "Not applicable") or -1.
int stackedAnswers(const std::vector<Segment>& segs, int selected, bool offerNA, bool naSelected, float width) {
    SegmentedStyle style;
    style.height = metrics().target;
    int clicked = -1;
    const int n = static_cast<int>(segs.size());
    for (int o = 0; o <= n; ++o) {
        if (o == n && !offerNA) break;
        ImGui::PushID(o);
        const Segment one[] = {o < n ? segs[static_cast<std::size_t>(o)] : Segment(kNotApplicable, "N")};
        const bool on = o < n ? selected == o : naSelected;
        SegmentedResult r = segmented("##answer", one, on ? 0 : -1, width, style);
        ImGui::PopID();
        if (r.clicked == 0) clicked = o;
        ImGui::Dummy(ImVec2(0, 2.0f));
    }
    return clicked;
}

// The scale in one row, then "Not applicable" (or "Always applies") in its slot.
int scaleRow(const std::vector<Segment>& segs, int selected, bool offerNA, bool naSelected, float width) {
    const Palette& p = palette();
    const float naGap = 10.0f;
    const float naW = std::clamp(width * 0.16f, 140.0f, 180.0f);
    const ImVec2 at = ImGui::GetCursorScreenPos();
    SegmentedResult r = segmented("##answer", segs, selected, width - naW - naGap);
    int clicked = r.clicked;
    const float rowH = r.max.y - r.min.y;
    const ImVec2 naAt(at.x + width - naW, at.y);
    if (offerNA) {
        ImGui::SetCursorScreenPos(naAt);
        const Segment na[] = {
            Segment(kNotApplicable, "N").withTooltip("", "Leave it out of the score: it does not apply to you.")};
        SegmentedStyle naStyle;
        naStyle.height = rowH;
        SegmentedResult nr = segmented("##na", na, naSelected ? 0 : -1, naW, naStyle);
        if (nr.clicked == 0) clicked = static_cast<int>(segs.size());
    } else {
        const char* always = "Always applies";
        const ImVec2 ts = textSize(fonts().small, always);
        drawText(ImGui::GetWindowDrawList(), fonts().small,
                 ImVec2(naAt.x + (naW - ts.x) * 0.5f, naAt.y + (rowH - ts.y) * 0.5f), p.textMuted, always);
    }
    ImGui::SetCursorScreenPos(ImVec2(at.x, at.y + rowH));
    ImGui::Dummy(ImVec2(width, 0.0f));
    return clicked;
}

}  // namespace

int drawAnswerScale(const Model& model, int q, const Answer& answer, float width) {
    const auto& scale = model.optionsFor(q);
    const int options = static_cast<int>(scale.size());
    std::vector<Segment> segs;
    for (int o = 0; o < options; ++o)
        segs.push_back(Segment(scale[static_cast<std::size_t>(o)].label, o < 9 ? std::to_string(o + 1) : ""));
    const int selected = answer.option >= 0 ? answer.option : -1;
    const bool offerNA = model.questions[static_cast<std::size_t>(q)].allowNotApplicable;
    const bool naSelected = answer.option == Answer::NotApplicable;
    const int clicked = phoneLayout() ? stackedAnswers(segs, selected, offerNA, naSelected, width)
                                      : scaleRow(segs, selected, offerNA, naSelected, width);
    if (clicked < 0) return Answer::Unanswered;
    return clicked < options ? clicked : Answer::NotApplicable;
}

}  // namespace smm::ui
