// Reports for people (text, Markdown) and for other tools (CSV, JSON): one
// file per format (report_text.cpp, report_markdown.cpp, report_csv.cpp,
// report_json.cpp), what they share in report_parts.cpp.
#include "report.hpp"

#include "report_parts.hpp"

namespace smm {

std::string renderReport(const Model& model, const Assessment& a, ReportFormat format) {
    if (format == ReportFormat::Json) return report::jsonReport(report::Facts(model, a));
    return renderExportReport(model, a, format);
}

std::string renderExportReport(const Model& model, const Assessment& a, ReportFormat format) {
    switch (format) {
        case ReportFormat::Text: return report::textReport(report::Facts(model, a));
        case ReportFormat::Markdown: return report::markdownReport(report::Facts(model, a));
        case ReportFormat::Csv: return report::csvReport(report::Facts(model, a));
        case ReportFormat::Json:  // renderReport's
        case ReportFormat::Html:  // the app's and report_html.hpp's, not the command line's
        case ReportFormat::Png: break;
    }
    return {};
}

std::string renderGroupReport(const Model& model, const Aggregate& agg, ReportFormat format) {
    const report::Facts f(model, agg.consensus);
    switch (format) {
        case ReportFormat::Text: return report::textGroupReport(f, agg);
        case ReportFormat::Markdown: return report::markdownGroupReport(f, agg);
        case ReportFormat::Csv: return report::csvGroupReport(f, agg);
        case ReportFormat::Json: return report::jsonGroupReport(f, agg);
        case ReportFormat::Html:
        case ReportFormat::Png: break;
    }
    return {};
}

}  // namespace smm
