// Merging participants. Built for a workshop of 1,000 in a few milliseconds:
// answer statistics from per-option counts (one pass, no sorting), level
// statistics from reused buffers with medians by nth_element, and no
// per-participant allocation beyond scoring itself.
#include "aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "scoring.hpp"
#include "stable_sort.hpp"

namespace smm {

namespace {

// Stats of [first, last); reorders the range.
Stats statsInPlace(double* first, double* last) {
    Stats s;
    const std::ptrdiff_t n = last - first;
    s.count = static_cast<int>(n);
    if (n == 0) return s;
    double sum = 0.0, lo = first[0], hi = first[0];
    for (const double* p = first; p != last; ++p) {
        sum += *p;
        lo = std::min(lo, *p);
        hi = std::max(hi, *p);
    }
    s.mean = sum / static_cast<double>(n);
    s.min = lo;
    s.max = hi;
    double sq = 0.0;
    for (const double* p = first; p != last; ++p) sq += (*p - s.mean) * (*p - s.mean);
    s.stddev = std::sqrt(sq / static_cast<double>(n));
    double* mid = first + n / 2;
    std::nth_element(first, mid, last);
    s.median = *mid;
    if (n % 2 == 0) s.median = (*std::max_element(first, mid) + *mid) / 2.0;
    return s;
}

// Groups: model order, then "no group" last; only those with participants.
// Fills agg.groups; returns each participant's index in it.
std::vector<int> formGroups(const Model& model, const std::vector<Assessment>& all, Aggregate& agg) {
    const int n = static_cast<int>(all.size());
    const int roleCount = static_cast<int>(model.roleGroups.size());
    // slot[r + 1] is the index in agg.groups of role r (-1 = none).
    std::vector<int> perRole(roleCount + 1, 0);
    std::vector<int> groupOf(n, -1);
    for (int p = 0; p < n; ++p) {
        int r = all[p].roleGroup;
        if (r < -1 || r >= roleCount) r = -1;
        groupOf[p] = r + 1;
        ++perRole[r + 1];
    }
    std::vector<int> slot(roleCount + 1, -1);
    auto addGroup = [&](int r) {
        if (!perRole[r + 1]) return;
        slot[r + 1] = static_cast<int>(agg.groups.size());
        GroupStats g;
        g.roleGroup = r;
        g.participants = perRole[r + 1];
        g.questions.resize(model.questions.size());
        g.answers.resize(model.questions.size());
        g.dimensions.resize(model.dimensions.size());
        agg.groups.push_back(std::move(g));
    };
    for (int r = 0; r < roleCount; ++r) addGroup(r);
    addGroup(-1);
    for (int p = 0; p < n; ++p) groupOf[p] = slot[groupOf[p]];
    return groupOf;
}

// Answer weights come from a handful of options, so per question a count
// per option (overall and per group) gives every statistic without
// sorting: one pass over all answers, participant by participant.
// Questions may have their own options: slots for the longest list.
struct AnswerCounts {
    int optionCount = 0;    // the longest option list
    int slots = 0;          // optionCount + 3: then "not applicable", "don't know", "not my area"
    int perQuestion = 0;    // (groups + 1) blocks: 0 is everyone, g + 1 is group g
    std::vector<int> counts;

