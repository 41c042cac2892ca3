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

}  // namespace smm
