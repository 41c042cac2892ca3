// Reports for people (text, Markdown) and for other tools (CSV, JSON).
//
// Layouts:
// - Text and Markdown: headline and overall stage, what holds it back, tracks,
//   a table of dimensions (level, target, gap), triggered risks with reasons
//   and mitigations, the roadmap by phase, peer facts with their sources. The
//   group report adds participants, agreement, per-group levels and the most
//   contested questions, then the consensus report.
// - CSV (RFC 4180, one table so it opens in a spreadsheet): one row per
//   question. Single assessment columns:
//     dimension,dimension_level,target,stage,question_id,question,answer,weight,note
//   Group columns:
//     dimension,dimension_median,stage,question_id,question,answers,median,mean,
//     min,max,stddev,consensus,<one "<group> mean" column per group>
// - JSON: one object; see jsonReport() and jsonGroupReport() for the keys.
#include "report.hpp"

#include "csv.hpp"

#include <algorithm>
#include <cmath>
#include <cstdio>
#include <nlohmann/json.hpp>
#include <sstream>

#include "risks.hpp"
#include "roadmap.hpp"
#include "scoring.hpp"

namespace smm {

namespace {

using Json = nlohmann::ordered_json;

// Everything a report shows about one assessment, computed once.
struct Facts {
    const Model& model;
    const Assessment& a;
    Score score;
    std::vector<int> effective;
    std::vector<TriggeredRisk> risks;
    std::vector<TriggeredRisk> unknown; // risks that unanswered questions leave open
    Roadmap roadmap;

