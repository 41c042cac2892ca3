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

void Document::setParticipants(std::vector<Assessment> participants) {
    participants_ = std::move(participants);
    if (participants_.size() >= 2)
        group_ = aggregate(model_, participants_);
    else
        group_.reset();
    ++revision_;
}

void Document::recompute() {
    score_ = scoreAssessment(model_, assessment_);
    roadmap_ = buildRoadmap(model_, score_);
    risks_ = triggeredRisks(model_, assessment_, score_);
    ++revision_;
}

}  // namespace smm
