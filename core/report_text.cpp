// The plain-text report: headline and overall stage, what holds it back,
// tracks, a table of dimensions (level, target, gap), triggered risks with
// reasons and mitigations, the roadmap by phase, peer facts with sources. The
// group report adds participants, agreement, per-group levels and the most
// contested questions, then the consensus report.
#include <cstdio>

#include "report_parts.hpp"
#include "sources.hpp"

namespace smm::report {

namespace {

// Width of the name column in text tables.
int nameWidth(const Model& m) {
    std::size_t w = 9;
    for (const auto& d : m.dimensions) w = std::max(w, d.name.size());
    return static_cast<int>(w);
}

void textBody(std::string& o, const Facts& f) {
    const Model& m = f.model;
    o += overallLine(f) + "\n";
    if (const auto why = blockerLines(f); !why.empty()) {
        o += "\nWhat holds it back\n";
        for (const auto& b : why) o += "  - " + b + "\n";
    }

    if (!f.moves.empty()) {
        o += "\nNext moves\n";
        int n = 0;
        for (const NextMove& mv : f.moves) o += "  " + std::to_string(++n) + ". " + mv.title + " - " + mv.why + "\n";
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
    for (const auto& u : f.unknown) o += "  [" + u.severity + "] " + m.risks[u.risk].title + ": " + unknownRiskSentence(m, u) + "\n";
    for (const auto& tr : f.risks) {
        const Risk& r = m.risks[tr.risk];
        o += "  [" + tr.severity + "] " + r.title + "\n";
        for (const auto& why : tr.reasons) o += "    because " + why + "\n";
        if (!tr.alsoRaised.empty()) o += "    " + alsoRaisedSentence(m, tr) + "\n";
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
        o += "\n" + std::string(kSourcesTitle) + "\n";
        for (int i : sourcesInOrder(m, f.score)) o += "  - " + peerLine(m.peerFacts[i]) + "\n";
    }
}

}  // namespace

std::string textReport(const Facts& f) {
    const Model& model = f.model;
    const Assessment& a = f.a;
    std::string o;
    std::string title = titleLine(model, a);
    o += title + "\n" + std::string(title.size(), '=') + "\n";
    textBody(o, f);
    return o;
}

std::string textGroupReport(const Facts& f, const Aggregate& agg) {
    const Model& model = f.model;
    const std::vector<int> contested = summariseGroup(agg).contested;
    std::string o;
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
    return o;
}

}  // namespace smm::report
