// The export formats, one table: the app's File menu, its exporter and the
// command line's usage text and --format all read kFormats. Adding a format
// is a row here, its case in the exporter (shell/workspace_export.cpp) and,
// for the command line, in renderReport (core/report.cpp).
#pragma once

#include <string>

namespace smm {

enum class ExportFormat { Text, Markdown, Csv, Json, Html, Png };
// The command line's reports are the same formats under the same enum.
using ReportFormat = ExportFormat;

struct FormatInfo {
    ExportFormat format;
    const char* name;       // on the command line ("md"); "" when the command line does not write it
    const char* alias;      // another name the command line accepts ("markdown"), or ""
    const char* extension;  // of the exported file
    const char* mimeType;
    const char* menuLabel;  // in the File menu; "" when the app does not export it
    const char* menuHint;
};

// In the File menu's order; the command line lists its names in this order
// too, its default (text) first.
inline constexpr FormatInfo kFormats[] = {
    {ExportFormat::Text, "text", "txt", "txt", "text/plain", "", ""},
    {ExportFormat::Html, "", "", "html", "text/html", "Report for executives (HTML, print-ready)",
     "Opens in any browser; print it or save it as PDF"},
    {ExportFormat::Json, "json", "", "json", "application/json", "Data (JSON, loads back)",
     "Everything, notes included; import it here again"},
    {ExportFormat::Csv, "csv", "", "csv", "text/csv", "Spreadsheet (CSV)", "One row per question"},
    {ExportFormat::Markdown, "md", "markdown", "md", "text/markdown", "Markdown report", "For a follow-up mail or a wiki"},
    {ExportFormat::Png, "", "", "png", "image/png", "Picture of the map (PNG)", "What the Maturity map view shows"},
};

const FormatInfo& formatInfo(ExportFormat format);

// Parses a command-line name ("text", "md", "markdown", "csv", "json"),
// ignoring case; false if unknown or not one the command line writes.
bool parseReportFormat(const std::string& name, ReportFormat& out);

// The command line's names joined for people: "text, md, csv or json".
std::string reportFormatNames();

}  // namespace smm
