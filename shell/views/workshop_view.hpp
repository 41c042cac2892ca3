// The facilitator's workshop: set it up (organisation, date, purpose, groups,
// anonymity), invite (a link and its QR code), collect the responses (links
// pasted many at once, files dropped), keep results hidden until revealed,
// then see where people and groups disagree and record what the room agreed.
#pragma once

#include <map>
#include <string>
#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

struct WorkshopViewState {
    // The set-up form.
    std::string organisation, date, purpose, expected;
    std::vector<int> groups;               // the model's role groups offered, in the order shown
    std::vector<std::string> groupNames;   // the name of each, as the facilitator wants it
    bool anonymous = true;
    bool formReady = false;    // filled from the document once
    // A running workshop's groups being changed.
    bool editingGroups = false;
    std::vector<int> editGroups;
    std::vector<std::string> editNames;
    // Links pasted but not yet added, or that could not be read (kept to fix).
    std::string pasted;
    // Decisions being typed, per action: owner and due month.
    std::map<int, std::pair<std::string, std::string>> decisions;
};

// The set-up form, filled once from the document (organisation, today, every group).
void fillSetupForm(const Document& doc, WorkshopViewState& state);
// The workshop the form describes, and why it cannot be set up yet ("" when it can).
struct SetupForm {
    WorkshopSetup setup;
    std::string problem;
};
SetupForm readSetupForm(const Model& model, const WorkshopViewState& state);

// `invitationLink` is the participants' link (empty when no workshop is open).
void drawWorkshopView(const Document& doc, const std::string& invitationLink, WorkshopViewState& state,
                      Intents& out);

}  // namespace smm::ui
