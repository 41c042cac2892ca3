// What the workspace files share (workspace.cpp, workspace_import.cpp,
// workspace_export.cpp, workspace_workshop.cpp, workspace_busy.cpp): what a
// saved entry holds once read, an opened file parsed, how an assessment is named and how problems are worded in a notice.
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "core/json.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
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

// An opened file, parsed once to tell what it is (the loaders then read it
// with their own checks).
struct Workspace::Sniffed {
    Json doc;
    bool isModel() const { return doc.is_object() && doc.contains("stages"); }
    bool isList() const { return doc.is_array() || (doc.is_object() && doc.contains("assessments")); }
};

// Work in slices under way (workspace_busy.cpp): here, where the constructor sees it.
struct Workspace::BusyWork {
    enum class Stage { Read, Collect, OpenWorkshop, Paste, Save };
    Stage stage = Stage::Read;
    std::string name;     // the file's; empty for a paste
    std::string content;  // the file's text, or what was pasted
    bool checked = false;  // within the JSON limits (Stage::Read checks, then parses)
    std::optional<Sniffed> file;
    const Model* model = nullptr;  // the file's
    // The document collected into: its copy of the workshop takes its place at the end.
    unsigned generation = 0, revision = 0;
    Workshop into;
    // These read `file->doc`, which stays where it is (this is held by pointer).
    std::unique_ptr<FileCollector> collector;
    std::unique_ptr<WorkshopReader> reader;
    std::unique_ptr<PasteCollector> paste;
    std::size_t saving = 0;  // responses in the workshop being saved (Stage::Save)
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