    Facts(const Model& m, const Assessment& as)
        : model(m), a(as), score(scoreAssessment(m, as)), effective(effectiveTargets(m, score)),
          risks(triggeredRisks(m, as, score)), unknown(unknownRisks(m, as, score)), roadmap(buildRoadmap(m, score)) {}
};

// ---- small helpers ---------------------------------------------------------

std::string fixed(double v, int decimals) {
    char buf[48];
    std::snprintf(buf, sizeof buf, "%.*f", decimals, v);
    return buf;
}

std::string percent(double share) { return fixed(std::round(share * 100.0), 0) + "%"; }

// For JSON: short, stable numbers (1.6 rather than 1.6000000000000001).
double rounded(double v) { return std::round(v * 10000.0) / 10000.0; }

std::string stageName(const Model& m, int level, Side side = Side::External) {
    if (level <= 0) return side == Side::Internal ? "Not started" : "Unmanaged";
    if (level > m.stageCount()) return "stage " + std::to_string(level);
    return m.stages[level - 1].nameOn(side);
}


// Blank for unanswered, so tables leave the cell empty.
std::string answerText(const Model& m, std::size_t q, const Answer& ans) {
    return ans.answered() ? answerLabel(m, static_cast<int>(q), ans) : std::string();
}

const Answer& answerAt(const Assessment& a, std::size_t q) {
    static const Answer none;
    return q < a.answers.size() ? a.answers[q] : none;
}

// A spreadsheet runs a cell that starts with = + - @ (or a tab or carriage
// return before one) as a formula: such text gets a leading apostrophe,
// which spreadsheets show as plain text.
void csvRow(std::string& out, std::initializer_list<std::string> fields) {
    bool first = true;
    for (const auto& f : fields) {
        if (!first) out += ',';
        out += csvField(f);
        first = false;
    }
    out += "\r\n";
}

// Text from a file or a link, made inert in Markdown: HTML is shown as
// text (a renderer would otherwise run <img onerror=...>), no links, images
// or code are smuggled in, lines stay one line, pipes cannot split a cell.
std::string markdownText(const std::string& s) {
    std::string out;
    for (char c : s) {
        switch (c) {
            case '<': out += "&lt;"; break;
            case '>': out += "&gt;"; break;
            case '\n':
            case '\r': out += ' '; break;
            case '\\': case '`': case '[': case ']': case '|':
                out += '\\';
                out += c;
                break;
            default: out += c;
        }
    }
    return out;
}

// Markdown table cell: the same, pipes included.
std::string cell(const std::string& s) { return markdownText(s); }

std::string targetText(const Facts& f, int d) {
    int own = f.score.dimensions[d].target;
    int eff = d < static_cast<int>(f.effective.size()) ? f.effective[d] : own;
    std::string s = own > 0 ? std::to_string(own) : "-";
    if (eff > own) s += " (gates need " + std::to_string(eff) + ")";
    return s;
}

// Target minus the level as shown, so the two printed numbers add up.
std::string gapText(const DimensionScore& ds) {
    if (ds.target <= 0) return "-";
    double shown = std::floor(ds.level * 10.0 + 1e-6) / 10.0;
    return fixed(std::max(0.0, ds.target - shown), 1);
}

// Width of the name column in text tables.
int nameWidth(const Model& m) {
    std::size_t w = 9;
    for (const auto& d : m.dimensions) w = std::max(w, d.name.size());
    return static_cast<int>(w);
}

std::string titleLine(const Model& m, const Assessment& a) {
    std::string s = m.name.empty() ? "Maturity report" : m.name;
    if (!a.organisation.empty()) s += " - " + a.organisation;
    if (!a.date.empty()) s += " (" + a.date + ")";
    return s;
}

std::string overallLine(const Facts& f) {
    return "Stage " + std::to_string(f.score.overallStage) + " of " + std::to_string(f.model.stageCount()) + " - " +
           f.score.headline;
}

std::string roadmapLine(const Facts& f, const RoadmapItem& item) {
    const Action& act = f.model.actions[item.action];
    // An internal track's actions climb the internal ladder, under its names.
    const Dimension& dim = f.model.dimensions[act.dimension];
    const Side side = dim.kind == DimensionKind::Track ? dim.side : Side::External;
    std::string s = act.title + " - " + dim.name + ", towards " + stageName(f.model, act.stage + 1, side);
    if (!act.effort.empty()) s += "; effort " + act.effort;
    if (!item.dependsOn.empty()) {
        s += "; after ";
        for (std::size_t i = 0; i < item.dependsOn.size(); ++i) {
            if (i) s += ", ";
            s += f.model.actions[item.dependsOn[i]].title;
        }
    }
    if (item.forGate) s += " (needed for a gate)";
    return s;
}

std::string peerLine(const PeerFact& p) {
    std::string s = p.text;
    if (!p.source.empty() || p.year) {
        s += " (";
        s += p.source;
        // Sources often end with their year already.
        std::string year = p.year ? std::to_string(p.year) : "";
        if (!year.empty() && p.source.find(year) == std::string::npos)
            s += (p.source.empty() ? "" : ", ") + year;
        s += ")";
    }
    return s;
}

// ---- text ------------------------------------------------------------------

void textBody(std::string& o, const Facts& f) {
    const Model& m = f.model;
    o += overallLine(f) + "\n";
    o += f.score.standingLine + "\n";
    o += "Answered " + std::to_string(f.score.answered) + " of " + std::to_string(f.score.total) + " questions (" +
         percent(f.score.completion()) + ")\n";

    if (!f.score.blockers.empty()) {
        o += "\nWhat holds it back\n";
        for (const auto& b : f.score.blockers) o += "  - " + b.explanation + "\n";
    }

    if (!f.roadmap.items.empty()) {
        o += "\nNext moves\n";
        int n = 0;
        for (int a : f.roadmap.nextMoves()) o += "  " + std::to_string(++n) + ". " + f.model.actions[a].title + "\n";
    }

    if (!f.score.tracks.empty()) {
        o += "\nTracks\n";
        for (const auto& t : f.score.tracks) {
            char line[512];
            std::snprintf(line, sizeof line, "  %-*s  stage %d (%s), level %s\n", nameWidth(m), m.dimensions[t.track].name.c_str(),
                          t.stage, stageName(m, t.stage, t.side).c_str(), formatLevel(f.score.dimensions[t.track].level).c_str());
            o += line;
        }
    }

    o += "\nDimensions\n";
    {
        char line[512];
        std::snprintf(line, sizeof line, "  %-*s  %-8s %5s  %-22s %s\n", nameWidth(m), "Dimension", "Kind", "Level", "Target", "Gap");
        o += line;
        for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
            const auto& ds = f.score.dimensions[d];
            std::snprintf(line, sizeof line, "  %-*s  %-8s %5s  %-22s %s\n", nameWidth(m), m.dimensions[d].name.c_str(),
                          m.dimensions[d].kind == DimensionKind::Track ? "track" : "enabler",
                          formatLevel(ds.level).c_str(), targetText(f, static_cast<int>(d)).c_str(), gapText(ds).c_str());
            o += line;
        }
    }

