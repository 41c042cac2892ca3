#include "questionnaire_view.hpp"

#include <imgui_internal.h>  // key ownership, so arrows do not also move ImGui's nav cursor

#include <algorithm>
#include <cstdio>
#include <string>
#include <variant>

#include "shell/fonts.hpp"
#include "shell/keyboard.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"
#include "shell/widgets/segmented.hpp"

namespace smm::ui {
namespace {

constexpr float kSidebarWidth = 292.0f;
constexpr float kSidebarWidthNarrow = 244.0f;  // below 1000 px of content
constexpr float kColumnGap = 20.0f;
constexpr float kDimRowHeight = 42.0f;
constexpr float kGroupLabelHeight = 26.0f;
constexpr float kCardPadding = 20.0f;

const char* const kKeyboardHint =
    "Keyboard: \xE2\x86\x91 \xE2\x86\x93 move between questions  \xC2\xB7  1\xE2\x80\x93%d answer  \xC2\xB7  "
    "0 or N not applicable  \xC2\xB7  Backspace clears  \xC2\xB7  PgUp PgDn or \xE2\x86\x90 \xE2\x86\x92 change dimension";
// The same for narrow windows.
const char* const kKeyboardHintShort =
    "\xE2\x86\x91\xE2\x86\x93 question  \xC2\xB7  1\xE2\x80\x93%d answer  \xC2\xB7  N not applicable  \xC2\xB7  "
    "Backspace clear  \xC2\xB7  \xE2\x86\x90\xE2\x86\x92 dimension";

std::string countOf(int answered, int total) {
    return std::to_string(answered) + "/" + std::to_string(total);
}

// A thin rounded bar; `share` in 0..1.
void progressBar(ImDrawList* dl, ImVec2 a, ImVec2 b, double share, ImU32 fill) {
    const Palette& p = palette();
    const float r = (b.y - a.y) * 0.5f;
    dl->AddRectFilled(a, b, p.heatEmpty, r);
    const float w = (b.x - a.x) * static_cast<float>(std::clamp(share, 0.0, 1.0));
    if (w > 0.5f) dl->AddRectFilled(a, ImVec2(a.x + std::max(w, 2 * r), b.y), fill, r);
}

// A tick mark, drawn (the text fonts have no check glyph).
void tick(ImDrawList* dl, ImVec2 centre, float size, ImU32 colour) {
    const ImVec2 pts[3] = {ImVec2(centre.x - size * 0.5f, centre.y),
                           ImVec2(centre.x - size * 0.15f, centre.y + size * 0.35f),
                           ImVec2(centre.x + size * 0.5f, centre.y - size * 0.35f)};
    dl->AddPolyline(pts, 3, colour, ImDrawFlags_None, 2.0f);
}

// A card laid out inline (not a child window), so every card in the list is
// laid out every frame: heights are exact for scrolling, and nothing is
// skipped when it is scrolled out of sight.
class InlineCard {
public:
    explicit InlineCard(float padding = kCardPadding) : padding_(padding) {
        dl_ = ImGui::GetWindowDrawList();
        start_ = ImGui::GetCursorScreenPos();
        width_ = ImGui::GetContentRegionAvail().x;
        dl_->ChannelsSplit(2);
        dl_->ChannelsSetCurrent(1);
        ImGui::SetCursorScreenPos(ImVec2(start_.x + padding_, start_.y + padding_));
        ImGui::BeginGroup();
        ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + contentWidth());
    }
    float contentWidth() const { return width_ - 2 * padding_; }
    // Closes the card; `outline` replaces the border colour (e.g. for focus).
    void end(ImU32 outline = 0, float thickness = 1.0f) {
        ImGui::PopTextWrapPos();
        ImGui::EndGroup();
        const Palette& p = palette();
        const float bottom = ImGui::GetItemRectMax().y + padding_;
        min_ = start_;
        max_ = ImVec2(start_.x + width_, bottom);
        dl_->ChannelsSetCurrent(0);
        const float r = ImGui::GetStyle().ChildRounding;
        dl_->AddRectFilled(min_, max_, p.surface, r);
        if (outline) dl_->AddRect(ImVec2(min_.x + 1.0f, min_.y + 1.0f), ImVec2(max_.x - 1.0f, max_.y - 1.0f), outline, r, 0, thickness);
        else dl_->AddRect(min_, max_, p.border, r);
        dl_->ChannelsMerge();
        ImGui::SetCursorScreenPos(start_);
        ImGui::Dummy(ImVec2(width_, bottom - start_.y));
    }
    ImVec2 min() const { return min_; }
    ImVec2 max() const { return max_; }

private:
    ImDrawList* dl_ = nullptr;
    ImVec2 start_, min_, max_;
    float width_ = 0.0f, padding_ = 0.0f;
};

struct Progress {
    int answered = 0, total = 0;
};

Progress dimensionProgress(const Document& doc, int d) {
    Progress pr;
    const Model& model = doc.model();
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        if (model.questions[q].dimension != d) continue;
        ++pr.total;
        pr.answered += doc.assessment().answers[q].answered();
    }
    return pr;
}

// Everything the keyboard and buttons need to move around: questions in order across dimensions.
struct Navigation {
    std::vector<int> dimensions;  // questionnaire order, only those with questions
    std::vector<int> questions;   // all questions, in questionnaire order

    int indexOf(int question) const {
        auto it = std::find(questions.begin(), questions.end(), question);
        return it == questions.end() ? -1 : static_cast<int>(it - questions.begin());
    }
    int dimensionIndex(int d) const {
        auto it = std::find(dimensions.begin(), dimensions.end(), d);
        return it == dimensions.end() ? -1 : static_cast<int>(it - dimensions.begin());
    }
};

