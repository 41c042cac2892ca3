#include "roadmap_view.hpp"

#include <algorithm>
#include <string>

#include "core/format.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/views/stage_label.hpp"
#include "shell/widgets/action_card.hpp"
#include "shell/widgets/pill.hpp"

namespace smm::ui {
namespace {

constexpr float kBoardPad = 12.0f;
constexpr float kLaneGap = 14.0f;
constexpr float kLanePad = 8.0f;
constexpr float kCardGap = 10.0f;
constexpr float kLaneHeader = 56.0f;
constexpr float kMinLane = 180.0f;      // narrower than this and the phases stack
constexpr float kMaxLane = 340.0f;      // with few phases, cards stay card-sized
constexpr float kMinStackedCard = 250.0f;
constexpr std::size_t kDrawWholeUpTo = 300;  // cards; a bigger board draws only what is in view

const char* const kMiddleDot = " \xC2\xB7 ";

std::string joinTitles(const Model& model, const std::vector<int>& actions) {
    std::string out;
    for (int a : actions) out += (out.empty() ? "" : ", ") + model.actions[a].title;
    return out;
}

// Dependency edges inside the roadmap, both ways, by action index.
struct Graph {
    std::vector<std::vector<int>> waitsFor, unlocks;
    explicit Graph(const Model& model, const Roadmap& roadmap)
        : waitsFor(model.actions.size()), unlocks(model.actions.size()) {
        for (const RoadmapItem& item : roadmap.items)
            for (int dep : item.dependsOn) {
                waitsFor[item.action].push_back(dep);
                unlocks[dep].push_back(item.action);
            }
    }
};

// Everything reachable from `start` along `edges` (not including it).
std::vector<char> reachable(const std::vector<std::vector<int>>& edges, int start) {
    std::vector<char> seen(edges.size(), 0);
    std::vector<int> stack{start};
    while (!stack.empty()) {
        int a = stack.back();
        stack.pop_back();
        for (int next : edges[a])
            if (!seen[next]) seen[next] = 1, stack.push_back(next);
    }
    return seen;
}

// A card placed on the board.
struct Placed {
    const RoadmapItem* item = nullptr;
    ActionCardContent content;
    ImVec2 pos;
    float width = 0, height = 0;
    ImVec2 end() const { return ImVec2(pos.x + width, pos.y + height); }
};

void drawHeader(const Document& doc) {
    const Roadmap& roadmap = doc.roadmap();
    const Model& model = doc.model();
    const Palette& p = palette();
    const int n = static_cast<int>(roadmap.items.size());
    const int stage = doc.score().overallStage;
    text(fonts().small, p.textMuted, "ROADMAP");
    const std::string from = stage > 0 ? "from Stage " + std::to_string(stage) : std::string("from where you are today");
    text(fonts().title, p.text,
         plural(n, "action", "actions") + " in " + plural(roadmap.phaseCount, "phase", "phases") +
             (n == 1 ? " takes" : " take") + " you " + from + " to your targets",
         true);

    int low = 0, medium = 0, high = 0, gates = 0;
    for (const RoadmapItem& item : roadmap.items) {
        const std::string& e = model.actions[item.action].effort;
        (e == "high" ? high : e == "medium" ? medium : low)++;
        gates += item.forGate;
    }
    // "Effort: 21 low and 10 medium." (no zero counts)
    std::vector<std::string> parts;
    if (low) parts.push_back(std::to_string(low) + " low");
    if (medium) parts.push_back(std::to_string(medium) + " medium");
    if (high) parts.push_back(std::to_string(high) + " high");
    std::string mix = "Effort:";
    for (std::size_t i = 0; i < parts.size(); ++i)
        mix += (i == 0 ? " " : i + 1 == parts.size() ? " and " : ", ") + parts[i];
    mix += ".";
    if (gates > 0)
        mix += " " + plural(gates, "action is", "actions are") + " there only because a target stage's gate needs them.";
    text(fonts().body, p.textMuted,
         "Each phase starts once the actions it depends on are done. " + mix +
             " Hover a card to trace what it waits for and what it unlocks; click it for the details.",
         true);

    // Legend for the marks on the board.
    ImGui::Spacing();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    LegendFlow legend(dl, ImGui::GetCursorScreenPos(), ImGui::GetContentRegionAvail().x);
    auto bar = [&](ImU32 colour) {
        return [=](ImVec2 s) { dl->AddRectFilled(ImVec2(s.x, s.y - 1.0f), ImVec2(s.x + 4.0f, s.y + 13.0f), colour, 2.0f); };
    };
    legend.item("Waits for the card under the mouse", bar(p.accent), 4.0f);
    legend.item("Unlocked by it", bar(p.target), 4.0f);
    if (gates > 0) {
        const char* pill = "For a gate";
        legend.item("Needed for a gate, not for a target of its own",
                    [&](ImVec2 s) { tintedPill(dl, ImVec2(s.x, s.y - 3.0f), pill, tintOf(p.target)); },
                    textSize(fonts().small, pill).x + 14.0f);
    }
    vspace(legend.height());
}

// Shown instead of the board when there is nothing to do.
void drawEmptyState(const Document& doc, Intents& out) {
    const Palette& p = palette();
    bool anyTarget = false;
    for (const DimensionScore& d : doc.score().dimensions) anyTarget |= d.target > 0;
    const char* heading = anyTarget ? "Your targets are met" : "Set targets in the Questionnaire to get a roadmap";
    const char* body =
        anyTarget ? "Every dimension has reached its target, including what the gates of your target stages need. "
                    "Raise a target to plan the next stage."
                  : "A roadmap lists the actions that take each dimension from where it is today to where you want it, "
                    "in phases that respect their dependencies. Choose a target stage for at least one track.";

    if (beginCard("roadmap-empty", ImVec2(0, 0), 40.0f)) {
        const float width = ImGui::GetContentRegionAvail().x;
        const float column = std::min(560.0f, width);
        const ImVec2 top = ImGui::GetCursorScreenPos();
        const float left = top.x + (width - column) * 0.5f;
        ImDrawList* dl = ImGui::GetWindowDrawList();
        // A quiet mark: three rising steps, the ladder the roadmap climbs.
        const ImVec2 c(top.x + width * 0.5f, top.y + 28.0f);
        dl->AddCircleFilled(c, 28.0f, p.accentSoft);
        for (int i = 0; i < 3; ++i) {
            float x = c.x - 13.0f + i * 9.0f, h = 8.0f + i * 6.0f;
            dl->AddRectFilled(ImVec2(x, c.y + 11.0f - h), ImVec2(x + 7.0f, c.y + 11.0f), p.accent, 1.5f);
        }
        float y = top.y + 72.0f;
        const ImVec2 hs = textSize(fonts().heading, heading, column);
        drawText(dl, fonts().heading, ImVec2(top.x + std::max(0.0f, (width - hs.x) * 0.5f), y), p.text, heading, column);
        y += hs.y + 8.0f;
        const ImVec2 bs = textSize(fonts().body, body, column);
        drawText(dl, fonts().body, ImVec2(left + std::max(0.0f, (column - bs.x) * 0.5f), y), p.textMuted, body, column);
        y += bs.y + 20.0f;
        const char* label = anyTarget ? "Raise a target in the Questionnaire" : "Set targets in the Questionnaire";
        const float bw = textSize(fonts().bodyBold, label).x + 2 * metrics().buttonPaddingX;
        ImGui::SetCursorScreenPos(ImVec2(top.x + (width - bw) * 0.5f, y));
        if (button(label, label)) out.push_back(ShowView{ViewId::Questionnaire});
    }
    endCard();
}

ActionCardContent contentFor(const Model& model, const Graph& graph, const RoadmapItem& item, bool stacked, bool expanded) {
    const Action& a = model.actions[item.action];
    ActionCardContent c;
    c.title = a.title;
    c.dimension = model.dimensions[a.dimension].name;
    c.stage = stageLabelIn(model, a.stage, a.dimension);
    c.effort = a.effort;
    c.detail = a.detail;
    c.waitsFor = joinTitles(model, graph.waitsFor[item.action]);
    c.unlocks = joinTitles(model, graph.unlocks[item.action]);
    c.forGate = item.forGate;
    c.showWaitsFor = stacked;
    c.expanded = expanded;
    return c;
}

void drawPhaseHeader(ImDrawList* dl, ImVec2 at, int phase, int count) {
    const Palette& p = palette();
    const std::string num = std::to_string(phase);
    dl->AddCircleFilled(ImVec2(at.x + 12.0f, at.y + 14.0f), 12.0f, p.accent);
    const ImVec2 ns = textSize(fonts().bodyBold, num);
    drawText(dl, fonts().bodyBold, ImVec2(at.x + 12.0f - ns.x * 0.5f, at.y + 14.0f - ns.y * 0.5f), p.textOnAccent, num);
    drawText(dl, fonts().heading, ImVec2(at.x + 32.0f, at.y + 2.0f), p.text, "Phase " + num);
    const char* when = phase == 1 ? "start now" : "after phase ";
    std::string caption = plural(count, "action", "actions") + kMiddleDot + when + (phase == 1 ? "" : std::to_string(phase - 1));
    drawText(dl, fonts().small, ImVec2(at.x + 32.0f, at.y + 26.0f), p.textMuted, caption);
}

}  // namespace

// Cards placed relative to the board's top-left corner, with what they were
// placed for; rebuilt only when the roadmap, the width or the open card change.
struct RoadmapLayout {
    const Model* model = nullptr;
    std::size_t itemsHash = 0;
    float width = 0;
    int expanded = -1;
    bool stacked = false;
    float height = 0;
    std::vector<Placed> placed;
    std::vector<ImVec2> headers;
    std::vector<ImVec4> lanes;
    std::vector<int> phaseCounts;  // by phase, 1-based
    std::vector<int> placedOf;     // action -> index into placed, or -1
    std::unique_ptr<Graph> graph;
};

namespace {

// What the layout depends on in the roadmap: its items, in order.
std::size_t hashItems(const Roadmap& roadmap) {
    std::size_t h = roadmap.items.size();
    for (const RoadmapItem& item : roadmap.items)
        h = h * 1000003u ^ (static_cast<std::size_t>(item.action) * 31u + static_cast<std::size_t>(item.phase) * 7u +
                            (item.forGate ? 1u : 0u) + item.dependsOn.size() * 131u);
    return h;
}

// Places every card: phases side by side, or stacked with cards in a grid.
// Returns the board's height.
float placeCards(const Document& doc, const Graph& graph, const RoadmapViewState& state, ImVec2 origin, float width,
                 bool stacked, std::vector<Placed>& placed, std::vector<ImVec2>& headers, std::vector<ImVec4>& lanes) {
    const Roadmap& roadmap = doc.roadmap();
    const int phases = roadmap.phaseCount;
    const float inner = width - 2 * kBoardPad;
    float bottom = origin.y + kBoardPad;
    if (!stacked) {
        const float lane = std::min(kMaxLane, (inner - (phases - 1) * kLaneGap) / phases);
        for (int ph = 1; ph <= phases; ++ph) {
            const float x = origin.x + kBoardPad + (ph - 1) * (lane + kLaneGap);
            headers.push_back(ImVec2(x + kLanePad, origin.y + kBoardPad + 12.0f));
            float y = origin.y + kBoardPad + kLaneHeader;
            for (const RoadmapItem& item : roadmap.items) {
                if (item.phase != ph) continue;
                Placed pc;
                pc.item = &item;
                pc.content = contentFor(doc.model(), graph, item, false, state.expandedAction == item.action);
                pc.pos = ImVec2(x + kLanePad, y);
                pc.width = lane - 2 * kLanePad;
                pc.height = actionCardHeight(pc.content, pc.width);
                y += pc.height + kCardGap;
                placed.push_back(std::move(pc));
            }
            // Each lane as long as its cards, like a kanban column.
            lanes.push_back(ImVec4(x, origin.y + kBoardPad, x + lane, y - kCardGap + kLanePad));
            bottom = std::max(bottom, y);
        }
        return bottom - kCardGap + kLanePad + kBoardPad - origin.y;
    }
    // Stacked: each phase a band, its cards in rows as wide as fit.
    const float laneInner = inner - 2 * kLanePad;
    const int cols = std::max(1, static_cast<int>((laneInner + kCardGap) / (kMinStackedCard + kCardGap)));
    const float cardWidth = (laneInner - (cols - 1) * kCardGap) / cols;
    float y = origin.y + kBoardPad;
    for (int ph = 1; ph <= phases; ++ph) {
        const float bandTop = y;
        headers.push_back(ImVec2(origin.x + kBoardPad + kLanePad, y + 12.0f));
        y += kLaneHeader;
        int col = 0;
        float rowHeight = 0;
        std::size_t rowStart = placed.size();
        // Cards sharing a row share its height, so the grid reads as rows.
        auto endRow = [&] {
            for (std::size_t i = rowStart; i < placed.size(); ++i) placed[i].height = rowHeight;
            rowStart = placed.size();
            y += rowHeight + kCardGap;
            rowHeight = 0;
            col = 0;
        };
        for (const RoadmapItem& item : roadmap.items) {
            if (item.phase != ph) continue;
            Placed pc;
            pc.item = &item;
            pc.content = contentFor(doc.model(), graph, item, true, state.expandedAction == item.action);
            pc.pos = ImVec2(origin.x + kBoardPad + kLanePad + col * (cardWidth + kCardGap), y);
            pc.width = cardWidth;
            pc.height = actionCardHeight(pc.content, pc.width);
            rowHeight = std::max(rowHeight, pc.height);
            placed.push_back(std::move(pc));
            if (++col == cols) endRow();
        }
        if (col != 0) endRow();
        lanes.push_back(ImVec4(origin.x + kBoardPad, bandTop, origin.x + width - kBoardPad, y - kCardGap + kLanePad));
        y += kLanePad + kLaneGap;
    }
    return y - kLaneGap - origin.y + kBoardPad;
}

// A curve from the right edge of a card to the left edge of one that waits for it.
void drawConnector(ImDrawList* dl, const Placed& from, const Placed& to, ImU32 colour, float thickness) {
    const ImVec2 a(from.end().x, from.pos.y + std::min(from.height * 0.5f, 36.0f));
    const ImVec2 b(to.pos.x, to.pos.y + std::min(to.height * 0.5f, 36.0f));
    const float dx = std::max(24.0f, (b.x - a.x) * 0.5f);
    dl->AddBezierCubic(a, ImVec2(a.x + dx, a.y), ImVec2(b.x - dx, b.y), b, colour, thickness);
}

// The layout for this frame: the cached one, or a new one if the roadmap,
// the width or the open card changed.
const RoadmapLayout& layoutFor(const Document& doc, RoadmapViewState& state, float width) {
    const Model& model = doc.model();
    const Roadmap& roadmap = doc.roadmap();
    const int phases = std::max(1, roadmap.phaseCount);
    const float lane = (width - 2 * kBoardPad - (phases - 1) * kLaneGap) / phases;
    const bool stacked = lane < kMinLane;
    const std::size_t hash = hashItems(roadmap);
    const RoadmapLayout* old = state.layout.get();
    if (old && old->model == &model && old->itemsHash == hash && old->width == width && old->stacked == stacked &&
        old->expanded == state.expandedAction && old->placed.size() == roadmap.items.size())
        return *old;
    auto layout = std::make_shared<RoadmapLayout>();
    layout->model = &model;
    layout->itemsHash = hash;
    layout->width = width;
    layout->stacked = stacked;
    layout->expanded = state.expandedAction;
    layout->graph = std::make_unique<Graph>(model, roadmap);
    layout->height = placeCards(doc, *layout->graph, state, ImVec2(0, 0), width, stacked, layout->placed,
                                layout->headers, layout->lanes);
    layout->phaseCounts.assign(static_cast<std::size_t>(std::max(0, roadmap.phaseCount)) + 1, 0);
    for (const RoadmapItem& item : roadmap.items)
        if (item.phase >= 1 && item.phase <= roadmap.phaseCount) ++layout->phaseCounts[item.phase];
    layout->placedOf.assign(model.actions.size(), -1);
    for (std::size_t i = 0; i < layout->placed.size(); ++i)
        layout->placedOf[layout->placed[i].item->action] = static_cast<int>(i);
    state.layout = std::move(layout);
    return *state.layout;
}

// A placed card moved from board coordinates to the screen.
Placed onScreen(const Placed& pc, ImVec2 origin) {
    Placed out = pc;
    out.pos = ImVec2(pc.pos.x + origin.x, pc.pos.y + origin.y);
    return out;
}

void drawBoard(const Document& doc, RoadmapViewState& state, Intents& out) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const RoadmapLayout& layout = layoutFor(doc, state, width);
    const Graph& graph = *layout.graph;
    const bool stacked = layout.stacked;
    const float height = layout.height;
    auto shift = [&](ImVec2 v) { return ImVec2(v.x + origin.x, v.y + origin.y); };
    // A board of a few hundred cards is drawn whole (cheap, and keyboard focus
    // can reach every card); beyond that, only the cards the window shows.
    const bool cull = layout.placed.size() > kDrawWholeUpTo;
    std::vector<Placed> placed;
    for (const Placed& pc : layout.placed) {
        Placed s = onScreen(pc, origin);
        if (!cull || ImGui::IsRectVisible(s.pos, s.end())) placed.push_back(std::move(s));
    }

