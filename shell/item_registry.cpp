#include "item_registry.hpp"

#include <imgui_internal.h>

#include <string>
#include <unordered_map>
#include <utility>

namespace smm::ui {
namespace {

struct Registry {
    bool on = false;
    std::unordered_map<ImGuiID, ImRect> byId;  // this frame's boxes, until labelled
    std::vector<std::pair<std::string, ItemRect>> byLabel;  // in drawing order; one entry per name an item answers to
    std::unordered_map<ImGuiID, std::string> labelById;
} gRegistry;

std::string_view visiblePart(std::string_view label) {
    auto hashes = label.find("##");
    return hashes == std::string_view::npos ? label : label.substr(0, hashes);
}

// Records `rect` under every name tests may use for `label`.
void record(std::string_view label, const ItemRect& rect) {
    auto& names = gRegistry.byLabel;
    names.emplace_back(std::string(label), rect);  // "##organisation" style ids stay findable
    std::string_view visible = visiblePart(label);
    if (!visible.empty() && visible != label) names.emplace_back(std::string(visible), rect);
    // "Yes###segment" is also found as "##segment" (its id within its parent).
    if (auto id = label.rfind("##"); id != std::string_view::npos && id > 0) names.emplace_back(std::string(label.substr(id)), rect);
}

}  // namespace

void setItemRegistry(bool on) {
    gRegistry.on = on;
    if (ImGui::GetCurrentContext()) ImGui::GetCurrentContext()->TestEngineHookItems = on;
}

void beginItemFrame() {
    if (!gRegistry.on) return;
    ImGui::GetCurrentContext()->TestEngineHookItems = true;
    gRegistry.byLabel.clear();
    gRegistry.byId.clear();
    gRegistry.labelById.clear();
}

std::optional<ItemRect> findItem(std::string_view label) {
    const auto& names = gRegistry.byLabel;
    for (auto it = names.rbegin(); it != names.rend(); ++it)
        if (it->first == label) return it->second;
    return std::nullopt;
}

std::vector<ItemRect> findItems(std::string_view label) {
    std::vector<ItemRect> found;
    for (const auto& [name, rect] : gRegistry.byLabel)
        if (name == label) found.push_back(rect);
    return found;
}

std::optional<ItemRect> findItemIn(const ItemRect& within, std::string_view label) {
    const auto& names = gRegistry.byLabel;
    for (auto it = names.rbegin(); it != names.rend(); ++it)
        if (it->first == label && within.contains(it->second)) return it->second;
    return std::nullopt;
}

void nameRegion(std::string_view label, ImVec2 min, ImVec2 max) {
    if (gRegistry.on) record(label, ItemRect{min, max});
}

std::optional<FocusedItem> focusedItem() {
    const ImGuiContext& g = *ImGui::GetCurrentContext();
    if (g.NavId == 0 || g.NavDisableHighlight) return std::nullopt;
    auto label = gRegistry.labelById.find(g.NavId);
    auto box = gRegistry.byId.find(g.NavId);
    if (label == gRegistry.labelById.end() || box == gRegistry.byId.end()) return std::nullopt;
    return FocusedItem{label->second, {box->second.Min, box->second.Max}};
}

}  // namespace smm::ui

// Dear ImGui calls these when built with IMGUI_ENABLE_TEST_ENGINE and
// TestEngineHookItems is set: first ItemAdd (the box), then ItemInfo (the label).
void ImGuiTestEngineHook_ItemAdd(ImGuiContext*, ImGuiID id, const ImRect& bb, const ImGuiLastItemData*) {
    smm::ui::gRegistry.byId[id] = bb;
}

void ImGuiTestEngineHook_ItemInfo(ImGuiContext*, ImGuiID id, const char* label, ImGuiItemStatusFlags) {
    auto& r = smm::ui::gRegistry;
    auto box = r.byId.find(id);
    if (!label || box == r.byId.end()) return;
    r.labelById[id] = label;
    smm::ui::record(label, smm::ui::ItemRect{box->second.Min, box->second.Max});
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
