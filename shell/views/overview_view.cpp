#include "overview_view.hpp"

#include <algorithm>
#include <cctype>
#include <cmath>
#include <string>

#include "core/sources.hpp"
#include "core/format.hpp"
#include "map_view.hpp"
#include "shell/fonts.hpp"
#include "shell/item_registry.hpp"
#include "shell/keyboard.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {


bool inNavigation(ViewId id) {
    for (const ViewInfo& v : kViews)
        if (v.id == id) return true;
    return false;
}


// A link-like button in the accent colour at `pos`; true when clicked.
bool link(const std::string& label, ImVec2 pos) {
    const ImVec2 size = textSize(fonts().bodyBold, label);
    ImGui::SetCursorScreenPos(pos);
    const bool clicked = ImGui::InvisibleButton(label.c_str(), size);
    const bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, fonts().bodyBold, pos, palette().accent, label);
    if (hovered) {
        dl->AddLine(ImVec2(pos.x, pos.y + size.y), ImVec2(pos.x + size.x, pos.y + size.y), palette().accent);
        ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    return clicked;
}

// A card's title, a short muted note on the same line and, at the right, an
// optional link to the view with the whole story. True when the link is clicked.
bool cardTitle(const char* title, const std::string& note, const std::string& linkLabel = {}) {
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float right = pos.x + ImGui::GetContentRegionAvail().x;
    const float headingH = fontSize(fonts().heading);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, fonts().heading, pos, palette().text, title);
    const float baseline = pos.y + headingH - fontSize(fonts().small) - 1.0f;  // small text shares the heading's baseline
    bool clicked = false;
    float noteRight = right;
    if (!linkLabel.empty()) {
        const float lw = textSize(fonts().bodyBold, linkLabel).x;
        const ImVec2 at(right - lw, pos.y + headingH - fontSize(fonts().bodyBold) - 2.0f);
        clicked = link(linkLabel, at);
        noteRight -= lw + 16.0f;
    }
    // The note only when it fits whole: a cut-off aside reads as a glitch.
    const float noteX = pos.x + textSize(fonts().heading, title).x + 12.0f;
    if (!note.empty() && noteX + textSize(fonts().small, note).x <= noteRight)
        drawText(dl, fonts().small, ImVec2(noteX, baseline), palette().textMuted, note);
    ImGui::SetCursorScreenPos(pos);
    ImGui::Dummy(ImVec2(right - pos.x, headingH + 6.0f));
    return clicked;
}

// A transparent child that lays out one column of cards.
template <typename Body>
float column(const char* id, float width, Body&& body) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(0, 0));
    ImGui::BeginChild(id, ImVec2(width, 0), ImGuiChildFlags_AutoResizeY,
                      ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NoBackground | kTabThrough);
    ImGui::PopStyleVar();
    body();
    ImGui::EndChild();
    return ImGui::GetItemRectSize().y;
}

// The tracks of one side, and their indices into Score::tracks.
std::vector<LadderTrack> ladderTracks(const Document& doc, Side side, std::vector<int>* indices) {
    const Score& score = doc.score();
    std::vector<LadderTrack> out;
    for (std::size_t i = 0; i < score.tracks.size(); ++i) {
        const TrackStage& t = score.tracks[i];
        if (t.side != side) continue;
        indices->push_back(static_cast<int>(i));
        LadderTrack lt;
        lt.name = doc.model().dimensions[t.track].name;
        lt.level = score.dimensions[t.track].level;
        lt.stage = t.stage;
        lt.ungatedStage = t.ungatedStage;
        lt.target = score.dimensions[t.track].target;
        for (const BlockingGate& b : t.blockers) lt.blockers.push_back(b.explanation);
        out.push_back(std::move(lt));
    }
    return out;
}

