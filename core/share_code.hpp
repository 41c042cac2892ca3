// A compact URL-safe code for one assessment (answers, targets, organisation,
// role group; not notes): version, model fingerprint, packed answers and a
// checksum, in base64url. A complete answer set of the default model with a
// short organisation name fits in 120 characters.
#pragma once

#include <string>
#include <string_view>

#include "assessment.hpp"
#include "model.hpp"
#include "problems.hpp"

namespace smm {

std::string encodeShareCode(const Model& model, const Assessment& a);

// Fails with one clear problem: bad characters, truncated, checksum mismatch
// ("the link was altered or cut short"), unknown version, or made for another
// model.
Loaded<Assessment> decodeShareCode(const Model& model, std::string_view code);

}  // namespace smm
