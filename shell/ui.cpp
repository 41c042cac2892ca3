#include "ui.hpp"

#include <imgui_internal.h>  // the current window, for the layout capture

#include <algorithm>
#include <cstdio>

#include "core/format.hpp"
#include "fonts.hpp"
#include "keyboard.hpp"
#include "theme.hpp"

namespace smm::ui {
namespace {
bool gCapture = false;
std::vector<std::string> gCaptured;
std::vector<DrawnText> gLayout;
void capture(std::string_view s, ImFont* font = nullptr, ImVec2 pos = {}, float wrapWidth = 0.0f,
             ImVec4 clip = {}) {
    if (!gCapture) return;
    gCaptured.emplace_back(s);
    if (font) gLayout.push_back({std::string(s), font, pos, wrapWidth, clip});
}
}  // namespace

void setTextCapture(bool on) { gCapture = on; }
const std::vector<std::string>& capturedText() { return gCaptured; }
const std::vector<DrawnText>& capturedLayout() { return gLayout; }
void clearCapturedText() {
    gCaptured.clear();
    gLayout.clear();
}

float fontSize(ImFont* font) { return font->FontSize * ImGui::GetIO().FontGlobalScale; }

ImVec2 textSize(ImFont* font, std::string_view text, float wrapWidth) {
    return font->CalcTextSizeA(fontSize(font), FLT_MAX, wrapWidth, text.data(), text.data() + text.size());
}

void drawText(ImDrawList* dl, ImFont* font, ImVec2 pos, ImU32 colour, std::string_view text, float wrapWidth) {
    capture(text, font, pos, wrapWidth, dl->_CmdHeader.ClipRect);
    dl->AddText(font, fontSize(font), pos, colour, text.data(), text.data() + text.size(), wrapWidth);
}

void drawTextSized(ImDrawList* dl, ImFont* font, float size, ImVec2 pos, ImU32 colour, std::string_view text,
                   float wrapWidth) {
    capture(text);
    dl->AddText(font, size, pos, colour, text.data(), text.data() + text.size(), wrapWidth);
}

std::string fitText(ImFont* font, const std::string& s, float width) {
    return fitWithEllipsis(s, [&](const std::string& t) { return textSize(font, t).x <= width; });
}

float widestWord(ImFont* font, std::string_view text) {
    float widest = 0.0f;
    std::size_t start = 0;
    while (start <= text.size()) {
        std::size_t end = text.find(' ', start);
        if (end == std::string_view::npos) end = text.size();
        if (end > start) widest = std::max(widest, textSize(font, text.substr(start, end - start)).x);
        start = end + 1;
    }
    return widest;
}

ImFont* fontForWords(ImFont* preferred, ImFont* smaller, std::string_view text, float width) {
    return widestWord(preferred, text) <= width ? preferred : smaller;
}

void text(ImFont* font, ImU32 colour, std::string_view text, bool wrap) {
    ImGui::PushFont(font);
    ImGui::PushStyleColor(ImGuiCol_Text, colour);
    if (wrap) ImGui::PushTextWrapPos(0.0f);
    if (gCapture) {  // wrapped where ImGui will wrap it: at the pushed wrap position, if any
        ImGuiWindow* w = ImGui::GetCurrentWindow();
        const float wrapPos = w->DC.TextWrapPos;
        const float wrapWidth = wrapPos >= 0.0f ? ImGui::CalcWrapWidthForPos(w->DC.CursorPos, wrapPos) : 0.0f;
        capture(text, font, w->DC.CursorPos, wrapWidth, w->DrawList->_CmdHeader.ClipRect);
    }
    ImGui::TextUnformatted(text.data(), text.data() + text.size());
    if (wrap) ImGui::PopTextWrapPos();
    ImGui::PopStyleColor();
    ImGui::PopFont();
}

void nextTooltipWidth(float width) {
    const float screen = ImGui::GetIO().DisplaySize.x;
    ImGui::SetNextWindowSize(ImVec2(screen > 0.0f ? std::min(width, screen - 16.0f) : width, 0.0f));
}

bool beginCard(const char* id, ImVec2 size, float padding) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(padding, padding));
    ImGui::PushStyleColor(ImGuiCol_ChildBg, palette().surface);
    ImGui::PushStyleColor(ImGuiCol_Border, palette().border);
    const ImGuiChildFlags flags = ImGuiChildFlags_Border | ImGuiChildFlags_AlwaysUseWindowPadding |
                                  (size.y == 0 ? ImGuiChildFlags_AutoResizeY : 0);
    bool visible = ImGui::BeginChild(id, size, flags, ImGuiWindowFlags_NoScrollbar | kTabThrough);
    ImGui::PopStyleColor(2);
    ImGui::PopStyleVar();
    return visible;
}

void endCard() { ImGui::EndChild(); }

namespace {
constexpr float kLegendLine = 22.0f, kLegendGap = 18.0f;
}

LegendFlow::LegendFlow(ImDrawList* dl, ImVec2 origin, float width, bool draw)
    : dl_(dl), origin_(origin), width_(width), lineHeight_(kLegendLine), draw_(draw) {}

ImVec2 LegendFlow::place(const char* label, float swatchWidth) {
    const float w = swatchWidth + 6.0f + textSize(fonts().small, label).x;
    if (x_ > 0.0f && x_ + w > width_) {  // the next line, never a label cut at the edge
        x_ = 0.0f;
        y_ += lineHeight_;
        lineHeight_ = kLegendLine;
    }
    // Wider than a whole line: the label wraps between its words.
    wrap_ = x_ + w > width_ ? width_ - x_ - swatchWidth - 6.0f : 0.0f;
    if (wrap_ > 0.0f) lineHeight_ = std::max(lineHeight_, textSize(fonts().small, label, wrap_).y + 8.0f);
    const ImVec2 at(origin_.x + x_, origin_.y + y_ + 2.0f);
    x_ += w + kLegendGap;
    return at;
}

void LegendFlow::drawLabel(const char* label, ImVec2 at, float wrap) {
    drawText(dl_, fonts().small, at, palette().textMuted, label, wrap);
}

float LegendFlow::height() const { return y_ + lineHeight_; }

bool button(const char* label) {
    if (gCapture) {
        const ImGuiStyle& style = ImGui::GetStyle();
        ImGuiWindow* w = ImGui::GetCurrentWindow();
        const ImVec2 pos(w->DC.CursorPos.x + style.FramePadding.x, w->DC.CursorPos.y + style.FramePadding.y);
        capture(ImGui::FindRenderedTextEnd(label) == label ? "" : std::string_view(label, ImGui::FindRenderedTextEnd(label) - label),
                ImGui::GetFont(), pos, 0.0f, w->ClipRect.ToVec4());
    }
    return ImGui::Button(label);
}

ImVec2 pill(ImDrawList* dl, ImVec2 pos, std::string_view label, ImU32 background, ImU32 foreground) {
    ImFont* font = fonts().small;
    ImVec2 ts = textSize(font, label);
    ImVec2 size(ts.x + 14.0f, ts.y + 4.0f);
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), background, size.y * 0.5f);
    drawText(dl, font, ImVec2(pos.x + 7.0f, pos.y + 2.0f), foreground, label);
    return size;
}


}  // namespace smm::ui
