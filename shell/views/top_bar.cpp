#include "top_bar.hpp"

#include <algorithm>
#include <string>

#include "shell/fonts.hpp"
#include "shell/item_registry.hpp"
#include "file_menu.hpp"
#include "shell/ui.hpp"

namespace smm::ui {
namespace {

// The product mark: three rising bars, the ladder in miniature.
void drawMark(ImDrawList* dl, ImVec2 at, float size) {
    const Palette& p = palette();
    dl->AddRectFilled(at, ImVec2(at.x + size, at.y + size), p.accent, 7.0f);
    const float w = size * 0.16f, gap = size * 0.08f, base = at.y + size * 0.78f;
    float x = at.x + size * 0.2f;
    for (int i = 0; i < 3; ++i) {
        float h = size * (0.22f + 0.18f * i);
        dl->AddRectFilled(ImVec2(x, base - h), ImVec2(x + w, base), p.textOnAccent, 1.5f);
        x += w + gap;
    }
}

// Horizontal padding each side of a nav button's label: 14 px when there is
// room; the top bar shrinks it on narrow windows.
constexpr float kNavPad = 14.0f;

float navButtonWidth(ImFont* font, const char* label, float padX = kNavPad) {
    return textSize(font, label).x + 2.0f * padX;
}

// `id` is the ImGui label (tests find the button by its visible part); `text`
// is what is drawn, by default the id.
bool navButton(const char* id, bool selected, bool primary = false, float padX = kNavPad,
               ImFont* font = nullptr, const char* text = nullptr) {
    const Palette& p = palette();
    if (!font) font = fonts().bodyBold;
    if (!text) text = id;
    ImVec2 ts = textSize(font, text);
    ImVec2 size(navButtonWidth(font, text, padX), metrics().target);
    ImVec2 pos = ImGui::GetCursorScreenPos();
    bool clicked = ImGui::InvisibleButton(id, size);
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImU32 bg = primary ? (hovered ? mix(p.accent, p.text, 0.15f) : p.accent)
                       : selected ? p.accentSoft : (hovered ? p.surfaceAlt : 0);
    if (bg) dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y), bg, metrics().rounding);
    ImU32 fg = primary ? p.textOnAccent : selected ? p.accent : (hovered ? p.text : p.textMuted);
    drawText(dl, font, ImVec2(pos.x + padX, pos.y + (size.y - ts.y) * 0.5f), fg, text);
    return clicked;
}


// A round button showing a half-filled circle: light/dark theme.
bool themeButton() {
    const Palette& p = palette();
    ImVec2 pos = ImGui::GetCursorScreenPos();
    const float size = metrics().target;
    bool clicked = ImGui::InvisibleButton("Switch theme", ImVec2(size, size));
    bool hovered = ImGui::IsItemHovered();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    ImVec2 c(pos.x + size * 0.5f, pos.y + size * 0.5f);
    if (hovered) dl->AddCircleFilled(c, size * 0.5f, p.surfaceAlt);
    dl->AddCircle(c, 8.0f, p.textMuted, 24, 1.8f);
    dl->PathArcTo(c, 8.0f, -3.14159265f * 0.5f, 3.14159265f * 0.5f, 16);
    dl->PathFillConvex(p.textMuted);
    if (hovered) ImGui::SetTooltip(currentTheme() == ThemeKind::Light ? "Dark theme" : "Light theme");
    return clicked;
}

// The connectivity label ("Works offline", "Offline"): a dot, then the words
// in the small font; a tooltip says what it means.
constexpr float kStatusDot = 8.0f, kStatusDotGap = 6.0f, kStatusGap = 14.0f;

float statusWidth(const char* label) {
    return label[0] ? kStatusDot + kStatusDotGap + textSize(fonts().small, label).x : 0.0f;
}

void drawStatus(ImVec2 at, float height, const Connectivity& c) {
    const char* label = connectivityLabel(c);
    if (!label[0]) return;
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 ts = textSize(fonts().small, label);
    const float mid = at.y + height * 0.5f;
    dl->AddCircleFilled(ImVec2(at.x + kStatusDot * 0.5f, mid), kStatusDot * 0.5f, c.online ? p.good : p.warning);
    drawText(dl, fonts().small, ImVec2(at.x + kStatusDot + kStatusDotGap, mid - ts.y * 0.5f), p.textMuted, label);
    const ImVec2 max(at.x + statusWidth(label), at.y + height);
    nameRegion(label, at, max);  // tests find it by its words
    if (ImGui::IsMouseHoveringRect(at, max)) ImGui::SetTooltip("%s", connectivityHint(c));
}