void drawLaddersCard(const Document& doc, OverviewViewState& state, Intents& out, float stretchTo) {
    const Model& model = doc.model();
    if (beginCard("ladders", ImVec2(0, 0), metrics().cardPadding)) {
        const float top = ImGui::GetCursorScreenPos().y;
        cardTitle("With customers and the market", "");
        text(fonts().small, palette().textMuted,
             "The external tracks climb these " + std::to_string(model.stageCount()) +
                 " stages, each named by what you do; a missing guardrail holds a stage back rather than taking it "
                 "away. Internal collaboration has its own ladder (above, and on the map).",
             true);
        vspace(metrics().space.tight);
        // Only the external tracks share these stage names; the internal one
        // never borrows them (its standing is in the headline and on the map).
        std::vector<int> external;
        std::vector<LadderTrack> externalTracks = ladderTracks(doc, Side::External, &external);
        std::vector<std::string> names;
        for (const Stage& s : model.stages) names.push_back(s.name);
        const float used = ImGui::GetCursorScreenPos().y - top + 2 * metrics().cardPadding;
        LadderHit hit = drawLadders(names, externalTracks, ImGui::GetContentRegionAvail().x, stretchTo - used, &state.ladders);
        if (hit.clicked) out.push_back(FocusCell{doc.score().tracks[external[hit.track]].track, hit.stage});
    }
    endCard();
}

std::string effortLabel(const std::string& effort) {
    return effort.empty() ? std::string() : capitalised(effort + " effort");
}

void drawNextMoves(const Document& doc, Intents& out) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const std::vector<NextMove>& moves = doc.moves();
    if (!beginCard("moves", ImVec2(0, 0), metrics().cardPadding)) return endCard();
    const std::size_t steps = doc.roadmap().items.size();
    const bool more = inNavigation(ViewId::Roadmap) && steps > moves.size();
    if (cardTitle("Your next three moves", "What holds you back first, then the roadmap",
                  more ? "All " + std::to_string(steps) + " steps \xE2\x86\x92" : std::string()))
        out.push_back(ShowView{ViewId::Roadmap});
    const auto& targets = doc.assessment().targets;
    const bool anyTarget = std::any_of(targets.begin(), targets.end(), [](int t) { return t > 0; });
    if (moves.empty())
        text(fonts().body, p.textMuted,
             anyTarget ? "Nothing to do: every dimension is at its target and nothing holds you back."
                       : "Nothing holds you back that an action fixes: set targets in the Questionnaire to plan further.",
             true);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = 58.0f;
    for (std::size_t i = 0; i < moves.size(); ++i, pos.y += h) {
        const NextMove& act = moves[i];
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(static_cast<int>(i));
        const bool clicked = ImGui::InvisibleButton((act.title + "###move").c_str(), ImVec2(w, h));
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (clicked && act.dimension >= 0) out.push_back(FocusCell{act.dimension, act.stage});
        if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);

        if (hovered) dl->AddRectFilled(ImVec2(pos.x - 10, pos.y), ImVec2(pos.x + w + 10, pos.y + h), p.surfaceAlt, metrics().rounding);
        else if (i > 0) dl->AddLine(ImVec2(pos.x + 40.0f, pos.y), ImVec2(pos.x + w, pos.y), p.border);

        // Number, title and effort on the first line; area and detail under it.
        const ImVec2 badge(pos.x + 13.0f, pos.y + 20.0f);
        dl->AddCircleFilled(badge, 13.0f, p.accent);
        const std::string num = std::to_string(i + 1);
        const ImVec2 ns = textSize(fonts().bodyBold, num);
        drawText(dl, fonts().bodyBold, ImVec2(badge.x - ns.x * 0.5f, badge.y - ns.y * 0.5f), p.textOnAccent, num);
        const float x = pos.x + 40.0f, right = pos.x + w - 24.0f;
        float titleRight = right;
        if (std::string effort = effortLabel(act.effort); !effort.empty()) {
            const float pw = textSize(fonts().small, effort).x + 14.0f;
            pill(dl, ImVec2(right - pw, pos.y + 10.0f), effort, mix(p.surface, p.border, 0.6f), p.textMuted);
            titleRight -= pw + 10.0f;
        }
        drawText(dl, fonts().bodyBold, ImVec2(x, pos.y + 10.0f), p.text, fitText(fonts().bodyBold, act.title, titleRight - x));
        // Why this move: the blocker it attacks, in the headline's words.
        drawText(dl, fonts().small, ImVec2(x, pos.y + 32.0f), p.accent, fitText(fonts().small, act.why, right - x));
        // An arrow says the row leads somewhere.
        const ImVec2 as = textSize(fonts().bodyBold, "\xE2\x86\x92");
        drawText(dl, fonts().bodyBold, ImVec2(pos.x + w - as.x, pos.y + (h - as.y) * 0.5f),
                 hovered ? p.accent : withAlpha(p.textMuted, 0.6f), "\xE2\x86\x92");
        if (hovered) {
            nextTooltipWidth(380.0f);
            ImGui::BeginTooltip();
            text(fonts().bodyBold, p.text, act.title, true);
            text(fonts().small, p.accent, act.why, true);
            if (act.dimension >= 0) text(fonts().small, p.textMuted, model.dimensions[act.dimension].name, true);
            text(fonts().body, p.text, act.detail, true);
            if (act.dimension >= 0) text(fonts().small, p.textMuted, "Click to see it on the maturity map.", true);
            ImGui::EndTooltip();
        }
    }
    endCard();
}