    const int* everyone(int q) const { return counts.data() + static_cast<std::size_t>(q) * perQuestion; }
    const int* group(int q, int g) const { return everyone(q) + (g + 1) * slots; }
};

AnswerCounts countAnswers(const Model& model, const std::vector<Assessment>& all, const std::vector<int>& groupOf,
                          int groupCount) {
    const int questionCount = static_cast<int>(model.questions.size());
    AnswerCounts c;
    for (int q = 0; q < questionCount; ++q) c.optionCount = std::max(c.optionCount, static_cast<int>(model.optionsFor(q).size()));
    c.slots = c.optionCount + 3;  // the options, then "not applicable", "don't know", "not my area"
    c.perQuestion = (groupCount + 1) * c.slots;
    c.counts.assign(static_cast<std::size_t>(questionCount) * c.perQuestion, 0);
    for (std::size_t p = 0; p < all.size(); ++p) {
        const auto& answers = all[p].answers;
        const int qn = std::min(questionCount, static_cast<int>(answers.size()));
        const int groupBlock = (groupOf[p] + 1) * c.slots;
        int* row = c.counts.data();
        for (int q = 0; q < qn; ++q, row += c.perQuestion) {
            int o = answers[q].option;
            if (o == Answer::NotApplicable) {
                o = c.optionCount;
            } else if (o == Answer::DontKnow) {
                o = c.optionCount + 1;
            } else if (o == Answer::NotMyArea) {
                o = c.optionCount + 2;
            } else if (o < 0 || o >= static_cast<int>(model.optionsFor(q).size())) {
                continue;  // unanswered or off the scale
            }
            ++row[o];
            ++row[groupBlock + o];
        }
    }
    return c;
}

// The statistics of question q's answer weights from its counts per option
// (c[0..optionCount)). Options are in ascending weight (the model loader
// checks it), so the median is found by walking them.
Stats histogramStats(const Model& model, int q, const int* c, int optionCount) {
    auto weight = [&](int o) { return std::max(0.0, model.weightOf(q, o)); };
    Stats s;
    double sum = 0.0;
    bool any = false;
    for (int o = 0; o < optionCount; ++o) {
        if (!c[o]) continue;
        const double w = weight(o);
        s.count += c[o];
        sum += c[o] * w;
        s.min = any ? std::min(s.min, w) : w;
        s.max = any ? std::max(s.max, w) : w;
        any = true;
    }
    if (!s.count) return s;
    s.mean = sum / s.count;
    double sq = 0.0;
    for (int o = 0; o < optionCount; ++o) sq += c[o] * (weight(o) - s.mean) * (weight(o) - s.mean);
    s.stddev = std::sqrt(sq / s.count);
    // The k-th smallest answer (0-based).
    auto kth = [&](int k) {
        for (int o = 0; o < optionCount; ++o) {
            if (k < c[o]) return weight(o);
            k -= c[o];
        }
        return s.max;
    };
    s.median = s.count % 2 ? kth(s.count / 2) : (kth(s.count / 2 - 1) + kth(s.count / 2)) / 2.0;
    return s;
}

// The distributions are the counts themselves; whoever gave no option
// (or one off the scale) and did not say "not applicable" is unanswered.
Distribution distribution(const Model& model, int q, const int* c, int optionCount, int people) {
    Distribution d;
    d.options.assign(c, c + model.optionsFor(q).size());
    d.notApplicable = c[optionCount];
    d.dontKnow = c[optionCount + 1];
    d.notMyArea = c[optionCount + 2];
    d.unanswered = people - d.answered() - d.notApplicable - d.dontKnow - d.notMyArea;
    return d;
}

// The merged answer: the option nearest the median weight (lower option on
// a tie); "not applicable" when most who answered said so.
Answer mergedAnswer(const Model& model, int q, const Stats& s, int notApplicable) {
    Answer merged;
    if (notApplicable > s.count && notApplicable > 0) {
        merged.option = Answer::NotApplicable;
    } else if (s.count > 0) {
        int best = -1;
        double bestDistance = 0.0;
        for (int o = 0; o < static_cast<int>(model.optionsFor(q).size()); ++o) {
            double distance = std::fabs(std::max(0.0, model.weightOf(q, o)) - s.median);
            if (best < 0 || distance < bestDistance - 1e-12) {
                best = o;
                bestDistance = distance;
            }
        }
        merged.option = best;
    }
    return merged;
}

// Per question: statistics and distributions, overall and per group, the
// merged answer, the contested questions (most spread first) and the agreement.
void answerStatistics(const Model& model, const AnswerCounts& counts, int people, Aggregate& agg) {
    const int questionCount = static_cast<int>(model.questions.size());
    const int k = counts.optionCount;
    agg.questions.resize(questionCount);
    agg.answers.resize(questionCount);
    double disagreement = 0.0;
    int contestedCount = 0;
    for (int q = 0; q < questionCount; ++q) {
        for (std::size_t g = 0; g < agg.groups.size(); ++g) {
            GroupStats& group = agg.groups[g];
            group.questions[q] = histogramStats(model, q, counts.group(q, static_cast<int>(g)), k);
            group.answers[q] = distribution(model, q, counts.group(q, static_cast<int>(g)), k, group.participants);
        }
        const Stats s = histogramStats(model, q, counts.everyone(q), k);
        agg.answers[q] = distribution(model, q, counts.everyone(q), k, people);
        agg.questions[q] = s;
        if (s.count >= 2) {
            disagreement += s.stddev / 0.5;
            ++contestedCount;
            agg.contested.push_back(q);
        }
        agg.consensus.answers[q] = mergedAnswer(model, q, s, counts.everyone(q)[k]);
    }
    agg.agreement = contestedCount ? std::clamp(1.0 - disagreement / contestedCount, 0.0, 1.0) : 1.0;
    stableSort(agg.contested, [&](int a, int b) { return agg.questions[a].stddev > agg.questions[b].stddev; });
}

// Per dimension: level statistics, overall and per group, and the gap
// between named groups. Levels vary continuously: every participant is
// scored once, then one reused buffer for everyone plus one per group.
void levelStatistics(const Model& model, const std::vector<Assessment>& all, const std::vector<int>& groupOf,
                     Aggregate& agg) {
    const int n = static_cast<int>(all.size());
    const int dimCount = static_cast<int>(model.dimensions.size());
    const std::size_t groupCount = agg.groups.size();
    std::vector<double> levels(static_cast<std::size_t>(n) * dimCount);
    for (int p = 0; p < n; ++p) {
        const Score score = scoreAssessment(model, all[p]);
        for (int d = 0; d < dimCount; ++d) levels[static_cast<std::size_t>(p) * dimCount + d] = score.dimensions[d].level;
    }
    std::vector<double> column;
    column.reserve(n);
    std::vector<std::vector<double>> groupColumn(groupCount);
    for (std::size_t g = 0; g < groupCount; ++g) groupColumn[g].reserve(agg.groups[g].participants);
    agg.dimensions.resize(dimCount);
    agg.groupGap.assign(dimCount, 0.0);
    for (int d = 0; d < dimCount; ++d) {
        column.clear();
        for (auto& c : groupColumn) c.clear();
        for (int p = 0; p < n; ++p) {
            const double level = levels[static_cast<std::size_t>(p) * dimCount + d];
            column.push_back(level);
            groupColumn[groupOf[p]].push_back(level);
        }
        agg.dimensions[d] = statsInPlace(column.data(), column.data() + column.size());
        // The gap is between named groups: participants without one are no side.
        double lo = 0.0, hi = 0.0;
        bool any = false;
        for (std::size_t g = 0; g < groupCount; ++g) {
            Stats gs = statsInPlace(groupColumn[g].data(), groupColumn[g].data() + groupColumn[g].size());
            agg.groups[g].dimensions[d] = gs;
            if (agg.groups[g].roleGroup < 0 || gs.count == 0) continue;
            lo = any ? std::min(lo, gs.mean) : gs.mean;
            hi = any ? std::max(hi, gs.mean) : gs.mean;
            any = true;
        }
        agg.groupGap[d] = any ? hi - lo : 0.0;
    }
}

// Consensus targets: per dimension, the median of the targets that were set, rounded.
void consensusTargets(const std::vector<Assessment>& all, Assessment& consensus) {
    std::vector<double> column;
    column.reserve(all.size());
    for (std::size_t d = 0; d < consensus.targets.size(); ++d) {
        column.clear();
        for (const Assessment& a : all)
            if (d < a.targets.size() && a.targets[d] > 0) column.push_back(a.targets[d]);
        if (!column.empty()) {
            Stats t = statsInPlace(column.data(), column.data() + column.size());
            consensus.targets[d] = static_cast<int>(std::lround(t.median));
        }
    }
}

// Organisation: the name most participants gave (the first given wins a
// tie); date: the latest given.
void consensusNameAndDate(const std::vector<Assessment>& all, Assessment& consensus) {
    std::map<std::string, int> names;
    for (const auto& a : all) {
        if (!a.organisation.empty()) ++names[a.organisation];
        if (a.date > consensus.date) consensus.date = a.date;
    }
    int bestCount = 0;
    for (const auto& a : all) {
        if (a.organisation.empty()) continue;
        int c = names[a.organisation];
        if (c > bestCount) {
            bestCount = c;
            consensus.organisation = a.organisation;
        }
    }
}

}  // namespace

int Distribution::answered() const {
    int sum = 0;
    for (int c : options) sum += c;
    return sum;
}

int Distribution::mode() const {
    int best = -1;
    for (int o = 0; o < static_cast<int>(options.size()); ++o)
        if (options[o] > 0 && (best < 0 || options[o] > options[best])) best = o;
    return best;
}

Stats computeStats(std::vector<double> values) { return statsInPlace(values.data(), values.data() + values.size()); }

Aggregate aggregate(const Model& model, const std::vector<Assessment>& all) {
    Aggregate agg;
    agg.participants = static_cast<int>(all.size());
    agg.consensus.modelId = model.id;
    agg.consensus.answers.assign(model.questions.size(), Answer{});
    agg.consensus.targets.assign(model.dimensions.size(), 0);

    const std::vector<int> groupOf = formGroups(model, all, agg);
    answerStatistics(model, countAnswers(model, all, groupOf, static_cast<int>(agg.groups.size())), agg.participants, agg);
    levelStatistics(model, all, groupOf, agg);
    consensusTargets(all, agg.consensus);
    consensusNameAndDate(all, agg.consensus);
    return agg;
}

}  // namespace smm
