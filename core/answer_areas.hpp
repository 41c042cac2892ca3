// "Your area first": a workshop participant answers the questions of the
// areas their group knows (IT answers IT's), then what they know of the rest,
// and may mark what is left "not my area" (counted as unknown, not N/A).
// Which questions are theirs, how far they are and the words that say so are
// decided here once; the questionnaire, the phone form and the screen reader
// read them.
#pragma once

#include <string>
#include <vector>

#include "assessment.hpp"
#include "model.hpp"

namespace smm {

struct AnswerArea {
    std::string names;         // "IT", "Marketing and communications"; empty when inactive
    std::vector<bool> first;   // per question: this group answers it first (its areas, or anyone's)
    int count = 0;             // questions answered first

    // Only a group with areas splits the questionnaire; one whose areas hold
    // every question (or none) keeps the questionnaire's own order.
    bool active() const { return count > 0 && count < static_cast<int>(first.size()); }
    bool isFirst(int question) const {
        return active() && question >= 0 && question < static_cast<int>(first.size()) && first[static_cast<std::size_t>(question)];
    }
};

// The area of the assessment's group; inactive with no group, a group
// without areas, or a group index the model does not have.
AnswerArea answerAreaOf(const Model& model, int roleGroup);
// The area of whoever answers this assessment (its group).
inline AnswerArea answerAreaOf(const Model& model, const Assessment& a) { return answerAreaOf(model, a.roleGroup); }

// How far a participant is: their area's questions answered, and the
// unanswered questions outside it.
struct AreaProgress {
    int answered = 0, total = 0;  // in the area
    std::vector<int> openElsewhere;  // unanswered outside the area, in model order
    bool areaDone() const { return answered == total; }
    // The rest may be left to others ("Not my area") once the area is answered and something is open outside it.
    bool canMarkRest() const { return areaDone() && !openElsewhere.empty(); }
};
AreaProgress areaProgress(const AnswerArea& area, const Assessment& assessment);

// One line under the questionnaire's progress, or "" when the area is
// inactive or everything is answered:
//   "Your area first: 12 of 32 IT questions answered. Then the rest, as far as you know."
//   "Your area (IT) is answered. Answer what you know of the other 88, or mark them \"Not my area\"."
std::string areaFirstLine(const AnswerArea& area, const AreaProgress& progress);
// The button that leaves the rest to others: "Mark the other 88 \"Not my area\"".
std::string markRestLabel(const AreaProgress& progress);
// What a card outside the area says: "Not your area: answer if you know, or choose \"Not my area\"."
const char* outsideAreaHint();

}  // namespace smm
