#include "respond_view.hpp"

#include <algorithm>
#include <string>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"

namespace smm::ui {

namespace {

void muted(const std::string& line) { text(fonts().body, palette().textMuted, line, true); }

// The groups the facilitator offered, each a full-width choice on a phone.
void drawGroupChoice(const Document& doc, const Invitation& inv, float width, Intents& out) {
    const Model& model = doc.model();
    const std::vector<int> groups = offeredGroups(model, inv.setup);
    const int mine = doc.assessment().roleGroup;
    const float buttonW = phoneLayout() ? width : std::min(width, 360.0f);
    for (int g : groups) {
        ImGui::PushID(g);
        const bool chosen = mine == g;
        if (button(model.roleGroups[g].name.c_str(), model.roleGroups[g].name, chosen ? ButtonKind::Primary : ButtonKind::Secondary,
                   buttonW))
            out.push_back(SetParticipantGroup{chosen ? -1 : g});
        ImGui::PopID();
        vspace(metrics().space.hair);
    }
}

}  // namespace

void drawRespondView(const Document& doc, const std::string& responseLink, Intents& out) {
    const Invitation* inv = doc.invitation();
    if (!inv) return;
    const Palette& p = palette();
    const float width = ImGui::GetContentRegionAvail().x;
    const float pad = phoneLayout() ? 16.0f : 24.0f;

    beginCard("##respond-welcome", ImVec2(width, 0), pad);
    const float inner = ImGui::GetContentRegionAvail().x;
    text(fonts().small, p.textMuted, "WORKSHOP");
    text(fonts().title, p.text, inv->setup.organisation.empty() ? std::string("Workshop") : inv->setup.organisation, true);
    if (!inv->setup.purpose.empty()) text(fonts().body, p.text, inv->setup.purpose, true);
    if (!inv->setup.date.empty()) muted(inv->setup.date);
    vspace(metrics().space.base);
    muted(inv->setup.anonymous ? "Your answers are anonymous and stay on this device until you send them."
                               : "Your answers stay on this device until you send them.");
    vspace(metrics().space.medium);

    text(fonts().heading, p.text, "1. Which group are you in?");
    vspace(metrics().space.tight);
    drawGroupChoice(doc, *inv, inner, out);
    vspace(metrics().space.medium);

    const Score& score = doc.score();
    text(fonts().heading, p.text, "2. Answer the questions");
    muted("About ten minutes. " + std::to_string(score.answered) + " of " + std::to_string(score.total) +
          " answered so far; skip what you do not know.");
    vspace(metrics().space.tight);
    const float buttonW = phoneLayout() ? inner : 0.0f;
    if (button("Answer the questions", score.answered ? "Continue answering" : "Start answering", ButtonKind::Primary,
               buttonW))
        out.push_back(ShowView{ViewId::Questionnaire});
    vspace(metrics().space.medium);

    text(fonts().heading, p.text, "3. Send my answers");
    muted("Copy your answers as a link and paste it into a message to the facilitator, or download them as a file. "
          "Sending again later replaces your earlier answers.");
    vspace(metrics().space.tight);
    const bool ready = score.answered > 0;
    if (button("Copy my answers as a link", "Copy my answers as a link", ButtonKind::Primary, buttonW, ready))
        out.push_back(SendAnswers{false});
    if (!phoneLayout()) ImGui::SameLine(0.0f, metrics().controlGap);
    if (button("Download my answers", "Download my answers", ButtonKind::Secondary, buttonW, ready))
        out.push_back(SendAnswers{true});
    if (!ready) muted("Answer at least one question first.");
    else text(fonts().small, p.textMuted, fitText(fonts().small, responseLink, inner));
    endCard();
}

}  // namespace smm::ui
