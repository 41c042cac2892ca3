// Small models built in C++ for the scoring, roadmap, risk and aggregate
// tests, so each test states exactly the model it reasons about.
#pragma once

#include <initializer_list>
#include <stdexcept>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "core/model.hpp"

namespace smm::test {

// Index of the item with `id` in a list, -1 if absent (the builders do not
// rely on Model::find*, so they work whatever state model.cpp is in).
template <typename List>
int findId(const List& list, const std::string& id) {
    for (std::size_t i = 0; i < list.size(); ++i)
        if (list[i].id == id) return static_cast<int>(i);
    return -1;
}

// Scale: no 0, some .25, half .5, all 1 (SAMM style), as in the default model.
class ModelBuilder {
public:
    ModelBuilder() {
        m_.id = "test";
        m_.version = "1.0.0";
        m_.name = "Test model";
        m_.stageHoldsAt = 0.75;
        m_.answerScale = {{"no", "No", 0.0}, {"some", "Some", 0.25}, {"half", "Half", 0.5}, {"all", "All", 1.0}};
    }

    ModelBuilder& holdsAt(double share) {
        m_.stageHoldsAt = share;
        return *this;
    }
    // Stage ids are also their names unless a name is given.
    ModelBuilder& stage(const std::string& id, const std::string& name = "", const std::string& summary = "") {
        Stage st;
        st.id = id;
        st.name = name.empty() ? id : name;
        st.summary = summary;
        m_.stages.push_back(st);
        return *this;
    }
    ModelBuilder& track(const std::string& id, const std::string& name = "") {
        m_.dimensions.push_back({id, name.empty() ? id : name, "", DimensionKind::Track});
        return *this;
    }
    ModelBuilder& enabler(const std::string& id, const std::string& name = "") {
        m_.dimensions.push_back({id, name.empty() ? id : name, "", DimensionKind::Enabler});
        return *this;
    }
    ModelBuilder& gate(const std::string& stage, const std::string& dimension, double minLevel) {
        Gate g;
        g.dimension = idx(findId(m_.dimensions, dimension), dimension);
        g.minLevel = minLevel;
        m_.stages.at(idx(findId(m_.stages, stage), stage)).gates.push_back(g);
        return *this;
    }
    ModelBuilder& question(const std::string& id, const std::string& dimension, const std::string& stage,
                           const std::string& text = "", bool allowNA = true) {
        Question q;
        q.id = id;
        q.dimension = idx(findId(m_.dimensions, dimension), dimension);
        q.stage = idx(findId(m_.stages, stage), stage);
        q.text = text.empty() ? id + "?" : text;
        q.allowNotApplicable = allowNA;
        m_.questions.push_back(q);
        return *this;
    }
    // `n` questions "<dimension>-<stage>-<i>" for one cell.
    ModelBuilder& questions(const std::string& dimension, const std::string& stage, int n) {
        for (int i = 1; i <= n; ++i) question(dimension + "-" + stage + "-" + std::to_string(i), dimension, stage);
        return *this;
    }
    ModelBuilder& action(const std::string& id, const std::string& dimension, const std::string& stage,
                         std::initializer_list<std::string> dependsOn = {}) {
        Action a;
        a.id = id;
        a.dimension = idx(findId(m_.dimensions, dimension), dimension);
        a.stage = idx(findId(m_.stages, stage), stage);
        a.title = "Do " + id;
        a.effort = "low";
        for (const auto& d : dependsOn) a.dependsOn.push_back(idx(findId(m_.actions, d), d));
        m_.actions.push_back(a);
        return *this;
    }
    ModelBuilder& risk(const std::string& id, const std::string& severity, bool matchAll) {
        Risk r;
        r.id = id;
        r.title = id;
        r.severity = severity;
        r.matchAll = matchAll;
        r.source = "test";
        m_.risks.push_back(r);
        return *this;
    }
    // Adds a clause to the last risk: kind by name, target by id.
    ModelBuilder& below(const std::string& dimension, double level) {
        return clause(RiskClause::Kind::DimensionBelow, idx(findId(m_.dimensions, dimension), dimension), level);
    }
    ModelBuilder& atLeast(const std::string& dimension, double level) {
        return clause(RiskClause::Kind::DimensionAtLeast, idx(findId(m_.dimensions, dimension), dimension), level);
    }
    ModelBuilder& answerAtMost(const std::string& question, double weight) {
        return clause(RiskClause::Kind::QuestionAtMost, idx(findId(m_.questions, question), question), weight);
    }
    ModelBuilder& answerAtLeast(const std::string& question, double weight) {
        return clause(RiskClause::Kind::QuestionAtLeast, idx(findId(m_.questions, question), question), weight);
    }
    // The last risk is `severity` where the question is answered at least `weight`.
    ModelBuilder& severityWhenAnswerAtLeast(const std::string& severity, const std::string& question, double weight) {
        m_.risks.back().severityWhen.push_back(
            {severity, {RiskClause::Kind::QuestionAtLeast, idx(findId(m_.questions, question), question), weight}});
        return *this;
    }
    ModelBuilder& roleGroup(const std::string& id, const std::string& name = "") {
        m_.roleGroups.push_back({id, name.empty() ? id : name, {}});
        return *this;
    }
    ModelBuilder& peerFact(const std::string& id, const std::string& text, const std::string& source, int year) {
        m_.peerFacts.push_back({id, text, source, year, FactKind::Unset, {}, {}});
        return *this;
    }