constexpr const char* kProductName = "Social Maturity Map";
constexpr float kMarkSize = 32.0f;
constexpr float kMarkToText = 12.0f;   // mark to product name
constexpr float kTabSpacing = 4.0f;    // between nav tabs
constexpr float kRightSpacing = 8.0f;  // between the right-hand buttons
constexpr float kMinNavPad = 8.0f;     // nav padding, before the product name goes
constexpr float kTightNavPad = 6.0f;   // nav padding on the narrowest windows

// Where everything in the bar goes, worked out before anything is drawn so
// that nothing overlaps: when the bar is too narrow it gives up, in order, the
// organisation line's width, nav padding, the product name (the mark stays),
// the connectivity label, then margins. Below kPhoneWidth the phone bar (drawPhoneBar) is used instead.
struct BarLayout {
    float pad = 20.0f;         // window edge to the mark, and to the theme button
    bool showName = true;      // the product name beside the mark
    float brandWidth = 0.0f;   // mark + name/organisation text
    float brandGap = 36.0f;    // brand to the first tab
    float navPad = kNavPad;
    float tabSpacing = kTabSpacing;
    ImFont* navFont = nullptr;
    const char* linkText = "Copy link";
    const char* status = "";   // the connectivity label, or "" when there is none or no room
    float statusWidth = 0.0f;  // its width and the gap after it
    float rightWidth = 0.0f;
};

float labelsWidth(ImFont* font, std::span<const ViewInfo> views) {
    float w = 0.0f;
    for (const ViewInfo& v : views) w += textSize(font, v.label).x;
    return w;
}

BarLayout layoutBar(float width, float orgWidth, std::span<const ViewInfo> views, const char* linkText,
                    const char* status) {
    const int kTabCount = static_cast<int>(views.size());
    BarLayout L;
    L.linkText = linkText;
    L.navFont = fonts().bodyBold;
    L.status = status;
    L.statusWidth = status[0] ? statusWidth(status) + kStatusGap : 0.0f;
    L.rightWidth = L.statusWidth + navButtonWidth(L.navFont, L.linkText) + kRightSpacing +
                   navButtonWidth(L.navFont, "File") + kRightSpacing + metrics().target;
    const float minGap = 16.0f;  // last tab to the right-hand buttons
    // The nav padding that makes everything fit exactly, given the rest.
    auto padThatFits = [&]() {
        const float fixed = L.pad + L.brandWidth + L.brandGap + minGap + L.rightWidth + L.pad +
                            L.tabSpacing * (kTabCount - 1) + labelsWidth(L.navFont, views);
        return (width - fixed) / (2.0f * kTabCount);
    };
    const float name = textSize(fonts().bodyBold, kProductName).x;
    const float text = kMarkSize + kMarkToText;

    L.brandWidth = text + std::max(name, orgWidth);  // 1. everything at full size
    if (padThatFits() >= kNavPad) return L;
    L.brandWidth = text + name;  // 2. the organisation line no longer widens the brand
    if (padThatFits() >= kNavPad) return L;
    L.navPad = std::min(kNavPad, padThatFits());  // 3. tighter tabs
    if (L.navPad >= kMinNavPad) return L;
    L.rightWidth -= L.statusWidth;  // 4. no connectivity label
    L.status = "";
    L.statusWidth = 0.0f;
    L.navPad = std::min(kNavPad, padThatFits());
    if (L.navPad >= kMinNavPad) return L;
    L.showName = false;  // 5. the mark alone
    L.brandWidth = kMarkSize;
    L.brandGap = 20.0f;
    L.navPad = std::min(kNavPad, padThatFits());
    if (L.navPad >= kMinNavPad) return L;
    L.pad = 12.0f;  // 6. narrower margins and spacing
    L.brandGap = 12.0f;
    L.tabSpacing = 2.0f;
    L.navPad = std::min(kNavPad, padThatFits());
    if (L.navPad >= kTightNavPad) return L;
    L.navFont = fonts().small;  // 7. smaller tab labels; below this the tabs are clipped
    L.navPad = std::clamp(padThatFits(), 2.0f, kNavPad);
    return L;
}

constexpr const char* kViewsMenuId = "Views menu";

const char* viewLabel(ViewId id) {
    for (const ViewInfo& v : kViews)
        if (v.id == id) return v.label;
    for (const ViewInfo& v : kParticipantViews)
        if (v.id == id) return v.label;
    return "";
}

