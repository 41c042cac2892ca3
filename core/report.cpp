// Reports for people (text, Markdown) and for other tools (CSV, JSON): one
// file per format (report_text.cpp, report_markdown.cpp, report_csv.cpp,
// report_json.cpp), what they share in report_parts.cpp.
#include "report.hpp"

#include "report_parts.hpp"

namespace smm {

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
    const report::Facts f(model, a);
    switch (format) {
        case ReportFormat::Text: return report::textReport(f);
        case ReportFormat::Markdown: return report::markdownReport(f);
        case ReportFormat::Csv: return report::csvReport(f);
        case ReportFormat::Json: return report::jsonReport(f);
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
    }
    return {};
}

}  // namespace smm
