// "Your area first": how far a workshop participant is with their area's
// questions and, once those are answered, the button that marks the
// unanswered rest "not my area". Drawn under the progress on every layout;
// nothing when the participant's group has no area.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/views/questionnaire/navigation.hpp"

namespace smm::ui {

// True when it drew anything.
bool drawAreaLine(const Document& doc, const QuestionnaireNavigation& nav, float width, Intents& out);

}  // namespace smm::ui
