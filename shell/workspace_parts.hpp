// What the workspace files share (workspace.cpp, workspace_import.cpp,
// workspace_export.cpp, workspace_workshop.cpp): what a saved entry holds
// once read, how an assessment is named and how problems are worded in a notice.
#pragma once

#include <optional>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "core/problems.hpp"
#include "workspace.hpp"

namespace smm {

// What a saved entry holds, read and checked, ready to show.
struct Workspace::Reading {
    const Model* model = nullptr;
    Assessment assessment;
    std::optional<Workshop> workshop;
    std::optional<Invitation> invitation;
    std::string problem;                // a notice title when it cannot be opened
    std::vector<std::string> details;
    std::vector<std::string> migrated;  // what changed since the model it was made with
};

}  // namespace smm

namespace smm::workspace_parts {

// The organisation's name, or "Untitled assessment".
std::string titleOf(const Assessment& a);
// One notice line per problem.
std::vector<std::string> problemLines(const std::vector<Problem>& problems);
// A file name's stem: "Northwind Traders" -> "northwind-traders".
std::string slug(const std::string& text);

}  // namespace smm::workspace_parts
