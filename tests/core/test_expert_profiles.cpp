// Expert profiles: named answer patterns an advisor recognises, the standing
// an advisor would assign, and one sentence why. Patterns are written against
// the model's ids (dimensions, stages, gate questions), so they survive
// rewording and new questions; the same patterns run against model 1.0.0 to
// show what the old headline said ("[.profiles-table]" prints both).
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/generators/catch_generators_range.hpp>

#include <cstdio>
#include <functional>
#include <string>
#include <vector>

#include "core/scoring.hpp"
#include "test_helpers.hpp"

using namespace smm;

namespace {

// The lowest option of question q whose weight reaches w (its best when none does).
int optionReaching(const Model& m, int q, double w) {
    const auto& options = m.optionsFor(q);
    for (int o = 0; o < static_cast<int>(options.size()); ++o)
        if (options[o].weight + 1e-9 >= w) return o;
    return static_cast<int>(options.size()) - 1;
}

// The highest option of question q whose weight stays at or below w.
int optionAtMost(const Model& m, int q, double w) {
    const auto& options = m.optionsFor(q);
    int best = 0;
    for (int o = 0; o < static_cast<int>(options.size()); ++o)
        if (options[o].weight <= w + 1e-9) best = o;
    return best;
}

struct Pattern {
    const Model& m;
    Assessment a;
    explicit Pattern(const Model& model) : m(model), a(makeBlankAssessment(model)) {}

    // Every question of the dimension (all when empty) at stages [from, to) set to weight w.
    Pattern& set(const std::string& dimension, int from, int to, double w) {
        const int d = dimension.empty() ? -1 : m.findDimension(dimension);
        if (!dimension.empty() && d < 0) return *this;  // not in this model
        for (int q = 0; q < static_cast<int>(m.questions.size()); ++q) {
            const Question& qu = m.questions[q];
            if ((d >= 0 && qu.dimension != d) || qu.stage < from || qu.stage >= to) continue;
            a.answers[q].option = w >= 1.0 ? static_cast<int>(m.optionsFor(q).size()) - 1
                                           : (w <= 0.0 ? 0 : optionReaching(m, q, w));
        }
        return *this;
    }
    Pattern& all(double w) { return set("", 0, m.stageCount(), w); }
    Pattern& dim(const std::string& d, double w) { return set(d, 0, m.stageCount(), w); }
    // One question at the highest option not above w; ignored where the model lacks it.
    Pattern& question(const std::string& id, double w) {
        const int q = m.findQuestion(id);
        if (q >= 0) a.answers[q].option = optionAtMost(m, q, w);
        return *this;
    }
    // "Not applicable" wherever the model allows it.
    Pattern& naWhereAllowed() {
        for (int q = 0; q < static_cast<int>(m.questions.size()); ++q)
            if (m.questions[q].allowNotApplicable) a.answers[q].option = Answer::NotApplicable;
        return *this;
    }
    Pattern& unanswered(const std::string& dimension) {
        const int d = m.findDimension(dimension);
        for (int q = 0; q < static_cast<int>(m.questions.size()); ++q)
            if (m.questions[q].dimension == d) a.answers[q].option = Answer::Unanswered;
        return *this;
    }
};

struct Profile {
    std::string name;
    std::function<void(Pattern&)> answers;
    int external;            // expected external stage
    int internal;            // expected internal stage
    std::string network;     // expected network standing id
    std::string heldBackBy;  // a question or dimension id among the external blockers ("" = none checked)
    std::string why;
};

const std::vector<Profile>& profiles() {
    static const std::vector<Profile> all = {
        {"nothing answered yet", [](Pattern&) {}, 0, 0, "-", "",
         "No evidence is no standing: the headline reads 'not assessed', not 'unmanaged' or 'developing'."},
        {"every practice in place where it matters most (the middle answer everywhere)", [](Pattern& p) { p.all(0.5); },
         4, 4, "fully-networked", "",
         "'In place where it matters most' on every practice is what each level's name claims; 1.0 scored this stage 0."},
        {"every practice only started", [](Pattern& p) { p.all(0.25); }, 0, 0, "developing", "",
         "Pilots everywhere are not yet a managed presence."},
        {"'not applicable' wherever allowed, the top answer on the rest", [](Pattern& p) { p.all(1.0).naWhereAllowed(); },
         1, 0, "developing", "",
         "Only the facts that cannot be 'not applicable' stand (accounts, owner, locked access, purpose): stage 1, where 1.0 said Networked enterprise."},
        {"strong intranet, no external presence",
         [](Pattern& p) {
             p.all(0.0).dim("collaboration", 1.0).question("itl-lead", 1).question("gov-internal", 1)
                 .question("sec-controls", 1).question("ppl-champions", 1).question("mea-collab", 1);
         },
         0, 4, "internally-networked", "",
         "Internal evidence never lends an external stage name: outside, this firm has no managed presence."},
        {"internal comments on company news, nothing else", [](Pattern& p) { p.all(0.0).question("col-news", 1); }, 0, 1,
         "developing", "", "Comments on intranet news are an internal voice, not 'broadcasting through official accounts'."},
        {"marketing-led, policy drafted but unpublished",
         [](Pattern& p) { p.set("", 0, 2, 1.0).question("gov-aup", 0.25); }, 1, 2, "developing", "gov-aup",
         "Conversation 'within agreed rules' needs the acceptable-use policy published, not drafted."},
        {"marketing-led with policy, training, sponsor and crisis plan", [](Pattern& p) { p.set("", 0, 2, 1.0); }, 2, 2,
         "developing", "customer-input", "Two-way and governed, but nobody listens systematically yet: Conversation."},
        {"strong outbound and enablers, no listening at all",
         [](Pattern& p) { p.all(1.0).dim("customer-input", 0.0).dim("collaboration", 0.0); }, 2, 0, "developing",
         "customer-input", "Customer input needs the listening track; outbound strength cannot stand in for it."},
        {"listening tool bought, nobody reads it",
         [](Pattern& p) {
             p.all(1.0).dim("collaboration", 0.0).question("inp-listen", 0.25).question("inp-report", 0.0);
         },
         2, 0, "developing", "customer-input", "A licence is not listening: nothing reaches product or service leaders."},
        {"everything in place except account security", [](Pattern& p) { p.all(1.0).dim("security", 0.0); }, 0, 2,
         "developing", "sec-accounts", "Accounts without personal logins and two-step sign-in are not a managed presence."},
        {"everything in place except privacy checks", [](Pattern& p) { p.all(1.0).question("sec-privacy", 0.0); }, 2, 4,
         "internally-networked", "sec-privacy", "Listening to customers without privacy checks is not a stage an advisor signs."},
        {"everything in place except a crisis plan", [](Pattern& p) { p.all(1.0).question("ops-crisis", 0.0); }, 1, 4,
         "internally-networked", "ops-crisis", "Replying in public without a crisis plan is the seeds' brand-damage worry."},
        {"everything in place except measured business impact", [](Pattern& p) { p.all(1.0).question("mea-impact", 0.0); },
         3, 4, "fully-networked", "mea-impact", "Integrated into the value chain means its impact is measured, not only likes."},
        {"everything in place except compliance and records", [](Pattern& p) { p.all(1.0).dim("compliance", 0.0); }, 3, 4,
         "fully-networked", "compliance", "Wired into core processes without archived posts or retention is not integrated."},
        {"everything in place, internal collaboration absent", [](Pattern& p) { p.all(1.0).dim("collaboration", 0.0); }, 4,
         0, "externally-networked", "", "Outside networked, inside not: McKinsey's externally networked enterprise."},
        {"both sides strong, cloud providers and platform unchecked",
         [](Pattern& p) { p.all(1.0).question("sec-vendor", 0.0).question("sec-controls", 0.0); }, 3, 2,
         "externally-networked", "sec-vendor", "Fully networked needs security: unreviewed providers and an open platform hold both sides back."},
        {"everything in place and reviewed", [](Pattern& p) { p.all(1.0); }, 4, 4, "fully-networked", "",
         "Both sides at the top and security in place."},
    };
    return all;
}

std::string networkId(const Model& m, const Score& s) { return s.network >= 0 ? m.networkStandings[s.network].id : "-"; }

bool heldBackBy(const Model& m, const Score& s, const std::string& id) {
    for (const auto& b : s.external.blockers) {
        if (b.question >= 0 && m.questions[b.question].id == id) return true;
        if (b.dimension >= 0 && m.dimensions[b.dimension].id == id) return true;
    }
    return false;
}

}  // namespace