Navigation makeNavigation(const Model& model) {
    Navigation nav;
    for (int d : questionnaireDimensionOrder(model)) {
        std::vector<int> qs = questionnaireQuestions(model, d);
        if (qs.empty()) continue;
        nav.dimensions.push_back(d);
        nav.questions.insert(nav.questions.end(), qs.begin(), qs.end());
    }
    return nav;
}

void focusQuestion(const Model& model, QuestionnaireViewState& st, int question) {
    if (question < 0) return;
    const int d = model.questions[question].dimension;
    st.dimension = d;
    st.focusedQuestion = question;
    // The first question of a dimension brings its header (level, target) into view too.
    if (questionnaireQuestions(model, d).front() == question) st.scrollToTop = true;
    st.scrollToFocus = 3;  // card heights settle over a frame or two
}

void showDimension(const Model& model, QuestionnaireViewState& st, int d) {
    std::vector<int> qs = questionnaireQuestions(model, d);
    if (qs.empty()) return;
    focusQuestion(model, st, qs.front());
}

// The answer after this frame's intents (the document applies them after the frame).
int pendingOption(const Document& doc, const Intents& out, int question) {
    int option = doc.assessment().answers[question].option;
    for (const Intent& intent : out)
        if (const auto* a = std::get_if<SetAnswer>(&intent); a && a->question == question) option = a->option;
    return option;
}

int nextUnanswered(const Document& doc, const Intents& out, const Navigation& nav, int from) {
    const int n = static_cast<int>(nav.questions.size());
    const int start = nav.indexOf(from);
    for (int k = 1; k <= n; ++k) {
        int q = nav.questions[(start + k + n) % n];
        if (pendingOption(doc, out, q) == Answer::Unanswered) return q;
    }
    return -1;
}

void setNotice(QuestionnaireViewState& st, const Document& doc, std::string message) {
    st.notice = std::move(message);
    st.noticeRevision = doc.revision();
}

bool textFieldActive() {
    const ImGuiContext& g = *GImGui;
    return ImGui::GetIO().WantTextInput || (g.ActiveId != 0 && g.InputTextState.ID == g.ActiveId);
}

void handleKeyboard(const Document& doc, QuestionnaireViewState& st, const Navigation& nav, Intents& out) {
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

    const int index = nav.indexOf(st.focusedQuestion);
    const int last = static_cast<int>(nav.questions.size()) - 1;
    auto advance = [&](int delta) {
        const int next = std::clamp(index + delta, 0, last);
        if (next != index) focusQuestion(model, st, nav.questions[next]);
        else st.scrollToFocus = 3;
    };
    auto switchDimension = [&](int delta) {
        const int di = nav.dimensionIndex(st.dimension);
        const int next = std::clamp(di + delta, 0, static_cast<int>(nav.dimensions.size()) - 1);
        if (next != di) showDimension(model, st, nav.dimensions[next]);
    };

    if (pressed(ImGuiKey_DownArrow)) advance(+1);
    if (pressed(ImGuiKey_UpArrow)) advance(-1);
    if (pressed(ImGuiKey_PageDown) || pressed(ImGuiKey_RightArrow)) switchDimension(+1);
    if (pressed(ImGuiKey_PageUp) || pressed(ImGuiKey_LeftArrow)) switchDimension(-1);

    const int q = st.focusedQuestion;
    if (q < 0) return;
    const int options = static_cast<int>(model.optionsFor(q).size());
    for (int k = 1; k <= std::min(options, 9); ++k) {
        if (ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_0 + k), false) ||
            ImGui::IsKeyPressed(ImGuiKey(ImGuiKey_Keypad0 + k), false)) {
            out.push_back(SetAnswer{q, k - 1});
            st.notice.clear();
            advance(+1);
            return;
        }
    }
    if (ImGui::IsKeyPressed(ImGuiKey_0, false) || ImGui::IsKeyPressed(ImGuiKey_Keypad0, false) ||
        ImGui::IsKeyPressed(ImGuiKey_N, false)) {
        if (model.questions[q].allowNotApplicable) {
            out.push_back(SetAnswer{q, Answer::NotApplicable});
            st.notice.clear();
            advance(+1);
        } else {
            setNotice(st, doc, "\xE2\x80\x9CNot applicable\xE2\x80\x9D is not offered for this question: it applies to every organisation.");
        }
        return;
    }
    if (ImGui::IsKeyPressed(ImGuiKey_Backspace, false) || ImGui::IsKeyPressed(ImGuiKey_Delete, false)) {
        out.push_back(SetAnswer{q, Answer::Unanswered});
        st.notice.clear();
    }
}

// ---------------------------------------------------------------------------
// Header: overall progress, next unanswered, the keyboard hint.

