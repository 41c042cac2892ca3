// Stage labels never lend one side's stage names to the other: a question,
// target or action of an internal track names its stage on the internal
// ladder (issue 7: internal answers carried external stage names).
#include <catch2/catch_test_macros.hpp>

#include "assets.hpp"
#include "core/model_io.hpp"
#include "shell/views/stage_label.hpp"

namespace {

const smm::Model& defaultModel() {
    static const smm::Model model = *smm::loadModel(smm::assets::defaultModel().text()).value;
    return model;
}

}  // namespace

TEST_CASE("every dimension's stages are labelled on its own side's ladder") {
    const smm::Model& m = defaultModel();
    int internalTracks = 0;
    for (int d = 0; d < static_cast<int>(m.dimensions.size()); ++d) {
        const smm::Dimension& dim = m.dimensions[static_cast<std::size_t>(d)];
        const bool internal = dim.kind == smm::DimensionKind::Track && dim.side == smm::Side::Internal;
        internalTracks += internal;
        for (int s = 0; s < m.stageCount(); ++s) {
            const smm::Stage& stage = m.stages[static_cast<std::size_t>(s)];
            CAPTURE(dim.id, s);
            const std::string label = smm::ui::stageLabelIn(m, s, d);
            CHECK(label == "Stage " + std::to_string(s + 1) + " \xC2\xB7 " + (internal ? stage.internal.name : stage.name));
            if (internal) CHECK(label.find(stage.name) == std::string::npos);
        }
    }
    CHECK(internalTracks > 0);  // the default model has an internal ladder to get wrong
    CHECK(smm::ui::stageLabelIn(m, 0, -1) == smm::ui::stageLabel(m, 0));  // no dimension: the external names
}