TEST_CASE("expert profiles get the standing an advisor would sign", "[profiles]") {
    const Model& m = smm::test::defaultModel();
    REQUIRE(profiles().size() >= 15);
    const Profile& p = GENERATE(from_range(profiles()));
    Pattern pattern(m);
    p.answers(pattern);
    const Score s = scoreAssessment(m, pattern.a);
    INFO(p.name << " - " << p.why << "\n" << s.standingLine);
    CHECK(s.external.stage == p.external);
    CHECK(s.internal.stage == p.internal);
    CHECK(networkId(m, s) == p.network);
    if (!p.heldBackBy.empty()) CHECK(heldBackBy(m, s, p.heldBackBy));
    // The headline never names a stage from the other side.
    if (s.external.stage > 0) CHECK(s.headline.rfind(m.stages[s.external.stage - 1].name, 0) == 0);
    if (s.internal.stage > 0) CHECK(s.headline.find(m.stages[s.internal.stage - 1].internal.name) == std::string::npos);
}

TEST_CASE("the profiles against model 1.0.0 and the current model", "[.profiles-table]") {
    const Model old = smm::test::loadModelOrThrow(smm::test::readTestData("social-media-1.0.0.json"), "model 1.0.0");
    const Model& now = smm::test::defaultModel();
    std::printf("| profile | before (1.0.0) | after (%s): external / internal / network |\n|---|---|---|\n",
                now.version.c_str());
    for (const Profile& p : profiles()) {
        Pattern before(old), after(now);
        p.answers(before);
        p.answers(after);
        const Score sb = scoreAssessment(old, before.a), sa = scoreAssessment(now, after.a);
        const std::string was = sb.overallStage ? std::to_string(sb.overallStage) + " " + old.stages[sb.overallStage - 1].name
                                                : "0 Unmanaged";
        std::printf("| %s | %s | %d %s / %d %s / %s |\n", p.name.c_str(), was.c_str(), sa.external.stage,
                    sa.external.name.c_str(), sa.internal.stage, sa.internal.name.c_str(), networkId(now, sa).c_str());
    }
}
