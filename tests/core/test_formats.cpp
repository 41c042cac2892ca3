// core/formats.hpp: one table of export formats for the File menu, the
// exporter and the command line.
#include <catch2/catch_test_macros.hpp>

#include <set>
#include <string>

#include "core/formats.hpp"

using namespace smm;

TEST_CASE("each export format has one row, and every row names its file") {
    std::set<ExportFormat> seen;
    for (const FormatInfo& f : kFormats) {
        CHECK(seen.insert(f.format).second);
        CHECK(std::string(f.extension).size() > 0);
        CHECK(std::string(f.mimeType).find('/') != std::string::npos);
        CHECK(&formatInfo(f.format) == &f);
        if (*f.menuLabel) CHECK(*f.menuHint);
    }
    CHECK(seen.size() == 6);
}

TEST_CASE("the command line reads the table's names and aliases, ignoring case") {
    for (const FormatInfo& f : kFormats) {
        ReportFormat out = ReportFormat::Png;
        if (!*f.name) continue;
        CHECK(parseReportFormat(f.name, out));
        CHECK(out == f.format);
        if (*f.alias) CHECK(parseReportFormat(f.alias, out));
    }
    ReportFormat out = ReportFormat::Text;
    CHECK_FALSE(parseReportFormat("html", out));  // the app's, not the command line's
    CHECK_FALSE(parseReportFormat("png", out));
    CHECK_FALSE(parseReportFormat("", out));
    CHECK(reportFormatNames() == "text, json, csv or md");
}
