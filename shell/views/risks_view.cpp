#include "risks_view.hpp"

#include <algorithm>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/pill.hpp"
#include "core/stable_sort.hpp"

namespace smm::ui {
namespace {

const char* const kSeverities[] = {"high", "medium", "low"};

// Text after a dot or a small circle, wrapped at the column's edge.
void bullet(ImFont* font, ImU32 colour, const std::string& line, bool hollow = false) {
    const Palette& p = palette();
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const ImVec2 centre(pos.x + 4.0f, pos.y + fontSize(font) * 0.62f);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    if (hollow) dl->AddCircle(centre, 3.5f, p.textMuted, 0, 1.3f);
    else dl->AddCircleFilled(centre, 3.0f, p.textMuted);
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 16.0f, pos.y));
    ImGui::BeginGroup();
    text(font, colour, line, true);
    ImGui::EndGroup();
}

void sectionLabel(const char* label) {
    text(fonts().small, palette().textMuted, label);
    vspace(metrics().space.hair);
}

// One answer behind a risk: the question, what was answered, and the note.
void answerBlock(const Document& doc, int q) {
    const Model& model = doc.model();
    const Palette& p = palette();
    const Answer& a = doc.assessment().answers[q];
    bullet(fonts().body, p.text, model.questions[q].text, true);
    ImGui::Indent(16.0f);
    text(fonts().small, p.textMuted, "Answered \xE2\x80\x9C" + answerLabel(model, q, a) + "\xE2\x80\x9D", true);
    if (!a.note.empty()) text(fonts().small, p.textMuted, "Note: " + a.note, true);
    ImGui::Unindent(16.0f);
    vspace(metrics().space.hair);
}

void drawWhy(const Document& doc, const TriggeredRisk& tr) {
    const Model& model = doc.model();
    const Palette& p = palette();
    sectionLabel("WHY IT APPLIES");
    // A reason that quotes a question is shown as that question and its answer.
    std::vector<char> shown(model.questions.size(), 0);
    for (const std::string& reason : tr.reasons) {
        int quoted = -1;
        for (int q : tr.questions)
            if (reason.find(model.questions[q].text) != std::string::npos) quoted = q;
        if (quoted >= 0 && !shown[quoted]) {
            shown[quoted] = 1;
            answerBlock(doc, quoted);
        } else {
            bullet(fonts().body, p.text, reason);
        }
    }
    bool header = false;
    for (int q : tr.questions) {
        if (shown[q]) continue;
        if (!header) {
            ImGui::Spacing();
            sectionLabel("THE ANSWERS BEHIND IT");
            header = true;
        }
        answerBlock(doc, q);
    }
    const std::string also = alsoRaisedSentence(model, tr);
    if (!also.empty()) {
        ImGui::Spacing();
        text(fonts().small, p.textMuted, also, true);
    }
}

// Where a mitigating action stands for this organisation.
std::string actionStatus(const Document& doc, int action, ImU32& colour) {
    const Action& a = doc.model().actions[action];
    for (const RoadmapItem& item : doc.roadmap().items)
        if (item.action == action) {
            colour = palette().accent;
            return "Phase " + std::to_string(item.phase);
        }
    if (doc.score().dimensions[a.dimension].level + 1e-9 >= a.stage + 1) {
        colour = palette().good;
        return "In place";
    }
    colour = palette().textMuted;
    return "Beyond your targets";
}

void drawMitigation(const Document& doc, const TriggeredRisk& tr, Intents& out) {
    const Model& model = doc.model();
    const Risk& risk = model.risks[tr.risk];
    const Palette& p = palette();
    sectionLabel("HOW TO MITIGATE");
    for (const std::string& m : risk.mitigations) bullet(fonts().body, p.text, m);
    if (risk.actions.empty()) return;
    ImGui::Spacing();
    sectionLabel("ACTIONS THAT HELP");
    for (int action : risk.actions) {
        const Action& a = model.actions[action];
        ImU32 colour = 0;
        const std::string status = actionStatus(doc, action, colour);
        const float statusWidth = textSize(fonts().small, status).x + 14.0f;
        const float avail = ImGui::GetContentRegionAvail().x;
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        const std::string label = "\xE2\x86\x92 " + a.title;
        ImGui::PushID(action);
        const bool clicked = textLink(label.c_str(), label, fonts().body, std::max(80.0f, avail - statusWidth - 10.0f));
        ImGui::PopID();
        const ImVec2 end = ImGui::GetItemRectMax();
        if (clicked) out.push_back(FocusCell{a.dimension, a.stage});
        const float lw = end.x - pos.x;
        tintedPill(ImGui::GetWindowDrawList(), ImVec2(pos.x + lw + 10.0f, pos.y + 1.0f), status, tintOf(colour));
        vspace(metrics().space.hair);
    }
}

