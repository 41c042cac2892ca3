#include "segmented.hpp"

#include <algorithm>
#include <numeric>
#include <string_view>

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

constexpr float kPadX = 14.0f;      // inside each segment, left and right
constexpr float kPadY = 8.0f;       // above and below wrapped labels
constexpr float kHintGap = 7.0f;    // between a key hint and its label
constexpr float kGroupGap = 10.0f;  // before a separated segment

// Splits `text` into lines no wider than `width` (word wrap, ImGui's rule).
std::vector<std::string_view> wrapLines(ImFont* font, std::string_view text, float width) {
    std::vector<std::string_view> lines;
    const float size = fontSize(font);
    // ImGui measures wrap widths in the font's own pixels.
    const float scale = size / font->FontSize;
    const char* s = text.data();
    const char* end = text.data() + text.size();
    while (s < end) {
        const char* wrap = font->CalcWordWrapPositionA(scale, s, end, std::max(1.0f, width));
        if (wrap == s) ++wrap;  // at least one character per line
        std::string_view line(s, static_cast<std::size_t>(wrap - s));
        while (!line.empty() && line.back() == ' ') line.remove_suffix(1);
        lines.push_back(line);
        s = wrap;
        while (s < end && *s == ' ') ++s;
    }
    if (lines.empty()) lines.emplace_back();
    return lines;
}

ImDrawFlags cornersFor(bool first, bool last) {
    if (first && last) return ImDrawFlags_RoundCornersAll;
    if (first) return ImDrawFlags_RoundCornersLeft;
    if (last) return ImDrawFlags_RoundCornersRight;
    return ImDrawFlags_RoundCornersNone;
}

}  // namespace

