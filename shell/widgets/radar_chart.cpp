#include "radar_chart.hpp"

#include <imgui_internal.h>  // PushItemFlag

#include <algorithm>
#include <cmath>
#include <cstdio>

#include "core/scoring.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

constexpr float kPi = 3.14159265358979f;
constexpr float kLabelGap = 14.0f;   // between the outer ring and a label
constexpr float kMinRadius = 60.0f;
constexpr float kNamedMinRadius = 100.0f;  // smaller than this with names: numbers instead

ImFont* labelFont(const RadarChartData& d, std::size_t i) {
    return i < d.emphasised.size() && d.emphasised[i] ? fonts().bodyBold : fonts().body;
}

ImVec2 direction(std::size_t i, std::size_t n) {
    const float a = -kPi * 0.5f + 2.0f * kPi * static_cast<float>(i) / static_cast<float>(n);
    return ImVec2(std::cos(a), std::sin(a));
}

// Splits text into the lines ImGui would wrap it into at `width`.
std::vector<std::string> wrapLines(ImFont* font, const std::string& s, float width) {
    std::vector<std::string> lines;
    const float scale = fontSize(font) / font->FontSize;
    const char* p = s.c_str();
    const char* end = p + s.size();
    while (p < end) {
        const char* cut = font->CalcWordWrapPositionA(scale, p, end, width);
        if (cut == p) cut = p + 1;  // one word wider than the line: never loop forever
        std::string line(p, cut);
        while (!line.empty() && line.back() == ' ') line.pop_back();
        lines.push_back(line);
        p = cut;
        while (p < end && *p == ' ') ++p;
    }
    return lines;
}

struct Label {
    std::vector<std::string> lines;
    ImVec2 size;
    int align = 0;  // -1 right-aligned (left side), 0 centred, 1 left-aligned (right side)
};

// Away from the centre: labels on the right start at their anchor, those on
// the left end at it, those at the top and bottom are centred on it.
RadarRect placeLabel(const Label& l, ImVec2 centre, ImVec2 dir, float radius) {
    const ImVec2 anchor(centre.x + dir.x * (radius + kLabelGap), centre.y + dir.y * (radius + kLabelGap));
    float x = l.align > 0 ? anchor.x : l.align < 0 ? anchor.x - l.size.x : anchor.x - l.size.x * 0.5f;
    float y = anchor.y - l.size.y * 0.5f + dir.y * l.size.y * 0.5f;
    return {ImVec2(x, y), ImVec2(x + l.size.x, y + l.size.y)};
}

ImVec2 at(ImVec2 centre, ImVec2 dir, float r) { return ImVec2(centre.x + dir.x * r, centre.y + dir.y * r); }

// A star-shaped polygon (each vertex on its own spoke) filled as a fan from
// the centre: ImGui's convex fill would spill over concave corners.
void fillStar(ImDrawList* dl, ImVec2 centre, const std::vector<ImVec2>& pts, ImU32 colour) {
    const int n = static_cast<int>(pts.size());
    if (n < 3) return;
    const ImVec2 uv = ImGui::GetFontTexUvWhitePixel();
    dl->PrimReserve(n * 3, n + 1);
    const unsigned base = dl->_VtxCurrentIdx;  // read after reserving: it may start a new block
    dl->PrimWriteVtx(centre, uv, colour);
    for (const ImVec2& p : pts) dl->PrimWriteVtx(p, uv, colour);
    for (int i = 0; i < n; ++i) {
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + i));
        dl->PrimWriteIdx(static_cast<ImDrawIdx>(base + 1 + (i + 1) % n));
    }
}

// A closed dashed outline; the dash pattern runs on across corners.
void dashedPolygon(ImDrawList* dl, const std::vector<ImVec2>& pts, ImU32 colour, float thickness) {
    const float dash = 7.0f, gap = 5.0f;
    float phase = 0.0f;  // distance into the current dash+gap period
    for (std::size_t i = 0; i < pts.size(); ++i) {
        ImVec2 a = pts[i], b = pts[(i + 1) % pts.size()];
        float len = std::hypot(b.x - a.x, b.y - a.y);
        if (len < 0.5f) continue;
        ImVec2 u((b.x - a.x) / len, (b.y - a.y) / len);
        float t = 0.0f;
        while (t < len) {
            float step = std::min(len - t, phase < dash ? dash - phase : dash + gap - phase);
            if (phase < dash)
                dl->AddLine(ImVec2(a.x + u.x * t, a.y + u.y * t), ImVec2(a.x + u.x * (t + step), a.y + u.y * (t + step)),
                            colour, thickness);
            t += step;
            phase = std::fmod(phase + step, dash + gap);
        }
    }
}