void drawRiskCard(const Document& doc, const TriggeredRisk& tr, Intents& out) {
    const Risk& risk = doc.model().risks[tr.risk];
    const Palette& p = palette();
    const Tint tint = severityTint(tr.severity);
    ImGui::PushID(tr.risk);
    // The stripe below is drawn outside the card's padding, so clip it to what
    // the page shows rather than to the card's inner area.
    const ImVec2 pageMin = ImGui::GetWindowDrawList()->GetClipRectMin();
    const ImVec2 pageMax = ImGui::GetWindowDrawList()->GetClipRectMax();
    if (beginCard("risk", ImVec2(0, 0), 22.0f)) {
        // A stripe in the severity's colour down the left edge.
        const ImVec2 wp = ImGui::GetWindowPos(), ws = ImGui::GetWindowSize();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        dl->PushClipRect(ImVec2(std::max(wp.x, pageMin.x), std::max(wp.y, pageMin.y)),
                         ImVec2(std::min(wp.x + ws.x, pageMax.x), std::min(wp.y + ws.y, pageMax.y)), false);
        dl->AddRectFilled(wp, ImVec2(wp.x + 5.0f, wp.y + ws.y), tint.foreground, metrics().rounding, ImDrawFlags_RoundCornersLeft);
        dl->PopClipRect();

        const ImVec2 top = ImGui::GetCursorScreenPos();
        const ImVec2 ps = tintedPill(dl, ImVec2(top.x, top.y + 3.0f), capitalised(tr.severity), tint);
        ImGui::SetCursorScreenPos(ImVec2(top.x + ps.x + 12.0f, top.y));
        ImGui::BeginGroup();
        text(fonts().heading, p.text, risk.title, true);
        ImGui::EndGroup();
        text(fonts().body, p.textMuted, risk.description, true);
        vspace(metrics().space.base);

        if (ImGui::GetContentRegionAvail().x >= metrics().breakpoints.riskColumns) {
            ImGui::PushStyleVar(ImGuiStyleVar_CellPadding, ImVec2(14.0f, 0.0f));
            if (ImGui::BeginTable("sections", 2, ImGuiTableFlags_SizingStretchSame | ImGuiTableFlags_NoPadOuterX)) {
                ImGui::TableNextColumn();
                drawWhy(doc, tr);
                ImGui::TableNextColumn();
                drawMitigation(doc, tr, out);
                ImGui::EndTable();
            }
            ImGui::PopStyleVar();
        } else {
            drawWhy(doc, tr);
            ImGui::Spacing();
            drawMitigation(doc, tr, out);
        }
        vspace(metrics().space.small);
        text(fonts().small, p.textMuted, "Source: " + risk.source, true);
    }
    endCard();
    ImGui::PopID();
}

