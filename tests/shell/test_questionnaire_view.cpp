// The questionnaire, driven headless through App::frame so intents are applied:
// mouse clicks on the answer scale and the target control, the keyboard
// shortcuts, and the notes field (which must swallow those shortcuts). Items
// are found by their labels through the item registry, as a person finds them
// by what they read.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <string>
#include <vector>

#include "core/assessment.hpp"
#include "headless.hpp"
#include "shell/app.hpp"
#include "shell/item_registry.hpp"
#include "shell/views/questionnaire/question_card.hpp"
#include "shell/widgets/segmented.hpp"

using smm::test::Headless;

namespace {

using smm::Answer;

smm::App questionnaireApp(bool blank) {
    smm::StartupResult start = smm::loadBundledDocument();
    INFO(start.error);
    REQUIRE(start.document.has_value());
    smm::App app(std::move(*start.document));
    if (blank) app.document().replaceAssessment(smm::makeBlankAssessment(app.document().model()));
    app.showView(smm::ui::ViewId::Questionnaire);
    return app;
}

using smm::ui::ItemRect;

struct Driver {
    Headless& h;
    smm::App& app;
    smm::test::ItemRegistry registry{};

    void frame() { h.frame([&] { app.frame(); }); }
    void settle(int frames = 4) {
        for (int i = 0; i < frames; ++i) frame();
    }
    void click(ImVec2 at) {
        h.moveMouse(at);
        frame();
        h.mouseButton(true);
        frame();
        h.mouseButton(false);
        frame();
        settle(2);  // let scrolling and layout catch up
    }
    void press(ImGuiKey key) {
        h.key(key, true);
        frame();
        h.key(key, false);
        frame();
        settle(2);
    }
    // A printable key as a browser delivers it: the key event and its character.
    void type(char c, ImGuiKey key) {
        h.key(key, true);
        ImGui::GetIO().AddInputCharacter(static_cast<unsigned>(c));
        frame();
        h.key(key, false);
        frame();
    }
    const smm::ui::QuestionnaireViewState& state() const { return app.questionnaireState(); }
    const smm::Document& doc() const { return app.document(); }
    int option(int q) const { return doc().assessment().answers[q].option; }

    // A question's card, wherever it is (scrolled out of sight too).
    ItemRect card(int q) const { return smm::test::item(smm::ui::questionCardName(q)); }
    ItemRect pane() const { return smm::test::item("##q-pane"); }
    // The answer labelled `label` on question q's card, in sight.
    ItemRect answer(int q, const std::string& label) const {
        const auto found = smm::ui::findItemIn(card(q), label);
        INFO("answer \"" << label << "\" of question " << q);
        REQUIRE(found.has_value());
        return *found;
    }
    ItemRect answer(int q, int option) const { return answer(q, doc().model().optionsFor(q)[option].label); }
    ItemRect inCard(int q, const std::string& label) const {
        const auto found = smm::ui::findItemIn(card(q), label);
        INFO(label << " on question " << q);
        REQUIRE(found.has_value());
        return *found;
    }
    // The answer buttons in sight on question q's card, left to right or top to bottom.
    std::vector<ItemRect> answerButtons(int q) const { return within(card(q), "##segment"); }
    // The target control's buttons ("None", 1, 2, ...).
    std::vector<ItemRect> targetButtons() const { return within(smm::test::item("##dimension-header"), "##segment"); }
    ImVec2 targetButton(int level) const {
        const auto found = smm::ui::findItemIn(smm::test::item("##dimension-header"), level == 0 ? "None" : std::to_string(level));
        REQUIRE(found.has_value());
        return found->centre();
    }
    static ItemRect item(std::string_view label) { return smm::test::item(label); }
    ImVec2 dimensionRow(int d) const { return smm::test::item(doc().model().dimensions[d].name + "###dim").centre(); }
    bool inSight(int q) const {
        const ItemRect c = card(q), p = pane();
        return c.min.y >= p.min.y - 1.0f && c.max.y <= p.max.y + 1.0f;
    }