void drawLabel(ImDrawList* dl, const RadarChartData& d, std::size_t i, const Label& l, const RadarRect& r, ImU32 colour) {
    ImFont* font = labelFont(d, i);
    const float lineHeight = l.size.y / static_cast<float>(std::max<std::size_t>(1, l.lines.size()));
    float y = r.min.y;
    for (const std::string& line : l.lines) {
        float w = textSize(font, line).x;
        float x = l.align > 0 ? r.min.x : l.align < 0 ? r.max.x - w : (r.min.x + r.max.x - w) * 0.5f;
        drawText(dl, font, ImVec2(x, y), colour, line);
        y += lineHeight;
    }
}

void drawTooltip(const RadarChartData& d, int i) {
    const Palette& p = palette();
    nextTooltipWidth(300.0f);
    ImGui::BeginTooltip();
    text(fonts().bodyBold, p.text, d.labels[i], true);
    text(fonts().body, p.accent, "Current level " + formatLevel(d.current[i]));
    const int target = i < static_cast<int>(d.targets.size()) ? d.targets[i] : 0;
    if (target > 0) {
        const bool reached = shownGap(d.current[i], target) <= 0.0;
        text(fonts().body, p.target,
             "Target " + std::to_string(target) + (reached ? "  (reached)" : "  (gap " + formatGap(d.current[i], target) + ")"));
    } else {
        text(fonts().body, p.textMuted, "No target set");
    }
    if (d.groupMeans && i < static_cast<int>(d.groupMeans->size()))
        text(fonts().body, p.textMuted, d.groupLabel + " " + formatLevel((*d.groupMeans)[i]));
    if (!d.hint.empty()) text(fonts().small, p.textMuted, d.hint, true);
    ImGui::EndTooltip();
}

}  // namespace

double shownGap(double level, int target) {
    if (target <= 0) return 0.0;
    return std::max(0.0, target - std::floor(level * 10.0 + 1e-6) / 10.0);
}

std::string formatGap(double level, int target) {
    if (target <= 0) return "\xE2\x80\x94";
    char buf[16];
    std::snprintf(buf, sizeof buf, "%.1f", shownGap(level, target));
    return buf;
}

