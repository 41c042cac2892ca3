// Browser input (mouse, wheel, keyboard, touch, paste) fed to Dear ImGui.
// `onActivity` runs after every event so the frame loop wakes from idle.
#pragma once

namespace smm::web {

void installInputHandlers(void (*onActivity)());

// Once per frame: carries a flick on with momentum. True while it moves.
bool stepMomentum(float dt);

}  // namespace smm::web
