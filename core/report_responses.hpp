// A workshop's responses for a spreadsheet: one row per participant and
// question, anonymised (participants numbered, no names, no ids).
#pragma once

#include <string>

#include "model.hpp"
#include "workshop.hpp"

namespace smm {

std::string renderResponsesCsv(const Model& model, const Workshop& workshop);

}  // namespace smm
