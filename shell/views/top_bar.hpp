// The bar across the top: product mark, organisation, navigation, theme.
#pragma once

#include <optional>

#include "shell/document.hpp"
#include "shell/theme.hpp"
#include "view_ids.hpp"

namespace smm::ui {

struct TopBarIntent {
    std::optional<ViewId> navigate;
    bool toggleTheme = false;
};

constexpr float kTopBarHeight = 60.0f;

TopBarIntent drawTopBar(const Document& doc, ViewId current);

}  // namespace smm::ui
