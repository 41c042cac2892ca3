#include "progress_bar.hpp"

#include <algorithm>

#include "shell/theme.hpp"

namespace smm::ui {

void progressBar(ImDrawList* dl, ImVec2 a, ImVec2 b, double share, ImU32 fill) {
    const float r = (b.y - a.y) * 0.5f;
    dl->AddRectFilled(a, b, palette().heatEmpty, r);
    const float w = (b.x - a.x) * static_cast<float>(std::clamp(share, 0.0, 1.0));
    if (w > 0.5f) dl->AddRectFilled(a, ImVec2(a.x + std::max(w, 2 * r), b.y), fill, r);
}

void tickMark(ImDrawList* dl, ImVec2 centre, float size, ImU32 colour, float thickness) {
    const ImVec2 pts[3] = {ImVec2(centre.x - size * 0.5f, centre.y),
                           ImVec2(centre.x - size * 0.15f, centre.y + size * 0.35f),
                           ImVec2(centre.x + size * 0.5f, centre.y - size * 0.35f)};
    dl->AddPolyline(pts, 3, colour, ImDrawFlags_None, thickness);
}

}  // namespace smm::ui
