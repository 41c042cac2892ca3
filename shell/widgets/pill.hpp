// Small inline widgets shared by the roadmap and risks views: tinted pills
// (severity, effort, "for a gate"), text links and buttons. Every label goes
// through ui.hpp, so the headless text capture sees it.
#pragma once

#include <imgui.h>

#include <string>
#include <string_view>

#include "core/format.hpp"

namespace smm::ui {

struct Tint {
    ImU32 background;
    ImU32 foreground;
};

// A soft background with readable text in the same hue, for either theme.
Tint tintOf(ImU32 colour);
// "high" = danger, "medium" = warning, anything else muted.
Tint severityTint(std::string_view severity);
// capitalised() ("high" -> "High": model words are lower case, labels are
// not) is core/format.hpp's.

// A pill in a tint; returns its size.
ImVec2 tintedPill(ImDrawList* dl, ImVec2 pos, std::string_view label, Tint tint);
// Effort as a neutral pill with a three-step meter, so a board of thirty
// cards does not turn into a wall of traffic lights. Returns its size.
ImVec2 effortPill(ImDrawList* dl, ImVec2 pos, std::string_view effort);
ImVec2 effortPillSize(std::string_view effort);

// Accent text that behaves like a hyperlink, laid out as an item at the
// cursor; `wrapWidth` > 0 wraps it. Returns true when clicked.
bool textLink(const char* id, std::string_view label, ImFont* font, float wrapWidth = 0.0f);
// A filled (primary) or quiet button at the cursor. Returns true when clicked.
bool button(const char* id, std::string_view label, bool primary = true);

}  // namespace smm::ui
