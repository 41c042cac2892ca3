// What leaves the browser: share links and exported files.
#include "core/links.hpp"
#include "core/model_io.hpp"
#include "core/report.hpp"
#include "core/report_html.hpp"
#include "core/report_responses.hpp"
#include "core/share_code.hpp"
#include "core/workshop_io.hpp"
#include "workspace.hpp"
#include "workspace_parts.hpp"

namespace smm {

using namespace workspace_parts;

std::string Workspace::shareLink() const {
    std::string base = platform_ ? platform_->pageAddress() : std::string();
    return base + "#" + linkFragment(LinkKind::Assessment, encodeShareCode(doc_->model(), doc_->assessment()));
}

void Workspace::copyShareLink() {
    if (doc_->model().id != models_.front()->id) {
        notices_.error("Links can only carry assessments of the built-in model",
                       {"Export JSON instead, and send the file."});
        return;
    }
    if (platform_) platform_->copyText(shareLink());
    notices_.success("Link copied",
                     {"It carries the answers and targets (not the notes) in its #fragment, which browsers never "
                      "send to a server."});
}

std::string Workspace::exportFileName(const char* extension) const {
    const Assessment& a = doc_->assessment();
    std::string name = slug(titleOf(a));
    if (!a.date.empty()) name += "-" + a.date;
    return name + "." + extension;
}

void Workspace::exportAs(ExportFormat format) {
    if (!platform_) return;
    const Model& m = doc_->model();
    const Assessment& a = doc_->assessment();
    const FormatInfo& info = formatInfo(format);
    const std::string file = exportFileName(info.extension);
    switch (format) {
        case ExportFormat::Json:
            // A workshop reloads whole: setup, responses, decisions and the agreed map.
            platform_->download(file, info.mimeType,
                                doc_->workshop() ? saveWorkshop(m, *doc_->workshop(), &a, true) : saveAssessment(a, m, true));
            break;
        case ExportFormat::Csv:
            // A workshop's spreadsheet is everyone's answers, anonymised.
            if (const Workshop* w = doc_->workshop())
                platform_->download(exportFileName("responses.csv"), info.mimeType, renderResponsesCsv(m, *w));
            else
                platform_->download(file, info.mimeType, renderExportReport(m, a, format));
            break;
        case ExportFormat::Text:
        case ExportFormat::Markdown: platform_->download(file, info.mimeType, renderExportReport(m, a, format)); break;
        case ExportFormat::Html:
            platform_->download(file, info.mimeType, renderHtmlReport(m, a, doc_->workshop()));
            break;
        case ExportFormat::Png: platform_->downloadScreenshot(file); break;
    }
}

void Workspace::exportUnopened(const std::string& id) {
    std::string text = Library::storedText(platform_, id);
    if (!platform_ || text.empty()) return;
    const LibraryEntry* entry = library_.find(id);
    platform_->download(slug(entry ? entry->title : id) + "-saved-data.json", "application/json", text);
}

}  // namespace smm