void drawHeader(const Document& doc, QuestionnaireViewState& st, const Navigation& nav, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const Score& score = doc.score();
    if (beginCard("##q-header", ImVec2(0, 0), kCardPadding)) {
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float width = ImGui::GetContentRegionAvail().x;
        ImDrawList* dl = ImGui::GetWindowDrawList();

        // Right: "38 of 63 answered", a bar, and the next unanswered question.
        const std::string count = std::to_string(score.answered) + " of " + std::to_string(score.total) + " answered";
        const char* nextLabel = "Next unanswered  \xE2\x86\x92";
        const float buttonW = textSize(fonts().bodyBold, nextLabel).x + 32.0f;
        const float barW = std::clamp(width * 0.2f, 150.0f, 240.0f);
        const float right = top.x + width;
        const float barX = right - buttonW - 24.0f - barW;

        // Left: the title, a word on honesty, and the keyboard (or a notice), in the room left.
        const float room = barX - 24.0f - top.x;
        const char* subtitle = "Answer for how things are today, not how they are planned.";
        text(fonts().heading, p.text, "Questionnaire");
        if (textSize(fonts().heading, "Questionnaire").x + 12.0f + textSize(fonts().body, subtitle).x <= room) {
            ImGui::SameLine(0.0f, 12.0f);
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
        char pct[16];
        std::snprintf(pct, sizeof pct, "%d%%", static_cast<int>(score.completion() * 100.0 + 0.5));
        const float pw = textSize(fonts().small, pct).x;
        drawText(dl, fonts().small, ImVec2(barX + barW - pw, top.y + 4.0f), p.textMuted, pct);
        progressBar(dl, ImVec2(barX, top.y + 28.0f), ImVec2(barX + barW, top.y + 36.0f), score.completion(),
                    score.answered == score.total ? p.good : p.accent);

        const ImVec2 bPos(right - buttonW, top.y + 2.0f);
        const ImVec2 bSize(buttonW, 38.0f);
        ImGui::SetCursorScreenPos(bPos);
        const bool allDone = nextUnanswered(doc, out, nav, st.focusedQuestion) < 0;
        ImGui::BeginDisabled(allDone);
        const bool clicked = ImGui::InvisibleButton("##next-unanswered", bSize);
        const bool hovered = ImGui::IsItemHovered();
        ImGui::EndDisabled();
        st.nextUnansweredButton = ImVec2(bPos.x + bSize.x * 0.5f, bPos.y + bSize.y * 0.5f);
        const ImU32 bg = allDone ? p.surfaceAlt : hovered ? mix(p.accent, p.text, 0.15f) : p.accent;
        dl->AddRectFilled(bPos, ImVec2(bPos.x + bSize.x, bPos.y + bSize.y), bg, 8.0f);
        const char* label = allDone ? "All answered" : nextLabel;
        const ImVec2 ls = textSize(fonts().bodyBold, label);
        drawText(dl, fonts().bodyBold, ImVec2(bPos.x + (bSize.x - ls.x) * 0.5f, bPos.y + (bSize.y - ls.y) * 0.5f),
                 allDone ? p.textMuted : p.textOnAccent, label);
        if (clicked) {
            const int q = nextUnanswered(doc, out, nav, st.focusedQuestion);
            if (q >= 0) focusQuestion(model, st, q);
        }
        ImGui::SetCursorScreenPos(ImVec2(top.x, top.y + 44.0f));
        ImGui::Dummy(ImVec2(width, 0.0f));
    }
    endCard();
}

// ---------------------------------------------------------------------------
// Left: the dimensions with their progress.

void drawDimensionList(const Document& doc, QuestionnaireViewState& st, const Navigation& nav, float sidebarW,
                       float height) {
    const Palette& p = palette();
    const Model& model = doc.model();
    st.dimensionRows.assign(model.dimensions.size(), ImVec2(0, 0));
    // Rows shrink a little on short screens so every dimension stays in sight.
    const int groups = 2;
    const float rowH = std::clamp((height - 24.0f - groups * kGroupLabelHeight) / std::max<std::size_t>(1, nav.dimensions.size()) - 2.0f,
                                  34.0f, kDimRowHeight);
    if (beginCard("##q-dimensions", ImVec2(sidebarW, height), 10.0f)) {
        ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(10.0f, 2.0f));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const float width = ImGui::GetContentRegionAvail().x;
        DimensionKind group = DimensionKind::Track;
        bool first = true;
        for (int d : nav.dimensions) {
            const Dimension& dim = model.dimensions[d];
            if (first || dim.kind != group) {
                group = dim.kind;
                const ImVec2 at = ImGui::GetCursorScreenPos();
                drawText(dl, fonts().small, ImVec2(at.x + 12.0f, at.y + (first ? 4.0f : 10.0f)), p.textMuted,
                         group == DimensionKind::Track ? "TRACKS" : "ENABLERS");
                ImGui::Dummy(ImVec2(width, first ? kGroupLabelHeight - 8.0f : kGroupLabelHeight));
                first = false;
            }
            const Progress pr = dimensionProgress(doc, d);
            const ImVec2 a = ImGui::GetCursorScreenPos();
            const ImVec2 b(a.x + width, a.y + rowH);
            ImGui::PushID(d);
            const bool clicked = ImGui::InvisibleButton("##dim", ImVec2(width, rowH));
            const bool hovered = ImGui::IsItemHovered();
            ImGui::PopID();
            st.dimensionRows[d] = ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);
            const bool current = d == st.dimension;
            if (current) {
                dl->AddRectFilled(a, b, p.accentSoft, 8.0f);
                dl->AddRectFilled(ImVec2(a.x, a.y + 8.0f), ImVec2(a.x + 3.0f, b.y - 8.0f), p.accent, 1.5f);
            } else if (hovered) {
                dl->AddRectFilled(a, b, p.surfaceAlt, 8.0f);
            }
            const bool done = pr.answered == pr.total;
            const std::string count = countOf(pr.answered, pr.total);
            const float cw = textSize(fonts().small, count).x;
            // Name on its own line; below it the bar, with the count (and a tick when done) beside it.
            const float nameX = a.x + 12.0f, rightX = b.x - 12.0f;
            ImFont* nameFont = current ? fonts().bodyBold : fonts().body;
            if (textSize(nameFont, dim.name).x > rightX - nameX) nameFont = fonts().small;  // narrow windows
            dl->PushClipRect(ImVec2(nameX, a.y), ImVec2(rightX, b.y), true);
            drawText(dl, nameFont, ImVec2(nameX, a.y + rowH * 0.5f - 15.0f), current ? p.accent : p.text,
                     fitText(nameFont, dim.name, rightX - nameX));  // the pane beside it shows the name whole
            dl->PopClipRect();
            const float countX = rightX - std::max(cw, textSize(fonts().small, "00/00").x);
            const float barY = a.y + rowH * 0.5f + 9.0f;
            drawText(dl, fonts().small, ImVec2(countX, barY - 7.0f), done ? p.good : p.textMuted, count);
            if (done) tick(dl, ImVec2(countX - 10.0f, barY + 1.0f), 8.0f, p.good);
            progressBar(dl, ImVec2(nameX, barY - 1.0f), ImVec2(countX - (done ? 20.0f : 10.0f), barY + 3.0f),
                        pr.total ? double(pr.answered) / pr.total : 0.0, done ? p.good : p.accent);
            if (clicked) showDimension(model, st, d);
        }
        ImGui::PopStyleVar();
    }
    endCard();
}

