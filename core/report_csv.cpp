// The CSV report (RFC 4180, one table so it opens in a spreadsheet): one row
// per question. Single assessment columns:
//   dimension,dimension_level,target,stage,question_id,question,answer,weight,note
// Group columns:
//   dimension,dimension_median,stage,question_id,question,answers,median,mean,
//   min,max,stddev,consensus,<one "<group> mean" column per group>
#include "csv.hpp"
#include "report_parts.hpp"

#include <vector>

namespace smm::report {

namespace {

// Every cell through csvField: a spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return before one) as a formula: such text gets a leading apostrophe,
// which spreadsheets show as plain text.
void csvRow(std::string& out, const std::vector<std::string>& fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out += ',';
        out += csvField(f);
        first = false;
    }
    out += "\r\n";
}

}  // namespace

std::string csvReport(const Facts& f) {
    const Model& model = f.model;
    const Assessment& a = f.a;
    std::string o;
    csvRow(o, {"dimension", "dimension_level", "target", "stage", "question_id", "question", "answer", "weight", "note"});
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        const Question& qu = model.questions[q];
        const Answer& ans = answerAt(a, q);
        const auto& ds = f.score.dimensions[qu.dimension];
        double w = answerWeight(model, static_cast<int>(q), ans);
        csvRow(o, {model.dimensions[qu.dimension].name, fixed(ds.level, 2), std::to_string(ds.target),
                   model.stages[qu.stage].name, qu.id, qu.text, answerText(model, q, ans),
                   w >= 0 ? fixed(w, 2) : "", ans.note});
    }
    return o;
}

std::string csvGroupReport(const Facts& f, const Aggregate& agg) {
    const Model& model = f.model;
    std::string o;
    std::vector<std::string> header = {"dimension", "dimension_median", "stage", "question_id", "question", "answers",
                                       "median", "mean", "min", "max", "stddev", "consensus"};
    for (const auto& g : agg.groups) header.push_back(roleGroupName(model, g.roleGroup) + " mean");
    csvRow(o, header);
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        const Question& qu = model.questions[q];
        const Stats& s = agg.questions[q];
        auto num = [&](double v) { return s.count ? fixed(v, 2) : std::string(); };
        std::vector<std::string> fields = {
            model.dimensions[qu.dimension].name, fixed(agg.dimensions[qu.dimension].median, 2),
            model.stages[qu.stage].name, qu.id, qu.text, std::to_string(s.count), num(s.median), num(s.mean),
            num(s.min), num(s.max), num(s.stddev), answerText(model, q, answerAt(agg.consensus, q))};
        for (const auto& g : agg.groups)
            fields.push_back(g.questions[q].count ? fixed(g.questions[q].mean, 2) : std::string());
        csvRow(o, fields);
    }
    return o;
}

}  // namespace smm::report