    // Which card is under the mouse, and what it waits for and unlocks (transitively).
    int hovered = -1;
    if (ImGui::IsWindowHovered(ImGuiHoveredFlags_AllowWhenBlockedByActiveItem))
        for (const Placed& pc : placed)
            if (ImGui::IsMouseHoveringRect(pc.pos, pc.end(), false)) hovered = pc.item->action;
    std::vector<char> before(model.actions.size(), 0), after(model.actions.size(), 0);
    if (hovered >= 0) before = reachable(graph.waitsFor, hovered), after = reachable(graph.unlocks, hovered);

    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + height), p.surface, metrics().rounding);
    dl->AddRect(origin, ImVec2(origin.x + width, origin.y + height), p.border, metrics().rounding);
    for (const ImVec4& l : layout.lanes)
        dl->AddRectFilled(shift(ImVec2(l.x, l.y)), shift(ImVec2(l.z, l.w)), p.page, metrics().rounding);
    for (int ph = 1; ph <= static_cast<int>(layout.headers.size()); ++ph)
        drawPhaseHeader(dl, shift(layout.headers[ph - 1]), ph,
                        ph < static_cast<int>(layout.phaseCounts.size()) ? layout.phaseCounts[ph] : 0);

    // Connectors sit under the cards; those on the hovered card's chains are drawn last and stronger.
    // An edge is drawn when the card that waits is on screen; the card it waits for may not be.
    if (!stacked) {
        for (int pass = 0; pass < 2; ++pass)
            for (const Placed& to : placed)
                for (int dep : to.item->dependsOn) {
                    const int at = dep >= 0 && dep < static_cast<int>(layout.placedOf.size()) ? layout.placedOf[dep] : -1;
                    if (at < 0) continue;
                    const Placed fromOnScreen = onScreen(layout.placed[at], origin);
                    const Placed* from = &fromOnScreen;
                    const int a = to.item->action;
                    const bool upstream = hovered >= 0 && before[dep] && (a == hovered || before[a]);
                    const bool downstream = hovered >= 0 && after[a] && (dep == hovered || after[dep]);
                    const bool strong = upstream || downstream;
                    if (strong != (pass == 1)) continue;
                    // Edges that skip a phase cross other cards: keep them quieter.
                    const bool skips = to.item->phase - from->item->phase > 1;
                    const float alpha = hovered >= 0 ? 0.1f : skips ? 0.2f : 0.4f;
                    ImU32 colour = upstream ? p.accent : downstream ? p.target : withAlpha(p.textMuted, alpha);
                    drawConnector(dl, *from, to, colour, strong ? 2.5f : 1.5f);
                }
    }

    int toggled = -1;
    for (const Placed& pc : placed) {
        const int a = pc.item->action;
        CardEmphasis emphasis = CardEmphasis::Normal;
        if (hovered >= 0)
            emphasis = a == hovered ? CardEmphasis::Hovered
                       : before[a]  ? CardEmphasis::WaitsFor
                       : after[a]   ? CardEmphasis::Unlocks
                                    : CardEmphasis::Dimmed;
        ActionCardResult r = drawActionCard(a, pc.content, pc.pos, pc.width, pc.height, emphasis);
        if (r.toggled) toggled = a;
        if (r.showOnMap) out.push_back(FocusCell{model.actions[a].dimension, model.actions[a].stage});
    }
    if (toggled >= 0) state.expandedAction = state.expandedAction == toggled ? -1 : toggled;

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + height));
    ImGui::Dummy(ImVec2(width, 1.0f));
}

}  // namespace

void drawRoadmapView(const Document& doc, RoadmapViewState& state, Intents& out) {
    if (doc.roadmap().items.empty()) {
        drawEmptyState(doc, out);
        return;
    }
    if (beginCard("roadmap-head", ImVec2(0, 0), metrics().cardPadding)) drawHeader(doc);
    endCard();
    ImGui::Spacing();
    drawBoard(doc, state, out);
}

}  // namespace smm::ui
