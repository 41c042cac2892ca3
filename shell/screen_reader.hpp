// The screen-reader view: the current view as semantic HTML (headings, lists,
// a table, the current question as a radio group), computed from the
// document, for the page to place in a visually hidden region beside the
// canvas. The canvas itself is pixels a screen reader cannot read.
#pragma once

#include <string>

namespace smm {

class App;

// Controls in the HTML carry data attributes the page turns back into intents:
//   data-view="<slug>" on links to a view,
//   data-question="<index>" and value="<option>" on answer radios
//     (option -2 is "not applicable"),
//   data-step="-1|1" on the previous / next question buttons.
std::string screenReaderHtml(const App& app);

// The newest notice, for the page's aria-live region ("" when there is none);
// the page announces it when it differs from what it announced last.
std::string screenReaderAnnouncement(const App& app);

}  // namespace smm