// ---------------------------------------------------------------------------
// Right, at the top: the dimension, its level, its target, what holds it back.

// The dimension's ladder in miniature: evidence per stage, current level, target.
void drawLadderStrip(const Document& doc, int d, ImVec2 at, float width) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const DimensionScore& ds = doc.score().dimensions[d];
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const int n = model.stageCount();
    const float gap = 3.0f, h = 16.0f;
    const float cell = (width - gap * (n - 1)) / std::max(1, n);
    for (int s = 0; s < n; ++s) {
        const ImVec2 a(at.x + s * (cell + gap), at.y);
        const ImVec2 b(a.x + cell, a.y + h);
        const StageEvidence& ev = ds.stages[s];
        if (ev.questions == 0) dl->AddRect(a, b, p.border, 4.0f);
        else if (!ev.assessed) dl->AddRect(a, b, p.warning, 4.0f, 0, 1.5f); // not assessed: no fill claims evidence
        else dl->AddRectFilled(a, b, heatColour(ev.share), 4.0f);
        char num[12];
        std::snprintf(num, sizeof num, "%d", s + 1);
        const ImVec2 ns = textSize(fonts().small, num);
        drawText(dl, fonts().small, ImVec2(a.x + (cell - ns.x) * 0.5f, b.y + 3.0f), p.textMuted, num);
    }
    auto xAt = [&](double level) {
        const int whole = std::clamp(static_cast<int>(level), 0, n);
        const double frac = level - whole;
        return at.x + whole * (cell + gap) + static_cast<float>(frac) * cell - (whole == n ? gap : 0.0f);
    };
    const float cx = xAt(ds.level);
    dl->AddRectFilled(ImVec2(cx - 1.5f, at.y - 4.0f), ImVec2(cx + 1.5f, at.y + h + 4.0f), p.text, 1.5f);
    if (ds.target > 0) {
        const float tx = at.x + ds.target * (cell + gap) - gap * 0.5f;
        dl->AddRectFilled(ImVec2(tx - 1.5f, at.y - 4.0f), ImVec2(tx + 1.5f, at.y + h + 4.0f), p.target, 1.5f);
    }
}

void bulletLine(ImU32 dot, ImFont* font, ImU32 colour, const std::string& line) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.0f, pos.y + fontSize(font) * 0.5f + 1.0f), 4.0f, dot);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 16.0f, pos.y));
    ImGui::BeginGroup();
    text(font, colour, line);  // wraps at the card's edge
    ImGui::EndGroup();
}

// Stage names as the dimension's side reads them: internal tracks have their own.
std::string stageLabel(const Model& model, int stage, Side side = Side::External) {
    return "Stage " + std::to_string(stage) + " \xC2\xB7 " + model.stages[stage - 1].nameOn(side);
}

