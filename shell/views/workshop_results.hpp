// The workshop view's parts (workshop_view.cpp, workshop_results.cpp).
#pragma once

#include <string>

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui::workshop {

// A card's section title, and a muted wrapped line under it.
void sectionTitle(const char* title);
void muted(const std::string& line);

// The results card: hidden until revealed, then where people disagree and
// how the groups see it, laid out from core/workshop_summary.
void drawResults(const Document& doc, const Workshop& w, float width, Intents& out);

}  // namespace smm::ui::workshop
