// The bar across the top: product mark, organisation, navigation, share,
// file menu and theme.
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/theme.hpp"
#include "shell/view_ids.hpp"

namespace smm::ui {

constexpr float kTopBarHeight = 60.0f;

// Emits ShowView, CopyShareLink, ToggleTheme; opens the File menu popup
// (drawn by drawFileMenu right after, in the same window).
void drawTopBar(const Document& doc, ViewId current, Intents& out);

}  // namespace smm::ui
