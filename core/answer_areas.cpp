#include "answer_areas.hpp"

#include <algorithm>

namespace smm {

AnswerArea answerAreaOf(const Model& model, int roleGroup) {
    AnswerArea area;
    if (roleGroup < 0 || roleGroup >= static_cast<int>(model.roleGroups.size())) return area;
    const std::vector<Audience>& mine = model.roleGroups[static_cast<std::size_t>(roleGroup)].answersFirst;
    if (mine.empty()) return area;
    area.first.resize(model.questions.size(), false);
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        const Audience a = model.questions[q].audience;
        // A question anyone can answer is everyone's.
        area.first[q] = a == Audience::Unset || std::find(mine.begin(), mine.end(), a) != mine.end();
        area.count += area.first[q];
    }
    for (std::size_t i = 0; i < mine.size(); ++i) area.names += (i == 0 ? "" : i + 1 == mine.size() ? " and " : ", ") + std::string(audienceName(mine[i]));
    if (!area.active()) area.names.clear();
    return area;
}

AreaProgress areaProgress(const AnswerArea& area, const Assessment& assessment) {
    AreaProgress p;
    if (!area.active()) return p;
    const std::size_t n = std::min(area.first.size(), assessment.answers.size());
    for (std::size_t q = 0; q < n; ++q) {
        const bool answered = assessment.answers[q].answered();
        if (area.first[q]) {
            ++p.total;
            p.answered += answered;
        } else if (!answered) {
            p.openElsewhere.push_back(static_cast<int>(q));
        }
    }
    return p;
}

std::string areaFirstLine(const AnswerArea& area, const AreaProgress& progress) {
    if (!area.active()) return "";
    if (!progress.areaDone())
        return "Your area first: " + std::to_string(progress.answered) + " of " + std::to_string(progress.total) + " " +
               area.names + " questions answered. Then the rest, as far as you know.";
    if (progress.openElsewhere.empty()) return "";
    return "Your area (" + area.names + ") is answered. Answer what you know of the other " +
           std::to_string(progress.openElsewhere.size()) + ", or mark them \"Not my area\".";
}

std::string markRestLabel(const AreaProgress& progress) {
    return "Mark the other " + std::to_string(progress.openElsewhere.size()) + " \"Not my area\"";
}

const char* outsideAreaHint() { return "Not your area: answer if you know, or choose \"Not my area\"."; }

}  // namespace smm
