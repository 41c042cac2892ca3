#include "presentation_slate.hpp"

namespace smm::ui::slides {

std::string upper(std::string s) {
    for (char& c : s)
        if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
    return s;
}

// Participants with no workshop around them are treated as an anonymous
// workshop's: small groups stay hidden (core/workshop's rule decides).
const Workshop& orAnonymous(const Workshop* workshop) {
    static const Workshop anonymous;
    return workshop ? *workshop : anonymous;
}

// The slide's kicker (small, accent, upper case) and title; returns the y below.
float heading(const Slate& s, Slide slide, const std::string& note, const std::string& title) {
    float y = s.origin.y + s.px(64.0f);
    std::string kicker = upper(slideName(slide));
    if (!note.empty()) kicker += "  \xC2\xB7  " + upper(note);
    s.text(s.bold, kKicker, ImVec2(s.left(), y), kAccent, kicker);
    y += s.px(kKicker + 14.0f);
    y += s.text(s.title, kTitle, ImVec2(s.left(), y), kInk, title, s.right());
    return y + s.px(28.0f);
}

// A horizontal bar from 0 to `stages` with the level filled and the target marked.
void levelBar(const Slate& s, ImVec2 at, float w, float h, double level, int target, int stages) {
    const float unit = w / static_cast<float>(std::max(1, stages));
    s.dl->AddRectFilled(at, ImVec2(at.x + w, at.y + h), kTrack);
    s.dl->AddRectFilled(at, ImVec2(at.x + unit * static_cast<float>(level), at.y + h), kAccent);
    for (int i = 1; i < stages; ++i)  // stage boundaries
        s.dl->AddLine(ImVec2(at.x + unit * i, at.y), ImVec2(at.x + unit * i, at.y + h), kPage, s.px(3.0f));
    if (target > 0) {
        const float x = at.x + unit * static_cast<float>(target);
        s.dl->AddRectFilled(ImVec2(x - s.px(4.0f), at.y - s.px(8.0f)), ImVec2(x + s.px(4.0f), at.y + h + s.px(8.0f)),
                            kTarget);
    }
}

// The stage numbers 0 .. stages along a scale of width `w` at `x`, at `y`.
void stageNumbers(const Slate& s, float x, float w, int stages, float y) {
    stages = std::max(1, stages);
    for (int t = 0; t <= stages; ++t) {
        const std::string n = std::to_string(t);
        const float tx = x + w * static_cast<float>(t) / static_cast<float>(stages);
        s.text(s.bold, kSmall, ImVec2(tx - s.measure(s.bold, kSmall, n).x * 0.5f, y), kInkSoft, n);
    }
}


}  // namespace smm::ui::slides