    o += "\nRisks\n";
    if (f.risks.empty()) o += "  None triggered.\n";
    for (const auto& u : f.unknown) o += "  [" + m.risks[u.risk].severity + "] " + m.risks[u.risk].title + ": " + unknownRiskSentence(m, u) + "\n";
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        o += "  [" + r.severity + "] " + r.title + "\n";
        for (const auto& why : tr.reasons) o += "    because " + why + "\n";
        for (const auto& mit : r.mitigations) o += "    mitigate: " + mit + "\n";
        if (!r.source.empty()) o += "    source: " + r.source + "\n";
    }

    o += "\nRoadmap\n";
    if (f.roadmap.items.empty()) o += "  Nothing to do: every target is met (or none is set).\n";
    for (int p = 1; p <= f.roadmap.phaseCount; ++p) {
        o += "  Phase " + std::to_string(p) + "\n";
        for (const auto& item : f.roadmap.items)
            if (item.phase == p) o += "    - " + roadmapLine(f, item) + "\n";
    }

    if (!m.peerFacts.empty()) {
        o += "\nPeers\n";
        for (const auto& p : m.peerFacts) o += "  - " + peerLine(p) + "\n";
    }
}

// ---- Markdown --------------------------------------------------------------

void markdownBody(std::string& o, const Facts& f, const std::string& h) {
    const Model& m = f.model;
    o += "**" + overallLine(f) + "**\n\n";
    o += f.score.standingLine + "\n\n";
    o += "Answered " + std::to_string(f.score.answered) + " of " + std::to_string(f.score.total) + " questions (" +
         percent(f.score.completion()) + ").\n\n";

    if (!f.score.blockers.empty()) {
        o += h + " What holds it back\n\n";
        for (const auto& b : f.score.blockers) o += "- " + b.explanation + "\n";
        o += "\n";
    }

    if (!f.roadmap.items.empty()) {
        o += h + " Next moves\n\n";
        int n = 0;
        for (int a : f.roadmap.nextMoves()) o += std::to_string(++n) + ". " + f.model.actions[a].title + "\n";
        o += "\n";
    }

    if (!f.score.tracks.empty()) {
        o += h + " Tracks\n\n| Track | Stage | Level |\n|---|---|---:|\n";
        for (const auto& t : f.score.tracks)
            o += "| " + cell(m.dimensions[t.track].name) + " | " + std::to_string(t.stage) + " " +
                 cell(stageName(m, t.stage, t.side)) + " | " + formatLevel(f.score.dimensions[t.track].level) + " |\n";
        o += "\n";
    }

    o += h + " Dimensions\n\n| Dimension | Kind | Level | Target | Gap |\n|---|---|---:|---|---:|\n";
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const auto& ds = f.score.dimensions[d];
        o += "| " + cell(m.dimensions[d].name) + " | " + (m.dimensions[d].kind == DimensionKind::Track ? "track" : "enabler") +
             " | " + formatLevel(ds.level) + " | " + cell(targetText(f, static_cast<int>(d))) + " | " + gapText(ds) + " |\n";
    }
    o += "\n";

    o += h + " Risks\n\n";
    if (f.risks.empty()) o += "None triggered.\n\n";
    for (const auto& u : f.unknown) o += "- **" + cell(m.risks[u.risk].title) + "** (" + m.risks[u.risk].severity + "): " + cell(unknownRiskSentence(m, u)) + "\n";
    if (!f.unknown.empty()) o += "\n";
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        o += "- **" + r.title + "** (" + r.severity + ")";
        if (!r.source.empty()) o += " - source: " + r.source;
        o += "\n";
        for (const auto& why : tr.reasons) o += "  - Because " + why + "\n";
        for (const auto& mit : r.mitigations) o += "  - Mitigation: " + mit + "\n";
    }
    if (!f.risks.empty()) o += "\n";

    o += h + " Roadmap\n\n";
    if (f.roadmap.items.empty()) o += "Nothing to do: every target is met (or none is set).\n\n";
    for (int p = 1; p <= f.roadmap.phaseCount; ++p) {
        o += h + "# Phase " + std::to_string(p) + "\n\n";
        for (const auto& item : f.roadmap.items)
            if (item.phase == p) o += "- " + roadmapLine(f, item) + "\n";
        o += "\n";
    }

    if (!m.peerFacts.empty()) {
        o += h + " Peers\n\n";
        for (const auto& p : m.peerFacts) o += "- " + peerLine(p) + "\n";
        o += "\n";
    }
}

