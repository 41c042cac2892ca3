#include "model.hpp"

#include <algorithm>

namespace smm {

namespace {

// Models hold tens of items per list; a linear scan is simpler than an index
// that would have to be kept in sync with the vectors.
template <typename T>
int findById(const std::vector<T>& items, const std::string& id) {
    auto it = std::find_if(items.begin(), items.end(), [&](const T& item) { return item.id == id; });
    return it == items.end() ? -1 : static_cast<int>(it - items.begin());
}

}  // namespace

int Model::findDimension(const std::string& id) const { return findById(dimensions, id); }
int Model::findQuestion(const std::string& id) const { return findById(questions, id); }
int Model::findStage(const std::string& id) const { return findById(stages, id); }
int Model::findAction(const std::string& id) const { return findById(actions, id); }
int Model::findRoleGroup(const std::string& id) const { return findById(roleGroups, id); }
int Model::findAnswerOption(const std::string& id) const { return findById(answerScale, id); }
int Model::findOption(int q, const std::string& id) const { return findById(optionsFor(q), id); }

const std::vector<AnswerOption>& Model::optionsFor(int q) const {
    if (q >= 0 && q < static_cast<int>(questions.size()) && !questions[q].options.empty()) return questions[q].options;
    return answerScale;
}

double Model::weightOf(int q, int option) const {
    const auto& options = optionsFor(q);
    return option >= 0 && option < static_cast<int>(options.size()) ? options[option].weight : -1.0;
}

const char* audienceId(Audience a) {
    switch (a) {
        case Audience::Marketing: return "marketing";
        case Audience::It: return "it";
        case Audience::LegalHr: return "legal-hr";
        case Audience::Leadership: return "leadership";
        case Audience::Unset: break;
    }
    return "";
}

const char* audienceName(Audience a) {
    switch (a) {
        case Audience::Marketing: return "Marketing and communications";
        case Audience::It: return "IT";
        case Audience::LegalHr: return "Legal and HR";
        case Audience::Leadership: return "Leadership";
        case Audience::Unset: break;
    }
    return "Anyone";
}

const char* factKindId(FactKind k) {
    switch (k) {
        case FactKind::Study: return "study";
        case FactKind::Argument: return "argument";
        case FactKind::Anecdote: return "anecdote";
        case FactKind::Comment: return "comment";
        case FactKind::Unset: break;
    }
    return "";
}

const char* factKindLabel(FactKind k) {
    switch (k) {
        case FactKind::Study: return "Study";
        case FactKind::Argument: return "Author's argument";
        case FactKind::Anecdote: return "Anecdote";
        case FactKind::Comment: return "Reader's comment";
        case FactKind::Unset: break;
    }
    return "";
}

std::string roleGroupName(const Model& model, int roleGroup) {
    if (roleGroup < 0 || roleGroup >= static_cast<int>(model.roleGroups.size())) return "No group given";
    return model.roleGroups[roleGroup].name;
}

}  // namespace smm
