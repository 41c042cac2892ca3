// The Markdown report: the text report's sections as headings, lists and
// tables; every text from a file or a link made inert.
#include "report_parts.hpp"
#include "sources.hpp"

namespace smm::report {

namespace {

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

void markdownBody(std::string& o, const Facts& f, const std::string& h) {
    const Model& m = f.model;
    o += "**" + markdownText(overallLine(f)) + "**\n\n";
    if (const auto why = blockerLines(f); !why.empty()) {
        o += h + " What holds it back\n\n";
        for (const auto& b : why) o += "- " + markdownText(b) + "\n";
        o += "\n";
    }

    if (!f.moves.empty()) {
        o += h + " Next moves\n\n";
        int n = 0;
        for (const NextMove& mv : f.moves) o += std::to_string(++n) + ". " + markdownText(mv.title) + " - " + markdownText(mv.why) + "\n";
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
    for (const auto& u : f.unknown) o += "- **" + cell(m.risks[u.risk].title) + "** (" + u.severity + "): " + cell(unknownRiskSentence(m, u)) + "\n";
    if (!f.unknown.empty()) o += "\n";
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        o += "- **" + r.title + "** (" + tr.severity + ")";
        if (!r.source.empty()) o += " - source: " + r.source;
        o += "\n";
        for (const auto& why : tr.reasons) o += "  - Because " + why + "\n";
        if (!tr.alsoRaised.empty()) o += "  - " + cell(alsoRaisedSentence(m, tr)) + "\n";
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
        o += h + " " + kSourcesTitle + "\n\n";
        for (int i : sourcesInOrder(m, f.score)) o += "- " + peerLine(m.peerFacts[i]) + "\n";
        o += "\n";
    }
}

}  // namespace

std::string markdownReport(const Facts& f) {
    const Model& model = f.model;
    const Assessment& a = f.a;
    std::string o;
    o += "# " + markdownText(titleLine(model, a)) + "\n\n";
    markdownBody(o, f, "##");
    return o;
}

std::string markdownGroupReport(const Facts& f, const Aggregate& agg) {
    const Model& model = f.model;
    const std::vector<int> contested = summariseGroup(agg).contested;
    std::string o;
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
    return o;
}

}  // namespace smm::report