    Model build() const { return m_; }

private:
    static int idx(int i, const std::string& id) {
        if (i < 0) throw std::invalid_argument("model builder: unknown id " + id);
        return i;
    }
    ModelBuilder& clause(RiskClause::Kind kind, int target, double value) {
        m_.risks.back().clauses.push_back({kind, target, value});
        return *this;
    }
    Model m_;
};

// Fills an assessment by id, independent of the other helpers' JSON loading.
class AssessmentBuilder {
public:
    explicit AssessmentBuilder(const Model& m) : m_(m) {
        a_.modelId = m.id;
        a_.organisation = "Test Org";
        a_.answers.assign(m.questions.size(), Answer{});
        a_.targets.assign(m.dimensions.size(), 0);
    }
    // option: an answer-scale id, or "na".
    AssessmentBuilder& answer(const std::string& question, const std::string& option, const std::string& note = "") {
        Answer& ans = a_.answers.at(index(findId(m_.questions, question), question));
        ans.option = option == "na" ? Answer::NotApplicable : index(findOption(option), option);
        ans.note = note;
        return *this;
    }
    // The same option for every question of one dimension and stage.
    AssessmentBuilder& answerAll(const std::string& dimension, const std::string& stage, const std::string& option) {
        int d = index(findId(m_.dimensions, dimension), dimension), s = index(findId(m_.stages, stage), stage);
        for (std::size_t q = 0; q < m_.questions.size(); ++q)
            if (m_.questions[q].dimension == d && m_.questions[q].stage == s) answer(m_.questions[q].id, option);
        return *this;
    }
    AssessmentBuilder& target(const std::string& dimension, int level) {
        a_.targets.at(index(findId(m_.dimensions, dimension), dimension)) = level;
        return *this;
    }
    AssessmentBuilder& role(const std::string& group) {
        a_.roleGroup = index(findId(m_.roleGroups, group), group);
        return *this;
    }
    AssessmentBuilder& organisation(const std::string& name) {
        a_.organisation = name;
        return *this;
    }
    Assessment build() const { return a_; }

private:
    int findOption(const std::string& id) const { return findId(m_.answerScale, id); }
    static int index(int i, const std::string& id) {
        if (i < 0) throw std::invalid_argument("assessment builder: unknown id " + id);
        return i;
    }
    const Model& m_;
    Assessment a_;
};

}  // namespace smm::test
