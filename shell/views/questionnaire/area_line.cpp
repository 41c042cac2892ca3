#include "area_line.hpp"

#include "core/answer_areas.hpp"
#include "shell/fonts.hpp"
#include "shell/theme.hpp"
#include "shell/ui.hpp"
#include "shell/widgets/button.hpp"

namespace smm::ui {

bool drawAreaLine(const Document& doc, const QuestionnaireNavigation& nav, float width, Intents& out) {
    const AreaProgress progress = areaProgress(nav.area(), doc.assessment());
    const std::string line = areaFirstLine(nav.area(), progress);
    if (line.empty()) return false;
    vspace(metrics().space.hair);
    text(fonts().small, progress.areaDone() ? palette().text : palette().textMuted, line, true);
    if (!progress.canMarkRest()) return true;
    vspace(metrics().space.hair);
    // Only the unanswered ones: an answer someone gave outside their area stays.
    if (button("##mark-rest-nma", markRestLabel(progress), ButtonKind::Secondary, phoneLayout() ? width : 0.0f))
        out.push_back(SetAnswers{progress.openElsewhere, Answer::NotMyArea});
    return true;
}

}  // namespace smm::ui
