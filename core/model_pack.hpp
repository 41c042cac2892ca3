// The bundled model and sample assessment in a compact binary form. The build
// packs the validated JSON (tools/pack_model) and the app unpacks it at
// start-up, which in the browser is far cheaper than parsing and checking
// JSON before the first frame. Only for bytes this build packed: the JSON
// files stay the source, and anything from outside is read as JSON (model_io.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "assessment.hpp"
#include "model.hpp"

namespace smm {

std::string packModel(const Model& model);

// The model packModel wrote, or nullopt with the reason in `error` (bytes from
// another layout, truncated or with bytes left over).
std::optional<Model> unpackModel(std::string_view bytes, std::string* error = nullptr);

std::string packAssessment(const Assessment& assessment);

// As unpackModel; also refuses an assessment that does not fit `model`
// (checkAssessmentFits, the rule share codes are held to).
std::optional<Assessment> unpackAssessment(std::string_view bytes, const Model& model,
                                           std::string* error = nullptr);

}  // namespace smm
