// The app's views. kViews lists those in the navigation, in order.
#pragma once

namespace smm::ui {

enum class ViewId { Overview, Map, Radar, Questionnaire, Roadmap, Risks };

struct ViewInfo {
    ViewId id;
    const char* label;
};

inline constexpr ViewInfo kViews[] = {
    {ViewId::Overview, "Overview"},
    {ViewId::Map, "Maturity map"},
    {ViewId::Radar, "Radar"},
    {ViewId::Questionnaire, "Questionnaire"},
    {ViewId::Roadmap, "Roadmap"},
    {ViewId::Risks, "Risks"},
};

}  // namespace smm::ui
