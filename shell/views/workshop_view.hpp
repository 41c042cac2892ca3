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
    std::vector<char> groups;  // per model role group: offered to participants
    bool anonymous = true;
    bool formReady = false;    // filled from the document once
    // Links pasted but not yet added.
    std::string pasted;
    // Decisions being typed, per action: owner and due month.
    std::map<int, std::pair<std::string, std::string>> decisions;
};

// `invitationLink` is the participants' link (empty when no workshop is open).
void drawWorkshopView(const Document& doc, const std::string& invitationLink, WorkshopViewState& state,
                      Intents& out);

// Today's date as YYYY-MM-DD (the form's default).
std::string todayIso();

}  // namespace smm::ui
