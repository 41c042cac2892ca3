// The app's views, in the order the navigation shows them.
#pragma once

namespace smm::ui {

enum class ViewId { Map };

struct ViewInfo {
    ViewId id;
    const char* label;
};

inline constexpr ViewInfo kViews[] = {
    {ViewId::Map, "Maturity map"},
};

}  // namespace smm::ui