void drawSummary(const Document& doc) {
    const Model& model = doc.model();
    const Palette& p = palette();
    int counts[3] = {0, 0, 0};
    for (const TriggeredRisk& tr : doc.risks())
        for (int s = 0; s < 3; ++s) counts[s] += tr.severity == kSeverities[s];
    const int triggered = static_cast<int>(doc.risks().size());
    int folded = 0;  // raised by the same answers as a more serious one, named on its card
    for (const TriggeredRisk& tr : doc.risks()) folded += static_cast<int>(tr.alsoRaised.size());
    const int quiet = static_cast<int>(model.risks.size()) - triggered - folded;

    if (!beginCard("risks-summary", ImVec2(0, 0), metrics().cardPadding)) {
        endCard();
        return;
    }
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const float tileH = 74.0f, gap = 10.0f, tilesW = 4 * 104.0f + 3 * gap;
    // A phone: two tiles a row, sharing the width, rather than one cut off.
    const float tileW = width >= tilesW ? 104.0f : (width - gap) * 0.5f;
    const bool beside = width - tilesW >= 360.0f;
    const float textW = beside ? width - tilesW - 32.0f : width;

    float y = top.y;
    drawText(dl, fonts().small, ImVec2(top.x, y), p.textMuted, "RISKS");
    y += textSize(fonts().small, "RISKS").y + 4.0f;
    const std::string headline = triggered == 0   ? std::string("No risks apply right now")
                                 : triggered == 1 ? std::string("1 risk applies to your organisation")
                                                  : std::to_string(triggered) + " risks apply to your organisation";
    drawText(dl, fonts().title, ImVec2(top.x, y), p.text, headline, textW);
    y += textSize(fonts().title, headline, textW).y + 6.0f;
    const std::string sub =
        triggered == 0 ? "The model's " + std::to_string(model.risks.size()) +
                             " risks are listed below, so you know what to watch for as you climb."
                       : "Most serious first. Each says why it applies to your answers, what reduces it, and where "
                         "the worry comes from.";
    drawText(dl, fonts().body, ImVec2(top.x, y), p.textMuted, sub, textW);
    y += textSize(fonts().body, sub, textW).y;

    // Count tiles: high, medium, low, and the risks that do not apply.
    float tx = beside ? top.x + width - tilesW : top.x;
    float ty = beside ? top.y + 4.0f : y + 16.0f;
    auto tile = [&](int count, const char* label, Tint tint) {
        if (count == 0) tint = severityTint("");  // nothing to flag: keep it quiet
        if (tx + tileW > top.x + width + 0.5f) {  // the next row
            tx = top.x;
            ty += tileH + gap;
        }
        dl->AddRectFilled(ImVec2(tx, ty), ImVec2(tx + tileW, ty + tileH), tint.background, 10.0f);
        const std::string n = std::to_string(count);
        drawText(dl, fonts().title, ImVec2(tx + 14.0f, ty + 8.0f), tint.foreground, n);
        drawText(dl, fonts().small, ImVec2(tx + 14.0f, ty + tileH - 24.0f), tint.foreground, label);
        tx += tileW + gap;
    };
    tile(counts[0], "High", severityTint("high"));
    tile(counts[1], "Medium", severityTint("medium"));
    tile(counts[2], "Low", severityTint("low"));
    tile(quiet, "Not a concern", Tint{withAlpha(p.good, 0.12f), tintOf(p.good).foreground});
    const float bottom = std::max(y, ty + tileH);
    ImGui::SetCursorScreenPos(top);
    ImGui::Dummy(ImVec2(width, bottom - top.y));
    endCard();
}

