#include "document.hpp"

#include <algorithm>
#include <utility>

namespace smm {

Document::Document(Model model, Assessment assessment)
    : model_(std::move(model)), assessment_(std::move(assessment)) {
    recompute();
}

void Document::setAnswer(int question, int option) {
    assessment_.answers.at(question).option = option;
    recompute();
}

void Document::setAnswers(const std::vector<int>& questions, int option) {
    for (int q : questions)
        if (q >= 0 && q < static_cast<int>(assessment_.answers.size()))
            assessment_.answers[static_cast<std::size_t>(q)].option = option;
    recompute();
}

void Document::setNote(int question, std::string note) {
    assessment_.answers.at(question).note = std::move(note);
    ++revision_;  // notes do not change any score
}

void Document::setTarget(int dimension, int level) {
    assessment_.targets.at(dimension) = std::clamp(level, 0, model_.stageCount());
    recompute();
}

void Document::setOrganisation(std::string name) {
    assessment_.organisation = std::move(name);
    ++revision_;
}

void Document::replaceAssessment(Assessment assessment) {
    assessment_ = std::move(assessment);
    recompute();
}

void Document::setWorkshop(Workshop workshop) {
    workshop_ = std::move(workshop);
    ++workshopRevision_;
    nameGroups(model_, workshop_->setup);  // the facilitator's group names, wherever a group is named
    const std::vector<Assessment> people = participantAssessments(*workshop_);
    if (people.size() >= 2) group_ = aggregate(model_, people);
    else group_.reset();
    // The map shows the room's median answers; targets and the facilitator's
    // notes stay the room's own (a response arriving never drops a note).
    std::vector<Answer> answers = group_ ? group_->consensus.answers
                                : people.size() == 1 ? people.front().answers
                                                     : makeBlankAssessment(model_).answers;
    for (std::size_t q = 0; q < answers.size() && q < assessment_.answers.size(); ++q)
        answers[q].note = std::move(assessment_.answers[q].note);
    assessment_.answers = std::move(answers);
    recompute();
}

void Document::setInvitation(Invitation invitation) {
    invitation_ = std::move(invitation);
    ++workshopRevision_;
    nameGroups(model_, invitation_->setup);
    ++revision_;
}

Response Document::response() const {
    Response r;
    r.id = invitation_ ? invitation_->responseId : std::string();
    r.assessment = assessment_;
    r.assessment.organisation.clear();
    return r;
}

void Document::recompute() {
    score_ = scoreAssessment(model_, assessment_);
    roadmap_ = buildRoadmap(model_, score_);
    moves_ = nextMoves(model_, score_, roadmap_);
    risks_ = triggeredRisks(model_, assessment_, score_);
    ++revision_;
}

}  // namespace smm
