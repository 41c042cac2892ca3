// A row of joined buttons of which at most one is selected, e.g. an answer
// scale ("No" | "Yes, in places" | ...) or a target level (None | 1 | 2 ...).
// Large enough for touch; labels wrap onto two lines when a segment is narrow.
// The selected segment is filled (accent unless the style says otherwise).
#pragma once

#include <imgui.h>

#include <span>
#include <string>
#include <utility>
#include <vector>

namespace smm::ui {

// Segment("No", "1"), Segment("3").withTooltip("Stage 3", "..."), Segment("Not applicable").apart().
struct Segment {
    std::string label;
    std::string keyHint;       // small text before the label, e.g. "1" for a keyboard shortcut
    std::string tooltipTitle;  // bold first line of the tooltip, optional
    std::string tooltip;       // shown after a short hover when not empty, wrapped
    bool separated = false;    // a small gap before this segment (e.g. "Not applicable")

    explicit Segment(std::string label_, std::string keyHint_ = {})
        : label(std::move(label_)), keyHint(std::move(keyHint_)) {}
    Segment& withTooltip(std::string title, std::string body) {
        tooltipTitle = std::move(title);
        tooltip = std::move(body);
        return *this;
    }
    Segment& apart() {
        separated = true;
        return *this;
    }
};

struct SegmentedStyle {
    float height = 40.0f;    // grows when a label needs two lines
    ImFont* font = nullptr;  // default fonts().body
    ImU32 selectedFill = 0;  // default palette().accent
    ImU32 selectedText = 0;  // default palette().textOnAccent
    bool equalWidths = true; // false: widths follow the labels
};

struct SegmentedResult {
    int clicked = -1;               // index clicked this frame, -1 when none
    int hovered = -1;
    std::vector<ImVec2> centres;    // screen centre of each segment (for tests and hit-testing)
    ImVec2 min{0, 0}, max{0, 0};    // the whole control
};

// Lays the control out as one item `width` wide (0: the available width).
SegmentedResult segmented(const char* id, std::span<const Segment> segments, int selected, float width = 0.0f,
                          const SegmentedStyle& style = {});

}  // namespace smm::ui
