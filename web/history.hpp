// The current view in the page's address (?view=...), through the History
// API: each view change is a history entry, so back and forward move between
// views, and a reload opens the same view and question.
#pragma once

#include "shell/app.hpp"

namespace smm::web {

// Opens the view the address names (a reload) and follows back/forward.
void installHistory();

// Once per frame after the UI: records where the reader went.
void syncHistory(const App& app);

}  // namespace smm::web
