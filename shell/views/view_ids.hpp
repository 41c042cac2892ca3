// The app's views. kViews lists those in the navigation, in order.
#pragma once

namespace smm::ui {

enum class ViewId { Overview, Map, Radar, Questionnaire, Roadmap, Risks };

struct ViewInfo {
    ViewId id;
    const char* label;
};

inline constexpr ViewInfo kViews[] = {
    {ViewId::Map, "Maturity map"},
};

}  // namespace smm::ui
