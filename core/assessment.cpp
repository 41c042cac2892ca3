#include "assessment.hpp"

#include <ctime>

namespace smm {

Assessment makeBlankAssessment(const Model& model) {
    Assessment a;
    a.modelId = model.id;
    a.answers.assign(model.questions.size(), Answer{});
    a.targets.assign(model.dimensions.size(), 0);
    return a;
}

}  // namespace smm

std::string smm::todayIso() {
    const std::time_t now = std::time(nullptr);
    std::tm tm{};
    gmtime_r(&now, &tm);
    char buf[16];
    std::strftime(buf, sizeof buf, "%Y-%m-%d", &tm);
    return buf;
}
