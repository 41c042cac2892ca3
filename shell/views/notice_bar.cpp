#include "notice_bar.hpp"

#include "shell/storage_wording.hpp"

#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/keyboard.hpp"
#include "shell/ui.hpp"

#include <string>
#include <vector>

namespace smm::ui {
namespace {

ImU32 colourFor(Notice::Kind kind) {
    const Palette& p = palette();
    switch (kind) {
        case Notice::Kind::Error: return p.danger;
        case Notice::Kind::Success: return p.good;
        default: return p.accent;
    }
}

// One message strip; `actions` draws its buttons at the right.
template <typename Actions>
void strip(const char* id, Notice::Kind kind, const std::string& title, const std::vector<std::string>& details,
           float actionsWidth, Actions&& actions) {
    const Palette& p = palette();
    ImGui::PushID(id);
    ImGui::PushStyleColor(ImGuiCol_ChildBg, mix(p.surface, colourFor(kind), 0.08f));
    ImGui::PushStyleColor(ImGuiCol_Border, mix(p.border, colourFor(kind), 0.5f));
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 10.0f));
    ImGui::BeginChild("strip", ImVec2(0, 0),
                      ImGuiChildFlags_Border | ImGuiChildFlags_AutoResizeY | ImGuiChildFlags_AlwaysUseWindowPadding,
                      kTabThrough);
    const ImVec2 pos = ImGui::GetCursorScreenPos();
    ImGui::GetWindowDrawList()->AddCircleFilled(ImVec2(pos.x + 5.0f, pos.y + 10.0f), 5.0f, colourFor(kind));
    ImGui::SetCursorScreenPos(ImVec2(pos.x + 18.0f, pos.y));
    ImGui::BeginGroup();
    // A phone: the text takes the whole width and the buttons go under it,
    // so words are not squeezed into a narrow column.
    const bool stacked = phoneLayout();
    ImGui::PushTextWrapPos(ImGui::GetContentRegionMax().x - (stacked ? 0.0f : actionsWidth + 16.0f));
    text(fonts().bodyBold, p.text, title);
    for (const std::string& d : details) text(fonts().small, p.textMuted, d);
    ImGui::PopTextWrapPos();
    ImGui::EndGroup();
    if (stacked) ImGui::Indent(18.0f);
    else ImGui::SameLine(ImGui::GetContentRegionMax().x - actionsWidth);
    actions();
    if (stacked) ImGui::Unindent(18.0f);
    ImGui::EndChild();
    ImGui::PopStyleVar();
    ImGui::PopStyleColor(2);
    ImGui::PopID();
    ImGui::Spacing();
}

// The next button beside the last one when it fits there, else under it
// (a phone), so no button runs off the strip.
void besideIfFits(const char* next) {
    const ImGuiStyle& style = ImGui::GetStyle();
    const float w = ImGui::CalcTextSize(next, nullptr, true).x + 2.0f * style.FramePadding.x;
    const float right = ImGui::GetWindowPos().x + ImGui::GetWindowContentRegionMax().x;
    if (ImGui::GetItemRectMax().x + style.ItemSpacing.x + w <= right) ImGui::SameLine();
}

}  // namespace

void drawNoticeBar(const Notices& notices, PreviewKind preview, Intents& out) {
    const Palette& p = palette();
    auto primary = [&](const char* label, Intent intent) {
        ImGui::PushStyleColor(ImGuiCol_Button, p.accent);
        ImGui::PushStyleColor(ImGuiCol_ButtonHovered, mix(p.accent, p.text, 0.15f));
        ImGui::PushStyleColor(ImGuiCol_Text, p.textOnAccent);
        if (button(label)) out.push_back(std::move(intent));
        ImGui::PopStyleColor(3);
    };
    if (preview == PreviewKind::SharedLink)
        strip("shared", Notice::Kind::Info, "You are looking at a shared assessment",
              {"It is not saved in this browser yet. Your first change keeps a copy; so does Keep a copy."}, 210.0f,
              [&] {
                  primary("Keep a copy", KeepSharedCopy{});
                  besideIfFits("Close");
                  if (button("Close")) out.push_back(CloseSharedPreview{});
              });
    if (preview == PreviewKind::Sample)
        strip("sample", Notice::Kind::Info, "This is a sample assessment, not your own",
              {"Explore it to see what the map shows, or start your own. Changing the sample keeps your own copy."},
              390.0f, [&] {
                  primary("Start your own assessment", NewAssessment{});
                  besideIfFits("Explore the sample");
                  if (button("Explore the sample")) out.push_back(ExploreSample{});
              });
    if (preview == PreviewKind::SampleExplored)
        strip("sample", Notice::Kind::Info, "Sample assessment",
              {"Not your saved work. Changing it keeps your own copy."}, 220.0f,
              [&] { primary("Start your own assessment", NewAssessment{}); });
    for (std::size_t i = 0; i < notices.items().size(); ++i) {
        const Notice& n = notices.items()[i];
        const std::string id = "notice" + std::to_string(i);
        const bool download = n.action == Notice::Action::DownloadUnsaved;
        strip(id.c_str(), n.kind, n.title, n.details, download ? 300.0f : 80.0f, [&] {
            if (download) {
                primary(wording::kDownloadUnsaved, DownloadUnsaved{});
                besideIfFits("Dismiss");
            }
            if (button("Dismiss")) out.push_back(DismissNotice{i});
        });
    }
}

}  // namespace smm::ui
