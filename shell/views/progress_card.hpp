// What changed since an earlier assessment of the same organisation: the
// overall stage and the tracks' stages then and now, and the dimensions that
// moved most, with a choice of which earlier assessment to compare with.
#pragma once

#include <string>
#include <vector>

#include "shell/document.hpp"
#include "shell/intents.hpp"
#include "shell/workspace.hpp"

namespace smm::ui {

// `compared` is the id `progress` was computed for.
void drawProgressCard(const Document& doc, const std::vector<EarlierVersion>& versions, const std::string& compared,
                      const Progress& progress, Intents& out);

}  // namespace smm::ui
