// What a view asks for. Views never change the document themselves: they
// append intents, and the app applies them after the frame (data flows one way).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "core/formats.hpp"
#include "core/workshop.hpp"
#include "platform.hpp"
#include "view_ids.hpp"

namespace smm {

struct SetAnswer { int question; int option; };  // option may be Answer::NotApplicable / Unanswered
// The same answer to several questions at once (the rest "not my area").
struct SetAnswers { std::vector<int> questions; int option; };
struct SetNote { int question; std::string note; };
struct SetTarget { int dimension; int level; };  // whole level, 0 = no target
struct ShowView { ui::ViewId view; };
// Opens the map with one cell explained (e.g. from a risk or a roadmap item).
struct FocusCell { int dimension; int stage; };


// Keeping and sharing work (the File menu, the share button, notices).
// ExportFormat: core/formats.hpp's table, which the File menu lists.
struct SetOrganisation { std::string name; };
struct NewAssessment {};
struct SwitchAssessment { std::string id; };
struct DeleteAssessment {};
struct CopyShareLink {};
struct ExportAs { ExportFormat format; };
struct PickFile { FileKind kind; };
struct KeepSharedCopy {};
struct CloseSharedPreview {};
struct DismissNotice { std::size_t index; };
struct ToggleTheme {};
struct ExploreSample {};
struct DownloadSavedData { std::string id; };  // an entry that could not be opened, as stored
struct DownloadUnsaved {};  // what storage refused, held in this tab

// Workshops: the facilitator's side, then the participant's.
struct StartWorkshop { WorkshopSetup setup; };
struct CopyInvitationLink {};
struct CollectResponses { std::string pasted; };
struct RevealResults { bool revealed = true; };
struct SetWorkshopGroups { std::vector<int> groups; std::vector<std::string> names; };
struct SetDecision { Decision decision; };
struct StartPresentation {};
struct LeavePresentation {};
struct SetParticipantGroup { int group; };
struct SendAnswers { bool asFile = false; };
// Over time.
struct StartFollowUp {};
struct CompareWith { std::string id; };

using Intent = std::variant<SetAnswer, SetAnswers, SetNote, SetTarget, ShowView, FocusCell, SetOrganisation, NewAssessment,
                            SwitchAssessment, DeleteAssessment, CopyShareLink, ExportAs, PickFile, KeepSharedCopy,
                            CloseSharedPreview, DismissNotice, ToggleTheme, ExploreSample, DownloadSavedData, DownloadUnsaved,
                            StartWorkshop, CopyInvitationLink, CollectResponses, RevealResults, SetWorkshopGroups, SetDecision,
                            StartPresentation, LeavePresentation, SetParticipantGroup, SendAnswers,
                            StartFollowUp, CompareWith>;
using Intents = std::vector<Intent>;

}  // namespace smm
