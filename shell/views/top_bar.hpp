// The bar across the top: product mark, organisation, navigation, share,
// file menu and theme.
#pragma once

#include "shell/connectivity.hpp"
#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/theme.hpp"
#include "shell/view_ids.hpp"

namespace smm::ui {

constexpr float kTopBarHeight = 60.0f;

// Emits ShowView, CopyShareLink, ToggleTheme; opens the File menu popup
// (drawn by drawFileMenu right after, in the same window). `connectivity`
// gives the label before the right-hand buttons ("Works offline", "Offline"),
// a named region for tests.
void drawTopBar(const Document& doc, ViewId current, const Connectivity& connectivity, Intents& out);

}  // namespace smm::ui