    static std::vector<ItemRect> within(const ItemRect& region, std::string_view label) {
        std::vector<ItemRect> found;
        for (const ItemRect& r : smm::ui::findItems(label))
            if (region.contains(r)) found.push_back(r);
        return found;
    }
};

std::vector<int> firstDimensionQuestions(const smm::Model& model) {
    return smm::ui::questionnaireQuestions(model, smm::ui::questionnaireDimensionOrder(model).front());
}

}  // namespace

TEST_CASE("the questionnaire lists every dimension with its progress and counts the answers") {
    Headless h;
    smm::App app = questionnaireApp(/*blank=*/true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const int total = static_cast<int>(model.questions.size());

    drv.frame();
    CHECK(Headless::drew("0 of " + std::to_string(total) + " answered"));
    for (int d : smm::ui::questionnaireDimensionOrder(model)) {
        CHECK(Headless::drew(model.dimensions[d].name));
        const int n = static_cast<int>(smm::ui::questionnaireQuestions(model, d).size());
        CHECK(Headless::drew("0/" + std::to_string(n)));
    }
    CHECK(Headless::drew("Next unanswered"));
    CHECK(Headless::drew("Keyboard:"));

    // Tracks come before enablers in the list.
    const auto order = smm::ui::questionnaireDimensionOrder(model);
    for (std::size_t i = 1; i < order.size(); ++i) CHECK(drv.dimensionRow(order[i]).y > drv.dimensionRow(order[i - 1]).y);

    // Three answers later the counts follow.
    const auto qs = firstDimensionQuestions(model);
    for (int i = 0; i < 3; ++i) app.apply(smm::SetAnswer{qs[i], 1});
    drv.frame();
    CHECK(Headless::drew("3 of " + std::to_string(total) + " answered"));
    CHECK(Headless::drew("3/" + std::to_string(qs.size())));
    CHECK_FALSE(Headless::drew("0 of " + std::to_string(total) + " answered"));
}

TEST_CASE("the focused dimension's questions show their text, help and answer scale") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto qs = firstDimensionQuestions(model);
    drv.frame();
    for (int q : qs) {
        CHECK(Headless::drew(model.questions[q].text));
        if (!model.questions[q].help.empty()) CHECK(Headless::drew(model.questions[q].help.substr(0, 20)));
    }
    for (int q : qs)
        for (const auto& option : model.optionsFor(q)) CHECK(Headless::drew(option.label));
    CHECK(Headless::drew("TARGET LEVEL"));
    CHECK(Headless::drew("CURRENT LEVEL"));

    // Each question, reached with the keyboard: its own answers (or the
    // model's scale), "Not applicable" only where the model allows it, and a
    // notes field. (Up on the first question brings it into view.)
    drv.press(ImGuiKey_UpArrow);
    for (std::size_t i = 0; i < qs.size(); ++i) {
        const int q = qs[i];
        INFO("question " << q);
        REQUIRE(drv.state().focusedQuestion == q);
        REQUIRE(drv.inSight(q));
        const std::size_t scale = model.optionsFor(q).size();
        // Every question offers "Don't know" and "Not my area"; "Not applicable" only where it may apply.
        CHECK(drv.answerButtons(q).size() == scale + 2 + (model.questions[q].allowNotApplicable ? 1 : 0));
        CHECK(smm::ui::findItemIn(drv.card(q), "Don't know").has_value());
        CHECK(smm::ui::findItemIn(drv.card(q), "Not my area").has_value());
        if (model.questions[q].audience != smm::Audience::Unset)
            CHECK(Headless::drew(std::string("Who can answer: ") + smm::audienceName(model.questions[q].audience)));
        CHECK(smm::ui::findItemIn(drv.card(q), "Not applicable").has_value() == model.questions[q].allowNotApplicable);
        CHECK(smm::ui::findItemIn(drv.card(q), "##note" + std::to_string(q)).has_value());
        CHECK(drv.card(q).max.y > drv.card(q).min.y + 150.0f);
        drv.press(ImGuiKey_DownArrow);
    }
}

