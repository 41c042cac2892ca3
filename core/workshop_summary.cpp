#include "workshop_summary.hpp"

namespace smm {

WorkshopSummary summariseWorkshop(const Aggregate& agg, const Workshop& rules) {
    WorkshopSummary s;
    s.participants = agg.participants;
    s.agreement = agg.agreement;
    s.anonymous = rules.setup.anonymous;
    s.answersPrivate = s.anonymous && agg.participants < kMinGroupSize;
    if (!s.answersPrivate)
        for (int q : agg.contested) {
            if (s.contested.size() >= kContestedShown) break;
            if (agg.questions[static_cast<std::size_t>(q)].stddev > kSpreadWorthShowing) s.contested.push_back(q);
        }
    for (std::size_t g = 0; g < agg.groups.size(); ++g)
        (groupVisible(rules, agg.groups[g]) ? s.shownGroups : s.hiddenGroups).push_back(static_cast<int>(g));
    for (const GroupGap& gap : groupGaps(agg, rules)) {
        if (gap.gap >= kGapWorthShowing)
            s.gaps.push_back(gap);
        else
            ++s.closeDimensions;
    }
    return s;
}

std::string answerSpread(const Model& model, int q, const Distribution& d) {
    const char* const dot = "  \xC2\xB7  ";
    const auto& options = model.optionsFor(q);
    std::string out;
    auto add = [&](int count, const std::string& what) {
        if (count) out += (out.empty() ? "" : dot) + std::to_string(count) + " " + what;
    };
    for (std::size_t o = 0; o < d.options.size() && o < options.size(); ++o)
        add(d.options[o], "\xE2\x80\x9C" + options[o].label + "\xE2\x80\x9D");
    add(d.notApplicable, "not applicable");
    add(d.dontKnow, "don't know");
    add(d.notMyArea, "not my area");
    return out;
}

std::string answersPrivateLine() {
    return "Fewer than " + std::to_string(kMinGroupSize) + " people answered: their answers stay private.";
}

std::string hiddenGroupsLine(const Model& model, const Aggregate& agg, const WorkshopSummary& sum) {
    if (sum.hiddenGroups.empty()) return {};
    std::string names;
    for (int g : sum.hiddenGroups)
        names += (names.empty() ? "" : ", ") + roleGroupName(model, agg.groups[static_cast<std::size_t>(g)].roleGroup);
    return "Not shown, to keep answers anonymous (fewer than " + std::to_string(kMinGroupSize) + " people): " + names +
           ".";
}

WorkshopSummary summariseGroup(const Aggregate& agg) {
    Workshop open;
    open.setup.anonymous = false;
    return summariseWorkshop(agg, open);
}

}  // namespace smm
