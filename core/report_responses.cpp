#include "report_responses.hpp"

#include <cstdio>

#include "csv.hpp"
#include "scoring.hpp"

namespace smm {

namespace {

std::string weightText(double w) {
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.2f", w);
    return buf;
}

}  // namespace

std::string renderResponsesCsv(const Model& model, const Workshop& workshop) {
    std::string out = csvLine({"Participant", "Group", "Dimension", "Question id", "Question", "Answer", "Weight"});
    for (std::size_t p = 0; p < workshop.responses.size(); ++p) {
        const Assessment& a = workshop.responses[p].assessment;
        const std::string who = "P" + std::to_string(p + 1);
        const std::string group = a.roleGroup >= 0 && a.roleGroup < static_cast<int>(model.roleGroups.size())
                                      ? model.roleGroups[a.roleGroup].name
                                      : std::string();
        for (std::size_t q = 0; q < model.questions.size() && q < a.answers.size(); ++q) {
            const Question& question = model.questions[q];
            const Answer& answer = a.answers[q];
            const auto& options = model.optionsFor(static_cast<int>(q));
            const bool onScale = answer.option >= 0 && answer.option < static_cast<int>(options.size());
            out += csvLine({who, group, model.dimensions[question.dimension].name, question.id, question.text,
                            answerLabel(model, static_cast<int>(q), answer),
                            onScale ? weightText(options[answer.option].weight) : std::string()});
        }
    }
    return out;
}

}  // namespace smm
