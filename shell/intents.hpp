// What a view asks for. Views never change the document themselves: they
// append intents, and the app applies them after the frame (data flows one way).
#pragma once

#include <string>
#include <variant>
#include <vector>

#include "views/view_ids.hpp"

namespace smm {

struct SetAnswer { int question; int option; };  // option may be Answer::NotApplicable / Unanswered
struct SetNote { int question; std::string note; };
struct SetTarget { int dimension; int level; };  // whole level, 0 = no target
struct ShowView { ui::ViewId view; };
// Opens the map with one cell explained (e.g. from a risk or a roadmap item).
struct FocusCell { int dimension; int stage; };

using Intent = std::variant<SetAnswer, SetNote, SetTarget, ShowView, FocusCell>;
using Intents = std::vector<Intent>;

}  // namespace smm