// A phone's navigation: one button naming the current view, with a down
// arrow, that opens a menu of every view (tabs would not fit).
void drawViewsButton(ViewId current, float maxWidth) {
    const Palette& p = palette();
    ImFont* font = fonts().bodyBold;
    const float arrow = 10.0f, padX = 12.0f;
    const std::string label = fitText(font, viewLabel(current), maxWidth - 2 * padX - arrow - 8.0f);
    const ImVec2 ts = textSize(font, label);
    const ImVec2 size(ts.x + 2 * padX + arrow + 8.0f, metrics().target);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    if (ImGui::InvisibleButton("Views###views-menu", size)) ImGui::OpenPopup(kViewsMenuId);
    const bool open = ImGui::IsPopupOpen(kViewsMenuId);
    ImDrawList* dl = ImGui::GetWindowDrawList();
    dl->AddRectFilled(pos, ImVec2(pos.x + size.x, pos.y + size.y),
                      open || ImGui::IsItemHovered() ? mix(p.accentSoft, p.accent, 0.12f) : p.accentSoft, 8.0f);
    drawText(dl, font, ImVec2(pos.x + padX, pos.y + (size.y - ts.y) * 0.5f), p.accent, label);
    const ImVec2 a(pos.x + padX + ts.x + 8.0f, pos.y + size.y * 0.5f - 2.5f);
    dl->AddTriangleFilled(a, ImVec2(a.x + arrow, a.y), ImVec2(a.x + arrow * 0.5f, a.y + 5.5f), p.accent);
}

