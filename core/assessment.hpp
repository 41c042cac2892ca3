// One participant's (or one organisation's) answers against a model.
// Answers are stored by question index, parallel to Model::questions.
#pragma once

#include <string>
#include <vector>

#include "model.hpp"

namespace smm {

struct Answer {
    static constexpr int Unanswered = -1;
    static constexpr int NotApplicable = -2;
    int option = Unanswered; // index into Model::answerScale, or one of the above
    std::string note;        // evidence or comment, optional

    bool answered() const { return option != Unanswered; }
    bool applicable() const { return option != NotApplicable; }
    bool operator==(const Answer&) const = default;
};

struct Assessment {
    std::string modelId;
    std::string organisation;
    std::string date;        // ISO 8601 day, "2026-11-22"; may be empty
    std::string participant; // optional; empty keeps it anonymous
    int roleGroup = -1;      // index into Model::roleGroups, -1 when unset
    std::vector<Answer> answers; // size == model.questions.size()
    std::vector<int> targets;    // whole target level per dimension, 0 = none set

    bool operator==(const Assessment&) const = default;
};

// An empty assessment shaped for `model`: every question unanswered, no targets.
Assessment makeBlankAssessment(const Model& model);

// Today's date (UTC) as YYYY-MM-DD, for new assessments and workshops.
std::string todayIso();

}  // namespace smm
