// The workshop's part of the HTML report: who took part, how far they agree,
// the most contested questions and how the groups see each dimension
// (groups too small to stay anonymous left out).
#pragma once

#include <string>

#include "model.hpp"
#include "workshop.hpp"

namespace smm {

// Empty while results are hidden or fewer than two people answered.
std::string workshopSectionHtml(const Model& model, const Workshop& workshop);

}  // namespace smm
