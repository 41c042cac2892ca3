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
    // "Don't know": the participant responded but cannot say. It counts as
    // unknown evidence (like unanswered), never as "not applicable".
    static constexpr int DontKnow = -3;
    // "Not my area": in a workshop, a participant leaves a question to the
    // people whose area it is. Unknown evidence like "don't know" (never "not
    // applicable"), counted apart so a facilitator sees who could not answer.
    static constexpr int NotMyArea = -4;
    int option = Unanswered; // index into Model::answerScale, or one of the above
    std::string note;        // evidence or comment, optional

    bool answered() const { return option != Unanswered; }   // responded, including N/A, don't know, not my area
    bool applicable() const { return option != NotApplicable; }
    bool known() const { return option >= 0; }               // a real option: evidence
    bool dontKnow() const { return option == DontKnow; }
    bool notMyArea() const { return option == NotMyArea; }
    // Responded without evidence: "don't know" or "not my area".
    bool unknown() const { return option == DontKnow || option == NotMyArea; }
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
// The date `days` after 1970-01-01 as YYYY-MM-DD (proleptic Gregorian).
std::string isoDateFromDays(long long days);

}  // namespace smm