void drawDimensionHeader(const Document& doc, QuestionnaireViewState& st, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const int d = st.dimension;
    const Dimension& dim = model.dimensions[d];
    const DimensionScore& ds = doc.score().dimensions[d];
    const bool isTrack = dim.kind == DimensionKind::Track;
    const Progress pr = dimensionProgress(doc, d);

    InlineCard card;
    {
        const float width = card.contentWidth();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        text(fonts().small, p.textMuted,
             std::string(isTrack ? "TRACK" : "ENABLER") + "  \xC2\xB7  " + std::to_string(pr.answered) + " of " +
                 std::to_string(pr.total) + " answered");
        text(fonts().heading, p.text, dim.name);
        if (!dim.summary.empty()) text(fonts().body, p.textMuted, dim.summary);
        ImGui::Dummy(ImVec2(0, 6.0f));

        // Current level beside the target control.
        const ImVec2 row = ImGui::GetCursorScreenPos();
        const float levelW = std::min(250.0f, width * 0.32f);
        drawText(dl, fonts().small, row, p.textMuted, "CURRENT LEVEL");
        const std::string level = formatLevel(ds.level);
        drawText(dl, fonts().title, ImVec2(row.x, row.y + 18.0f), p.text, level);
        const float lw = textSize(fonts().title, level).x;
        drawText(dl, fonts().body, ImVec2(row.x + lw + 6.0f, row.y + 30.0f), p.textMuted,
                 "of " + std::to_string(model.stageCount()));
        drawLadderStrip(doc, d, ImVec2(row.x, row.y + 62.0f), levelW - 20.0f);

        const float tx = row.x + levelW + 12.0f;
        drawText(dl, fonts().small, ImVec2(tx, row.y), p.textMuted, "TARGET LEVEL");
        std::vector<Segment> segs;
        segs.push_back(Segment("None").withTooltip("No target", "No target for this dimension yet."));
        for (int s = 1; s <= model.stageCount(); ++s)
            segs.push_back(Segment(std::to_string(s)).withTooltip(stageLabel(model, s), model.stages[s - 1].summary));
        ImGui::SetCursorScreenPos(ImVec2(tx, row.y + 20.0f));
        SegmentedStyle style;
        style.height = 36.0f;
        // A set target wears the target colour (as on the map); "None" stays quiet.
        if (ds.target > 0) {
            style.selectedFill = p.target;
            style.selectedText = currentTheme() == ThemeKind::Dark ? IM_COL32(20, 14, 8, 255) : p.textOnAccent;
        } else {
            style.selectedFill = mix(p.surfaceAlt, p.textMuted, 0.25f);
            style.selectedText = p.text;
        }
        const float targetW = std::min(width - levelW - 12.0f, 64.0f * (model.stageCount() + 1) + 16.0f);
        SegmentedResult r = segmented("##target", segs, ds.target, targetW, style);
        st.targetButtons = r.centres;
        if (r.clicked >= 0 && r.clicked != ds.target) out.push_back(SetTarget{d, r.clicked});
        std::string aim;
        if (ds.target > 0) {
            aim = "Aim: " + stageLabel(model, ds.target);
            aim += ds.gap() > 0 ? "  \xC2\xB7  " + formatLevel(ds.gap()) + " to go" : "  \xC2\xB7  reached";
        } else {
            aim = "No target yet: pick the level you aim for.";
        }
        const float aimW = row.x + width - tx;  // wraps between words on a phone
        drawText(dl, fonts().small, ImVec2(tx, row.y + 64.0f), ds.target > 0 ? p.text : p.textMuted, aim, aimW);
        ImGui::SetCursorScreenPos(ImVec2(row.x, row.y + std::max(92.0f, 72.0f + textSize(fonts().small, aim, aimW).y)));
        ImGui::Dummy(ImVec2(width, 0.0f));

        // Tracks: what counts after the gates, and what holds the next stage back.
        if (isTrack) {
            for (const TrackStage& t : doc.score().tracks) {
                if (t.track != d) continue;
                ImGui::Dummy(ImVec2(0, 4.0f));
                text(fonts().small, p.textMuted, "AFTER GATES");
                std::string counts = t.stage > 0 ? "Counts at " + stageLabel(model, t.stage, t.side) : "Not yet at stage 1";
                if (t.ungatedStage > t.stage)
                    counts += "; the answers alone reach stage " + std::to_string(t.ungatedStage);
                text(fonts().bodyBold, t.ungatedStage > t.stage ? p.danger : p.text, counts);
                if (!t.nextAssessed)
                    text(fonts().body, p.warning, "Stage " + std::to_string(t.stage + 1) +
                                                      " is not assessed: most of its questions are unanswered or not applicable.");
                if (!t.blockers.empty()) {
                    for (const BlockingGate& g : t.blockers) bulletLine(p.danger, fonts().body, p.text, g.explanation);
                } else if (t.stage < model.stageCount()) {
                    text(fonts().body, p.textMuted,
                         "No enabler holds the next stage back: more evidence here is what moves it.");
                }
            }
        } else {
            // Enablers: which stages of the tracks depend on this one.
            // The gate status comes from the score, never re-derived here.
            bool any = false;
            for (Side side : {Side::External, Side::Internal})
                for (int s = 0; s < model.stageCount(); ++s)
                    for (const GateStatus& g : doc.score().gatesFor(side, s)) {
                        const int owner = g.question >= 0 ? model.questions[g.question].dimension : g.dimension;
                        if (owner != d) continue;
                        if (!any) {
                            ImGui::Dummy(ImVec2(0, 4.0f));
                            text(fonts().small, p.textMuted, "HOLDS UP");
                            any = true;
                        }
                        bulletLine(g.met ? p.good : p.danger, fonts().body, p.text,
                                   g.explanation + (g.met ? " \xE2\x80\x94 met" : ""));
                    }
        }
    }
    card.end();
}

// ---------------------------------------------------------------------------
// Right: one card per question.

// The answers stacked, each a full-width button (a phone): labels never
// squeeze into a quarter of the width. Returns the index clicked (the scale's
// size for "Not applicable") or -1; `centres` gets each button's centre.
int stackedAnswers(const std::vector<Segment>& segs, int selected, bool offerNA, bool naSelected, float width,
                   std::vector<ImVec2>& centres) {
    SegmentedStyle style;
    style.height = metrics().target;
    int clicked = -1;
    const int n = static_cast<int>(segs.size());
    for (int o = 0; o <= n; ++o) {
        if (o == n && !offerNA) break;
        ImGui::PushID(o);
        const Segment one[] = {o < n ? segs[static_cast<std::size_t>(o)] : Segment("Not applicable", "N")};
        const bool on = o < n ? selected == o : naSelected;
        SegmentedResult r = segmented("##answer", one, on ? 0 : -1, width, style);
        ImGui::PopID();
        centres.push_back(r.centres.front());
        if (r.clicked == 0) clicked = o;
        ImGui::Dummy(ImVec2(0, 2.0f));
    }
    return clicked;
}

bool inputNote(const char* id, const char* hint, std::string& buffer) { return inputString(id, hint, buffer); }

