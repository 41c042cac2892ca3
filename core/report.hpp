// Reports of one assessment (or a merged group) as text, Markdown, CSV and JSON.
#pragma once

#include <string>

#include "aggregate.hpp"
#include "assessment.hpp"
#include "formats.hpp"  // ReportFormat, parseReportFormat
#include "model.hpp"

namespace smm {


// Headline stage and blockers, per-dimension levels, targets and gaps,
// triggered risks, the roadmap in phases, and peer facts with sources.
std::string renderReport(const Model& model, const Assessment& a, ReportFormat format);

// The same for the formats the app exports as a report (text, Markdown, CSV;
// "" for the others): the app's JSON export is the assessment itself, so the
// browser build calls this and leaves the JSON report's code out (~5 KB brotli).
std::string renderExportReport(const Model& model, const Assessment& a, ReportFormat format);

// The same for a merged group, plus participants, agreement and the most
// contested questions.
std::string renderGroupReport(const Model& model, const Aggregate& agg, ReportFormat format);

}  // namespace smm
