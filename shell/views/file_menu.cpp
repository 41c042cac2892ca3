#include "file_menu.hpp"

#include <algorithm>
#include <cstring>
#include <vector>
#include <string>

#include "shell/fonts.hpp"
#include "shell/storage_wording.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "core/stable_sort.hpp"

namespace smm::ui {
namespace {

void sectionLabel(const char* label) {
    ImGui::Spacing();
    text(fonts().small, palette().textMuted, label);
}

bool item(const char* label, const char* hint = nullptr) {
    bool clicked = ImGui::Selectable(label, false, 0, ImVec2(340.0f, 0.0f));
    // The mouse's hint only: under keyboard focus it would cover the next items.
    if (hint && ImGui::IsItemHovered(ImGuiHoveredFlags_NoNavOverride)) ImGui::SetTooltip("%s", hint);
    return clicked;
}

}  // namespace

void drawFileMenu(const Document& doc, const Library& library, bool previewing, FileMenuState& state, Intents& out) {
    ImGui::PushStyleVar(ImGuiStyleVar_WindowPadding, ImVec2(16.0f, 14.0f));
    ImGui::PushStyleVar(ImGuiStyleVar_ItemSpacing, ImVec2(8.0f, 6.0f));
    if (!ImGui::BeginPopup(kFileMenuId)) {
        ImGui::PopStyleVar(2);
        state.confirmDelete = false;
        return;
    }
    sectionLabel("ORGANISATION");
    if (state.syncedRevision != doc.revision() && !ImGui::IsAnyItemActive()) {
        std::strncpy(state.organisation, doc.assessment().organisation.c_str(), sizeof state.organisation - 1);
        state.syncedRevision = doc.revision();
    }
    ImGui::SetNextItemWidth(340.0f);
    if (ImGui::InputTextWithHint("##organisation", "Organisation name", state.organisation, sizeof state.organisation))
        out.push_back(SetOrganisation{state.organisation});

    sectionLabel("ASSESSMENT");
    if (item("New assessment", "Start a blank questionnaire; the current one stays saved")) {
        out.push_back(NewAssessment{});
        ImGui::CloseCurrentPopup();
    }
    if (!previewing && item("Follow-up assessment (keeps the targets)",
                            "A new assessment of this organisation dated today; the Overview shows what changed")) {
        out.push_back(StartFollowUp{});
        ImGui::CloseCurrentPopup();
    }
    if (item("Import a file…", "An assessment, a workshop's answers, or a model (JSON). You can also drop a file on the page.")) {
        out.push_back(PickFile{FileKind::Assessment});
        ImGui::CloseCurrentPopup();
    }
    if (item("Load a custom model…", "A maturity model in this tool's JSON format")) {
        out.push_back(PickFile{FileKind::Model});
        ImGui::CloseCurrentPopup();
    }

    if (item("Present on a projector", "Full screen slides: arrow keys, PageDown/PageUp or a clicker; Esc leaves")) {
        out.push_back(StartPresentation{});
        ImGui::CloseCurrentPopup();
    }

    sectionLabel("EXPORT");
    for (const FormatInfo& e : kFormats)
        if (*e.menuLabel && item(e.menuLabel, e.menuHint)) {
            out.push_back(ExportAs{e.format});
            ImGui::CloseCurrentPopup();
        }

    if (!library.unsaved().empty() && item(wording::kDownloadUnsaved, "What this browser's storage refused, as files that import back")) {
        out.push_back(DownloadUnsaved{});
        ImGui::CloseCurrentPopup();
    }

    if (!library.entries().empty()) {
        sectionLabel("SAVED IN THIS BROWSER");
        // Grouped by organisation, oldest first within each: a history.
        std::vector<const LibraryEntry*> sorted;
        for (const LibraryEntry& e : library.entries()) sorted.push_back(&e);
        stableSort(sorted, [](const LibraryEntry* a, const LibraryEntry* b) {
            return a->title != b->title ? a->title < b->title : a->date < b->date;
        });
        for (const LibraryEntry* entry : sorted) {
            const LibraryEntry& e = *entry;
            bool current = !previewing && e.id == library.currentId();
            ImGui::PushID(e.id.c_str());
            std::string label = e.title;
            if (!e.date.empty()) label += "  \xC2\xB7  " + e.date;
            if (library.isUnsaved(e.id)) label += "  \xC2\xB7  not saved yet";
            if (isWorkshopEntry(e)) label += "  \xC2\xB7  workshop";
            else if (isParticipantEntry(e)) label += "  \xC2\xB7  my workshop answers";
            if (library.isKeptAside(e.id)) {  // could not be opened: its data can still be taken away
                label = e.title + " (could not be opened: download its data)";
                if (ImGui::Selectable(label.c_str(), false, 0, ImVec2(340.0f, 0.0f))) {
                    out.push_back(DownloadSavedData{e.id});
                    ImGui::CloseCurrentPopup();
                }
            } else if (ImGui::Selectable(label.c_str(), current, 0, ImVec2(340.0f, 0.0f)) && !current) {
                out.push_back(SwitchAssessment{e.id});
                ImGui::CloseCurrentPopup();
            }
            ImGui::PopID();
        }
    }

    ImGui::Spacing();
    ImGui::PushStyleColor(ImGuiCol_Text, palette().danger);
    const char* del = state.confirmDelete ? "Click again to delete it for good" : "Delete this assessment";
    if (!previewing && item(del)) {
        if (state.confirmDelete) {
            out.push_back(DeleteAssessment{});
            ImGui::CloseCurrentPopup();
        }
        state.confirmDelete = !state.confirmDelete;
    }
    ImGui::PopStyleColor();
    ImGui::EndPopup();
    ImGui::PopStyleVar(2);
}

}  // namespace smm::ui