void drawQuestionCard(const Document& doc, QuestionnaireViewState& st, int q, int position, int count,
                      bool mayScroll, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const Question& question = model.questions[q];
    const Answer& answer = doc.assessment().answers[q];
    const bool focused = q == st.focusedQuestion;
    const auto& scale = model.optionsFor(q);
    const int options = static_cast<int>(scale.size());

    QuestionnaireViewState::CardLayout layout;
    layout.question = q;

    // Scrolling: bring the focused card into view when the keyboard moved there.
    const float top = ImGui::GetCursorPosY();
    const float viewTop = ImGui::GetScrollY(), viewBottom = viewTop + ImGui::GetWindowHeight();
    const auto known = st.cardHeights.find(q);
    const float height = known == st.cardHeights.end() ? 220.0f : known->second;
    bool scrollBottom = false;
    if (focused && st.scrollToFocus > 0 && mayScroll) {
        // Only when not already in full view, so repeating this is harmless.
        if (top < viewTop + 4.0f) ImGui::SetScrollHereY(0.0f);
        else if (top + height > viewBottom - 4.0f) scrollBottom = true;
        --st.scrollToFocus;
    }

    ImGui::PushID(q);
    InlineCard card;
    {
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float width = card.contentWidth();

        // Stage it gives evidence for, and where it sits in the dimension.
        const std::string stage = question.stage >= 0 ? stageLabel(model, question.stage + 1) : std::string();
        if (!stage.empty()) pill(dl, at, stage, p.accentSoft, p.accent);
        std::string status = std::to_string(position) + " of " + std::to_string(count);
        if (!answer.answered()) status = "Not answered  \xC2\xB7  " + status;
        const float sw = textSize(fonts().small, status).x;
        drawText(dl, fonts().small, ImVec2(at.x + width - sw, at.y + 2.0f), answer.answered() ? p.textMuted : p.warning,
                 status);
        ImGui::Dummy(ImVec2(width, 22.0f));

        text(fonts().bodyBold, p.text, question.text);  // wraps at the card's edge
        if (!question.help.empty()) text(fonts().small, p.textMuted, question.help);
        ImGui::Dummy(ImVec2(0, 4.0f));

        // The answer scale, then "Not applicable" in a slot of its own, so the
        // scale lines up from card to card whether or not N/A is offered.
        std::vector<Segment> segs;
        for (int o = 0; o < options; ++o)
            segs.push_back(Segment(scale[o].label, o < 9 ? std::to_string(o + 1) : ""));
        const float naGap = 10.0f;
        const float naW = std::clamp(width * 0.16f, 140.0f, 180.0f);
        const ImVec2 scaleAt = ImGui::GetCursorScreenPos();
        const int selected = answer.option >= 0 ? answer.option : -1;
        int clicked = -1;
        if (phoneLayout()) {
            // A phone: one full-width button per answer, "Not applicable" last.
            clicked = stackedAnswers(segs, selected, question.allowNotApplicable,
                                     answer.option == Answer::NotApplicable, width, layout.options);
        } else {
            SegmentedResult r = segmented("##answer", segs, selected, width - naW - naGap);
            layout.options = r.centres;
            clicked = r.clicked;
            const float rowH = r.max.y - r.min.y;
            const ImVec2 naAt(scaleAt.x + width - naW, scaleAt.y);
            if (question.allowNotApplicable) {
                ImGui::SetCursorScreenPos(naAt);
                const Segment na[] = {
                    Segment("Not applicable", "N").withTooltip("", "Leave it out of the score: it does not apply to you.")};
                SegmentedStyle naStyle;
                naStyle.height = rowH;
                SegmentedResult nr = segmented("##na", na, answer.option == Answer::NotApplicable ? 0 : -1, naW, naStyle);
                layout.options.push_back(nr.centres.front());
                if (nr.clicked == 0) clicked = options;
            } else {
                const char* always = "Always applies";
                const ImVec2 ts = textSize(fonts().small, always);
                drawText(dl, fonts().small, ImVec2(naAt.x + (naW - ts.x) * 0.5f, naAt.y + (rowH - ts.y) * 0.5f),
                         p.textMuted, always);
            }
            ImGui::SetCursorScreenPos(ImVec2(scaleAt.x, scaleAt.y + rowH));
            ImGui::Dummy(ImVec2(width, 0.0f));
        }
        if (clicked >= 0) {
            const int option = clicked < options ? clicked : Answer::NotApplicable;
            if (option != answer.option) out.push_back(SetAnswer{q, option});
            st.focusedQuestion = q;
            st.notice.clear();
        }

        // Evidence or comment; "Clear" beside it once answered.
        ImGui::Dummy(ImVec2(0, 2.0f));
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
        const float clearW = answer.answered() ? textSize(fonts().body, clearLabel).x + 24.0f : 0.0f;
        ImGui::SetNextItemWidth(width - (clearW > 0 ? clearW + 8.0f : 0.0f));
        ImGui::PushStyleColor(ImGuiCol_FrameBg, p.surfaceAlt);
        ImGui::PushStyleVar(ImGuiStyleVar_FrameBorderSize, 1.0f);
        ImGui::PushStyleVar(ImGuiStyleVar_FramePadding, ImVec2(10.0f, 7.0f));
        // "Not applicable" leaves a question out of the score, so it asks why.
        const bool needsReason = answer.option == Answer::NotApplicable;
        // The longest hint that fits the field: a hint cut mid-word reads as a glitch.
        const float hintRoom = width - (clearW > 0 ? clearW + 8.0f : 0.0f) - 20.0f;
        const char* hint = needsReason ? "Why does this not apply? (others will read the reason)" : "Evidence or comment (optional)";
        if (ImGui::CalcTextSize(hint).x > hintRoom) hint = needsReason ? "Why does this not apply?" : "Evidence or comment";
        if (ImGui::CalcTextSize(hint).x > hintRoom) hint = needsReason ? "Why not?" : "Note";
        if (inputNote(noteId, hint, buffer))
            out.push_back(SetNote{q, buffer});
        ImGui::PopStyleVar(2);
        ImGui::PopStyleColor();
        layout.notes = ImVec2((ImGui::GetItemRectMin().x + ImGui::GetItemRectMax().x) * 0.5f,
                              (ImGui::GetItemRectMin().y + ImGui::GetItemRectMax().y) * 0.5f);
        if (ImGui::IsItemActivated()) st.focusedQuestion = q;
        // While typing, arrows and page keys stay in the field: ImGui's keyboard
        // navigation would otherwise leave it on Up/Down.
        if (ImGui::IsItemActive())
            for (ImGuiKey k : {ImGuiKey_UpArrow, ImGuiKey_DownArrow, ImGuiKey_PageUp, ImGuiKey_PageDown})
                ImGui::SetKeyOwner(k, noteItem);
        if (clearW > 0) {
            ImGui::SameLine(0.0f, 8.0f);
            const ImVec2 cpos = ImGui::GetCursorScreenPos();
            const float ch = ImGui::GetItemRectSize().y;
            layout.clear = ImVec2(cpos.x + clearW * 0.5f, cpos.y + ch * 0.5f);
            if (ImGui::InvisibleButton("##clear", ImVec2(clearW, ch))) {
                out.push_back(SetAnswer{q, Answer::Unanswered});
                st.focusedQuestion = q;
            }
            const bool hov = ImGui::IsItemHovered();
            if (hov) dl->AddRectFilled(cpos, ImVec2(cpos.x + clearW, cpos.y + ch), p.surfaceAlt, 6.0f);
            const ImVec2 ts = textSize(fonts().body, clearLabel);
            drawText(dl, fonts().body, ImVec2(cpos.x + (clearW - ts.x) * 0.5f, cpos.y + (ch - ts.y) * 0.5f),
                     hov ? p.text : p.textMuted, clearLabel);
        }
        if (answer.option == Answer::NotApplicable && answer.note.empty())
            text(fonts().small, p.warning, "Not applicable: please give the reason in the note, so the group can check it.");
    }
    // The focused card wears an accent ring instead of its border.
    card.end(focused ? p.accent : 0, 2.0f);
    ImGui::PopID();
    layout.min = card.min();
    layout.max = card.max();
    layout.height = layout.max.y - layout.min.y;
    st.cardHeights[q] = layout.height;
    // A click anywhere on the card focuses it (answer buttons and notes do too).
    if (ImGui::IsMouseClicked(ImGuiMouseButton_Left) && ImGui::IsMouseHoveringRect(layout.min, layout.max) &&
        ImGui::IsWindowHovered(ImGuiHoveredFlags_ChildWindows))
        st.focusedQuestion = q;
    if (scrollBottom) ImGui::SetScrollHereY(1.0f);
    st.cards.push_back(std::move(layout));
}

