// A whole workshop as one JSON file - setup, whether results are revealed,
// decisions, the agreed map (targets) and every participant's answers - so
// it reloads unchanged. The file also reads as {"assessments": [...]}, the
// form `smm merge` and earlier versions take.
#pragma once

#include <cstddef>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

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

// loadWorkshopDocument in slices, so a page keeps drawing while thousands of
// responses are read: the setup and agreed map first, then `count` responses
// per step(). The result is loadWorkshopDocument's. `doc` must outlive it.
class WorkshopReader {
public:
    WorkshopReader(const Json& doc, const Model& model);
    std::size_t total() const { return list_ ? list_->size() : 0; }
    std::size_t done() const { return next_; }
    bool finished() const { return next_ >= total(); }
    void step(std::size_t count);
    Loaded<WorkshopFile> finish();

private:
    const Model& model_;
    const Json* list_ = nullptr;
    std::string base_;
    std::size_t next_ = 0;
    WorkshopFile file_;
    std::vector<Problem> problems_;
    std::vector<std::string> notices_;
};

// One participant's file ("Send my answers" as a download): their assessment
// with the workshop's and the response's ids.
std::string saveResponseFile(const Model& model, const std::string& workshopId, const Response& response);

// An id for a response that came without one: the same content gets the same id.
std::string contentResponseId(std::string_view text);

}  // namespace smm
