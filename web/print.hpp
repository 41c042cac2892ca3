// Printing the app prints the HTML report (core/report_html), not a snapshot
// of the canvas: the page fills #print-report just before printing.
#pragma once

#include "shell/app.hpp"

namespace smm::web {

void installPrint();

}  // namespace smm::web
