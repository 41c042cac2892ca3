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
//   data-step="-1|1" on the previous / next question buttons,
//   data-action="<name>" data-value="<n>" on buttons (workshop, participant),
//   data-field="<name>" (and data-index="<n>" for a group's name) on the
//     workshop's form fields; the page sends their values with
//     setScreenReaderField before any button's action.
std::string screenReaderHtml(const App& app);

// The newest notice, for the page's aria-live region ("" when there is none);
// the page announces it when it differs from what it announced last.
std::string screenReaderAnnouncement(const App& app);

// A workshop form field typed in the screen-reader view: "organisation",
// "purpose", "date", "expected", "anonymous" ("1"/"0"), "group-name"
// (`index` = which group) or "pasted".
void setScreenReaderField(App& app, const std::string& field, int index, const std::string& value);

// A button of the screen-reader view pressed: its data-action and data-value.
void screenReaderAction(App& app, const std::string& action, int value);

}  // namespace smm
