// What the page shows while it does work too big for one frame (a big file
// opened, a big paste collected): what it is doing, how far it has got, and
// that it takes no input meanwhile. It draws no controls: nothing can be
// changed until the work ends.
#pragma once

#include "shell/workspace.hpp"

namespace smm::ui {

void drawBusyPanel(const BusyStatus& status);

}  // namespace smm::ui
