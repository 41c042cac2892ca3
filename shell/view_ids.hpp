// The app's views. kViews lists those in the navigation, in order;
// kParticipantViews those a workshop participant sees.
#pragma once

#include <span>

namespace smm::ui {

enum class ViewId { Overview, Map, Radar, Questionnaire, Roadmap, Risks, Workshop, Respond };

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
    {ViewId::Workshop, "Workshop", "workshop"},
};

// A participant answering a workshop's invitation sees only these.
inline constexpr ViewInfo kParticipantViews[] = {
    {ViewId::Respond, "Your workshop", "respond"},
    {ViewId::Questionnaire, "Questionnaire", "questionnaire"},
};

// The navigation for a participant or for everyone else.
inline std::span<const ViewInfo> navigation(bool participant) {
    if (participant) return kParticipantViews;
    return kViews;
}

}  // namespace smm::ui
