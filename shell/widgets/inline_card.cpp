#include "inline_card.hpp"

#include <utility>

#include "shell/item_registry.hpp"
#include "shell/theme.hpp"

namespace smm::ui {

InlineCard::InlineCard(std::string name, float padding) : name_(std::move(name)), padding_(padding) {
    dl_ = ImGui::GetWindowDrawList();
    start_ = ImGui::GetCursorScreenPos();
    width_ = ImGui::GetContentRegionAvail().x;
    dl_->ChannelsSplit(2);
    dl_->ChannelsSetCurrent(1);
    ImGui::SetCursorScreenPos(ImVec2(start_.x + padding_, start_.y + padding_));
    ImGui::BeginGroup();
    ImGui::PushTextWrapPos(ImGui::GetCursorPosX() + contentWidth());
}

void InlineCard::end(ImU32 outline, float thickness) {
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    const Palette& p = palette();
    const float bottom = ImGui::GetItemRectMax().y + padding_;
    min_ = start_;
    max_ = ImVec2(start_.x + width_, bottom);
    dl_->ChannelsSetCurrent(0);
    const float r = ImGui::GetStyle().ChildRounding;
    dl_->AddRectFilled(min_, max_, p.surface, r);
    if (outline)
        dl_->AddRect(ImVec2(min_.x + 1.0f, min_.y + 1.0f), ImVec2(max_.x - 1.0f, max_.y - 1.0f), outline, r, 0, thickness);
    else
        dl_->AddRect(min_, max_, p.border, r);
    dl_->ChannelsMerge();
    ImGui::SetCursorScreenPos(start_);
    ImGui::Dummy(ImVec2(width_, bottom - start_.y));
    if (!name_.empty()) nameRegion(name_, min_, max_);
}

}  // namespace smm::ui
