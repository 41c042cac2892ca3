#include "assessment.hpp"

namespace smm {

Assessment makeBlankAssessment(const Model& model) {
    Assessment a;
    a.modelId = model.id;
    a.answers.assign(model.questions.size(), Answer{});
    a.targets.assign(model.dimensions.size(), 0);
    return a;
}

}  // namespace smm