struct SeverityLook {
    const char* label;
    ImU32 background, foreground;
};

SeverityLook severityLook(const std::string& severity) {
    const Palette& p = palette();
    if (severity == "high") return {"High", withAlpha(p.danger, 0.14f), p.danger};
    if (severity == "medium") return {"Medium", withAlpha(p.warning, 0.18f), mix(p.warning, p.text, 0.35f)};
    return {"Low", p.surfaceAlt, p.textMuted};
}

void drawTopRisks(const Document& doc, Intents& out) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const auto& risks = doc.risks();
    // By severity, then evidence: a high risk nobody has checked outranks a medium one that fired.
    const std::vector<TriggeredRisk> top = topRisks(model, doc.assessment(), doc.score(), 3);
    if (!beginCard("risks", ImVec2(0, 0), metrics().cardPadding)) return endCard();
    const std::size_t shown = top.size();
    const std::string note = risks.empty() ? std::string()
                                           : std::to_string(risks.size()) + (risks.size() == 1 ? " applies" : " apply") +
                                                 ", most serious first";
    const bool more = inNavigation(ViewId::Risks) && risks.size() > 0;
    if (cardTitle("Top risks", note, more ? "All " + std::to_string(risks.size()) + " risks \xE2\x86\x92" : std::string()))
        out.push_back(ShowView{ViewId::Risks});
    if (top.empty()) text(fonts().body, p.textMuted, "None of the model's risks applies to these answers.", true);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float w = ImGui::GetContentRegionAvail().x, h = 50.0f;
    for (std::size_t i = 0; i < shown; ++i, pos.y += h) {
        const TriggeredRisk& tr = top[i];
        const Risk& risk = model.risks[tr.risk];
        ImGui::SetCursorScreenPos(pos);
        ImGui::PushID(static_cast<int>(i));
        const bool clicked = ImGui::InvisibleButton((risk.title + "###risk").c_str(), ImVec2(w, h));
        const bool hovered = ImGui::IsItemHovered();
        ImGui::PopID();
        if (clicked && more) out.push_back(ShowView{ViewId::Risks});  // the whole story, with mitigations
        if (hovered && more) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
        if (hovered) dl->AddRectFilled(ImVec2(pos.x - 10, pos.y), ImVec2(pos.x + w + 10, pos.y + h), p.surfaceAlt, metrics().rounding);
        if (i > 0) dl->AddLine(ImVec2(pos.x + 76.0f, pos.y), ImVec2(pos.x + w, pos.y), p.border);

        const SeverityLook look = severityLook(tr.severity);
        pill(dl, ImVec2(pos.x, pos.y + 11.0f), look.label, look.background, look.foreground);
        const float x = pos.x + 76.0f;
        drawText(dl, fonts().bodyBold, ImVec2(x, pos.y + 9.0f), p.text, fitText(fonts().bodyBold, risk.title, pos.x + w - x));
        if (tr.unknown)
            drawText(dl, fonts().small, ImVec2(x, pos.y + 29.0f), p.warning,
                     fitText(fonts().small, unknownRiskSentence(model, tr), pos.x + w - x));
        else if (!tr.reasons.empty())
            drawText(dl, fonts().small, ImVec2(x, pos.y + 29.0f), p.textMuted,
                     fitText(fonts().small, "Because " + tr.reasons.front(), pos.x + w - x));
        if (hovered) {
            nextTooltipWidth(420.0f);
            ImGui::BeginTooltip();
            text(fonts().bodyBold, p.text, risk.title, true);
            text(fonts().body, p.text, risk.description, true);
            if (tr.unknown) text(fonts().small, p.warning, unknownRiskSentence(model, tr), true);
            for (const std::string& r : tr.reasons) text(fonts().small, p.textMuted, "\xE2\x80\xA2 " + r, true);
            if (!risk.mitigations.empty()) {
                ImGui::Spacing();
                text(fonts().small, p.good, "What helps: " + risk.mitigations.front(), true);
            }
            text(fonts().small, p.textMuted, "Source: " + risk.source, true);
            ImGui::EndTooltip();
        }
    }
    endCard();
}

