// "Stage 3 · Managed": a stage as the views name it, on the side's own stage
// names (internal tracks have theirs). One wording for every view.
#pragma once

#include <string>

#include "core/model.hpp"

namespace smm::ui {

// `index` is 0-based, into Model::stages.
std::string stageLabel(const Model& model, int index, Side side = Side::External);
// The same on the ladder of dimension `dimension`: an internal track's stages
// carry internal names, everything else the external ones.
std::string stageLabelIn(const Model& model, int index, int dimension);
// The ladder dimension `dimension` climbs: internal only for an internal track.
Side sideOf(const Model& model, int dimension);

}  // namespace smm::ui
