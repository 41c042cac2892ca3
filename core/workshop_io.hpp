// A whole workshop as one JSON file - setup, whether results are revealed,
// decisions, the agreed map (targets) and every participant's answers - so
// it reloads unchanged. The file also reads as {"assessments": [...]}, the
// form `smm merge` and earlier versions take.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "assessment.hpp"
#include "json.hpp"
#include "model.hpp"
#include "problems.hpp"
#include "workshop.hpp"

namespace smm {

struct WorkshopFile {
    Workshop workshop;
    std::optional<Assessment> agreed;  // the merged map with the room's targets
};

std::string saveWorkshop(const Model& model, const Workshop& workshop, const Assessment* agreed, bool pretty = true);

// Strict: every response must load, problems name their place. A plain list
// of assessments ([...] or {"assessments": [...]}) loads as a workshop with
// no setup, revealed, each response's id taken from its content.
Loaded<WorkshopFile> loadWorkshop(std::string_view json, const Model& model);
// The same, from a document already parsed within the limits (checkJsonLimits).
Loaded<WorkshopFile> loadWorkshopDocument(const Json& doc, const Model& model);

// One participant's file ("Send my answers" as a download): their assessment
// with the workshop's and the response's ids.
std::string saveResponseFile(const Model& model, const std::string& workshopId, const Response& response);

// An id for a response that came without one: the same content gets the same id.
std::string contentResponseId(std::string_view text);

}  // namespace smm