std::string citation(const PeerFact& f) {
    std::string year = f.year > 0 ? std::to_string(f.year) : std::string();
    bool hasYear = year.empty() || f.source.find(year) != std::string::npos;
    return "Source: " + f.source + (hasYear ? "" : ", " + year);
}

void drawPeers(const Document& doc) {
    const Model& model = doc.model();
    const Palette& p = palette();
    if (model.peerFacts.empty()) return;
    if (!beginCard("peers", ImVec2(0, 0), metrics().cardPadding)) return endCard();
    cardTitle(kSourcesTitle, kSourcesNote);

    // Facts as tiles in a grid; each row as tall as its tallest tile.
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float width = ImGui::GetContentRegionAvail().x;
    const int cols = width > metrics().breakpoints.wide ? 3 : (width > 560.0f ? 2 : 1);
    const float gutter = 28.0f, tileW = (width - gutter * (cols - 1)) / cols;
    ImVec2 origin = ImGui::GetCursorScreenPos();
    float y = origin.y;
    const std::vector<int> order = sourcesInOrder(model, doc.score());
    auto fact = [&](std::size_t i) -> const PeerFact& { return model.peerFacts[order[i]]; };
    for (std::size_t row = 0; row < order.size(); row += cols) {
        float rowHeight = 0.0f;
        for (std::size_t i = row; i < std::min(order.size(), row + cols); ++i) {
            const float x = origin.x + (i - row) * (tileW + gutter);
            const std::string cite = citation(fact(i));
            const std::string kind = factKindLabel(fact(i).kind);
            const float kh = kind.empty() ? 0.0f : textSize(fonts().small, kind, tileW - 14.0f).y + 4.0f;
            const float th = textSize(fonts().body, fact(i).text, tileW - 14.0f).y;
            const float ch = textSize(fonts().small, cite, tileW - 14.0f).y;
            dl->AddRectFilled(ImVec2(x, y + 2.0f), ImVec2(x + 3.0f, y + kh + th + 6.0f + ch), p.accentSoft, 1.5f);
            if (!kind.empty()) drawText(dl, fonts().small, ImVec2(x + 14.0f, y), p.accent, kind, tileW - 14.0f);
            drawText(dl, fonts().body, ImVec2(x + 14.0f, y + kh), p.text, fact(i).text, tileW - 14.0f);
            drawText(dl, fonts().small, ImVec2(x + 14.0f, y + kh + th + 6.0f), p.textMuted, cite, tileW - 14.0f);
            rowHeight = std::max(rowHeight, kh + th + 6.0f + ch);
        }
        y += rowHeight + 22.0f;
    }
    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, y - origin.y - 22.0f));
    endCard();
}