TEST_CASE("clicking an answer button sets the answer and rescores") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    drv.press(ImGuiKey_UpArrow);  // the first question comes into view, as in the other tests
    const smm::Model& model = drv.doc().model();
    const int q = firstDimensionQuestions(model).front();
    const int d = model.questions[q].dimension;
    const int best = static_cast<int>(model.optionsFor(q).size()) - 1;
    REQUIRE(drv.doc().score().answered == 0);
    const double before = drv.doc().score().dimensions[d].stages[model.questions[q].stage].share;

    drv.click(drv.answer(q, best).centre());
    CHECK(drv.option(q) == best);
    CHECK(drv.doc().score().answered == 1);
    CHECK(drv.doc().score().dimensions[d].stages[model.questions[q].stage].share > before);
    CHECK(drv.state().focusedQuestion == q);

    // Another option replaces it; the redraw shows the new count.
    drv.click(drv.answer(q, 0).centre());
    CHECK(drv.option(q) == 0);
    drv.frame();
    CHECK(Headless::drew("1 of " + std::to_string(model.questions.size()) + " answered"));

    // "Clear answer" beside the notes empties it again.
    drv.click(drv.inCard(q, "Clear answer").centre());
    CHECK(drv.option(q) == Answer::Unanswered);
    CHECK(drv.doc().score().answered == 0);
}

TEST_CASE("clicking Not applicable marks the question as not applicable") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto qs = firstDimensionQuestions(model);
    std::size_t i = 0;
    while (i < qs.size() && !model.questions[qs[i]].allowNotApplicable) ++i;
    REQUIRE(i < qs.size());
    const int q = qs[i];
    for (std::size_t k = 0; k < i; ++k) drv.press(ImGuiKey_DownArrow);  // scrolls it into view
    REQUIRE(drv.state().focusedQuestion == q);
    drv.click(drv.answer(q, "Not applicable").centre());
    CHECK(drv.option(q) == Answer::NotApplicable);
}

TEST_CASE("keyboard: arrows move focus, number keys answer and advance") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto qs = firstDimensionQuestions(model);
    REQUIRE(qs.size() >= 3);
    REQUIRE(drv.state().focusedQuestion == qs[0]);

    drv.press(ImGuiKey_DownArrow);
    CHECK(drv.state().focusedQuestion == qs[1]);
    drv.press(ImGuiKey_3);
    CHECK(drv.option(qs[1]) == 2);
    CHECK(drv.state().focusedQuestion == qs[2]);
    CHECK(drv.option(qs[0]) == Answer::Unanswered);
    CHECK(drv.option(qs[2]) == Answer::Unanswered);

    drv.press(ImGuiKey_UpArrow);
    CHECK(drv.state().focusedQuestion == qs[1]);
    drv.press(ImGuiKey_Keypad1);
    CHECK(drv.option(qs[1]) == 0);

    // Keys beyond the scale do nothing.
    const int focused = drv.state().focusedQuestion;
    drv.press(ImGuiKey(ImGuiKey_1 + static_cast<int>(model.optionsFor(focused).size())));
    CHECK(drv.state().focusedQuestion == focused);
    CHECK(drv.option(focused) == Answer::Unanswered);
}

TEST_CASE("keyboard: the focused card is highlighted and scrolled into view") {
    Headless h(ImVec2(1280, 720));
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const auto qs = firstDimensionQuestions(drv.doc().model());
    for (std::size_t i = 1; i < qs.size(); ++i) drv.press(ImGuiKey_DownArrow);
    REQUIRE(drv.state().focusedQuestion == qs.back());
    CHECK_FALSE(drv.inSight(qs.front()));  // the list did scroll: the first card is gone
    CHECK(drv.inSight(qs.back()));

    // And back up to the first, whose dimension header shows again.
    for (std::size_t i = 1; i < qs.size(); ++i) drv.press(ImGuiKey_UpArrow);
    CHECK(drv.inSight(qs.front()));
}