// ---- JSON ------------------------------------------------------------------

Json gateJson(const Model& m, const BlockingGate& b) {
    Json j;
    j["stage"] = b.stage >= 0 && b.stage < m.stageCount() ? m.stages[b.stage].id : "";
    j["dimension"] = b.dimension >= 0 && b.dimension < static_cast<int>(m.dimensions.size()) ? m.dimensions[b.dimension].id : "";
    if (b.question >= 0 && b.question < static_cast<int>(m.questions.size())) j["question"] = m.questions[b.question].id;
    if (!b.claim.empty()) j["claim"] = b.claim;
    j["unknown"] = b.unknown;
    j["level"] = rounded(b.level);
    j["needed"] = b.needed;
    j["explanation"] = b.explanation;
    return j;
}

Json jsonReport(const Facts& f) {
    const Model& m = f.model;
    const Score& s = f.score;
    Json j;
    j["model"] = {{"id", m.id}, {"version", m.version}, {"name", m.name}};
    j["organisation"] = f.a.organisation;
    j["date"] = f.a.date;
    j["overall"] = {{"stage", s.overallStage},
                    {"name", stageName(m, s.overallStage)},
                    {"headline", s.headline},
                    {"leadingTrack", s.leadingTrack >= 0 ? Json(m.dimensions[s.leadingTrack].id) : Json(nullptr)}};
    Json blockers = Json::array();
    for (const auto& b : s.blockers) blockers.push_back(gateJson(m, b));
    j["blockers"] = blockers;
    j["completion"] = {{"answered", s.answered}, {"total", s.total}};
    auto standingJson = [&](const Standing& st) {
        return Json{{"stage", st.stage}, {"name", st.name}, {"summary", st.summary}, {"assessed", st.assessed},
                    {"answered", st.answered}, {"total", st.total}};
    };
    j["standings"] = {{"external", standingJson(s.external)},
                      {"internal", standingJson(s.internal)},
                      {"network", s.network >= 0 ? Json(m.networkStandings[s.network].id) : Json(nullptr)},
                      {"networkNeeds", s.networkNeeds},
                      {"confidence", rounded(s.confidence())},
                      {"line", s.standingLine}};
    Json unknown = Json::array();
    for (const auto& u : f.unknown) {
        Json qs = Json::array();
        for (int q : u.toAnswer) qs.push_back(m.questions[q].id);
        unknown.push_back({{"id", m.risks[u.risk].id}, {"answer", qs}, {"sentence", unknownRiskSentence(m, u)}});
    }
    j["unknownRisks"] = unknown;

    Json tracks = Json::array();
    for (const auto& t : s.tracks) {
        Json tb = Json::array();
        for (const auto& b : t.blockers) tb.push_back(gateJson(m, b));
        tracks.push_back({{"id", m.dimensions[t.track].id},
                          {"stage", t.stage},
                          {"ungatedStage", t.ungatedStage},
                          {"blockers", tb}});
    }
    j["tracks"] = tracks;

    Json dims = Json::array();
    for (std::size_t d = 0; d < m.dimensions.size(); ++d) {
        const auto& ds = s.dimensions[d];
        Json stages = Json::array();
        for (std::size_t k = 0; k < ds.stages.size(); ++k)
            stages.push_back({{"id", m.stages[k].id},
                              {"share", rounded(ds.stages[k].share)},
                              {"holds", ds.stages[k].holds},
                              {"applicable", ds.stages[k].applicable},
                              {"answered", ds.stages[k].answered}});
        dims.push_back({{"id", m.dimensions[d].id},
                        {"name", m.dimensions[d].name},
                        {"kind", m.dimensions[d].kind == DimensionKind::Track ? "track" : "enabler"},
                        {"level", rounded(ds.level)},
                        {"target", ds.target},
                        {"effectiveTarget", d < f.effective.size() ? f.effective[d] : ds.target},
                        {"gap", rounded(ds.gap())},
                        {"answered", ds.answered},
                        {"total", ds.total},
                        {"stages", stages}});
    }
    j["dimensions"] = dims;

    Json risks = Json::array();
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        Json qs = Json::array(), acts = Json::array();
        for (int q : tr.questions) qs.push_back(m.questions[q].id);
        for (int a : r.actions) acts.push_back(m.actions[a].id);
        risks.push_back({{"id", r.id},
                         {"title", r.title},
                         {"severity", r.severity},
                         {"source", r.source},
                         {"reasons", tr.reasons},
                         {"questions", qs},
                         {"mitigations", r.mitigations},
                         {"actions", acts}});
    }
    j["risks"] = risks;

    Json items = Json::array();
    for (const auto& item : f.roadmap.items) {
        const Action& act = m.actions[item.action];
        Json deps = Json::array();
        for (int d : item.dependsOn) deps.push_back(m.actions[d].id);
        items.push_back({{"id", act.id},
                         {"title", act.title},
                         {"dimension", m.dimensions[act.dimension].id},
                         {"stage", m.stages[act.stage].id},
                         {"effort", act.effort},
                         {"phase", item.phase},
                         {"dependsOn", deps},
                         {"forGate", item.forGate}});
    }
    Json next = Json::array();
    for (int a : f.roadmap.nextMoves()) next.push_back(m.actions[a].id);
    j["roadmap"] = {{"phases", f.roadmap.phaseCount}, {"nextMoves", next}, {"items", items}};

    Json answers = Json::array();
    for (std::size_t q = 0; q < m.questions.size(); ++q) {
        const Question& qu = m.questions[q];
        const Answer& ans = answerAt(f.a, q);
        Json row = {{"question", qu.id}, {"dimension", m.dimensions[qu.dimension].id}, {"stage", m.stages[qu.stage].id}};
        if (!ans.answered()) {
            row["answer"] = nullptr;
        } else if (!ans.applicable()) {
            row["answer"] = "na";
        } else {
            const auto& options = m.optionsFor(static_cast<int>(q));
            row["answer"] = ans.option < static_cast<int>(options.size()) ? options[ans.option].id : "";
            row["weight"] = answerWeight(m, static_cast<int>(q), ans);
        }
        if (!ans.note.empty()) row["note"] = ans.note;
        answers.push_back(row);
    }
    j["answers"] = answers;

    Json peers = Json::array();
    for (const auto& p : m.peerFacts)
        peers.push_back({{"id", p.id}, {"text", p.text}, {"source", p.source}, {"year", p.year}});
    j["peerFacts"] = peers;
    return j;
}

