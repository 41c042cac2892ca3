// The assessment being looked at, with everything derived from it. Views read
// it; only its mutators change it, and every change recomputes the derived
// state at once (scoring a model takes microseconds), so nothing is stale.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/assessment.hpp"
#include "core/model.hpp"
#include "core/risks.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"

namespace smm {

class Document {
public:
    Document(Model model, Assessment assessment);

    const Model& model() const { return model_; }
    const Assessment& assessment() const { return assessment_; }
    const Score& score() const { return score_; }
    const Roadmap& roadmap() const { return roadmap_; }
    const std::vector<TriggeredRisk>& risks() const { return risks_; }
    // Bumped by every change: autosave and views compare it.
    unsigned revision() const { return revision_; }

    void setAnswer(int question, int option);
    void setNote(int question, std::string note);
    void setTarget(int dimension, int level);
    void setOrganisation(std::string name);
    void replaceAssessment(Assessment assessment);

    // A workshop: the participants whose merged answers this document shows.
    // Their aggregate feeds the group average and disagreement views.
    void setParticipants(std::vector<Assessment> participants);
    const std::vector<Assessment>& participants() const { return participants_; }
    const Aggregate* group() const { return group_ ? &*group_ : nullptr; }

private:
    void recompute();

    Model model_;
    Assessment assessment_;
    Score score_;
    Roadmap roadmap_;
    std::vector<TriggeredRisk> risks_;
    std::vector<Assessment> participants_;
    std::optional<Aggregate> group_;
    unsigned revision_ = 0;
};

}  // namespace smm
