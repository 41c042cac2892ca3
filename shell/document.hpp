// The assessment being looked at, with everything derived from it. Views read
// it; only its mutators change it, and every change recomputes the derived
// state at once (scoring a model takes microseconds), so nothing is stale.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/aggregate.hpp"
#include "core/answer_areas.hpp"
#include "core/assessment.hpp"
#include "core/model.hpp"
#include "core/next_moves.hpp"
#include "core/risks.hpp"
#include "core/roadmap.hpp"
#include "core/scoring.hpp"
#include "core/workshop.hpp"

namespace smm {

// What a participant's device keeps about the workshop they answer.
struct Invitation {
    WorkshopSetup setup;
    std::string code;        // the invitation code, to show the link again
    std::string responseId;  // made once on this device, so sending twice counts once
    bool operator==(const Invitation&) const = default;
};

class Document {
public:
    Document(Model model, Assessment assessment);

    const Model& model() const { return model_; }
    const Assessment& assessment() const { return assessment_; }
    const Score& score() const { return score_; }
    const Roadmap& roadmap() const { return roadmap_; }
    const std::vector<NextMove>& moves() const { return moves_; }
    const std::vector<TriggeredRisk>& risks() const { return risks_; }
    // Bumped by every change: autosave and views compare it.
    unsigned revision() const { return revision_; }
    // Bumped only when the workshop or the invitation changes: what is
    // derived from them alone (their stored JSON) is kept until then.
    unsigned workshopRevision() const { return workshopRevision_; }

    void setAnswer(int question, int option);
    // One change, one score: each question in range gets `option`.
    void setAnswers(const std::vector<int>& questions, int option);
    void setNote(int question, std::string note);
    void setTarget(int dimension, int level);
    void setOrganisation(std::string name);
    void replaceAssessment(Assessment assessment);

    // A workshop the facilitator runs: its responses merge into this
    // document's answers (the median per question); its targets and
    // decisions are the room's. Null for a single assessment.
    const Workshop* workshop() const { return workshop_ ? &*workshop_ : nullptr; }
    void setWorkshop(Workshop workshop);
    // The participants' statistics; null until there are two responses.
    const Aggregate* group() const { return group_ ? &*group_ : nullptr; }

    // A participant answering a workshop's invitation on their own device.
    const Invitation* invitation() const { return invitation_ ? &*invitation_ : nullptr; }
    // What a workshop participant answers first (their group's area); none
    // outside a workshop invitation, where one person answers everything.
    AnswerArea answerArea() const { return invitation_ ? answerAreaOf(model_, assessment_) : AnswerArea{}; }
    void setInvitation(Invitation invitation);
    // The response this participant sends: their answers and group.
    Response response() const;

private:
    void recompute();

    Model model_;
    Assessment assessment_;
    Score score_;
    Roadmap roadmap_;
    std::vector<NextMove> moves_;
    std::vector<TriggeredRisk> risks_;
    std::optional<Workshop> workshop_;
    std::optional<Aggregate> group_;
    std::optional<Invitation> invitation_;
    unsigned revision_ = 0;
    unsigned workshopRevision_ = 0;
};

}  // namespace smm
