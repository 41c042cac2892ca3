#include "workshop_view.hpp"
#include "workshop_results.hpp"

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

using workshop::muted;
using workshop::sectionTitle;

namespace {

constexpr std::size_t kDecisionsShown = 8;

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
        ImGui::SameLine(0.0f, metrics().controlGap);
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
    vspace(metrics().space.tight);
    muted("Everyone answers on their own phone or laptop, anonymously. Answers stay on each person's device until "
          "they send them to you, and no server is involved: you collect the links they send here.");
    vspace(metrics().space.medium);

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
    vspace(metrics().space.base);

    text(fonts().bodyBold, palette().text, "Groups participants choose from");
    muted("The map shows how each group sees the organisation; IT and the business often differ. Name the groups "
          "as your organisation does.");
    editGroups(model, st.groups, st.groupNames, field);
    vspace(metrics().space.base);
    ImGui::PushFont(fonts().body);
    ImGui::Checkbox("Anonymous: no names, and a group is shown only with 3 or more people", &st.anonymous);
    ImGui::PopFont();
    vspace(metrics().space.medium);

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
        vspace(metrics().space.tight);
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
    vspace(metrics().space.tight);
    if (button("Save groups", "Save groups", ButtonKind::Primary, 0.0f, problem.empty()))
        out.push_back(SetWorkshopGroups{st.editGroups, st.editNames});
    ImGui::SameLine(0.0f, metrics().controlGap);
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
    vspace(metrics().space.small);
    const float textWidth = qrBeside ? textRight : ImGui::GetContentRegionAvail().x;
    text(fonts().small, palette().accent, fitText(fonts().small, link, textWidth));
    vspace(metrics().space.small);
    if (button("Copy participant link", "Copy participant link", ButtonKind::Primary)) out.push_back(CopyInvitationLink{});
    if (textWidth < 340.0f) vspace(metrics().space.tight);
    else ImGui::SameLine(0.0f, metrics().controlGap);
    if (button("Present", "Present", ButtonKind::Secondary)) out.push_back(StartPresentation{});
    if (qrBeside) {
        ImGui::EndChild();
        const float bottom = top.y + qrSize;
        if (ImGui::GetCursorScreenPos().y < bottom) vspace(bottom - ImGui::GetCursorScreenPos().y);
    } else {
        vspace(metrics().space.small);
        qrCode(link, std::min(qrSize, ImGui::GetContentRegionAvail().x));
    }
    endCard();
}

void drawCollect(const Document& doc, WorkshopViewState& st, float width, Intents& out) {
    (void)doc;
    beginCard("##workshop-collect", ImVec2(width, 0), metrics().cardPadding);
    sectionTitle("Collect the responses");
    muted("Paste the links participants sent you - all at once is fine - or drop their files anywhere on this page.");
    vspace(metrics().space.small);
    const float inner = ImGui::GetContentRegionAvail().x;
    textArea("##pasted-responses", "Paste response links here", st.pasted, inner, 96.0f);
    vspace(metrics().space.tight);
    if (button("Add responses", "Add responses", ButtonKind::Primary, 0.0f, !st.pasted.empty())) {
        out.push_back(CollectResponses{st.pasted});  // the app leaves in the box what could not be read
    }
    ImGui::SameLine(0.0f, metrics().controlGap);
    if (button("Open response files", "Open response files", ButtonKind::Secondary))
        out.push_back(PickFile{FileKind::Assessment});
    endCard();
}

// ---------------------------------------------------------------------------
// Agree

void drawDecisions(const Document& doc, const Workshop& w, WorkshopViewState& st, float width, Intents& out) {
    const Model& model = doc.model();
    beginCard("##workshop-decisions", ImVec2(width, 0), metrics().cardPadding);
    sectionTitle("Agree the next steps");
    muted("Set targets on the Maturity map; the roadmap follows. Give each first step an owner and a month.");
    vspace(metrics().space.small);
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
        ImGui::SameLine(0.0f, metrics().controlGap);
        changed |= textField("##due", "Due YYYY-MM", due, dueW);
        if (changed) out.push_back(SetDecision{Decision{action, owner, due}});
        vspace(metrics().space.small);
        ImGui::PopID();
    }
    endCard();
}

}  // namespace

namespace workshop {

void sectionTitle(const char* title) {
    text(fonts().heading, palette().text, title);
    vspace(metrics().space.tight);
}

void muted(const std::string& line) { text(fonts().body, palette().textMuted, line, true); }

}  // namespace workshop

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
    vspace(metrics().space.tight);
    text(fonts().heading, p.accent, responseCount(doc.model(), *w) + (w->setup.expected > 0 ? " responses in" : ""), true);
    vspace(metrics().space.base);

    if (width >= metrics().breakpoints.workshopColumns) {
        const float half = (width - metrics().space.large) * 0.5f;
        ImGui::BeginGroup();
        drawInvite(invitationLink, half, out);
        ImGui::EndGroup();
        ImGui::SameLine(0.0f, metrics().space.large);
        ImGui::BeginGroup();
        drawCollect(doc, st, half, out);
        ImGui::EndGroup();
    } else {
        drawInvite(invitationLink, width, out);
        vspace(metrics().space.base);
        drawCollect(doc, st, width, out);
    }
    vspace(metrics().space.base);
    workshop::drawResults(doc, *w, width, out);
    vspace(metrics().space.base);
    drawDecisions(doc, *w, st, width, out);
    vspace(metrics().space.base);
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
    const std::vector<int> order = defaultGroupOrder(model);
    for (int i = 0; i < maxGroups(model); ++i) {
        const int g = order[static_cast<std::size_t>(i)];
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