Json statsJson(const Stats& s) {
    return {{"count", s.count},       {"median", rounded(s.median)}, {"mean", rounded(s.mean)},
            {"min", rounded(s.min)},  {"max", rounded(s.max)},       {"stddev", rounded(s.stddev)}};
}

// ---- group helpers ----------------------------------------------------------

// The most contested questions worth showing: some disagreement, at most five.
std::vector<int> topContested(const Aggregate& agg) {
    std::vector<int> out;
    for (int q : agg.contested) {
        if (out.size() >= 5) break;
        if (agg.questions[q].stddev > 1e-9) out.push_back(q);
    }
    return out;
}

std::string groupHeaderLine(const Aggregate& agg) {
    return std::to_string(agg.participants) + (agg.participants == 1 ? " participant" : " participants") +
           ", agreement " + percent(agg.agreement);
}

std::string contestedLine(const Model& m, const Aggregate& agg, int q) {
    const Stats& s = agg.questions[q];
    return m.questions[q].text + " (" + std::to_string(s.count) + " answers from " + fixed(s.min, 2) + " to " +
           fixed(s.max, 2) + ", spread " + fixed(s.stddev, 2) + ")";
}

}  // namespace

bool parseReportFormat(const std::string& name, ReportFormat& out) {
    std::string n;
    for (char c : name) n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (n == "text" || n == "txt") {
        out = ReportFormat::Text;
    } else if (n == "md" || n == "markdown") {
        out = ReportFormat::Markdown;
    } else if (n == "csv") {
        out = ReportFormat::Csv;
    } else if (n == "json") {
        out = ReportFormat::Json;
    } else {
        return false;
    }
    return true;
}

