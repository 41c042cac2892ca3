// The File menu: name, new, import, export, and the assessments kept in this
// browser. Opened from the top bar.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/library.hpp"

namespace smm::ui {

inline constexpr const char* kFileMenuId = "File menu";

struct FileMenuState {
    char organisation[128] = {};
    unsigned syncedRevision = ~0u;  // the edit buffer follows the document unless being typed in
    bool confirmDelete = false;
};

void drawFileMenu(const Document& doc, const Library& library, bool previewing, FileMenuState& state, Intents& out);

}  // namespace smm::ui