// A full-width button for the phone layout; true when pressed.
bool wideButton(const char* id, const std::string& label, float width, bool primary, bool enabled = true) {
    return button(id, label, primary ? ButtonKind::Primary : ButtonKind::Secondary, width, enabled);
}

// A phone: progress, the dimension with buttons to the one before and after,
// the current question alone with full-width answers, then the way on; the
// dimension's level and target follow below.
void drawPhoneQuestionnaire(const Document& doc, QuestionnaireViewState& st, const Navigation& nav, Intents& out) {
    const Palette& p = palette();
    const Model& model = doc.model();
    const Score& score = doc.score();
    const float width = ImGui::GetContentRegionAvail().x;
    const float gap = 8.0f;

    if (beginCard("##q-header", ImVec2(0, 0), 16.0f)) {
        const float w = ImGui::GetContentRegionAvail().x;
        text(fonts().heading, p.text, "Questionnaire");
        text(fonts().small, p.textMuted, std::to_string(score.answered) + " of " + std::to_string(score.total) +
                                             " answered. Answer for how things are today.", true);
        const ImVec2 at = ImGui::GetCursorScreenPos();
        progressBar(ImGui::GetWindowDrawList(), ImVec2(at.x, at.y + 4.0f), ImVec2(at.x + w, at.y + 10.0f),
                    score.completion(), score.answered == score.total ? p.good : p.accent);
        ImGui::Dummy(ImVec2(w, 16.0f));
        const int next = nextUnanswered(doc, out, nav, st.focusedQuestion);
        st.nextUnansweredButton = ImVec2(at.x + w * 0.5f, at.y + 16.0f + metrics().target * 0.5f);
        if (wideButton("##next-unanswered", next < 0 ? "All answered" : "Next unanswered  \xE2\x86\x92", w, true,
                       next >= 0))
            focusQuestion(model, st, next);
    }
    endCard();
    ImGui::Dummy(ImVec2(0, 4.0f));

    // The dimension, with the one before and after.
    const int di = nav.dimensionIndex(st.dimension);
    const Progress pr = dimensionProgress(doc, st.dimension);
    const float arrowW = metrics().target + 8.0f;
    if (wideButton("##prev-dimension", "\xE2\x86\x90", arrowW, false, di > 0))
        showDimension(model, st, nav.dimensions[static_cast<std::size_t>(di - 1)]);
    ImGui::SameLine(0.0f, gap);
    {
        const ImVec2 at = ImGui::GetCursorScreenPos();
        const float w = width - 2 * (arrowW + gap);
        ImGui::Dummy(ImVec2(w, metrics().target));
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const std::string name = fitText(fonts().bodyBold, model.dimensions[static_cast<std::size_t>(st.dimension)].name, w);
        const std::string count = countOf(pr.answered, pr.total) + " answered";
        drawText(dl, fonts().bodyBold, ImVec2(at.x + (w - textSize(fonts().bodyBold, name).x) * 0.5f, at.y + 2.0f), p.text, name);
        drawText(dl, fonts().small, ImVec2(at.x + (w - textSize(fonts().small, count).x) * 0.5f, at.y + 22.0f),
                 pr.answered == pr.total ? p.good : p.textMuted, count);
    }
    ImGui::SameLine(0.0f, gap);
    if (wideButton("##next-dimension", "\xE2\x86\x92", arrowW, false, di + 1 < static_cast<int>(nav.dimensions.size())))
        showDimension(model, st, nav.dimensions[static_cast<std::size_t>(di + 1)]);
    ImGui::Dummy(ImVec2(0, 4.0f));

    // The current question alone.
    const std::vector<int> qs = questionnaireQuestions(model, st.dimension);
    const auto it = std::find(qs.begin(), qs.end(), st.focusedQuestion);
    const int pos = it == qs.end() ? 0 : static_cast<int>(it - qs.begin());
    st.cards.clear();
    ImGui::PushItemWidth(-1.0f);
    drawQuestionCard(doc, st, qs[static_cast<std::size_t>(pos)], pos + 1, static_cast<int>(qs.size()), false, out);
    ImGui::PopItemWidth();
    ImGui::Dummy(ImVec2(0, 4.0f));

    const int index = nav.indexOf(st.focusedQuestion);
    const float half = (width - gap) * 0.5f;
    if (wideButton("##prev-question", "\xE2\x86\x90  Previous", half, false, index > 0))
        focusQuestion(model, st, nav.questions[static_cast<std::size_t>(index - 1)]);
    ImGui::SameLine(0.0f, gap);
    if (wideButton("##next-question", "Next  \xE2\x86\x92", half, true,
                   index >= 0 && index + 1 < static_cast<int>(nav.questions.size())))
        focusQuestion(model, st, nav.questions[static_cast<std::size_t>(index + 1)]);
    ImGui::Dummy(ImVec2(0, 8.0f));

    ImGui::PushItemWidth(-1.0f);
    drawDimensionHeader(doc, st, out);
    ImGui::PopItemWidth();
}

}  // namespace

