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
const char* const kDontKnow = "Don't know";

Segment dontKnowSegment() {
    return Segment(kDontKnow, "D").withTooltip("", "You cannot say: it counts as unknown, not as \"no\", and the results say how many did.");
}

const char* const kNotMyArea = "Not my area";

Segment notMyAreaSegment() {
    return Segment(kNotMyArea, "M").withTooltip("", "Leave it to the people whose area it is: it counts as unknown, not as \"no\" or \"not applicable\", and the results count it apart.");
}

Segment notApplicableSegment() {
    return Segment(kNotApplicable, "N").withTooltip("", "Leave it out of the score: it does not apply to you.");
}

// What was clicked: an option's index, or one of these.
constexpr int kClickedNA = -10, kClickedDK = -11, kClickedNMA = -12, kClickedNone = -1;

// The answers stacked, each a full-width button (a phone): labels never
// squeeze into a quarter of the width; then "Don't know", "Not my area" and "Not applicable".
int stackedAnswers(const std::vector<Segment>& segs, int selected, bool offerNA, const Answer& answer, float width) {
    SegmentedStyle style;
    style.height = metrics().target;
    int clicked = kClickedNone;
    const int n = static_cast<int>(segs.size());
    for (int o = 0; o < n + 3; ++o) {
        if (o == n + 2 && !offerNA) break;
        ImGui::PushID(o);
        const Segment one[] = {o < n        ? segs[static_cast<std::size_t>(o)]
                               : o == n     ? dontKnowSegment()
                               : o == n + 1 ? notMyAreaSegment()
                                            : notApplicableSegment()};
        const bool on = o < n ? selected == o : o == n ? answer.dontKnow() : o == n + 1 ? answer.notMyArea() : !answer.applicable();
        SegmentedResult r = segmented("##answer", one, on ? 0 : -1, width, style);
        ImGui::PopID();
        if (r.clicked == 0) clicked = o < n ? o : o == n ? kClickedDK : o == n + 1 ? kClickedNMA : kClickedNA;
        vspace(metrics().space.hair);
    }
    return clicked;
}

// The scale in one row at full width (long option labels stay whole), and
// under it, at the right, "Don't know" and "Not applicable" (where the
// question allows it), lighter and smaller: the answers people mostly give
// come first.
int scaleRow(const std::vector<Segment>& segs, int selected, bool offerNA, const Answer& answer, float width) {
    const ImVec2 at = ImGui::GetCursorScreenPos();
    SegmentedResult r = segmented("##answer", segs, selected, width);
    int clicked = r.clicked;
    const float rowH = r.max.y - r.min.y;
    const float asideW = std::min(width, offerNA ? 420.0f : 280.0f);
    const ImVec2 asideAt(at.x + width - asideW, at.y + rowH + 6.0f);
    ImGui::SetCursorScreenPos(asideAt);
    std::vector<Segment> aside = {dontKnowSegment(), notMyAreaSegment()};
    if (offerNA) aside.push_back(notApplicableSegment());
    SegmentedStyle asideStyle;
    asideStyle.height = std::max(28.0f, rowH * 0.7f);
    const int on = answer.dontKnow() ? 0 : answer.notMyArea() ? 1 : (offerNA && !answer.applicable()) ? 2 : -1;
    SegmentedResult ar = segmented("##aside", aside, on, asideW, asideStyle);
    if (ar.clicked == 0) clicked = kClickedDK;
    if (ar.clicked == 1) clicked = kClickedNMA;
    if (ar.clicked == 2) clicked = kClickedNA;
    ImGui::SetCursorScreenPos(ImVec2(at.x, ar.max.y));
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
    const int clicked = phoneLayout() ? stackedAnswers(segs, selected, offerNA, answer, width)
                                      : scaleRow(segs, selected, offerNA, answer, width);
    if (clicked == kClickedNA) return Answer::NotApplicable;
    if (clicked == kClickedDK) return Answer::DontKnow;
    if (clicked == kClickedNMA) return Answer::NotMyArea;
    return clicked >= 0 && clicked < options ? clicked : Answer::Unanswered;
}

}  // namespace smm::ui