std::string renderReport(const Model& model, const Assessment& a, ReportFormat format) {
    const Facts f(model, a);
    std::string o;
    switch (format) {
        case ReportFormat::Text: {
            std::string title = titleLine(model, a);
            o += title + "\n" + std::string(title.size(), '=') + "\n";
            textBody(o, f);
            break;
        }
        case ReportFormat::Markdown:
            o += "# " + markdownText(titleLine(model, a)) + "\n\n";
            markdownBody(o, f, "##");
            break;
        case ReportFormat::Csv:
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
            break;
        case ReportFormat::Json:
            o = jsonReport(f).dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            break;
    }
    return o;
}

std::string renderGroupReport(const Model& model, const Aggregate& agg, ReportFormat format) {
    const Facts f(model, agg.consensus);
    const std::vector<int> contested = topContested(agg);
    std::string o;
    switch (format) {
        case ReportFormat::Text: {
            std::string title = titleLine(model, agg.consensus) + " - group";
            o += title + "\n" + std::string(title.size(), '=') + "\n";
            o += groupHeaderLine(agg) + "\n";
            if (!agg.groups.empty()) {
                o += "Groups: ";
                for (std::size_t g = 0; g < agg.groups.size(); ++g)
                    o += (g ? ", " : "") + roleGroupName(model, agg.groups[g].roleGroup) + " (" +
                         std::to_string(agg.groups[g].participants) + ")";
                o += "\n";
            }
            o += "\nLevels across participants\n";
            char line[512];
            std::snprintf(line, sizeof line, "  %-*s  %6s %10s %9s\n", nameWidth(model), "Dimension", "Median", "Range", "Group gap");
            o += line;
            for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
                const Stats& s = agg.dimensions[d];
                std::snprintf(line, sizeof line, "  %-*s  %6s %10s %9s\n", nameWidth(model), model.dimensions[d].name.c_str(),
                              formatLevel(s.median).c_str(), (formatLevel(s.min) + "-" + formatLevel(s.max)).c_str(),
                              formatLevel(agg.groupGap[d]).c_str());
                o += line;
            }
            o += "\nMost contested questions\n";
            if (contested.empty()) o += "  None: everyone answered alike.\n";
            for (int q : contested) o += "  - " + contestedLine(model, agg, q) + "\n";
            o += "\nConsensus\n---------\n";
            textBody(o, f);
            break;
        }
        case ReportFormat::Markdown: {
            o += "# " + markdownText(titleLine(model, agg.consensus)) + " - group\n\n";
            o += groupHeaderLine(agg) + ".\n\n";
            o += "## Levels across participants\n\n| Dimension | Median | Range |";
            for (const auto& g : agg.groups) o += " " + cell(roleGroupName(model, g.roleGroup)) + " |";
            o += " Group gap |\n|---|---:|---:|";
            for (std::size_t g = 0; g < agg.groups.size(); ++g) o += "---:|";
            o += "---:|\n";
            for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
                const Stats& s = agg.dimensions[d];
                o += "| " + cell(model.dimensions[d].name) + " | " + formatLevel(s.median) + " | " + formatLevel(s.min) +
                     "-" + formatLevel(s.max) + " |";
                for (const auto& g : agg.groups) o += " " + formatLevel(g.dimensions[d].mean) + " |";
                o += " " + formatLevel(agg.groupGap[d]) + " |\n";
            }
            o += "\n## Most contested questions\n\n";
            if (contested.empty()) o += "None: everyone answered alike.\n";
            for (int q : contested) o += "- " + cell(contestedLine(model, agg, q)) + "\n";
            o += "\n## Consensus\n\n";
            markdownBody(o, f, "###");
            break;
        }
        case ReportFormat::Csv: {
            std::vector<std::string> header = {"dimension", "dimension_median", "stage", "question_id", "question", "answers",
                                               "median", "mean", "min", "max", "stddev", "consensus"};
            for (const auto& g : agg.groups) header.push_back(roleGroupName(model, g.roleGroup) + " mean");
            auto row = [&o](const std::vector<std::string>& fields) {
                for (std::size_t i = 0; i < fields.size(); ++i) {
                    if (i) o += ',';
                    o += csvField(fields[i]);
                }
                o += "\r\n";
            };
            row(header);
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
                row(fields);
            }
            break;
        }
        case ReportFormat::Json: {
            Json j;
            j["participants"] = agg.participants;
            j["agreement"] = rounded(agg.agreement);
            Json groups = Json::array();
            for (const auto& g : agg.groups)
                groups.push_back({{"id", g.roleGroup >= 0 ? Json(model.roleGroups[g.roleGroup].id) : Json(nullptr)},
                                  {"name", roleGroupName(model, g.roleGroup)},
                                  {"participants", g.participants}});
            j["groups"] = groups;
            Json dims = Json::array();
            for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
                Json byGroup = Json::array();
                for (const auto& g : agg.groups) byGroup.push_back(statsJson(g.dimensions[d]));
                Json row = {{"id", model.dimensions[d].id}};
                row.update(statsJson(agg.dimensions[d]));
                row["groupGap"] = rounded(agg.groupGap[d]);
                row["groups"] = byGroup;
                dims.push_back(row);
            }
            j["dimensions"] = dims;
            Json qs = Json::array();
            for (std::size_t q = 0; q < model.questions.size(); ++q) {
                Json byGroup = Json::array();
                for (const auto& g : agg.groups) byGroup.push_back(statsJson(g.questions[q]));
                Json row = {{"id", model.questions[q].id}};
                row.update(statsJson(agg.questions[q]));
                row["groups"] = byGroup;
                qs.push_back(row);
            }
            j["questions"] = qs;
            Json cont = Json::array();
            for (int q : agg.contested) cont.push_back(model.questions[q].id);
            j["contested"] = cont;
            j["consensus"] = jsonReport(f);
            o = j.dump(2, ' ', false, nlohmann::json::error_handler_t::replace) + "\n";
            break;
        }
    }
    return o;
}

}  // namespace smm