const QuestionnaireViewState::CardLayout* QuestionnaireViewState::card(int question) const {
    for (const CardLayout& c : cards)
        if (c.question == question) return &c;
    return nullptr;
}

std::vector<int> questionnaireDimensionOrder(const Model& model) {
    std::vector<int> order;
    for (DimensionKind kind : {DimensionKind::Track, DimensionKind::Enabler})
        for (int d = 0; d < static_cast<int>(model.dimensions.size()); ++d)
            if (model.dimensions[d].kind == kind) order.push_back(d);
    return order;
}

std::vector<int> questionnaireQuestions(const Model& model, int dimension) {
    std::vector<int> qs;
    for (int q = 0; q < static_cast<int>(model.questions.size()); ++q)
        if (model.questions[q].dimension == dimension) qs.push_back(q);
    std::stable_sort(qs.begin(), qs.end(),
                     [&](int a, int b) { return model.questions[a].stage < model.questions[b].stage; });
    return qs;
}

void drawQuestionnaireView(const Document& doc, QuestionnaireViewState& st, Intents& out) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const Navigation nav = makeNavigation(model);
    if (nav.questions.empty()) {
        if (beginCard("##q-empty", ImVec2(0, 0), kCardPadding))
            text(fonts().body, p.textMuted, "This maturity model has no questions.");
        endCard();
        return;
    }
    // Start at the first question; keep the page when the model changes under us.
    if (nav.dimensionIndex(st.dimension) < 0) st.dimension = nav.dimensions.front();
    if (st.focusedQuestion < 0 || st.focusedQuestion >= static_cast<int>(model.questions.size()) ||
        model.questions[st.focusedQuestion].dimension != st.dimension)
        st.focusedQuestion = questionnaireQuestions(model, st.dimension).front();

    handleKeyboard(doc, st, nav, out);
    if (phoneLayout()) return drawPhoneQuestionnaire(doc, st, nav, out);

    drawHeader(doc, st, nav, out);
    ImGui::Dummy(ImVec2(0, 4.0f));

    // The two columns fill the window below; the question list scrolls on its own.
    const ImVec2 start = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float bottomMargin = 24.0f + 2 * ImGui::GetStyle().ItemSpacing.y;
    const float height = std::max(420.0f, ImGui::GetIO().DisplaySize.y - start.y - bottomMargin);

    const float sidebarW = width < 1000.0f ? kSidebarWidthNarrow : kSidebarWidth;
    drawDimensionList(doc, st, nav, sidebarW, height);

    ImGui::SetCursorScreenPos(ImVec2(start.x + sidebarW + kColumnGap, start.y));
    const float paneW = width - sidebarW - kColumnGap;
    ImGui::PushStyleColor(ImGuiCol_ChildBg, 0);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(4.0f, 4.0f));
    ImGui::BeginChild("##q-pane", ImVec2(paneW, height), ImGuiChildFlags_AlwaysUseWindowPadding, kTabThrough);
    ImGui::PopStyleVar();
    st.paneMin = ImGui::GetWindowPos();
    st.paneMax = ImVec2(st.paneMin.x + paneW, st.paneMin.y + height);
    // A new dimension opens at its header; the focused card is brought into
    // view from the next frame, once the scroll has been applied.
    const bool mayScroll = !st.scrollToTop;
    if (st.scrollToTop) {
        ImGui::SetScrollY(0.0f);
        st.scrollToTop = false;
    }
    ImGui::PushItemWidth(-1.0f);
    drawDimensionHeader(doc, st, out);
    st.cards.clear();
    const std::vector<int> qs = questionnaireQuestions(model, st.dimension);
    for (std::size_t i = 0; i < qs.size(); ++i) {
        ImGui::Dummy(ImVec2(0, 2.0f));
        drawQuestionCard(doc, st, qs[i], static_cast<int>(i) + 1, static_cast<int>(qs.size()), mayScroll, out);
    }
    // Room to scroll the last card up to the top.
    ImGui::Dummy(ImVec2(0, 16.0f));
    ImGui::PopItemWidth();
    ImGui::EndChild();
    ImGui::PopStyleColor();

    // The column is laid out as one item.
    ImGui::SetCursorScreenPos(start);
    ImGui::Dummy(ImVec2(width, height));
}

}  // namespace smm::ui