// One key figure: a big number over a short caption.
void keyFigure(ImDrawList* dl, ImVec2 at, float width, const std::string& figure, const std::string& caption) {
    drawText(dl, fonts().title, at, palette().text, figure);
    drawText(dl, fonts().small, ImVec2(at.x, at.y + fontSize(fonts().title) + 6.0f), palette().textMuted, caption, width);
}

// The verdict, and beside it on wide screens the figures that frame it.
void drawHero(const Document& doc) {
    if (!beginCard("hero", ImVec2(0, 0), metrics().cardPadding)) return endCard();
    const float width = ImGui::GetContentRegionAvail().x;
    // The figures only where the two standings still get room to read in a line or two.
    const float figuresW = width >= metrics().breakpoints.extraWide ? 420.0f : 0.0f;
    if (figuresW == 0.0f) {
        drawStandingSummary(doc);
        return endCard();
    }
    const ImVec2 top = ImGui::GetCursorScreenPos();
    column("##standing", width - figuresW - 24.0f, [&] { drawStandingSummary(doc); });
    const Palette& p = palette();
    const Score& score = doc.score();
    int high = 0;
    for (const TriggeredRisk& r : doc.risks()) high += r.severity == "high";
    const float cell = figuresW / 3.0f, x0 = top.x + width - figuresW;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const float y = top.y + 18.0f;
    const std::string figures[3][2] = {
        {formatPercent(score.completion()), "of the questions answered"},
        {std::to_string(doc.risks().size()), "risks apply, " + std::to_string(high) + " of them high"},
        {std::to_string(doc.roadmap().items.size()),
         "steps to the targets, in " + std::to_string(doc.roadmap().phaseCount) + " phases"},
    };
    for (int i = 0; i < 3; ++i) {
        const float x = x0 + i * cell;
        dl->AddLine(ImVec2(x, top.y + 8.0f), ImVec2(x, top.y + 96.0f), p.border);
        keyFigure(dl, ImVec2(x + 20.0f, y), cell - 30.0f, figures[i][0], figures[i][1]);
    }
    endCard();
}

}  // namespace

void drawOverviewView(const Document& doc, OverviewViewState& state, Intents& out) {
    const float width = ImGui::GetContentRegionAvail().x;
    const int columns = width >= metrics().breakpoints.twoColumns ? 2 : 1;

    drawHero(doc);
    ImGui::Spacing();

    const ImVec2 keyTop = ImGui::GetCursorScreenPos();
    float keyBottom = 0.0f;
    if (columns == 2) {
        // Ladders left; what to do and what could go wrong right, read first.
        const float left = std::floor((width - metrics().space.large) * 0.5f);
        column("##left", left, [&] { drawLaddersCard(doc, state, out, state.rightColumnHeight); });
        float bottom = ImGui::GetItemRectMax().y;
        ImGui::SameLine(0.0f, metrics().space.large);
        state.rightColumnHeight = column("##right", width - left - metrics().space.large, [&] {
            drawNextMoves(doc, out);
            ImGui::Spacing();
            drawTopRisks(doc, out);
        });
        keyBottom = std::max(bottom, ImGui::GetItemRectMax().y);
    } else {
        drawLaddersCard(doc, state, out, 0.0f);
        ImGui::Spacing();
        drawNextMoves(doc, out);
        ImGui::Spacing();
        drawTopRisks(doc, out);
        keyBottom = ImGui::GetItemRectMax().y;
    }
    // What an executive reads first: the ladders, the moves and the risks (tests check it fits a laptop).
    nameRegion("##overview-key", keyTop, ImVec2(keyTop.x + width, keyBottom));
    ImGui::Spacing();
    drawPeers(doc);
}

}  // namespace smm::ui
