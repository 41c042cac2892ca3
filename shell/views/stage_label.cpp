#include "stage_label.hpp"

namespace smm::ui {

std::string stageLabel(const Model& model, int index, Side side) {
    return "Stage " + std::to_string(index + 1) + " \xC2\xB7 " +
           model.stages[static_cast<std::size_t>(index)].nameOn(side);
}

}  // namespace smm::ui
