// The frame loop: one frame per animation frame while something changes, and
// none at all while nobody touches the app (idle by time, not by frames).
#pragma once

namespace smm::web {

// Draws the first frame now and keeps drawing until the app has settled.
void startFrameLoop();

}  // namespace smm::web