TEST_CASE("keyboard: focus crosses into the next dimension; PageDown and arrows switch dimensions") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto order = smm::ui::questionnaireDimensionOrder(model);
    const auto first = smm::ui::questionnaireQuestions(model, order[0]);
    const auto second = smm::ui::questionnaireQuestions(model, order[1]);

    for (std::size_t i = 1; i < first.size(); ++i) drv.press(ImGuiKey_DownArrow);
    REQUIRE(drv.state().focusedQuestion == first.back());
    drv.press(ImGuiKey_4);  // answering the last question moves on to the next dimension
    CHECK(drv.option(first.back()) == 3);
    CHECK(drv.state().dimension == order[1]);
    CHECK(drv.state().focusedQuestion == second.front());
    drv.press(ImGuiKey_UpArrow);
    CHECK(drv.state().dimension == order[0]);
    CHECK(drv.state().focusedQuestion == first.back());

    drv.press(ImGuiKey_PageDown);
    CHECK(drv.state().dimension == order[1]);
    CHECK(drv.state().focusedQuestion == second.front());
    drv.frame();
    CHECK(Headless::drew(model.questions[second.front()].text));
    CHECK_FALSE(Headless::drew(model.questions[first.front()].text));
    drv.press(ImGuiKey_RightArrow);
    CHECK(drv.state().dimension == order[2]);
    drv.press(ImGuiKey_LeftArrow);
    drv.press(ImGuiKey_PageUp);
    CHECK(drv.state().dimension == order[0]);
    drv.press(ImGuiKey_PageUp);  // no further than the first
    CHECK(drv.state().dimension == order[0]);
}

TEST_CASE("keyboard: N and 0 mark not applicable only where the model allows it") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto qs = firstDimensionQuestions(model);
    REQUIRE_FALSE(model.questions[qs[0]].allowNotApplicable);  // the bundled model's first question
    REQUIRE(model.questions[qs[1]].allowNotApplicable);

    drv.press(ImGuiKey_N);
    CHECK(drv.option(qs[0]) == Answer::Unanswered);
    CHECK(drv.state().focusedQuestion == qs[0]);  // nothing happened, focus stays
    drv.frame();
    CHECK(Headless::drew("is not offered for this question"));
    drv.press(ImGuiKey_0);
    CHECK(drv.option(qs[0]) == Answer::Unanswered);

    drv.press(ImGuiKey_DownArrow);
    drv.press(ImGuiKey_N);
    CHECK(drv.option(qs[1]) == Answer::NotApplicable);
    CHECK(drv.state().focusedQuestion == qs[2]);
    drv.press(ImGuiKey_0);
    CHECK(drv.option(qs[2]) == Answer::NotApplicable);
}

TEST_CASE("keyboard: Backspace and Delete clear the focused answer") {
    Headless h;
    smm::App app = questionnaireApp(false);  // the sample: every question answered
    Driver drv{h, app};
    drv.settle();
    const auto qs = firstDimensionQuestions(drv.doc().model());
    const int answered = drv.doc().score().answered;
    REQUIRE(drv.option(qs[0]) >= 0);
    drv.press(ImGuiKey_Backspace);
    CHECK(drv.option(qs[0]) == Answer::Unanswered);
    CHECK(drv.doc().score().answered == answered - 1);
    CHECK(drv.state().focusedQuestion == qs[0]);  // clearing does not move on
    drv.press(ImGuiKey_DownArrow);
    drv.press(ImGuiKey_Delete);
    CHECK(drv.option(qs[1]) == Answer::Unanswered);
    drv.frame();
    CHECK(Headless::drew(std::to_string(answered - 2) + " of "));
}

TEST_CASE("typing a note does not answer questions, and the note is saved") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const auto qs = firstDimensionQuestions(drv.doc().model());
    const int q = qs[1];
    drv.press(ImGuiKey_DownArrow);  // focus it, which scrolls it into view
    REQUIRE(drv.state().focusedQuestion == q);
    drv.click(drv.inCard(q, "##note" + std::to_string(q)).centre());
    CHECK(drv.state().focusedQuestion == q);

    // "3 n" then Backspace and Down: each would be a shortcut outside the field.
    drv.type('3', ImGuiKey_3);
    drv.type(' ', ImGuiKey_Space);
    drv.type('n', ImGuiKey_N);
    drv.type('0', ImGuiKey_0);
    drv.press(ImGuiKey_Backspace);
    drv.press(ImGuiKey_DownArrow);
    drv.press(ImGuiKey_PageDown);
    drv.type('x', ImGuiKey_X);  // still in the field after the arrows and page keys
    CHECK(drv.doc().score().answered == 0);
    for (int question : qs) CHECK(drv.option(question) == Answer::Unanswered);
    CHECK(drv.state().focusedQuestion == q);
    CHECK(drv.state().dimension == drv.doc().model().questions[q].dimension);
    CHECK(drv.doc().assessment().answers[q].note == "3 nx");

    // Escape leaves the field and keeps the note; shortcuts work again.
    drv.press(ImGuiKey_Escape);
    CHECK(drv.doc().assessment().answers[q].note == "3 nx");
    drv.press(ImGuiKey_2);
    CHECK(drv.option(q) == 1);
}

