// The app's views. kViews lists those in the navigation, in order.
#pragma once

namespace smm::ui {

enum class ViewId { Overview, Map, Radar, Questionnaire, Roadmap, Risks };

struct ViewInfo {
    ViewId id;
    const char* label;
    const char* slug;  // its name in the address (?view=map)
};

inline constexpr ViewInfo kViews[] = {
    {ViewId::Overview, "Overview", "overview"},
    {ViewId::Map, "Maturity map", "map"},
    {ViewId::Radar, "Radar", "radar"},
    {ViewId::Questionnaire, "Questionnaire", "questionnaire"},
    {ViewId::Roadmap, "Roadmap", "roadmap"},
    {ViewId::Risks, "Risks", "risks"},
};

}  // namespace smm::ui
