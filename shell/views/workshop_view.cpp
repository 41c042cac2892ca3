#include "workshop_view.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/scoring.hpp"
#include "core/workshop.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"
#include "shell/widgets/qr_code.hpp"

namespace smm::ui {

namespace {

constexpr float kGap = 16.0f;
constexpr float kTwoColumnsFrom = 820.0f;
constexpr std::size_t kContestedShown = 5;
constexpr std::size_t kDecisionsShown = 8;
constexpr std::size_t kGapRowsShown = 8;
constexpr double kGapWorthShowing = 0.25;  // a quarter of a stage: below it the groups agree

void sectionTitle(const char* title) {
    text(fonts().heading, palette().text, title);
    ImGui::Dummy(ImVec2(1.0f, 4.0f));
}

void muted(const std::string& line) { text(fonts().body, palette().textMuted, line, true); }


std::string percentText(double share) { return std::to_string(static_cast<int>(std::lround(share * 100.0))) + "%"; }

// ---------------------------------------------------------------------------
// Set-up

// Rows of group names, each with Remove (while more than one is left), then
// Add a group (while the model has role groups to spare).
void editGroups(const Model& model, std::vector<int>& groups, std::vector<std::string>& names, float width) {
    names.resize(groups.size());
    const float removeW = textSize(fonts().bodyBold, "Remove").x + 2 * metrics().buttonPaddingX;
    const float fieldW = std::min(width - removeW - 8.0f, 360.0f);
    for (std::size_t i = 0; i < groups.size(); ++i) {
        ImGui::PushID(static_cast<int>(i));
        const std::string n = std::to_string(i + 1);
        textField(("##group-name-" + n).c_str(), "Group name", names[i], fieldW);
        ImGui::SameLine(0.0f, 8.0f);
        const bool removed =
            button(("Remove group " + n).c_str(), "Remove", ButtonKind::Secondary, removeW, groups.size() > 1);
        ImGui::PopID();
        if (removed) {
            groups.erase(groups.begin() + static_cast<std::ptrdiff_t>(i));
            names.erase(names.begin() + static_cast<std::ptrdiff_t>(i));
            break;
        }
    }
    const int slot = freeGroupSlot(model, groups);
    const bool room = slot >= 0 && static_cast<int>(groups.size()) < maxGroups(model);
    if (button("Add a group", "Add a group", ButtonKind::Secondary, 0.0f, room)) {
        groups.push_back(slot);
        names.push_back(model.roleGroups[static_cast<std::size_t>(slot)].name);
    }
    if (!room) muted("At most " + std::to_string(maxGroups(model)) + " groups.");
}

void drawSetup(const Document& doc, WorkshopViewState& st, Intents& out) {
    const Model& model = doc.model();
    fillSetupForm(doc, st);
    const float width = ImGui::GetContentRegionAvail().x;
    beginCard("##workshop-setup", ImVec2(width, 0), 24.0f);
    const float inner = ImGui::GetContentRegionAvail().x;
    text(fonts().title, palette().text, "Run a workshop");
    ImGui::Dummy(ImVec2(1.0f, 4.0f));
    muted("Everyone answers on their own phone or laptop, anonymously. Answers stay on each person's device until "
          "they send them to you, and no server is involved: you collect the links they send here.");
    ImGui::Dummy(ImVec2(1.0f, 12.0f));

    const float field = std::min(inner, 520.0f);
    text(fonts().bodyBold, palette().text, "Organisation");
    textField("##workshop-organisation", "Organisation name", st.organisation, field);
    text(fonts().bodyBold, palette().text, "Purpose (shown to participants)");
    textField("##workshop-purpose", "e.g. Where do we stand with social media, and what next?", st.purpose, field);
    // Date and head count side by side: short fields.
    const float dateW = std::min(field * 0.5f - 8.0f, 200.0f);
    const ImVec2 row = ImGui::GetCursorPos();
    text(fonts().bodyBold, palette().text, "Date");
    textField("##workshop-date", "YYYY-MM-DD", st.date, dateW);
    const ImVec2 after = ImGui::GetCursorPos();
    ImGui::SetCursorPos(ImVec2(row.x + dateW + 16.0f, row.y));
    ImGui::BeginGroup();
    text(fonts().bodyBold, palette().text, "People invited");
    textField("##workshop-expected", "optional", st.expected, std::min(dateW, 140.0f));
    ImGui::EndGroup();
    ImGui::SetCursorPos(after);
    ImGui::Dummy(ImVec2(1.0f, 8.0f));

    text(fonts().bodyBold, palette().text, "Groups participants choose from");
    muted("The map shows how each group sees the organisation; IT and the business often differ. Name the groups "
          "as your organisation does.");
    editGroups(model, st.groups, st.groupNames, field);
    ImGui::Dummy(ImVec2(1.0f, 8.0f));
    ImGui::PushFont(fonts().body);
    ImGui::Checkbox("Anonymous: no names, and a group is shown only with 3 or more people", &st.anonymous);
    ImGui::PopFont();
    ImGui::Dummy(ImVec2(1.0f, 12.0f));

    SetupForm form = readSetupForm(model, st);
    if (!form.problem.empty()) text(fonts().body, palette().danger, form.problem, true);
    if (button("Set up the workshop", "Set up the workshop", ButtonKind::Primary, 0.0f, form.problem.empty()))
        out.push_back(StartWorkshop{std::move(form.setup)});
    endCard();
}

// A running workshop's groups: named, and changed on request (the link follows).
void drawGroupsCard(const Document& doc, const Workshop& w, WorkshopViewState& st, float width, Intents& out) {
    const Model& model = doc.model();
    beginCard("##workshop-groups", ImVec2(width, 0), metrics().cardPadding);
    sectionTitle("Groups");
    std::vector<int> offered = w.setup.groups;
    if (offered.empty())
        for (int g = 0; g < static_cast<int>(model.roleGroups.size()); ++g) offered.push_back(g);
    if (!st.editingGroups) {
        std::string names;
        for (int g : offered) names += (names.empty() ? "" : ", ") + roleGroupName(model, g);
        muted("Participants choose from: " + names + ".");
        ImGui::Dummy(ImVec2(1.0f, 4.0f));
        if (button("Change groups", "Change groups", ButtonKind::Secondary)) {
            st.editingGroups = true;
            st.editGroups = offered;
            st.editNames.clear();
            for (int g : offered) st.editNames.push_back(roleGroupName(model, g));
        }
        endCard();
        return;
    }
    muted("Renamed groups keep their responses. A group with responses cannot be removed. The participant link "
          "changes: send the new one to anyone who has not answered yet.");
    editGroups(model, st.editGroups, st.editNames, std::min(ImGui::GetContentRegionAvail().x, 520.0f));
    const std::string problem = checkGroups(model, st.editGroups, st.editNames);
    if (!problem.empty()) text(fonts().body, palette().danger, problem, true);
    ImGui::Dummy(ImVec2(1.0f, 4.0f));
    if (button("Save groups", "Save groups", ButtonKind::Primary, 0.0f, problem.empty()))
        out.push_back(SetWorkshopGroups{st.editGroups, st.editNames});
    ImGui::SameLine(0.0f, 8.0f);
    if (button("Cancel", "Cancel", ButtonKind::Secondary)) st.editingGroups = false;
    endCard();
}

// ---------------------------------------------------------------------------
// Invite and collect

void drawInvite(const std::string& link, float width, Intents& out) {
    beginCard("##workshop-invite", ImVec2(width, 0), metrics().cardPadding);
    // The QR code sits at the right when the card is wide, else under the text.
    const float qrSize = 164.0f;
    const bool qrBeside = ImGui::GetContentRegionAvail().x >= 2.4f * qrSize;
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const float textRight = qrBeside ? ImGui::GetContentRegionAvail().x - qrSize - 16.0f : 0.0f;
    if (qrBeside) {
        drawQrCode(ImGui::GetWindowDrawList(), ImVec2(top.x + textRight + 16.0f, top.y), qrSize, link);
        // Text wraps at the end of its window: a column of its own keeps it off the code.
        ImGui::PushStyleColor(ImGuiCol_ChildBg, 0u);
        ImGui::BeginChild("##invite-text", ImVec2(textRight, 0), ImGuiChildFlags_AutoResizeY,
                          ImGuiWindowFlags_NoScrollbar | ImGuiWindowFlags_NavFlattened);
        ImGui::PopStyleColor();
    }
    sectionTitle("Invite");
    muted("Send this link, or show it on the first slide: participants open it on a phone or laptop, pick their "
          "group and answer in about ten minutes.");
    ImGui::Dummy(ImVec2(1.0f, 6.0f));
    const float textWidth = qrBeside ? textRight : ImGui::GetContentRegionAvail().x;
    text(fonts().small, palette().accent, fitText(fonts().small, link, textWidth));
    ImGui::Dummy(ImVec2(1.0f, 6.0f));
    if (button("Copy participant link", "Copy participant link", ButtonKind::Primary)) out.push_back(CopyInvitationLink{});
    if (textWidth < 340.0f) ImGui::Dummy(ImVec2(1.0f, 4.0f));
    else ImGui::SameLine(0.0f, 8.0f);
    if (button("Present", "Present", ButtonKind::Secondary)) out.push_back(StartPresentation{});
    if (qrBeside) {
        ImGui::EndChild();
        const float bottom = top.y + qrSize;
        if (ImGui::GetCursorScreenPos().y < bottom) ImGui::Dummy(ImVec2(1.0f, bottom - ImGui::GetCursorScreenPos().y));
    } else {
        ImGui::Dummy(ImVec2(1.0f, 6.0f));
        qrCode(link, std::min(qrSize, ImGui::GetContentRegionAvail().x));
    }
    endCard();
}

void drawCollect(const Document& doc, WorkshopViewState& st, float width, Intents& out) {
    (void)doc;
    beginCard("##workshop-collect", ImVec2(width, 0), metrics().cardPadding);
    sectionTitle("Collect the responses");
    muted("Paste the links participants sent you - all at once is fine - or drop their files anywhere on this page.");
    ImGui::Dummy(ImVec2(1.0f, 6.0f));
    const float inner = ImGui::GetContentRegionAvail().x;
    textArea("##pasted-responses", "Paste response links here", st.pasted, inner, 96.0f);
    ImGui::Dummy(ImVec2(1.0f, 4.0f));
    if (button("Add responses", "Add responses", ButtonKind::Primary, 0.0f, !st.pasted.empty())) {
        out.push_back(CollectResponses{st.pasted});  // the app leaves in the box what could not be read
    }
    ImGui::SameLine(0.0f, 8.0f);
    if (button("Open response files", "Open response files", ButtonKind::Secondary))
        out.push_back(PickFile{FileKind::Assessment});
    endCard();
}

// ---------------------------------------------------------------------------
// Results

// A scale 0..stageCount with one dot per group and the gap between the widest two.
void drawGroupRow(const Model& model, const Aggregate& agg, const Workshop& w, int d, const std::vector<ImU32>& colours,
                  float width) {
    const Palette& p = palette();
    const float nameW = std::min(220.0f, width * 0.38f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float rowH = 28.0f;
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const std::string name = fitText(fonts().body, model.dimensions[d].name, nameW - 8.0f);
    drawText(dl, fonts().body, ImVec2(pos.x, pos.y + 5.0f), p.text, name);
    const float x0 = pos.x + nameW, x1 = pos.x + width - 8.0f;
    const float y = pos.y + rowH * 0.5f;
    dl->AddLine(ImVec2(x0, y), ImVec2(x1, y), p.border, 2.0f);
    const int stages = model.stageCount();
    for (int s = 0; s <= stages; ++s) {
        const float x = x0 + (x1 - x0) * static_cast<float>(s) / static_cast<float>(stages);
        dl->AddLine(ImVec2(x, y - 4.0f), ImVec2(x, y + 4.0f), p.border, 1.0f);
    }
    for (std::size_t g = 0; g < agg.groups.size(); ++g) {
        if (!groupVisible(w, agg.groups[g]) || !agg.groups[g].dimensions[d].count) continue;
        const float x = x0 + (x1 - x0) * static_cast<float>(agg.groups[g].dimensions[d].mean / stages);
        dl->AddCircleFilled(ImVec2(x, y), 7.0f, colours[g % colours.size()]);
        dl->AddCircle(ImVec2(x, y), 7.0f, p.surface, 0, 1.5f);
    }
    ImGui::Dummy(ImVec2(width, rowH));
}

// The level scale above the rows: 0 .. stageCount.
void drawScale(const Model& model, float width) {
    const float nameW = std::min(220.0f, width * 0.38f);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    const float x0 = pos.x + nameW, x1 = pos.x + width - 8.0f;
    const int stages = model.stageCount();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    drawText(dl, fonts().small, pos, palette().textMuted, "Mean level per group");
    for (int s = 0; s <= stages; ++s) {
        const std::string label = std::to_string(s);
        const float x = x0 + (x1 - x0) * static_cast<float>(s) / static_cast<float>(stages);
        drawText(dl, fonts().small, ImVec2(x - textSize(fonts().small, label).x * 0.5f, pos.y), palette().textMuted, label);
    }
    ImGui::Dummy(ImVec2(width, fontSize(fonts().small) + 4.0f));
}

std::vector<ImU32> groupColours() {
    const Palette& p = palette();
    return {p.accent, p.warning, p.good, p.danger, p.textMuted, p.target};
}

void drawGroups(const Document& doc, const Aggregate& agg, const Workshop& w, float width) {
    const Model& model = doc.model();
    const Palette& p = palette();
    sectionTitle("How the groups see it");
    const std::vector<GroupGap> gaps = groupGaps(agg, w);
    const std::vector<int> hidden = hiddenGroups(agg, w);
    const std::vector<ImU32> colours = groupColours();
    if (gaps.empty()) {
        muted(w.setup.anonymous ? "Group views appear once at least two groups have 3 or more people each."
                                : "Group views appear once at least two groups have answered.");
    } else {
        // Legend: the groups shown, with their size.
        ImDrawList* dl = ImGui::GetWindowDrawList();
        float x = ImGui::GetCursorScreenPos().x;
        const float right = x + width;
        float y = ImGui::GetCursorScreenPos().y;
        const float line = fontSize(fonts().body) + 8.0f;
        for (std::size_t g = 0; g < agg.groups.size(); ++g) {
            if (!groupVisible(w, agg.groups[g])) continue;
            const std::string label =
                roleGroupName(model, agg.groups[g].roleGroup) + " (" + std::to_string(agg.groups[g].participants) + ")";
            const float itemW = 18.0f + textSize(fonts().body, label).x + 18.0f;
            if (x + itemW > right && x > ImGui::GetCursorScreenPos().x) {
                x = ImGui::GetCursorScreenPos().x;
                y += line;
            }
            dl->AddCircleFilled(ImVec2(x + 6.0f, y + line * 0.4f), 6.0f, colours[g % colours.size()]);
            drawText(dl, fonts().body, ImVec2(x + 18.0f, y), p.text, label);
            x += itemW;
        }
        ImGui::Dummy(ImVec2(width, y + line - ImGui::GetCursorScreenPos().y));
        const GroupGap& top = gaps.front();
        char buf[64];
        std::snprintf(buf, sizeof buf, "%.1f", top.gap);
        text(fonts().bodyBold, p.text,
             "Widest gap: " + model.dimensions[top.dimension].name + " - " +
                 roleGroupName(model, agg.groups[top.higher].roleGroup) + " " +
                 formatLevel(agg.groups[top.higher].dimensions[top.dimension].mean) + ", " +
                 roleGroupName(model, agg.groups[top.lower].roleGroup) + " " +
                 formatLevel(agg.groups[top.lower].dimensions[top.dimension].mean) + " (" + buf + " stages apart)",
             true);
        ImGui::Dummy(ImVec2(1.0f, 6.0f));
        drawScale(model, width);
        std::size_t drawn = 0;
        for (const GroupGap& g : gaps)
            if (g.gap >= kGapWorthShowing && drawn < kGapRowsShown) {
                drawGroupRow(model, agg, w, g.dimension, colours, width);
                ++drawn;
            }
        if (drawn < gaps.size())
            muted("On the other " + std::to_string(gaps.size() - drawn) +
                  (gaps.size() - drawn == 1 ? " dimension" : " dimensions") +
                  " the groups are less than a quarter of a stage apart.");
    }
    if (!hidden.empty()) {
        std::string names;
        for (int g : hidden) names += (names.empty() ? "" : ", ") + roleGroupName(model, agg.groups[g].roleGroup);
        muted("Not shown, to keep answers anonymous (fewer than " + std::to_string(kMinGroupSize) +
              " people): " + names + ".");
    }
}

void drawContested(const Document& doc, const Aggregate& agg) {
    const Model& model = doc.model();
    const Palette& p = palette();
    sectionTitle("Where people disagree");
    text(fonts().bodyBold, p.text, "Agreement " + percentText(agg.agreement) + " across " +
                                       std::to_string(agg.participants) + " people");
    std::size_t shown = 0;
    for (int q : agg.contested) {
        if (shown >= kContestedShown || agg.questions[q].stddev < 1e-9) break;
        ++shown;
        const Stats& s = agg.questions[q];
        ImGui::Dummy(ImVec2(1.0f, 4.0f));
        text(fonts().body, p.text, model.questions[q].text, true);
        const auto& options = model.optionsFor(q);
        // The distribution, not only the median: how many gave each answer.
        const Distribution& d = agg.answers[q];
        std::string spread;
        for (std::size_t o = 0; o < d.options.size() && o < options.size(); ++o)
            if (d.options[o]) spread += (spread.empty() ? "" : "  \xC2\xB7  ") + std::to_string(d.options[o]) + " \xE2\x80\x9C" + options[o].label + "\xE2\x80\x9D";
        if (d.notApplicable) spread += "  \xC2\xB7  " + std::to_string(d.notApplicable) + " not applicable";
        if (d.dontKnow) spread += "  \xC2\xB7  " + std::to_string(d.dontKnow) + " don't know";
        if (d.notMyArea) spread += "  \xC2\xB7  " + std::to_string(d.notMyArea) + " not my area";
        text(fonts().small, p.textMuted, spread.empty() ? std::to_string(s.count) + " answers" : spread, true);
    }
    if (!shown) muted("Everyone who answered gave the same answers so far.");
}

void drawResults(const Document& doc, const Workshop& w, float width, Intents& out) {
    beginCard("##workshop-results", ImVec2(width, 0), metrics().cardPadding);
    const Aggregate* agg = doc.group();
    if (!w.revealed) {
        sectionTitle("Results are hidden");
        muted("Nobody sees the results while responses come in, so early answers do not sway the rest. Reveal them "
              "when the room is ready; the map, radar, roadmap and risks then show the group's median answers.");
        ImGui::Dummy(ImVec2(1.0f, 6.0f));
        if (button("Reveal results", "Reveal results", ButtonKind::Primary, 0.0f, !w.responses.empty()))
            out.push_back(RevealResults{true});
        endCard();
        return;
    }
    if (!agg) {
        sectionTitle("Results");
        muted("Spread and group views appear once two people have answered.");
    } else {
        const float inner = ImGui::GetContentRegionAvail().x;
        drawContested(doc, *agg);
        ImGui::Dummy(ImVec2(1.0f, 12.0f));
        drawGroups(doc, *agg, w, inner);
    }
    ImGui::Dummy(ImVec2(1.0f, 8.0f));
    if (button("Hide results", "Hide results", ButtonKind::Secondary)) out.push_back(RevealResults{false});
    endCard();
}

// ---------------------------------------------------------------------------
// Agree

void drawDecisions(const Document& doc, const Workshop& w, WorkshopViewState& st, float width, Intents& out) {
    const Model& model = doc.model();
    beginCard("##workshop-decisions", ImVec2(width, 0), metrics().cardPadding);
    sectionTitle("Agree the next steps");
    muted("Set targets on the Maturity map; the roadmap follows. Give each first step an owner and a month.");
    ImGui::Dummy(ImVec2(1.0f, 6.0f));
    const std::vector<RoadmapItem>& items = doc.roadmap().items;
    if (items.empty()) muted("No roadmap yet: set targets on the Maturity map first.");
    const float inner = ImGui::GetContentRegionAvail().x;
    const bool narrow = inner < 640.0f;
    for (std::size_t i = 0; i < items.size() && i < kDecisionsShown; ++i) {
        const int action = items[i].action;
        ImGui::PushID(action);
        auto& [owner, due] = st.decisions[action];
        const Decision* agreed = w.decisionFor(action);
        if (!ImGui::IsAnyItemActive() && agreed) {
            owner = agreed->owner;
            due = agreed->due;
        }
        text(fonts().bodyBold, palette().text,
             "Phase " + std::to_string(items[i].phase) + ": " + model.actions[action].title, true);
        const float ownerW = narrow ? inner * 0.6f : 260.0f, dueW = narrow ? inner * 0.4f - 8.0f : 140.0f;
        bool changed = textField("##owner", "Owner", owner, ownerW);
        ImGui::SameLine(0.0f, 8.0f);
        changed |= textField("##due", "Due YYYY-MM", due, dueW);
        if (changed) out.push_back(SetDecision{Decision{action, owner, due}});
        ImGui::Dummy(ImVec2(1.0f, 6.0f));
        ImGui::PopID();
    }
    endCard();
}

}  // namespace

void drawWorkshopView(const Document& doc, const std::string& invitationLink, WorkshopViewState& st, Intents& out) {
    const Workshop* w = doc.workshop();
    if (!w) return drawSetup(doc, st, out);
    const Palette& p = palette();
    const float width = ImGui::GetContentRegionAvail().x;

    // Who, when, why, and how many are in.
    text(fonts().title, p.text, w->setup.organisation.empty() ? std::string("Workshop") : w->setup.organisation, true);
    std::string sub = w->setup.date;
    if (!w->setup.purpose.empty()) sub += (sub.empty() ? "" : "  \xC2\xB7  ") + w->setup.purpose;
    if (!sub.empty()) muted(sub);
    ImGui::Dummy(ImVec2(1.0f, 4.0f));
    text(fonts().heading, p.accent, responseCount(doc.model(), *w) + (w->setup.expected > 0 ? " responses in" : ""), true);
    ImGui::Dummy(ImVec2(1.0f, 8.0f));

    if (width >= kTwoColumnsFrom) {
        const float half = (width - kGap) * 0.5f;
        ImGui::BeginGroup();
        drawInvite(invitationLink, half, out);
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, kGap);
        ImGui::BeginGroup();
        drawCollect(doc, st, half, out);
        ImGui::EndGroup();
    } else {
        drawInvite(invitationLink, width, out);
        ImGui::Dummy(ImVec2(1.0f, kGap * 0.5f));
        drawCollect(doc, st, width, out);
    }
    ImGui::Dummy(ImVec2(1.0f, kGap * 0.5f));
    drawResults(doc, *w, width, out);
    ImGui::Dummy(ImVec2(1.0f, kGap * 0.5f));
    drawDecisions(doc, *w, st, width, out);
    ImGui::Dummy(ImVec2(1.0f, kGap * 0.5f));
    drawGroupsCard(doc, *w, st, width, out);
}

void fillSetupForm(const Document& doc, WorkshopViewState& st) {
    if (st.formReady) return;
    st.formReady = true;
    st.organisation = doc.assessment().organisation;
    st.date = todayIso();
    const Model& model = doc.model();
    st.groups.clear();
    st.groupNames.clear();
    for (int g = 0; g < maxGroups(model); ++g) {
        st.groups.push_back(g);
        st.groupNames.push_back(model.roleGroups[static_cast<std::size_t>(g)].name);
    }
}

SetupForm readSetupForm(const Model& model, const WorkshopViewState& st) {
    SetupForm form;
    WorkshopSetup& setup = form.setup;
    setup.organisation = st.organisation;
    setup.date = st.date;
    setup.purpose = st.purpose;
    setup.anonymous = st.anonymous;
    setup.groups = st.groups;
    setup.groupNames = st.groupNames;
    const bool expectedOk = st.expected.empty() || (std::sscanf(st.expected.c_str(), "%d", &setup.expected) == 1 &&
                                                    setup.expected >= 0 && setup.expected <= 10000);
    if (!expectedOk) {
        setup.expected = 0;
        form.problem = "People invited: a whole number, or leave it empty.";
    } else {
        form.problem = checkGroups(model, setup.groups, setup.groupNames);
    }
    return form;
}

}  // namespace smm::ui
