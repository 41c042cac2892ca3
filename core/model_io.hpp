// JSON <-> Model and JSON <-> Assessment, with validation that names the exact
// place of every problem. Loading never throws; saving then loading gives back
// an equal object.
#pragma once

#include <string>
#include <string_view>

#include "assessment.hpp"
#include "json_limits.hpp"
#include "model.hpp"
#include "problems.hpp"

namespace smm {

constexpr int kModelSchemaVersion = 1;
constexpr int kAssessmentSchemaVersion = 1;

// Parses and validates a model: types, unique ids, known references, ordered
// stages, gate levels in range, and no dependency cycle among actions (a cycle
// is reported with its members, e.g. "a -> b -> a").
// `origin` Bundled is only for the model compiled into the app.
Loaded<Model> loadModel(std::string_view json, InputOrigin origin = InputOrigin::Outside);
std::string saveModel(const Model& model); // pretty-printed JSON

// Parses an assessment against `model`: unknown question, dimension or role
// ids, answers not on the scale, targets outside 0..stageCount are problems.
Loaded<Assessment> loadAssessment(std::string_view json, const Model& model,
                                  InputOrigin origin = InputOrigin::Outside);
std::string saveAssessment(const Assessment& a, const Model& model, bool pretty = true);

// Several assessments in one file: either a JSON array of assessments or an
// object {"assessments": [...]}. Problems are prefixed with the item's path.
Loaded<std::vector<Assessment>> loadAssessments(std::string_view json, const Model& model);

}  // namespace smm
