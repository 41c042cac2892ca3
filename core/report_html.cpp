#include "report_html.hpp"

#include <cmath>
#include <cstdio>

#include "report_html_workshop.hpp"
#include "risks.hpp"
#include "sources.hpp"
#include "roadmap.hpp"
#include "scoring.hpp"

namespace smm {
namespace {

constexpr const char* kStyle = R"css(
body{font:14px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,sans-serif;color:#18212d;margin:32px auto;max-width:960px;padding:0 24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:18px;margin:28px 0 8px;border-bottom:1px solid #dde3ea;padding-bottom:4px}
.muted{color:#5d6877}.verdict{background:#f0f6f9;border-radius:8px;padding:16px 20px;margin:16px 0}
.verdict strong{font-size:20px}table{border-collapse:collapse;width:100%}th,td{text-align:left;padding:6px 8px;border-bottom:1px solid #edf1f5;vertical-align:top}
th{font-size:12px;text-transform:uppercase;color:#5d6877;font-weight:600}td.cell{text-align:right;font-size:12px;width:12%}
.blocked{color:#c2412d}.pill{display:inline-block;border-radius:10px;padding:0 8px;font-size:12px;color:#fff}
.high{background:#c2412d}.medium{background:#c99a06}.low{background:#5d6877}ul{margin:4px 0 8px 18px;padding:0}
.risk,.phase{break-inside:avoid;margin-bottom:12px}.source{font-size:12px;color:#5d6877}
.agreed{font-size:12px;background:#e6f2ea;border-radius:10px;padding:0 8px}h3{font-size:15px;margin:16px 0 4px}
.scroll{overflow-x:auto}.scroll table{min-width:560px}
@media (max-width:640px){body{margin:16px auto;padding:0 14px}h1{font-size:22px}.verdict{padding:12px 14px}}
@media print{body{margin:0;max-width:none}.scroll{overflow:visible}.scroll table{min-width:0}
h2{break-after:avoid}tr,li,.verdict{break-inside:avoid}thead{display:table-header-group}
section.map{break-inside:avoid-page}}
)css";

std::string level(double v) { return formatLevel(v); }

// Cell background for an evidence share, the same scale as the app's map.
std::string heat(double share) {
    double t = std::sqrt(std::fmin(1.0, std::fmax(0.0, share)));
    int r = static_cast<int>(0xED + (0x0E - 0xED) * t), g = static_cast<int>(0xF1 + (0x6E - 0xF1) * t),
        b = static_cast<int>(0xF5 + (0x8E - 0xF5) * t);
    char buf[64];
    std::snprintf(buf, sizeof buf, "background:#%02x%02x%02x;color:%s", r, g, b, t > 0.74 ? "#fff" : "#18212d");
    return buf;
}

}  // namespace

std::string escapeHtml(std::string_view text) {
    // Runs of plain text are copied whole: the screen-reader view escapes its
    // whole page on the first frame, where a call per character showed up.
    std::string out;
    out.reserve(text.size() + text.size() / 8);
    std::size_t plain = 0;
    for (std::size_t i = 0; i < text.size(); ++i) {
        const char* entity = nullptr;
        switch (text[i]) {
            case '&': entity = "&amp;"; break;
            case '<': entity = "&lt;"; break;
            case '>': entity = "&gt;"; break;
            case '"': entity = "&quot;"; break;
            case '\'': entity = "&#39;"; break;
            default: continue;
        }
        out.append(text, plain, i - plain);
        out += entity;
        plain = i + 1;
    }
    out.append(text, plain, std::string_view::npos);
    return out;
}

std::string renderHtmlReport(const Model& model, const Assessment& a, const Workshop* workshop) {
    const Score score = scoreAssessment(model, a);
    const Roadmap roadmap = buildRoadmap(model, score);
    const std::vector<TriggeredRisk> risks = triggeredRisks(model, a, score);
    auto esc = [](std::string_view s) { return escapeHtml(s); };
    const std::string org = a.organisation.empty() ? "Untitled assessment" : a.organisation;

    std::string h;
    h += "<!doctype html>\n<html lang=\"en\"><head><meta charset=\"utf-8\">";
    // A phone lays the report out at its own width, not 980 px.
    h += "<meta name=\"viewport\" content=\"width=device-width, initial-scale=1\">";
    h += "<meta http-equiv=\"Content-Security-Policy\" content=\"default-src 'none'; style-src 'unsafe-inline'\">";
    h += "<title>" + esc(org) + " - social media maturity</title><style>" + std::string(kStyle) + "</style></head><body>\n";
    h += "<h1>" + esc(org) + "</h1><div class=\"muted\">Social media maturity report";
    if (!a.date.empty()) h += " &middot; assessed " + esc(a.date);
    h += " &middot; " + esc(model.name) + " " + esc(model.version) + " &middot; " + std::to_string(score.answered) +
         " of " + std::to_string(score.total) + " questions answered</div>\n";

    // The headline, as every surface words it.
    const Headline& head = score.headline;
    h += "<div class=\"verdict\"><strong>With customers: " + esc(head.external) + "</strong>";
    if (!head.internal.empty()) h += "<br><strong>Inside: " + esc(head.internal) + "</strong>";
    if (!head.network.empty()) h += "<br>Network: " + esc(head.network);
    if (!head.binds.empty()) h += "<br><span class=\"blocked\">" + esc(head.binds) + "</span>";
    h += "<br><span class=\"muted\">" + esc(head.confidence) + "</span>";
    h += "</div>\n";

    // Sections keep their heading with what follows; the map stays on one page
    // when it fits.
    if (workshop) h += workshopSectionHtml(model, *workshop);
    h += "<section class=\"map\"><h2>Maturity map</h2><div class=\"scroll\"><table><thead><tr><th>Dimension</th>"
         "<th>Level</th><th>Target</th>";
    for (const Stage& s : model.stages) h += "<th>" + esc(s.name) + "</th>";
    h += "</tr></thead><tbody>\n";
    for (std::size_t d = 0; d < model.dimensions.size(); ++d) {
        const DimensionScore& ds = score.dimensions[d];
        const bool track = model.dimensions[d].kind == DimensionKind::Track;
        h += "<tr><td>" + std::string(track ? "<strong>" : "") + esc(model.dimensions[d].name) +
             (track ? "</strong>" : "") + "</td><td>" + level(ds.level) + "</td><td>" +
             (ds.target > 0 ? std::to_string(ds.target) : "&ndash;") + "</td>";
        for (const StageEvidence& ev : ds.stages)
            h += ev.applicable == 0 ? "<td class=\"cell muted\">n/a</td>"
                                    : "<td class=\"cell\" style=\"" + heat(ev.share) + "\">" + formatPercent(ev.share) + "</td>";
        h += "</tr>\n";
    }
    h += "</tbody></table></div></section>\n";

    h += "<section class=\"moves\"><h2>Next moves</h2>";
    if (roadmap.items.empty()) h += "<p class=\"muted\">No actions needed to reach the targets set.</p>";
    for (int phase = 1; phase <= roadmap.phaseCount; ++phase) {
        h += "<div class=\"phase\"><strong>Phase " + std::to_string(phase) + "</strong><ul>";
        for (const RoadmapItem& item : roadmap.items) {
            if (item.phase != phase) continue;
            const Action& act = model.actions[item.action];
            h += "<li><strong>" + esc(act.title) + "</strong> <span class=\"muted\">(" +
                 esc(model.dimensions[act.dimension].name) + ", " + esc(act.effort) + " effort)</span>";
            if (const Decision* d = workshop ? workshop->decisionFor(item.action) : nullptr)
                h += " <span class=\"agreed\">Owner: " + esc(d->owner.empty() ? "to agree" : d->owner) +
                     (d->due.empty() ? std::string() : ", due " + esc(d->due)) + "</span>";
            h += "<br>" + esc(act.detail) + "</li>";
        }
        h += "</ul></div>\n";
    }

    h += "</section>\n<section class=\"risks\"><h2>Risks</h2>";
    if (risks.empty()) h += "<p class=\"muted\">None of the model's risks is triggered.</p>";
    for (const TriggeredRisk& tr : risks) {
        const Risk& r = model.risks[tr.risk];
        h += "<div class=\"risk\"><span class=\"pill " + esc(tr.severity) + "\">" + esc(tr.severity) + "</span> <strong>" +
             esc(r.title) + "</strong><br>" + esc(r.description) + "<ul>";
        for (const std::string& why : tr.reasons) h += "<li>" + esc(why) + "</li>";
        if (!tr.alsoRaised.empty()) h += "<li>" + esc(alsoRaisedSentence(model, tr)) + "</li>";
        h += "</ul><em>Mitigation</em><ul>";
        for (const std::string& m : r.mitigations) h += "<li>" + esc(m) + "</li>";
        h += "</ul><div class=\"source\">Source: " + esc(r.source) + "</div></div>\n";
    }

    h += "</section>\n<section class=\"peers\"><h2>" + esc(kSourcesTitle) + "</h2><ul>";
    for (int i : sourcesInOrder(model, score)) {
        const PeerFact& f = model.peerFacts[i];
        h += "<li>" + esc(sourceText(f)) + " <span class=\"source\">(" + esc(f.source) +
             (f.year ? ", " + std::to_string(f.year) : std::string()) + ")</span></li>";
    }
    h += "</ul></section>\n<p class=\"source\">Made with Social Maturity Map. The assessment never left the browser it was made in.</p>";
    h += "</body></html>\n";
    return h;
}

}  // namespace smm