void drawNotTriggered(const Document& doc, RisksViewState& state) {
    const Model& model = doc.model();
    const Palette& p = palette();
    std::vector<char> triggered(model.risks.size(), 0);
    for (const TriggeredRisk& tr : doc.risks()) {
        triggered[tr.risk] = 1;
        for (int also : tr.alsoRaised) triggered[also] = 1;  // raised, and folded into a more serious one
    }
    const int quiet = static_cast<int>(std::count(triggered.begin(), triggered.end(), 0));
    if (quiet == 0) return;

    // The header: a chevron, the title and a count; click to open or close.
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    const ImVec2 size(width, 48.0f);
    if (ImGui::InvisibleButton("Not a concern right now", size)) state.showNotTriggered = !state.showNotTriggered;
    const bool hovered = ImGui::IsItemHovered();
    if (hovered) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    const ImVec2 max(pos.x + size.x, pos.y + size.y);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, max, hovered ? p.surfaceAlt : p.surface, metrics().rounding);
    dl->AddRect(pos, max, p.border, metrics().rounding);
    const ImVec2 c(pos.x + 24.0f, pos.y + size.y * 0.5f);
    const float s = 4.5f;
    if (state.showNotTriggered) {
        const ImVec2 pts[3] = {ImVec2(c.x - s, c.y - s * 0.5f), ImVec2(c.x, c.y + s * 0.5f), ImVec2(c.x + s, c.y - s * 0.5f)};
        dl->AddPolyline(pts, 3, p.textMuted, ImDrawFlags_None, 1.8f);
    } else {
        const ImVec2 pts[3] = {ImVec2(c.x - s * 0.5f, c.y - s), ImVec2(c.x + s * 0.5f, c.y), ImVec2(c.x - s * 0.5f, c.y + s)};
        dl->AddPolyline(pts, 3, p.textMuted, ImDrawFlags_None, 1.8f);
    }
    const char* title = "Not a concern right now";
    const ImVec2 ts = textSize(fonts().bodyBold, title);
    drawText(dl, fonts().bodyBold, ImVec2(pos.x + 42.0f, c.y - ts.y * 0.5f), p.text, title);
    const std::string count = std::to_string(quiet);
    const ImVec2 cs = tintedPill(dl, ImVec2(pos.x + 52.0f + ts.x, c.y - 10.0f), count, tintOf(p.good));
    const char* hint = "Risks in the model that your answers do not trigger today";
    drawText(dl, fonts().small, ImVec2(pos.x + 64.0f + ts.x + cs.x, c.y - textSize(fonts().small, hint).y * 0.5f),
             p.textMuted, hint);
    if (!state.showNotTriggered) return;

    // Most serious first, like the triggered ones.
    std::vector<int> order;
    for (int r = 0; r < static_cast<int>(model.risks.size()); ++r)
        if (!triggered[r]) order.push_back(r);
    auto rank = [&](int r) {
        const std::string& s = model.risks[r].severity;
        return s == "high" ? 0 : s == "medium" ? 1 : 2;
    };
    stableSort(order, [&](int a, int b) { return rank(a) < rank(b); });

    ImGui::Spacing();
    if (beginCard("not-triggered", ImVec2(0, 0), metrics().cardPadding)) {
        bool first = true;
        for (int r : order) {
            const Risk& risk = model.risks[r];
            if (!first) {
                const ImVec2 a = ImGui::GetCursorScreenPos();
                ImGui::GetWindowDrawList()->AddLine(ImVec2(a.x, a.y - 4.0f),
                                                    ImVec2(a.x + ImGui::GetContentRegionAvail().x, a.y - 4.0f), p.border);
                vspace(metrics().space.small);
            }
            first = false;
            const ImVec2 row = ImGui::GetCursorScreenPos();
            const ImVec2 ps = tintedPill(ImGui::GetWindowDrawList(), ImVec2(row.x, row.y + 1.0f),
                                         capitalised(risk.severity), severityTint(risk.severity));
            ImGui::SetCursorScreenPos(ImVec2(row.x + std::max(ps.x, 70.0f) + 10.0f, row.y));
            ImGui::BeginGroup();
            text(fonts().bodyBold, p.text, risk.title, true);
            text(fonts().small, p.textMuted, risk.description, true);
            ImGui::EndGroup();
        }
    }
    endCard();
}

void drawNoRisks() {
    const Palette& p = palette();
    if (beginCard("risks-empty", ImVec2(0, 0), 28.0f)) {
        const ImVec2 pos = ImGui::GetCursorScreenPos();
        ImDrawList* dl = ImGui::GetWindowDrawList();
        const ImVec2 c(pos.x + 22.0f, pos.y + 22.0f);
        dl->AddCircleFilled(c, 22.0f, tintOf(p.good).background);
        const ImVec2 tick[3] = {ImVec2(c.x - 8.0f, c.y), ImVec2(c.x - 2.0f, c.y + 6.0f), ImVec2(c.x + 9.0f, c.y - 6.0f)};
        dl->AddPolyline(tick, 3, p.good, ImDrawFlags_None, 3.0f);
        ImGui::SetCursorScreenPos(ImVec2(pos.x + 62.0f, pos.y));
        ImGui::BeginGroup();
        text(fonts().heading, p.text, "Nothing to worry about at this stage");
        text(fonts().body, p.textMuted,
             "Your answers trigger none of the risks described in the research behind this model. Keep the "
             "enablers in step as the tracks climb: each new stage brings its own risks.",
             true);
        ImGui::EndGroup();
    }
    endCard();
}

}  // namespace

void drawRisksView(const Document& doc, RisksViewState& state, Intents& out) {
    drawSummary(doc);
    ImGui::Spacing();
    if (doc.risks().empty()) {
        drawNoRisks();
        ImGui::Spacing();
    }
    for (const TriggeredRisk& tr : doc.risks()) {
        drawRiskCard(doc, tr, out);
        ImGui::Spacing();
    }
    ImGui::Spacing();
    drawNotTriggered(doc, state);
}

}  // namespace smm::ui
