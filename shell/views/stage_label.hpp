// "Stage 3 · Managed": a stage as the views name it, on the side's own stage
// names (internal tracks have theirs). One wording for every view.
#pragma once

#include <string>

#include "core/model.hpp"

namespace smm::ui {

// `index` is 0-based, into Model::stages.
std::string stageLabel(const Model& model, int index, Side side = Side::External);

}  // namespace smm::ui
