// Whether a decoded assessment fits its model, for decoders whose format
// cannot say so by itself (share codes): every answer allowed for its
// question ("not applicable" only where the question permits it), targets and
// role in range, every text valid UTF-8. Kept apart from the decoders so the
// rules exist once.
#pragma once

#include <string_view>
#include <vector>

#include "assessment.hpp"
#include "model.hpp"
#include "problems.hpp"

namespace smm {

// Problems with `a` against `model`, each with the JSON path it would have
// in a saved file; empty when it fits.
std::vector<Problem> checkAssessmentFits(const Model& model, const Assessment& a);

// True when `text` is well-formed UTF-8 (no overlong forms, no surrogates).
bool isValidUtf8(std::string_view text);

}  // namespace smm