void drawViewsMenu(ViewId current, std::span<const ViewInfo> views, Intents& out) {
    const ImGuiIO& io = ImGui::GetIO();
    const float width = std::min(300.0f, io.DisplaySize.x - 24.0f);
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(8.0f, 8.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(0.0f, 2.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_SelectableTextAlign, ImVec2(0.0f, 0.5f));
    if (ImGui::BeginPopup(kViewsMenuId)) {
        for (const ViewInfo& v : views) {
            ImGui::PushFont(v.id == current ? fonts().bodyBold : fonts().body);
            if (ImGui::Selectable(v.label, v.id == current, 0, ImVec2(width, metrics().target))) {
                out.push_back(ShowView{v.id});
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopFont();
        }
        ImGui::EndPopup();
    }
    ImGui::PopStyleVar(3);
}

// Below kPhoneWidth: the mark (when there is room), the views button, the
// connectivity label (when the views button keeps room for a view's name),
// then Link, File and the theme, right-aligned.
void drawPhoneBar(ImVec2 origin, float width, ViewId current, bool participant, const Connectivity& connectivity,
                  Intents& out) {
    const float pad = 12.0f, y = origin.y + (kTopBarHeight - metrics().target) * 0.5f;
    ImFont* font = fonts().bodyBold;
    const float rightWidth = navButtonWidth(font, "Link") + kRightSpacing + navButtonWidth(font, "File") +
                             kRightSpacing + metrics().target;
    const float rightX = origin.x + width - pad - rightWidth;
    float x = origin.x + pad;
    if (width >= 420.0f) {
        drawMark(ImGui::GetWindowDrawList(), ImVec2(x, origin.y + 14.0f), kMarkSize);
        x += kMarkSize + 12.0f;
    }
    float viewsEnd = rightX;  // the views button ends before this, less a 12 px gap
    const char* status = connectivityLabel(connectivity);
    const float statusW = status[0] ? statusWidth(status) + 10.0f : 0.0f;
    constexpr float kMinViewsButton = 110.0f;
    if (statusW > 0.0f && rightX - statusW - 12.0f - x >= kMinViewsButton) {
        viewsEnd -= statusW;
        drawStatus(ImVec2(viewsEnd, y), metrics().target, connectivity);
    }
    ImGui::SetCursorScreenPos(ImVec2(x, y));
    drawViewsButton(current, viewsEnd - 12.0f - x);
    drawViewsMenu(current, navigation(participant), out);

    ImGui::SetCursorScreenPos(ImVec2(rightX, y));
    if (participant) {
        if (navButton("Send###send-answers", false, true, kNavPad, font, "Send")) out.push_back(SendAnswers{false});
    } else if (navButton("Link###copy-link", false, true, kNavPad, font, "Link")) {
        out.push_back(CopyShareLink{});
    }
    ImGui::SameLine(0.0f, kRightSpacing);
    if (navButton("File", ImGui::IsPopupOpen(kFileMenuId))) ImGui::OpenPopup(kFileMenuId);
    ImGui::SameLine(0.0f, kRightSpacing);
    if (themeButton()) out.push_back(ToggleTheme{});
}

}  // namespace

void drawTopBar(const Document& doc, ViewId current, const Connectivity& connectivity, Intents& out) {
    const Palette& p = palette();
    ImDrawList* dl = ImGui::GetWindowDrawList();
    const ImVec2 origin = ImGui::GetCursorScreenPos();
    const float width = ImGui::GetContentRegionAvail().x;
    dl->AddRectFilled(origin, ImVec2(origin.x + width, origin.y + kTopBarHeight), p.surface);
    dl->AddLine(ImVec2(origin.x, origin.y + kTopBarHeight - 0.5f),
                ImVec2(origin.x + width, origin.y + kTopBarHeight - 0.5f), p.border);

    // A participant answering a workshop sees their workshop and the questions, and sends.
    const bool participant = doc.invitation() != nullptr;
    const std::span<const ViewInfo> views = navigation(participant);
    if (width < kPhoneWidth) {
        drawPhoneBar(origin, width, current, participant, connectivity, out);
        ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + kTopBarHeight));
        ImGui::Dummy(ImVec2(0, 0));
        return;
    }

    const Assessment& a = doc.assessment();
    std::string org = a.organisation.empty() ? std::string("Untitled assessment") : a.organisation;
    if (!a.date.empty()) org += "  \xC2\xB7  " + a.date;
    const BarLayout L = layoutBar(width, textSize(fonts().small, org).x, views,
                                  participant ? "Send my answers" : "Copy link", connectivityLabel(connectivity));
    const float tabsX = origin.x + L.pad + L.brandWidth + L.brandGap;
    const float rightX = origin.x + width - L.pad - L.rightWidth;

    // Brand: the mark, the product name, the organisation and date beneath.
    const ImVec2 mark(origin.x + L.pad, origin.y + 14.0f);
    drawMark(dl, mark, kMarkSize);
    if (L.showName) {
        const float x = mark.x + kMarkSize + kMarkToText;
        drawText(dl, fonts().bodyBold, ImVec2(x, origin.y + 12.0f), p.text, kProductName);
        // The organisation line may run under the gap before the tabs, no further.
        const std::string shown = fitText(fonts().small, org, tabsX - 12.0f - x);
        if (!shown.empty()) drawText(dl, fonts().small, ImVec2(x, origin.y + 32.0f), p.textMuted, shown);
        if (shown != org && ImGui::IsMouseHoveringRect(mark, ImVec2(tabsX, origin.y + 48.0f)))
            ImGui::SetTooltip("%s", org.c_str());
    } else if (ImGui::IsMouseHoveringRect(mark, ImVec2(mark.x + kMarkSize, mark.y + kMarkSize))) {
        ImGui::SetTooltip("%s\n%s", kProductName, org.c_str());
    }

    // Nav tabs; on the narrowest windows they are clipped short of the buttons.
    ImGui::PushClipRect(ImVec2(tabsX, origin.y), ImVec2(std::max(tabsX, rightX - 8.0f), origin.y + kTopBarHeight),
                        true);
    const float buttonY = origin.y + (kTopBarHeight - metrics().target) * 0.5f;
    ImGui::SetCursorScreenPos(ImVec2(tabsX, buttonY));
    for (const ViewInfo& v : views) {
        if (navButton(v.label, v.id == current, false, L.navPad, L.navFont)) out.push_back(ShowView{v.id});
        ImGui::SameLine(0.0f, L.tabSpacing);
    }
    ImGui::PopClipRect();

    // Right-hand buttons, after the connectivity label. The link button keeps its id whatever it reads.
    if (L.status[0]) drawStatus(ImVec2(rightX, buttonY), metrics().target, connectivity);
    ImGui::SetCursorScreenPos(ImVec2(rightX + L.statusWidth, buttonY));
    if (participant) {
        if (navButton("Send my answers###send-answers", false, true, kNavPad, fonts().bodyBold, L.linkText))
            out.push_back(SendAnswers{false});
    } else {
        const char* linkId = L.linkText[0] == 'L' ? "Link###copy-link" : "Copy link###copy-link";
        if (navButton(linkId, false, true, kNavPad, fonts().bodyBold, L.linkText)) out.push_back(CopyShareLink{});
    }
    if (!participant && ImGui::IsItemHovered())
        ImGui::SetTooltip("A link that opens this assessment in any browser.\nThe answers travel in the link itself; no server sees them.");
    ImGui::SameLine(0.0f, kRightSpacing);
    if (navButton("File", ImGui::IsPopupOpen(kFileMenuId))) ImGui::OpenPopup(kFileMenuId);
    ImGui::SameLine(0.0f, kRightSpacing);
    if (themeButton()) out.push_back(ToggleTheme{});

    ImGui::SetCursorScreenPos(ImVec2(origin.x, origin.y + kTopBarHeight));
    ImGui::Dummy(ImVec2(0, 0));
}

}  // namespace smm::ui
