// A print-ready, self-contained HTML report for top management: the verdict,
// the map, gaps, risks, roadmap and peer facts, with inline styles only (no
// scripts, no external resources). Every string from the model or the
// assessment is HTML-escaped.
#pragma once

#include <string>
#include <string_view>

#include "assessment.hpp"
#include "model.hpp"
#include "workshop.hpp"

namespace smm {

// With a workshop: its participants, disagreement and group gaps, and the
// owners and months agreed for the roadmap's actions.
std::string renderHtmlReport(const Model& model, const Assessment& a, const Workshop* workshop = nullptr);

// &, <, >, " and ' replaced by entities.
std::string escapeHtml(std::string_view text);

}  // namespace smm