RadarChartResult drawRadarChart(const RadarChartData& d, ImVec2 size, int highlight) {
    RadarChartResult res;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 top = ImGui::GetCursorScreenPos();
    const std::size_t n = d.labels.size();
    const float maxLevel = static_cast<float>(std::max(1, d.maxLevel));
    res.centre = ImVec2(top.x + size.x * 0.5f, top.y + size.y * 0.5f);

    // The pointer's way in; the keyboard reaches each dimension through the rows beside it.
    ImGui::PushItemFlag(ImGuiItemFlags_NoNav, true);
    const bool clicked = ImGui::InvisibleButton("##radar", size);
    ImGui::PopItemFlag();
    const bool hoveredChart = ImGui::IsItemHovered();
    if (n < 3) return res;  // fewer than three spokes is not a shape

    // Labels: wrapped, aligned by angle, and the largest radius that keeps
    // every label inside the chart's box.
    const float wrap = std::clamp(size.x * 0.18f, 96.0f, 140.0f);
    std::vector<Label> labels(n);
    auto makeLabels = [&](bool numbered) {
        for (std::size_t i = 0; i < n; ++i) {
            ImFont* font = labelFont(d, i);
            const std::string text = numbered ? std::to_string(i + 1) : d.labels[i];
            labels[i].lines = wrapLines(font, text, wrap);
            float w = 0.0f;
            for (const std::string& line : labels[i].lines) w = std::max(w, textSize(font, line).x);
            labels[i].size = ImVec2(w, textSize(font, text, wrap).y);
            const float dx = direction(i, n).x;
            labels[i].align = dx > 0.25f ? 1 : dx < -0.25f ? -1 : 0;
        }
    };
    // Inside the chart's box and clear of each other.
    auto fits = [&](float radius) {
        std::vector<RadarRect> rects;
        for (std::size_t i = 0; i < n; ++i) {
            RadarRect r = placeLabel(labels[i], res.centre, direction(i, n), radius);
            if (r.min.x < top.x || r.max.x > top.x + size.x || r.min.y < top.y || r.max.y > top.y + size.y) return false;
            for (const RadarRect& o : rects)
                if (r.overlaps(o)) return false;
            rects.push_back(r);
        }
        return true;
    };
    auto largestRadius = [&] {
        float radius = std::min(size.x, size.y) * 0.5f;
        while (radius > kMinRadius && !fits(radius)) radius -= 2.0f;
        return radius;
    };
    makeLabels(false);
    float radius = largestRadius();
    // Too narrow for the names (a phone): the spokes are numbered and the
    // caller's list says which number is which.
    if (radius < kNamedMinRadius || !fits(radius)) {
        res.numbered = true;
        makeLabels(true);
        radius = largestRadius();
    }
    res.radius = radius;
    for (std::size_t i = 0; i < n; ++i) res.labelRects.push_back(placeLabel(labels[i], res.centre, direction(i, n), radius));

    auto polygon = [&](auto value) {
        std::vector<ImVec2> pts;
        for (std::size_t i = 0; i < n; ++i)
            pts.push_back(at(res.centre, direction(i, n), radius * std::clamp(static_cast<float>(value(i)), 0.0f, maxLevel) / maxLevel));
        return pts;
    };

    // Which spoke the mouse is nearest to, by angle, near the chart or on a label.
    if (hoveredChart) {
        const ImVec2 m = ImGui::GetIO().MousePos;
        const float dx = m.x - res.centre.x, dy = m.y - res.centre.y;
        const float dist = std::hypot(dx, dy);
        for (std::size_t i = 0; i < n; ++i) {
            const RadarRect& r = res.labelRects[i];
            if (m.x >= r.min.x && m.x <= r.max.x && m.y >= r.min.y && m.y <= r.max.y) res.hovered = static_cast<int>(i);
        }
        if (res.hovered < 0 && dist > 12.0f && dist < radius + kLabelGap + 10.0f) {
            float a = std::atan2(dy, dx) + kPi * 0.5f;  // 0 at the top, clockwise
            if (a < 0) a += 2.0f * kPi;
            res.hovered = static_cast<int>(std::lround(a / (2.0f * kPi) * n)) % static_cast<int>(n);
        }
        if (clicked) res.clicked = res.hovered;
        if (res.hovered >= 0) ImGui::SetMouseCursor(ImGuiMouseCursor_Hand);
    }
    const int focus = res.hovered >= 0 ? res.hovered : highlight;

    // The web: a soft disc, rings for each level and one spoke per dimension.
    const std::vector<ImVec2> outer = polygon([&](std::size_t) { return maxLevel; });
    fillStar(dl, res.centre, outer, p.surfaceAlt);
    for (int level = 1; level <= d.maxLevel; ++level) {
        auto ring = polygon([&](std::size_t) { return level; });
        dl->AddPolyline(ring.data(), static_cast<int>(ring.size()), level == d.maxLevel ? p.textMuted : p.border,
                        ImDrawFlags_Closed, level == d.maxLevel ? 1.2f : 1.0f);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool on = static_cast<int>(i) == focus;
        dl->AddLine(res.centre, outer[i], on ? p.accent : p.border, on ? 2.0f : 1.0f);
    }

    // Series: group average under the assessment, target on top of both.
    if (d.groupMeans && d.groupMeans->size() == n) {
        auto group = polygon([&](std::size_t i) { return (*d.groupMeans)[i]; });
        const ImU32 c = withAlpha(p.text, 0.6f);
        dl->AddPolyline(group.data(), static_cast<int>(n), c, ImDrawFlags_Closed, 1.5f);
        for (const ImVec2& pt : group) dl->AddCircleFilled(pt, 2.5f, c);
    }
    res.points = polygon([&](std::size_t i) { return d.current[i]; });
    fillStar(dl, res.centre, res.points, withAlpha(p.accent, currentTheme() == ThemeKind::Dark ? 0.3f : 0.22f));
    dl->AddPolyline(res.points.data(), static_cast<int>(n), p.accent, ImDrawFlags_Closed, 2.5f);
    const bool anyTarget = std::any_of(d.targets.begin(), d.targets.end(), [](int t) { return t > 0; });
    if (anyTarget && d.targets.size() == n) {
        // A spoke without a target follows the current level, so the outline stays closed.
        auto target = polygon([&](std::size_t i) { return d.targets[i] > 0 ? d.targets[i] : d.current[i]; });
        dashedPolygon(dl, target, p.target, 2.0f);
        for (std::size_t i = 0; i < n; ++i)
            if (d.targets[i] > 0) dl->AddCircleFilled(target[i], 3.0f, p.target);
    }
    for (std::size_t i = 0; i < n; ++i) {
        const bool on = static_cast<int>(i) == focus;
        dl->AddCircleFilled(res.points[i], on ? 6.0f : 4.0f, p.accent);
        dl->AddCircle(res.points[i], on ? 6.0f : 4.0f, p.surface, 0, 1.5f);
    }

    // Ring numbers beside the top spoke, on a chip so lines crossing them do not hide them.
    for (int level = 1; level <= d.maxLevel; ++level) {
        const std::string num = std::to_string(level);
        const ImVec2 pt = at(res.centre, ImVec2(0, -1), radius * level / maxLevel);
        const ImVec2 ts = textSize(fonts().small, num), tl(pt.x + 5.0f, pt.y - 1.0f);
        dl->AddRectFilled(ImVec2(tl.x - 2.0f, tl.y), ImVec2(tl.x + ts.x + 2.0f, tl.y + ts.y), withAlpha(p.surfaceAlt, 0.9f), 3.0f);
        drawText(dl, fonts().small, tl, p.textMuted, num);
    }
    for (std::size_t i = 0; i < n; ++i)
        drawLabel(dl, d, i, labels[i], res.labelRects[i], static_cast<int>(i) == focus ? p.accent : p.text);

    if (res.hovered >= 0) drawTooltip(d, res.hovered);
    return res;
}

