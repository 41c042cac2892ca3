// Merging participants. Built for a workshop of 1,000 in a few milliseconds:
// answer statistics from per-option counts (one pass, no sorting), level
// statistics from reused buffers with medians by nth_element, and no
// per-participant allocation beyond scoring itself.
#include "aggregate.hpp"

#include <algorithm>
#include <cmath>
#include <map>

#include "scoring.hpp"

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
    const int n = static_cast<int>(all.size());
    const int questionCount = static_cast<int>(model.questions.size());
    const int dimCount = static_cast<int>(model.dimensions.size());
    const int roleCount = static_cast<int>(model.roleGroups.size());

    Aggregate agg;
    agg.participants = n;

    // Groups: model order, then "no group" last; only those with participants.
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
        g.questions.resize(questionCount);
        g.answers.resize(questionCount);
        g.dimensions.resize(dimCount);
        agg.groups.push_back(std::move(g));
    };
    for (int r = 0; r < roleCount; ++r) addGroup(r);
    addGroup(-1);
    for (int p = 0; p < n; ++p) groupOf[p] = slot[groupOf[p]];
    const int groupCount = static_cast<int>(agg.groups.size());

    // Answer weights come from a handful of options, so per question a count
    // per option (overall and per group) gives every statistic without
    // sorting: one pass over all answers, participant by participant.
    // Questions may have their own options: slots for the longest list, and
    // weights looked up for the question at hand (`current`).
    int optionCount = 0;
    for (int q = 0; q < questionCount; ++q) optionCount = std::max(optionCount, static_cast<int>(model.optionsFor(q).size()));
    int current = 0;
    auto weight = [&](int o) { return std::max(0.0, model.weightOf(current, o)); };
    const int slots = optionCount + 1;  // the last slot counts "not applicable"
    const int perQuestion = (groupCount + 1) * slots;  // block 0: everyone; g + 1: group g
    std::vector<int> counts(static_cast<std::size_t>(questionCount) * perQuestion, 0);
    for (int p = 0; p < n; ++p) {
        const auto& answers = all[p].answers;
        const int qn = std::min(questionCount, static_cast<int>(answers.size()));
        const int groupBlock = (groupOf[p] + 1) * slots;
        int* row = counts.data();
        for (int q = 0; q < qn; ++q, row += perQuestion) {
            int o = answers[q].option;
            if (o == Answer::NotApplicable) {
                o = optionCount;
            } else if (o < 0 || o >= static_cast<int>(model.optionsFor(q).size())) {
                continue;  // unanswered or off the scale
            }
            ++row[o];
            ++row[groupBlock + o];
        }
    }
    // Options are in ascending weight (the model loader checks it), for medians.
    std::vector<int> byWeight(optionCount);
    for (int o = 0; o < optionCount; ++o) byWeight[o] = o;
    auto histogramStats = [&](const int* c) {
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
        // The k-th smallest answer (0-based) by walking the sorted options.
        auto kth = [&](int k) {
            for (int o : byWeight) {
                if (k < c[o]) return weight(o);
                k -= c[o];
            }
            return s.max;
        };
        s.median = s.count % 2 ? kth(s.count / 2) : (kth(s.count / 2 - 1) + kth(s.count / 2)) / 2.0;
        return s;
    };

    // Consensus skeleton.
    Assessment& consensus = agg.consensus;
    consensus.modelId = model.id;
    consensus.answers.assign(questionCount, Answer{});
    consensus.targets.assign(dimCount, 0);

    // The distributions are the counts themselves; whoever gave no option
    // (or one off the scale) and did not say "not applicable" is unanswered.
    auto distribution = [&](const int* c, int q, int people) {
        Distribution d;
        d.options.assign(c, c + model.optionsFor(q).size());
        d.notApplicable = c[optionCount];
        d.unanswered = people - d.answered() - d.notApplicable;
        return d;
    };

    agg.questions.resize(questionCount);
    agg.answers.resize(questionCount);
    double disagreement = 0.0;
    int contestedCount = 0;
    for (int q = 0; q < questionCount; ++q) {
        const int* row = counts.data() + static_cast<std::size_t>(q) * perQuestion;
        current = q;
        for (int g = 0; g < groupCount; ++g) {
            GroupStats& group = agg.groups[g];
            group.questions[q] = histogramStats(row + (g + 1) * slots);
            group.answers[q] = distribution(row + (g + 1) * slots, q, group.participants);
        }
        const Stats s = histogramStats(row);
        agg.answers[q] = distribution(row, q, n);
        const int na = row[optionCount];
        agg.questions[q] = s;
        if (s.count >= 2) {
            disagreement += s.stddev / 0.5;
            ++contestedCount;
            agg.contested.push_back(q);
        }
        // The option nearest the median weight (lower option on a tie);
        // "not applicable" when most who answered said so.
        Answer& merged = consensus.answers[q];
        if (na > s.count && na > 0) {
            merged.option = Answer::NotApplicable;
        } else if (s.count > 0) {
            int best = -1;
            double bestDistance = 0.0;
            for (int o = 0; o < static_cast<int>(model.optionsFor(q).size()); ++o) {
                double distance = std::fabs(weight(o) - s.median);
                if (best < 0 || distance < bestDistance - 1e-12) {
                    best = o;
                    bestDistance = distance;
                }
            }
            merged.option = best;
        }
    }
    agg.agreement = contestedCount ? std::clamp(1.0 - disagreement / contestedCount, 0.0, 1.0) : 1.0;
    std::stable_sort(agg.contested.begin(), agg.contested.end(),
                     [&](int a, int b) { return agg.questions[a].stddev > agg.questions[b].stddev; });

    // Levels vary continuously: one reused buffer for everyone plus one per group.
    std::vector<double> column;
    column.reserve(n);
    std::vector<std::vector<double>> groupColumn(groupCount);
    for (int g = 0; g < groupCount; ++g) groupColumn[g].reserve(agg.groups[g].participants);
    auto clearColumns = [&] {
        column.clear();
        for (auto& c : groupColumn) c.clear();
    };
    auto push = [&](int p, double v) {
        column.push_back(v);
        groupColumn[groupOf[p]].push_back(v);
    };

    // Levels: score every participant once, then one column per dimension.
    std::vector<double> levels(static_cast<std::size_t>(n) * dimCount);
    for (int p = 0; p < n; ++p) {
        const Score score = scoreAssessment(model, all[p]);
        for (int d = 0; d < dimCount; ++d) levels[static_cast<std::size_t>(p) * dimCount + d] = score.dimensions[d].level;
    }
    agg.dimensions.resize(dimCount);
    agg.groupGap.assign(dimCount, 0.0);
    for (int d = 0; d < dimCount; ++d) {
        clearColumns();
        for (int p = 0; p < n; ++p) push(p, levels[static_cast<std::size_t>(p) * dimCount + d]);
        agg.dimensions[d] = statsInPlace(column.data(), column.data() + column.size());
        // The gap is between named groups: participants without one are no side.
        double lo = 0.0, hi = 0.0;
        bool any = false;
        for (int g = 0; g < groupCount; ++g) {
            Stats gs = statsInPlace(groupColumn[g].data(), groupColumn[g].data() + groupColumn[g].size());
            agg.groups[g].dimensions[d] = gs;
            if (agg.groups[g].roleGroup < 0 || gs.count == 0) continue;
            lo = any ? std::min(lo, gs.mean) : gs.mean;
            hi = any ? std::max(hi, gs.mean) : gs.mean;
            any = true;
        }
        agg.groupGap[d] = any ? hi - lo : 0.0;

        // Consensus target: the median of the targets that were set, rounded.
        column.clear();
        for (int p = 0; p < n; ++p) {
            const auto& targets = all[p].targets;
            if (d < static_cast<int>(targets.size()) && targets[d] > 0) column.push_back(targets[d]);
        }
        if (!column.empty()) {
            Stats t = statsInPlace(column.data(), column.data() + column.size());
            consensus.targets[d] = static_cast<int>(std::lround(t.median));
        }
    }

    // Organisation: the name most participants gave (the first given wins a
    // tie); date: the latest given.
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
    return agg;
}

}  // namespace smm