SegmentedResult segmented(const char* id, std::span<const Segment> segments, int selected, float width,
                          const SegmentedStyle& style) {
    SegmentedResult result;
    const int n = static_cast<int>(segments.size());
    if (n == 0) return result;
    const Palette& p = palette();
    ImFont* font = style.font ? style.font : fonts().body;
    ImFont* hintFont = fonts().small;
    const ImU32 fill = style.selectedFill ? style.selectedFill : p.accent;
    const ImU32 fillText = style.selectedText ? style.selectedText : p.textOnAccent;
    if (width <= 0.0f) width = ImGui::GetContentRegionAvail().x;

    // Widths: equal when every label fits on one line; otherwise what each
    // label needs, with any room left shared out; when even that is too wide,
    // labels wrap onto two lines, never inside a word, and key hints give way.
    float gaps = 0.0f;
    for (int i = 1; i < n; ++i) gaps += segments[i].separated ? kGroupGap : 0.0f;
    const float avail = std::max(width - gaps, 1.0f);
    std::vector<float> hintWidth(n), labelWidth(n), wordWidth(n);
    for (int i = 0; i < n; ++i) {
        hintWidth[i] = segments[i].keyHint.empty() ? 0.0f : textSize(hintFont, segments[i].keyHint).x + kHintGap;
        labelWidth[i] = textSize(font, segments[i].label).x;
        std::string_view rest = segments[i].label;
        while (!rest.empty()) {  // the longest word: a segment is never narrower
            const std::size_t space = rest.find(' ');
            wordWidth[i] = std::max(wordWidth[i], textSize(font, rest.substr(0, space)).x);
            rest = space == std::string_view::npos ? std::string_view() : rest.substr(space + 1);
        }
    }
    auto sum = [](const std::vector<float>& v) { return std::accumulate(v.begin(), v.end(), 0.0f); };
    bool hints = std::any_of(hintWidth.begin(), hintWidth.end(), [](float w) { return w > 0.0f; });
    std::vector<float> natural(n), minimum(n), widths(n, avail / n);
    auto measure = [&] {
        for (int i = 0; i < n; ++i) {
            const float hint = hints ? hintWidth[i] : 0.0f;
            natural[i] = hint + labelWidth[i] + 2 * kPadX;
            minimum[i] = hint + wordWidth[i] + 2 * kPadX;
        }
    };
    measure();
    if (hints && sum(natural) > avail) {  // something must wrap: drop the hints first
        hints = false;
        measure();
    }
    if (sum(natural) <= avail) {
        const bool fitsEqual = std::all_of(natural.begin(), natural.end(), [&](float w) { return w <= avail / n; });
        if (!(style.equalWidths && fitsEqual))
            for (int i = 0; i < n; ++i) widths[i] = natural[i] * avail / sum(natural);
    } else if (sum(minimum) < avail) {
        const float share = (avail - sum(minimum)) / (sum(natural) - sum(minimum));
        for (int i = 0; i < n; ++i) widths[i] = minimum[i] + (natural[i] - minimum[i]) * share;
    } else {
        for (int i = 0; i < n; ++i) widths[i] = minimum[i] * avail / sum(minimum);
    }
    if (!hints) std::fill(hintWidth.begin(), hintWidth.end(), 0.0f);

    // Height: more lines when a label has to wrap.
    std::vector<std::vector<std::string_view>> lines(n);
    const float lineHeight = fontSize(font);
    float height = style.height;
    for (int i = 0; i < n; ++i) {
        lines[i] = wrapLines(font, segments[i].label, widths[i] - 2 * kPadX - hintWidth[i] + 0.5f);
        height = std::max(height, lines[i].size() * lineHeight + 2 * kPadY);
    }

    const ImVec2 origin = ImGui::GetCursorScreenPos();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    result.min = origin;
    result.max = ImVec2(origin.x + width, origin.y + height);
    result.centres.resize(n);

    ImGui::PushID(id);
    float x = origin.x;
    for (int i = 0; i < n; ++i) {
        if (i > 0 && segments[i].separated) x += kGroupGap;
        const bool first = i == 0 || segments[i].separated;
        const bool last = i == n - 1 || segments[i + 1].separated;
        const ImVec2 a(x, origin.y), b(x + widths[i], origin.y + height);
        result.centres[i] = ImVec2((a.x + b.x) * 0.5f, (a.y + b.y) * 0.5f);

        ImGui::SetCursorScreenPos(a);
        ImGui::PushID(i);
        const bool clicked = ImGui::InvisibleButton((segments[i].label + "###segment").c_str(), ImVec2(b.x - a.x, b.y - a.y));
        const bool hovered = ImGui::IsItemHovered();
        const bool tip = ImGui::IsItemHovered(ImGuiHoveredFlags_ForTooltip);  // after a short, still hover
        const bool held = ImGui::IsItemActive();
        ImGui::PopID();
        if (clicked) result.clicked = i;
        if (hovered) result.hovered = i;

        // A group's background and outline, drawn once at its first segment.
        if (first) {
            float gx = x;
            int j = i;
            do { gx += widths[j]; ++j; } while (j < n && !segments[j].separated);
            dl->AddRectFilled(a, ImVec2(gx, b.y), p.surfaceAlt, metrics().rounding);
        }
        const ImDrawFlags corners = cornersFor(first, last);
        const bool isSelected = i == selected;
        if (isSelected) {
            dl->AddRectFilled(a, b, held ? mix(fill, p.text, 0.15f) : fill, metrics().rounding, corners);
        } else if (hovered || held) {
            dl->AddRectFilled(a, b, held ? mix(p.accentSoft, p.accent, 0.3f) : p.accentSoft, metrics().rounding, corners);
        }
        if (!first && !isSelected && i - 1 != selected)
            dl->AddLine(ImVec2(a.x, a.y + 8.0f), ImVec2(a.x, b.y - 8.0f), p.border, 1.0f);

        // Label, centred, line by line; the key hint sits before the first line.
        const ImU32 fg = isSelected ? fillText : p.text;
        const float blockH = lines[i].size() * lineHeight;
        float y = a.y + (height - blockH) * 0.5f;
        for (std::size_t l = 0; l < lines[i].size(); ++l) {
            const float lw = textSize(font, lines[i][l]).x;
            const float lead = l == 0 ? hintWidth[i] : 0.0f;
            float tx = a.x + (widths[i] - lw - lead) * 0.5f;
            if (lead > 0.0f) {
                const float hy = y + (lineHeight - fontSize(hintFont)) * 0.5f;
                drawText(dl, hintFont, ImVec2(tx, hy), isSelected ? withAlpha(fillText, 0.75f) : p.textMuted,
                         segments[i].keyHint);
                tx += lead;
            }
            drawText(dl, font, ImVec2(tx, y), fg, lines[i][l]);
            y += lineHeight;
        }

        if (tip && (!segments[i].tooltip.empty() || !segments[i].tooltipTitle.empty())) {
            ImGui::BeginTooltip();
            ImGui::PushTextWrapPos(320.0f);
            if (!segments[i].tooltipTitle.empty()) text(fonts().bodyBold, p.text, segments[i].tooltipTitle);
            if (!segments[i].tooltip.empty()) text(fonts().small, p.textMuted, segments[i].tooltip);
            ImGui::PopTextWrapPos();
            ImGui::EndTooltip();
        }
        x = b.x;
    }
    // Outlines last, so fills never cover them.
    x = origin.x;
    for (int i = 0; i < n;) {
        if (i > 0 && segments[i].separated) x += kGroupGap;
        float gx = x;
        int j = i;
        do { gx += widths[j]; ++j; } while (j < n && !segments[j].separated);
        dl->AddRect(ImVec2(x, origin.y), ImVec2(gx, origin.y + height), p.border, metrics().rounding, 0, 1.0f);
        x = gx;
        i = j;
    }
    ImGui::PopID();

    ImGui::SetCursorScreenPos(origin);
    ImGui::Dummy(ImVec2(width, height));
    return result;
}

}  // namespace smm::ui
