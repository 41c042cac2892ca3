// Browser input (mouse, wheel, keyboard, touch, paste) fed to Dear ImGui.
// Every event wakes the frame loop from idle.
#pragma once

namespace smm::web {

void installInputHandlers();

// Once per frame: carries a flick on with momentum. True while it moves.
bool stepMomentum(float dt);

}  // namespace smm::web
