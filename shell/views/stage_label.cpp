#include "stage_label.hpp"

namespace smm::ui {

std::string stageLabel(const Model& model, int index, Side side) {
    return "Stage " + std::to_string(index + 1) + " \xC2\xB7 " +
           model.stages[static_cast<std::size_t>(index)].nameOn(side);
}

Side sideOf(const Model& model, int dimension) {
    if (dimension < 0 || dimension >= static_cast<int>(model.dimensions.size())) return Side::External;
    const Dimension& dim = model.dimensions[static_cast<std::size_t>(dimension)];
    return dim.kind == DimensionKind::Track ? dim.side : Side::External;  // only tracks climb the internal ladder
}

std::string stageLabelIn(const Model& model, int index, int dimension) {
    return stageLabel(model, index, sideOf(model, dimension));
}

}  // namespace smm::ui