TEST_CASE("the target control sets the dimension's target and the score follows") {
    Headless h;
    smm::App app = questionnaireApp(true);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const int d = drv.state().dimension;
    REQUIRE(drv.doc().score().dimensions[d].target == 0);
    REQUIRE(drv.targetButtons().size() == static_cast<std::size_t>(model.stageCount() + 1));

    drv.click(drv.targetButton(3));
    CHECK(drv.doc().assessment().targets[d] == 3);
    CHECK(drv.doc().score().dimensions[d].target == 3);
    CHECK(drv.doc().score().dimensions[d].gap() > 0.0);
    drv.frame();
    CHECK(Headless::drew("Aim: Stage 3"));

    drv.click(drv.targetButton(0));
    CHECK(drv.doc().score().dimensions[d].target == 0);
}

TEST_CASE("a track's page shows its gated stage and blockers, and answers change them") {
    Headless h;
    smm::App app = questionnaireApp(false);
    Driver drv{h, app};
    drv.settle();
    const smm::Score& score = drv.doc().score();
    const int d = drv.state().dimension;
    REQUIRE(drv.doc().model().dimensions[d].kind == smm::DimensionKind::Track);
    drv.frame();
    CHECK(Headless::drew("AFTER GATES"));
    CHECK(Headless::drew("CURRENT LEVEL"));
    CHECK(Headless::drew(smm::formatLevel(score.dimensions[d].level)));
    for (const auto& t : score.tracks)
        if (t.track == d)
            for (const auto& b : t.blockers) CHECK(Headless::drew(b.explanation));

    // Clear the dimension's answers with the keyboard: the level drops to 0 at once.
    const auto qs = smm::ui::questionnaireQuestions(drv.doc().model(), d);
    for (std::size_t i = 0; i < qs.size(); ++i) {
        drv.press(ImGuiKey_1);  // "No" for each, moving on
    }
    CHECK(drv.doc().score().dimensions[d].level == 0.0);
    drv.press(ImGuiKey_PageUp);
    drv.frame();
    CHECK(Headless::drew("Not yet at stage 1"));
}

TEST_CASE("Next unanswered jumps to the next open question, across dimensions") {
    Headless h;
    smm::App app = questionnaireApp(false);
    Driver drv{h, app};
    drv.settle();
    const smm::Model& model = drv.doc().model();
    const auto order = smm::ui::questionnaireDimensionOrder(model);
    const int target = smm::ui::questionnaireQuestions(model, order[3])[2];
    app.apply(smm::SetAnswer{target, Answer::Unanswered});
    drv.settle(2);
    drv.click(drv.item("##next-unanswered").centre());
    CHECK(drv.state().dimension == order[3]);
    CHECK(drv.state().focusedQuestion == target);
    CHECK(drv.inSight(target));

    // Sidebar rows switch dimensions too.
    drv.click(drv.dimensionRow(order[5]));
    CHECK(drv.state().dimension == order[5]);
}

