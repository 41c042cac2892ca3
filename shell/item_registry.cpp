#include "item_registry.hpp"

#include <imgui_internal.h>

#include <string>
#include <unordered_map>

namespace smm::ui {
namespace {

struct Registry {
    bool on = false;
    std::unordered_map<ImGuiID, ImRect> byId;  // this frame's boxes, until labelled
    std::unordered_map<std::string, ItemRect> byLabel;
    std::unordered_map<ImGuiID, std::string> labelById;
} gRegistry;

std::string_view visiblePart(std::string_view label) {
    auto hashes = label.find("##");
    return hashes == std::string_view::npos ? label : label.substr(0, hashes);
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
    auto it = gRegistry.byLabel.find(std::string(label));
    if (it == gRegistry.byLabel.end()) return std::nullopt;
    return it->second;
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
    const smm::ui::ItemRect rect{box->second.Min, box->second.Max};
    r.byLabel[label] = rect;  // "##organisation" style ids stay findable
    r.labelById[id] = label;
    std::string_view visible = smm::ui::visiblePart(label);
    if (!visible.empty()) r.byLabel[std::string(visible)] = rect;
    // "Yes###segment" is also found as "##segment" (its id within its parent).
    std::string_view full(label);
    if (auto id = full.rfind("##"); id != std::string_view::npos && id > 0) r.byLabel[std::string(full.substr(id))] = rect;
}

void ImGuiTestEngineHook_Log(ImGuiContext*, const char*, ...) {}
const char* ImGuiTestEngine_FindItemDebugLabel(ImGuiContext*, ImGuiID) { return nullptr; }
