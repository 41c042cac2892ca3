#include "formats.hpp"

namespace smm {

const FormatInfo& formatInfo(ExportFormat format) {
    for (const FormatInfo& f : kFormats)
        if (f.format == format) return f;
    return kFormats[0];
}

bool parseReportFormat(const std::string& name, ReportFormat& out) {
    std::string n;
    for (char c : name) n += static_cast<char>(c >= 'A' && c <= 'Z' ? c - 'A' + 'a' : c);
    if (n.empty()) return false;
    for (const FormatInfo& f : kFormats)
        if (*f.name && (n == f.name || n == f.alias)) {
            out = f.format;
            return true;
        }
    return false;
}

std::string reportFormatNames() {
    std::string all, last;
    for (const FormatInfo& f : kFormats) {
        if (!*f.name) continue;
        if (!last.empty()) all += (all.empty() ? "" : ", ") + last;
        last = f.name;
    }
    return all.empty() ? last : all + " or " + last;
}

}  // namespace smm
