// Merging many participants' answers: per question and per dimension the
// median, mean, spread and count, overall and per role group; the gap between
// groups; an agreement index.
#pragma once

#include <vector>

#include "assessment.hpp"
#include "model.hpp"

namespace smm {

struct Stats {
    int count = 0;           // values that went in (NA and unanswered excluded)
    double mean = 0.0;
    double median = 0.0;
    double min = 0.0, max = 0.0;
    double stddev = 0.0;     // population standard deviation
    double spread() const { return max - min; }
};

// How many participants gave each answer to one question: what a view draws
// as the distribution, beside the median.
struct Distribution {
    std::vector<int> options;  // per answer option, in the question's option order
    int notApplicable = 0;
    int dontKnow = 0;          // said "don't know": unknown evidence, not "not applicable"
    int notMyArea = 0;         // left it to another area: unknown evidence, counted apart
    int unanswered = 0;        // no answer, or one off the question's scale
    int answered() const;      // gave one of the options (not applicable and don't know excluded)
    int total() const { return answered() + notApplicable + dontKnow + notMyArea + unanswered; }
    // The option most participants gave (the lower one on a tie), -1 when none.
    int mode() const;
};

struct GroupStats {
    int roleGroup = -1;                  // index into Model::roleGroups; -1 = no group given
    int participants = 0;
    std::vector<Stats> questions;        // answer weights, per question
    std::vector<Distribution> answers;   // per question: participants per option
    std::vector<Stats> dimensions;       // participants' levels, per dimension
};

struct Aggregate {
    int participants = 0;
    std::vector<Stats> questions;        // per question, answer weight 0..1
    std::vector<Distribution> answers;   // per question: participants per option
    std::vector<Stats> dimensions;       // per dimension, level 0..stageCount
    std::vector<GroupStats> groups;      // only groups that have participants
    // Per dimension, the largest difference between two groups' mean levels.
    std::vector<double> groupGap;
    // 1 = everyone gave the same answers, 0 = as far apart as the scale allows.
    // 1 - mean over questions (with >= 2 answers) of stddev / 0.5.
    double agreement = 1.0;
    // Questions sorted by disagreement (stddev), most contested first.
    std::vector<int> contested;
    // The merged assessment: per question the median answer (nearest option),
    // per dimension the median target; used to draw the group's map.
    Assessment consensus;
};

Aggregate aggregate(const Model& model, const std::vector<Assessment>& all);

Stats computeStats(std::vector<double> values);

}  // namespace smm
