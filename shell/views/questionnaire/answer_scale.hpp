// A question's answers: the scale as joined buttons with "Don't know" and "Not applicable" in
// a slot of its own (so the scale lines up from card to card whether or not
// it is offered), or on a phone one full-width button per answer.
#pragma once

#include "core/assessment.hpp"
#include "core/model.hpp"

namespace smm::ui {

// Lays the answers out `width` wide; returns the option clicked this frame
// (Answer::NotApplicable, Answer::DontKnow), or Answer::Unanswered.
int drawAnswerScale(const Model& model, int question, const Answer& answer, float width);

}  // namespace smm::ui