void drawRadarLegend(const RadarChartData& d) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 start = ImGui::GetCursorScreenPos();
    float x = start.x;
    const float y = start.y;
    auto item = [&](auto swatch, const std::string& label) {
        swatch(ImVec2(x, y + 8.0f));
        drawText(dl, fonts().small, ImVec2(x + 28.0f, y), p.textMuted, label);
        x += 28.0f + textSize(fonts().small, label).x + 22.0f;
    };
    item([&](ImVec2 s) {
        dl->AddRectFilled(ImVec2(s.x, s.y - 6), ImVec2(s.x + 20, s.y + 6), withAlpha(p.accent, 0.22f), 3.0f);
        dl->AddRect(ImVec2(s.x, s.y - 6), ImVec2(s.x + 20, s.y + 6), p.accent, 3.0f, 0, 2.0f);
    }, "Current level");
    if (std::any_of(d.targets.begin(), d.targets.end(), [](int t) { return t > 0; }))
        item([&](ImVec2 s) {
            dl->AddLine(s, ImVec2(s.x + 7, s.y), p.target, 2.0f);
            dl->AddLine(ImVec2(s.x + 12, s.y), ImVec2(s.x + 20, s.y), p.target, 2.0f);
        }, "Target");
    if (d.groupMeans)
        item([&](ImVec2 s) {
            const ImU32 c = withAlpha(p.text, 0.6f);
            dl->AddLine(s, ImVec2(s.x + 20, s.y), c, 1.5f);
            dl->AddCircleFilled(ImVec2(s.x + 10, s.y), 2.5f, c);
        }, d.groupLabel);
    ImGui::Dummy(ImVec2(x - start.x, textSize(fonts().small, "Ag").y + 2.0f));
}

}  // namespace smm::ui
