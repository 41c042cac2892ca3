// Browser tabs over one in-memory storage, for the storage tests, the
// storage model test and its fuzz target: each tab is a Workspace with its
// own MemoryPlatform over the shared storage, as tabs share localStorage.
#pragma once

#include <algorithm>
#include <memory>
#include <string>
#include <string_view>

#include "core/links.hpp"
#include "core/share_code.hpp"
#include "core/workshop_codes.hpp"
#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/workspace.hpp"

namespace smm::test {

struct WorkspaceTab {
    explicit WorkspaceTab(std::shared_ptr<Storage> storage, std::string_view fragment = {})
        : platform(std::move(storage)) {
        static const StartupResult bundled = loadBundledDocument();
        workspace = std::make_unique<Workspace>(*bundled.document, &platform);
        workspace->start(fragment);
    }
    Workspace& operator*() { return *workspace; }
    Workspace* operator->() { return workspace.get(); }
    MemoryPlatform platform;
    std::unique_ptr<Workspace> workspace;
};

// A notice whose title or a detail line contains `part`.
inline bool noticeSays(const Workspace& w, std::string_view part) {
    return std::any_of(w.notices().items().begin(), w.notices().items().end(), [&](const Notice& n) {
        if (n.title.find(part) != std::string::npos) return true;
        return std::any_of(n.details.begin(), n.details.end(),
                           [&](const std::string& d) { return d.find(part) != std::string::npos; });
    });
}

// "#r=..." for workshop `workshopId`: a participant who answered question 0 with `option`.
inline std::string responseFragment(const Model& model, const std::string& workshopId, int option) {
    Response r;
    r.id = "resp" + std::to_string(option);
    r.assessment = makeBlankAssessment(model);
    r.assessment.roleGroup = model.roleGroups.empty() ? -1 : 0;
    r.assessment.answers[0].option = option;
    return "#" + linkFragment(LinkKind::Response, encodeResponse(model, workshopId, r));
}

// "#a=..." for a share link of the bundled sample renamed `organisation`.
inline std::string shareFragment(const Document& doc, const std::string& organisation) {
    Assessment a = doc.assessment();
    a.organisation = organisation;
    return "#" + linkFragment(LinkKind::Assessment, encodeShareCode(doc.model(), a));
}

}  // namespace smm::test
