#include "assessment_check.hpp"

#include <string>

namespace smm {

bool isValidUtf8(std::string_view text) {
    std::size_t i = 0;
    while (i < text.size()) {
        const auto byte = [&](std::size_t k) { return static_cast<unsigned char>(text[k]); };
        const unsigned char c = byte(i);
        std::size_t extra;
        unsigned long code;
        if (c < 0x80) extra = 0, code = c;
        else if ((c & 0xE0) == 0xC0) extra = 1, code = c & 0x1F;
        else if ((c & 0xF0) == 0xE0) extra = 2, code = c & 0x0F;
        else if ((c & 0xF8) == 0xF0) extra = 3, code = c & 0x07;
        else return false;
        if (extra >= text.size() - i) return false;  // cut inside a character
        for (std::size_t k = 1; k <= extra; ++k) {
            if ((byte(i + k) & 0xC0) != 0x80) return false;
            code = (code << 6) | (byte(i + k) & 0x3F);
        }
        static constexpr unsigned long kMin[] = {0, 0x80, 0x800, 0x10000};
        if (code < kMin[extra] || code > 0x10FFFF || (code >= 0xD800 && code <= 0xDFFF)) return false;
        i += extra + 1;
    }
    return true;
}

std::vector<Problem> checkAssessmentFits(const Model& model, const Assessment& a) {
    std::vector<Problem> problems;
    if (a.answers.size() != model.questions.size() || a.targets.size() != model.dimensions.size())
        return {{"", "the assessment does not have the model's shape"}};
    for (std::size_t q = 0; q < a.answers.size(); ++q) {
        const Question& question = model.questions[q];
        const int option = a.answers[q].option;
        const std::string path = "/answers/" + question.id + "/answer";
        if (option == Answer::NotApplicable && !question.allowNotApplicable)
            problems.push_back({path, "question \"" + question.id + "\" does not allow \"not applicable\""});
        else if (option != Answer::NotApplicable && option != Answer::Unanswered && option != Answer::DontKnow &&
                 option != Answer::NotMyArea &&
                 (option < 0 || option >= static_cast<int>(model.optionsFor(static_cast<int>(q)).size())))
            problems.push_back({path, "an answer that is not on the model's scale"});
        if (!isValidUtf8(a.answers[q].note)) problems.push_back({"/answers/" + question.id + "/note", "not valid UTF-8"});
    }
    for (std::size_t d = 0; d < a.targets.size(); ++d)
        if (a.targets[d] < 0 || a.targets[d] > model.stageCount())
            problems.push_back({"/targets/" + model.dimensions[d].id, "a target outside 0.." +
                                                                       std::to_string(model.stageCount())});
    if (a.roleGroup < -1 || a.roleGroup >= static_cast<int>(model.roleGroups.size()))
        problems.push_back({"/role", "an unknown role group"});
    if (!isValidUtf8(a.organisation)) problems.push_back({"/organisation", "not valid UTF-8"});
    if (!isValidUtf8(a.participant)) problems.push_back({"/participant", "not valid UTF-8"});
    if (!isValidUtf8(a.date)) problems.push_back({"/date", "not valid UTF-8"});
    return problems;
}

}  // namespace smm
