// The strip under the top bar: notices (what happened, what went wrong) and,
// while a shared link is previewed, the choice to keep it.
#pragma once

#include "shell/intents.hpp"
#include "shell/notices.hpp"

namespace smm::ui {

void drawNoticeBar(const Notices& notices, PreviewKind preview, Intents& out);

}  // namespace smm::ui
