// A participant's start and finish: which workshop this is, which group they
// are in, how far they are, and "Send my answers" (a link to copy, or a file).
#pragma once

#include "shell/document.hpp"
#include "shell/intents.hpp"

namespace smm::ui {

// `responseLink` is what "Copy" sends (shown so it can be selected by hand).
void drawRespondView(const Document& doc, const std::string& responseLink, Intents& out);

}  // namespace smm::ui