TEST_CASE("the questionnaire fits laptop and projector sizes: every dimension and every answer button in sight") {
    for (ImVec2 size : {ImVec2(1024, 768), ImVec2(1280, 800), ImVec2(1920, 1080)}) {
        Headless h(size);
        smm::App app = questionnaireApp(true);
        Driver drv{h, app};
        drv.settle();
        const smm::Model& model = drv.doc().model();
        for (int d : smm::ui::questionnaireDimensionOrder(model)) {
            const ImVec2 row = drv.dimensionRow(d);
            CHECK(row.y > 0.0f);
            CHECK(row.y < size.y - 24.0f);
        }
        INFO(size.x << " x " << size.y);
        // Each card, once the keyboard brings it into view: its answers in one row, left to right, inside it.
        drv.press(ImGuiKey_UpArrow);  // the first question stays focused, and comes into view
        for (int q : firstDimensionQuestions(model)) {
            INFO("question " << q);
            REQUIRE(drv.state().focusedQuestion == q);
            const ItemRect card = drv.card(q);
            const std::vector<ItemRect> options = drv.answerButtons(q);
            CHECK(options.size() >= model.optionsFor(q).size());
            // The scale in one row; "Don't know" and "Not applicable" under its right end.
            const std::size_t scale = model.optionsFor(q).size();
            for (std::size_t i = 0; i < options.size(); ++i) {
                CHECK(options[i].min.x >= card.min.x);
                CHECK(options[i].max.x <= card.max.x);
                if (i > 0 && i != scale) CHECK(options[i].min.x > options[i - 1].min.x);
                if (i >= scale) CHECK(options[i].min.y >= options[0].max.y);
            }
            CHECK(card.max.x <= drv.pane().max.x);
            drv.press(ImGuiKey_DownArrow);
        }
        drv.frame();
        CHECK(Headless::drew("0 of "));
    }
}

TEST_CASE("with every question answered, the header says so") {
    Headless h;
    smm::App app = questionnaireApp(false);
    Driver drv{h, app};
    drv.settle();
    REQUIRE(drv.doc().score().answered == drv.doc().score().total);
    drv.frame();
    CHECK(Headless::drew("All answered"));
    CHECK_FALSE(Headless::drew("Next unanswered"));
    const int q = drv.state().focusedQuestion;
    drv.click(drv.item("##next-unanswered").centre());  // disabled: nothing moves
    CHECK(drv.state().focusedQuestion == q);
}

TEST_CASE("segmented buttons: wrap between words when narrow, report clicks and centres") {
    Headless h;
    const std::vector<smm::ui::Segment> segs = {
        smm::ui::Segment("No", "1"), smm::ui::Segment("Yes, in places", "2"),
        smm::ui::Segment("Yes, for at least half", "3"), smm::ui::Segment("Yes, across the organisation", "4"),
        smm::ui::Segment("Not applicable", "N").apart()};
    const std::vector<std::string> words = {"No", "Yes,", "in", "places", "for", "at", "least", "half", "across",
                                            "the", "organisation", "Not", "applicable"};
    auto draw = [&](float width, int selected) {
        smm::ui::SegmentedResult r;
        h.frame([&] {
            ImGui::SetNextWindowPos(ImVec2(0, 0));
            ImGui::SetNextWindowSize(ImVec2(1200, 400));
            ImGui::Begin("segments", nullptr, ImGuiWindowFlags_NoDecoration);
            r = smm::ui::segmented("##s", segs, selected, width);
            ImGui::End();
        });
        return r;
    };
    // Wide: one line each, key hints shown.
    smm::ui::SegmentedResult wide = draw(1000.0f, 1);
    CHECK(wide.max.y - wide.min.y == 40.0f);
    CHECK(Headless::drew("Yes, across the organisation"));
    CHECK(Headless::drew("4"));
    // Narrow: labels wrap onto more lines, only between words.
    smm::ui::SegmentedResult narrow = draw(520.0f, 1);
    CHECK(narrow.max.y - narrow.min.y > 40.0f);
    CHECK(narrow.max.x - narrow.min.x == 520.0f);
    for (const std::string& piece : smm::ui::capturedText()) {
        std::size_t start = 0;
        while (start < piece.size()) {
            std::size_t end = piece.find(' ', start);
            if (end == std::string::npos) end = piece.size();
            const std::string word = piece.substr(start, end - start);
            INFO("drawn: \"" << piece << "\"");
            CHECK(std::find(words.begin(), words.end(), word) != words.end());
            start = end + 1;
        }
    }
    // A click on a segment's centre reports it.
    REQUIRE(narrow.centres.size() == segs.size());
    h.moveMouse(narrow.centres[3]);
    draw(520.0f, 1);
    h.mouseButton(true);
    draw(520.0f, 1);
    h.mouseButton(false);
    CHECK(draw(520.0f, 1).clicked == 3);
    CHECK(draw(520.0f, 1).clicked == -1);
}
