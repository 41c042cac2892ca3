// Loading and saving models and assessments: every mistake in a file is named
// at its JSON path, loading never throws, and saving then loading gives back
// an equal object.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>

#include <algorithm>
#include <random>
#include <string>
#include <vector>

#include <nlohmann/json.hpp>

#include "core/model_io.hpp"
#include "test_helpers.hpp"

using smm::Answer;
using smm::Assessment;
using smm::Model;
using smm::test::hasProblem;
using smm::test::readTestData;
using smm::test::tinyModel;
using Json = nlohmann::json;

namespace {

// One JSON Patch operation (RFC 6902); value is JSON text, unused by "remove".
struct Edit {
    std::string op, path, value;
};

std::string edited(const std::string& json, const std::vector<Edit>& edits) {
    Json patch = Json::array();
    for (const auto& e : edits) {
        Json op = {{"op", e.op}, {"path", e.path}};
        if (e.op != "remove") op["value"] = Json::parse(e.value);
        patch.push_back(op);
    }
    return Json::parse(json).patch(patch).dump();
}

// A fixture with one mistake, the place it must be reported and words the
// message must contain.
struct BadInput {
    std::string what;
    std::vector<Edit> edits;
    std::string path;
    std::string message;
};

// Reports exactly one problem: no echoes of the same mistake elsewhere.
template <typename T>
void requireSingleProblem(const smm::Loaded<T>& loaded, const BadInput& c) {
    INFO(c.what);
    INFO("problems:\n" << loaded.describe());
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.problems.size() == 1);
    CHECK(hasProblem(loaded.problems, c.path, c.message));
}

std::string tinyModelText() { return readTestData("tiny-model.json"); }

}  // namespace

// ---------------------------------------------------------------------------
// Model lookups and blank assessments

TEST_CASE("Model lookups find items by id and return -1 when absent", "[model_io]") {
    const Model& m = tinyModel();
    CHECK(m.findStage("conversation") == 1);
    CHECK(m.findDimension("governance") == 2);
    CHECK(m.findQuestion("sec-dlp") == 7);
    CHECK(m.findAction("write-aup") == 1);
    CHECK(m.findRoleGroup("marketing") == 1);
    CHECK(m.findAnswerOption("half") == 2);
    CHECK(m.findStage("nowhere") == -1);
    CHECK(m.findQuestion("") == -1);
    CHECK(m.findAnswerOption("na") == -1);
}

TEST_CASE("A blank assessment has an unanswered slot per question and no targets", "[model_io]") {
    Assessment a = smm::makeBlankAssessment(tinyModel());
    CHECK(a.modelId == "tiny");
    REQUIRE(a.answers.size() == 8);
    CHECK(std::all_of(a.answers.begin(), a.answers.end(), [](const Answer& x) { return !x.answered(); }));
    CHECK(a.targets == std::vector<int>(4, 0));
    CHECK(a.roleGroup == -1);
}

// ---------------------------------------------------------------------------
// Loading models

TEST_CASE("The tiny fixture model loads with every reference resolved to an index", "[model_io]") {
    auto loaded = smm::loadModel(tinyModelText());
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    const Model& m = *loaded.value;

    CHECK(m.id == "tiny");
    CHECK(m.stageCount() == 3);
    CHECK(m.answerScale.size() == 4);
    CHECK(m.answerScale[1].weight == 0.25);
    SECTION("gates point at enablers with their minimum level") {
        REQUIRE(m.stages[2].gates.size() == 2);
        CHECK(m.stages[2].gates[1].dimension == m.findDimension("security"));
        CHECK(m.stages[2].gates[1].minLevel == 1.5);
        CHECK(m.stages[0].gates.empty());
    }
    SECTION("questions know their dimension, stage and whether NA is allowed") {
        const auto& q = m.questions[m.findQuestion("conv-replies")];
        CHECK(q.dimension == m.findDimension("conversation-track"));
        CHECK(q.stage == m.findStage("conversation"));
        CHECK_FALSE(q.allowNotApplicable);
        CHECK(m.questions[0].allowNotApplicable); // the default
        CHECK(m.questions[0].help == "Any platform counts.");
    }
    SECTION("actions depend on actions listed before or after them") {
        CHECK(m.actions[2].dependsOn == std::vector<int>{1, 0});
        CHECK(m.actions[0].dependsOn.empty());
        CHECK(m.actions[3].effort == "high");
    }
    SECTION("risk triggers become clauses of four kinds") {
        using K = smm::RiskClause::Kind;
        const auto& brand = m.risks[0];
        CHECK_FALSE(brand.matchAll);
        REQUIRE(brand.clauses.size() == 2);
        CHECK(brand.clauses[0] == smm::RiskClause{K::DimensionBelow, m.findDimension("governance"), 2});
        CHECK(brand.clauses[1] == smm::RiskClause{K::QuestionAtMost, m.findQuestion("gov-aup"), 0.25});
        CHECK(brand.actions == std::vector<int>{1});
        CHECK(brand.mitigations.size() == 2);
        const auto& leak = m.risks[1];
        CHECK(leak.matchAll);
        CHECK(leak.clauses[0].kind == K::DimensionAtLeast);
        CHECK(leak.clauses[1].kind == K::QuestionAtLeast);
    }
    SECTION("peer facts and role groups") {
        CHECK(m.peerFacts[0].year == 2010);
        CHECK(m.roleGroups[1].name == "Marketing");
    }
}

TEST_CASE("Text that is not JSON is reported with line, column and byte, never thrown", "[model_io]") {
    SECTION("a missing comma") {
        auto loaded = smm::loadModel(readTestData("not-json.json"));
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].path.empty());
        CHECK(loaded.problems[0].message.find("not valid JSON at line 5, column 10 (byte 80): syntax error while parsing object") == 0);
    }
    SECTION("any garbage") {
        auto text = GENERATE(as<std::string>{}, "", "   ", "{", "[1, 2", "nul", "{\"id\": }", "\xff\xfe", "{} {}",
                             "{\"a\": \"unterminated}", "[1e999]");
        auto loaded = smm::loadModel(text);
        CHECK_FALSE(loaded.ok());
        REQUIRE(loaded.problems.size() == 1);
        CHECK(loaded.problems[0].message.find("not valid JSON") == 0);
        CHECK_FALSE(smm::loadAssessment(text, tinyModel()).ok());
        CHECK_FALSE(smm::loadAssessments(text, tinyModel()).ok());
    }
}

TEST_CASE("A model that is JSON but not an object is refused once", "[model_io]") {
    auto text = GENERATE(as<std::string>{}, "[]", "3", "\"model\"", "null");
    auto loaded = smm::loadModel(text);
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == "");
    CHECK(loaded.problems[0].message.find("expected an object, found ") == 0);
}

TEST_CASE("A model with several mistakes reports all of them", "[model_io]") {
    auto loaded = smm::loadModel(readTestData("bad-model.json"));
    INFO(loaded.describe());
    CHECK_FALSE(loaded.ok());
    CHECK(loaded.problems.size() == 4);
    CHECK(hasProblem(loaded.problems, "/questions/1/stage",
                     "unknown stage \"custmer-input\" (known: outbound, conversation)"));
    CHECK(hasProblem(loaded.problems, "/questions/2/id", "duplicate id \"q1\" (first at /questions/0)"));
    CHECK(hasProblem(loaded.problems, "/questions/2/text", "expected a string, found number 3"));
    CHECK(hasProblem(loaded.problems, "/actions", "dependency cycle: a -> b -> c -> a"));
}

TEST_CASE("Each kind of model mistake is named at its JSON path", "[model_io]") {
    auto c = GENERATE(values<BadInput>({
        // The document
        {"a newer schema", {{"replace", "/schemaVersion", "2"}}, "/schemaVersion",
         "unsupported schemaVersion 2 (this build reads 1)"},
        {"schemaVersion as text", {{"replace", "/schemaVersion", R"("1")"}}, "/schemaVersion",
         R"(expected a whole number, found "1")"},
        {"no schemaVersion", {{"remove", "/schemaVersion", ""}}, "/schemaVersion",
         R"(missing required field "schemaVersion")"},
        {"no id", {{"remove", "/id", ""}}, "/id", R"(missing required field "id")"},
        {"an empty id", {{"replace", "/id", R"("")"}}, "/id", R"(expected a non-empty id, found "")"},
        {"a numeric name", {{"replace", "/name", "3"}}, "/name", "expected a string, found number 3"},
        {"stageHoldsAt of 0", {{"replace", "/stageHoldsAt", "0"}}, "/stageHoldsAt",
         "expected a number above 0 and at most 1, found number 0"},
        {"stageHoldsAt above 1", {{"replace", "/stageHoldsAt", "1.5"}}, "/stageHoldsAt", "found number 1.5"},
        {"stageHoldsAt as a word", {{"replace", "/stageHoldsAt", R"("high")"}}, "/stageHoldsAt", R"(found "high")"},
        // Answer scale
        {"a scale that is not a list", {{"replace", "/answerScale", "{}"}}, "/answerScale",
         "expected an array, found an object"},
        {"a one-option scale", {{"replace", "/answerScale", R"([{"id": "no", "label": "No", "weight": 0}])"}},
         "/answerScale", "expected 2 to 6 answer options, found 1"},
        {"a seven-option scale",
         {{"replace", "/answerScale",
           R"([{"id": "a", "label": "A", "weight": 0}, {"id": "b", "label": "B", "weight": 0.1},
               {"id": "c", "label": "C", "weight": 0.2}, {"id": "d", "label": "D", "weight": 0.3},
               {"id": "e", "label": "E", "weight": 0.4}, {"id": "f", "label": "F", "weight": 0.5},
               {"id": "g", "label": "G", "weight": 0.6}])"}},
         "/answerScale", "expected 2 to 6 answer options, found 7"},
        {"a weight above 1", {{"replace", "/answerScale/3/weight", "1.5"}}, "/answerScale/3/weight",
         "expected a number from 0 to 1, found number 1.5"},
        {"weights out of order", {{"replace", "/answerScale/2/weight", "0.2"}}, "/answerScale/2/weight",
         "expected a weight above 0.25 (the previous option's), found number 0.2"},
        {"two equal weights", {{"replace", "/answerScale/1/weight", "0"}}, "/answerScale/1/weight",
         "expected a weight above 0 (the previous option's), found number 0"},
        {"an option called na", {{"replace", "/answerScale/0/id", R"("na")"}}, "/answerScale/0/id",
         "reserved for \"not applicable\""},
        {"two options with one id", {{"replace", "/answerScale/1/id", R"("no")"}}, "/answerScale/1/id",
         R"(duplicate id "no" (first at /answerScale/0))"},
        {"an option without label", {{"remove", "/answerScale/1/label", ""}}, "/answerScale/1/label",
         R"(missing required field "label")"},
        // Stages and gates
        {"no stages", {{"replace", "/stages", "[]"}}, "/stages", "expected at least one stage, found none"},
        {"a stage that is not an object", {{"replace", "/stages/0", R"("outbound")"}}, "/stages/0",
         R"(expected an object, found "outbound")"},
        {"a gate on an unknown dimension", {{"replace", "/stages/1/gates/0/dimension", R"("governence")"}},
         "/stages/1/gates/0/dimension",
         R"(unknown dimension "governence" (known: outbound-track, conversation-track, governance, security))"},
        {"a gate above the top stage", {{"replace", "/stages/2/gates/0/minLevel", "4"}},
         "/stages/2/gates/0/minLevel", "expected a number from 0 to 3, found number 4"},
        {"a negative gate", {{"replace", "/stages/2/gates/1/minLevel", "-1"}}, "/stages/2/gates/1/minLevel",
         "expected a number from 0 to 3, found number -1"},
        {"a gate without level", {{"remove", "/stages/1/gates/0/minLevel", ""}}, "/stages/1/gates/0/minLevel",
         R"(missing required field "minLevel")"},
        {"gates that are not a list", {{"replace", "/stages/1/gates", R"({"dimension": "governance"})"}},
         "/stages/1/gates", "expected an array, found an object"},
        // Dimensions
        {"a misspelt kind", {{"replace", "/dimensions/0/kind", R"("trak")"}}, "/dimensions/0/kind",
         R"(unknown kind "trak" (known: track, enabler))"},
        {"no track",
         {{"replace", "/dimensions/0/kind", R"("enabler")"}, {"replace", "/dimensions/1/kind", R"("enabler")"}},
         "/dimensions", R"(expected at least one dimension of kind "track", found none)"},
        {"no dimensions", {{"replace", "/dimensions", "[]"}}, "/dimensions", "found none"},
        // Questions
        {"a misspelt stage", {{"replace", "/questions/3/stage", R"("custmer-input")"}}, "/questions/3/stage",
         R"(unknown stage "custmer-input" (known: outbound, conversation, customer-input))"},
        {"a numeric dimension", {{"replace", "/questions/0/dimension", "3"}}, "/questions/0/dimension",
         "expected a non-empty id, found number 3"},
        {"a question without text", {{"remove", "/questions/0/text", ""}}, "/questions/0/text",
         R"(missing required field "text")"},
        {"a question without id", {{"remove", "/questions/1/id", ""}}, "/questions/1/id",
         R"(missing required field "id")"},
        {"two questions with one id", {{"replace", "/questions/1/id", R"("out-accounts")"}}, "/questions/1/id",
         R"(duplicate id "out-accounts" (first at /questions/0))"},
        {"NA allowed as a word", {{"add", "/questions/0/allowNotApplicable", R"("yes")"}},
         "/questions/0/allowNotApplicable", R"(expected true or false, found "yes")"},
        {"no questions", {{"replace", "/questions", "[]"}}, "/questions", "expected at least one question, found none"},
        {"questions that are not a list", {{"replace", "/questions", "{}"}}, "/questions",
         "expected an array, found an object"},
        {"a question that is not an object", {{"replace", "/questions/1", "5"}}, "/questions/1",
         "expected an object, found number 5"},
        // Actions
        {"an unknown effort", {{"replace", "/actions/0/effort", R"("huge")"}}, "/actions/0/effort",
         R"(unknown effort "huge" (known: low, medium, high))"},
        {"a misspelt dependency", {{"replace", "/actions/1/dependsOn/0", R"("name-ownr")"}}, "/actions/1/dependsOn/0",
         R"(unknown action "name-ownr" (known: name-owner, write-aup, reply-rota, deploy-dlp))"},
        {"dependencies that are not a list", {{"replace", "/actions/1/dependsOn", R"("name-owner")"}},
         "/actions/1/dependsOn", R"(expected an array, found "name-owner")"},
        {"an action at an unknown stage", {{"replace", "/actions/0/stage", R"("later")"}}, "/actions/0/stage",
         R"(unknown stage "later")"},
        {"actions that are not a list", {{"replace", "/actions", "7"}}, "/actions", "expected an array, found number 7"},
        {"an action depending on itself", {{"add", "/actions/0/dependsOn", R"(["name-owner"])"}}, "/actions",
         "dependency cycle: name-owner -> name-owner"},
        {"a longer cycle", {{"add", "/actions/0/dependsOn", R"(["deploy-dlp"])"}}, "/actions",
         "dependency cycle: name-owner -> deploy-dlp -> write-aup -> name-owner"},
        // Risks
        {"an unknown severity", {{"replace", "/risks/0/severity", R"("critical")"}}, "/risks/0/severity",
         R"(unknown severity "critical" (known: high, medium, low))"},
        {"no trigger", {{"remove", "/risks/1/trigger", ""}}, "/risks/1/trigger", R"(missing required field "trigger")"},
        {"a trigger that is a list", {{"replace", "/risks/1/trigger", "[]"}}, "/risks/1/trigger",
         "expected an object, found an array"},
        {"both any and all", {{"add", "/risks/0/trigger/all", "[]"}}, "/risks/0/trigger",
         R"(expected exactly one of "any" or "all", found both)"},
        {"neither any nor all", {{"replace", "/risks/0/trigger", "{}"}}, "/risks/0/trigger",
         R"(expected exactly one of "any" or "all", found neither)"},
        {"clauses that are not a list", {{"replace", "/risks/0/trigger/any", "{}"}}, "/risks/0/trigger/any",
         "expected an array, found an object"},
        {"no clauses", {{"replace", "/risks/0/trigger/any", "[]"}}, "/risks/0/trigger/any",
         "expected at least one clause, found an empty array"},
        {"a clause that is not an object", {{"replace", "/risks/0/trigger/any/0", R"("governance")"}},
         "/risks/0/trigger/any/0", R"(expected an object, found "governance")"},
        {"a clause on a dimension and a question",
         {{"replace", "/risks/0/trigger/any/0", R"({"dimension": "governance", "question": "gov-aup", "below": 2})"}},
         "/risks/0/trigger/any/0", R"(expected exactly one of "dimension" or "question", found both)"},
        {"a clause on nothing", {{"replace", "/risks/0/trigger/any/0", R"({"below": 2})"}}, "/risks/0/trigger/any/0",
         R"(expected exactly one of "dimension" or "question", found neither)"},
        {"atMost on a dimension", {{"replace", "/risks/0/trigger/any/0", R"({"dimension": "governance", "atMost": 2})"}},
         "/risks/0/trigger/any/0/atMost", R"("atMost" does not apply to a dimension clause (use "below" or "atLeast"))"},
        {"below on a question", {{"replace", "/risks/0/trigger/any/1", R"({"question": "gov-aup", "below": 0.5})"}},
         "/risks/0/trigger/any/1/below", R"("below" does not apply to a question clause (use "atMost" or "atLeast"))"},
        {"two comparisons",
         {{"replace", "/risks/0/trigger/any/0", R"({"dimension": "governance", "below": 2, "atLeast": 1})"}},
         "/risks/0/trigger/any/0", R"(expected exactly one of "below" or "atLeast" in a dimension clause, found both)"},
        {"no comparison", {{"replace", "/risks/0/trigger/any/1", R"({"question": "gov-aup"})"}},
         "/risks/0/trigger/any/1", R"(expected exactly one of "atMost" or "atLeast" in a question clause, found neither)"},
        {"a level above the top stage", {{"replace", "/risks/0/trigger/any/0/below", "5"}},
         "/risks/0/trigger/any/0/below", "expected a number from 0 to 3, found number 5"},
        {"a weight above 1", {{"replace", "/risks/1/trigger/all/1/atLeast", "2"}}, "/risks/1/trigger/all/1/atLeast",
         "expected a number from 0 to 1, found number 2"},
        {"a misspelt question", {{"replace", "/risks/0/trigger/any/1/question", R"("gov-apu")"}},
         "/risks/0/trigger/any/1/question", R"(unknown question "gov-apu" (known: out-accounts, out-calendar,)"},
        {"a misspelt mitigating action", {{"replace", "/risks/0/actions/0", R"("write-apu")"}}, "/risks/0/actions/0",
         R"(unknown action "write-apu")"},
        {"a mitigation that is not text", {{"replace", "/risks/0/mitigations/1", "7"}}, "/risks/0/mitigations/1",
         "expected a string, found number 7"},
        // Peer facts and role groups
        {"a year as text", {{"replace", "/peerFacts/0/year", R"("2010")"}}, "/peerFacts/0/year",
         R"(expected a whole number, found "2010")"},
        {"a fractional year", {{"replace", "/peerFacts/0/year", "2010.5"}}, "/peerFacts/0/year",
         "expected a whole number, found number 2010.5"},
        {"two role groups with one id", {{"replace", "/roleGroups/1/id", R"("it")"}}, "/roleGroups/1/id",
         R"(duplicate id "it" (first at /roleGroups/0))"},
        {"a role group without name", {{"remove", "/roleGroups/0/name", ""}}, "/roleGroups/0/name",
         R"(missing required field "name")"},
    }));
    requireSingleProblem(smm::loadModel(edited(tinyModelText(), c.edits)), c);
}

TEST_CASE("Unknown fields are ignored so newer files still load", "[model_io]") {
    auto text = edited(tinyModelText(), {{"add", "/colour", R"("teal")"},
                                         {"add", "/questions/0/weightHint", "2"},
                                         {"add", "/risks/0/trigger/any/0/comment", R"("why")"}});
    auto loaded = smm::loadModel(text);
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    CHECK(*loaded.value == tinyModel());
}

TEST_CASE("Optional model fields take their documented defaults", "[model_io]") {
    auto text = edited(tinyModelText(), {{"remove", "/stageHoldsAt", ""},
                                         {"remove", "/version", ""},
                                         {"remove", "/actions", ""},
                                         {"remove", "/risks", ""},
                                         {"remove", "/peerFacts", ""},
                                         {"remove", "/roleGroups", ""},
                                         {"remove", "/stages/1/gates", ""}});
    auto loaded = smm::loadModel(text);
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    CHECK(loaded.value->stageHoldsAt == 0.75);
    CHECK(loaded.value->version.empty());
    CHECK(loaded.value->actions.empty());
    CHECK(loaded.value->roleGroups.empty());
    CHECK(loaded.value->stages[1].gates.empty());
}

TEST_CASE("Keys with / or ~ are escaped in problem paths", "[model_io]") {
    auto text = edited(readTestData("tiny-assessment.json"), {{"add", "/answers/a~1b~0c", R"({"answer": "all"})"}});
    auto loaded = smm::loadAssessment(text, tinyModel());
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == "/answers/a~1b~0c");
    CHECK(loaded.problems[0].message == R"(unknown question "a/b~c")");
}

namespace {

// Every JSON pointer in `doc`, the root excepted.
std::vector<std::string> pointers(const Json& doc) {
    std::vector<std::string> out;
    const Json leaves = doc.flatten();
    for (auto it = leaves.begin(); it != leaves.end(); ++it) {
        // flatten() lists leaves; their parents are places too.
        const std::string pointer = it.key();
        for (Json::json_pointer p(pointer); !p.empty(); p = p.parent_pointer()) out.push_back(p.to_string());
    }
    std::sort(out.begin(), out.end());
    out.erase(std::unique(out.begin(), out.end()), out.end());
    return out;
}

// A problem's path names a value in the document, or a missing member of one.
bool pointsInto(const Json& doc, const std::string& path) {
    if (path.empty()) return true;
    Json::json_pointer p(path);
    return doc.contains(p) || doc.contains(p.parent_pointer());
}

// `doc` with a few values swapped for values of other types and shapes.
Json scrambled(Json doc, std::mt19937& rng) {
    static const std::vector<Json> replacements = {
        nullptr, true, 0, -1, 3, 1.5, 1e300, "", "x", "governance", "na", Json::array(), Json::object(),
        Json::array({1, "a"}), Json::parse(R"({"id": "x"})"), Json::parse(R"({"dimension": "governance"})")};
    auto places = pointers(doc);
    for (int n = std::uniform_int_distribution<int>(1, 3)(rng); n > 0; --n) {
        Json::json_pointer target(places[std::uniform_int_distribution<std::size_t>(0, places.size() - 1)(rng)]);
        if (!doc.contains(target)) continue; // inside something already replaced
        if (std::uniform_int_distribution<int>(0, 4)(rng) == 0 && doc.at(target.parent_pointer()).is_object())
            doc.at(target.parent_pointer()).erase(target.back());
        else
            doc.at(target) = replacements[std::uniform_int_distribution<std::size_t>(0, replacements.size() - 1)(rng)];
    }
    return doc;
}

}  // namespace

TEST_CASE("Property: scrambled files never throw and every problem points into the file", "[model_io]") {
    std::mt19937 rng(1234);
    const Json model = Json::parse(tinyModelText());
    const Json workshop = Json::parse(readTestData("workshop.json"));
    for (int i = 0; i < 1000; ++i) {
        Json doc = scrambled(i % 2 ? model : workshop, rng);
        INFO("iteration " << i << "\n" << doc.dump());
        auto check = [&](const auto& loaded) {
            INFO(loaded.describe());
            CHECK(loaded.ok() == loaded.problems.empty());
            for (const auto& p : loaded.problems) CHECK(pointsInto(doc, p.path));
        };
        if (i % 2) {
            smm::Loaded<Model> loaded;
            REQUIRE_NOTHROW(loaded = smm::loadModel(doc.dump()));
            check(loaded);
        } else {
            smm::Loaded<std::vector<Assessment>> loaded;
            REQUIRE_NOTHROW(loaded = smm::loadAssessments(doc.dump(), tinyModel()));
            check(loaded);
        }
    }
}

// ---------------------------------------------------------------------------
// Saving models

TEST_CASE("A saved model loads back equal", "[model_io]") {
    SECTION("the tiny fixture") {
        std::string saved = smm::saveModel(tinyModel());
        auto loaded = smm::loadModel(saved);
        INFO(loaded.describe());
        REQUIRE(loaded.ok());
        CHECK(*loaded.value == tinyModel());
        CHECK(smm::saveModel(*loaded.value) == saved);
    }
    SECTION("the default model") {
        if (smm::test::defaultModelIsPlaceholder()) SKIP("assets/models/social-media.json is still a placeholder");
        const Model& m = smm::test::defaultModel();
        auto loaded = smm::loadModel(smm::saveModel(m));
        INFO(loaded.describe());
        REQUIRE(loaded.ok());
        CHECK(*loaded.value == m);
    }
}

namespace {

template <typename T>
const T& pickOne(const std::vector<T>& items, std::mt19937& rng) {
    return items[std::uniform_int_distribution<std::size_t>(0, items.size() - 1)(rng)];
}

// The tiny model with random texts, scale, gates, extra questions, acyclic
// dependencies and risk clauses: valid by construction.
Model randomModel(std::mt19937& rng) {
    using smm::test::randomText;
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    auto real = [&](double lo, double hi) { return std::uniform_real_distribution<double>(lo, hi)(rng); };
    Model m = tinyModel();
    m.name = randomText(rng, 5);
    m.description = randomText(rng, 8);
    m.stageHoldsAt = pick(0, 1) ? 1.0 : real(0.01, 1.0);

    std::vector<double> weights;
    for (int i = pick(2, 6); i > 0; --i) weights.push_back(real(0, 1));
    std::sort(weights.begin(), weights.end());
    weights.erase(std::unique(weights.begin(), weights.end()), weights.end());
    m.answerScale.clear();
    for (double w : weights)
        m.answerScale.push_back({"o" + std::to_string(m.answerScale.size()), randomText(rng, 3), w});
    if (m.answerScale.size() < 2) m.answerScale = tinyModel().answerScale;

    const int dims = static_cast<int>(m.dimensions.size()), stages = m.stageCount();
    for (auto& s : m.stages) {
        s.summary = randomText(rng, 6);
        s.gates.clear();
        for (int g = pick(0, 2); g > 0; --g) {
            smm::Gate gate;
            gate.dimension = pick(0, dims - 1);
            gate.minLevel = pick(0, 1) ? pick(0, stages) : real(0, stages);
            s.gates.push_back(gate);
        }
    }
    for (int i = pick(0, 10); i > 0; --i) {
        smm::Question q;
        q.id = "extra-" + std::to_string(m.questions.size());
        q.dimension = pick(0, dims - 1);
        q.stage = pick(0, stages - 1);
        q.text = randomText(rng, 6);
        q.help = randomText(rng, 6);
        q.allowNotApplicable = pick(0, 1);
        m.questions.push_back(q);
    }
    static const std::vector<std::string> efforts = {"low", "medium", "high"};
    for (int i = pick(0, 6); i > 0; --i) {
        smm::Action a;
        a.id = "act-" + std::to_string(m.actions.size());
        a.dimension = pick(0, dims - 1);
        a.stage = pick(0, stages - 1);
        a.title = randomText(rng, 4);
        a.effort = pickOne(efforts, rng);
        for (int d = pick(0, 3); d > 0; --d) a.dependsOn.push_back(pick(0, int(m.actions.size()) - 1)); // earlier only
        m.actions.push_back(a);
    }
    using K = smm::RiskClause::Kind;
    for (auto& risk : m.risks) {
        risk.matchAll = pick(0, 1);
        risk.clauses.clear();
        for (int c = pick(1, 4); c > 0; --c) {
            auto kind = static_cast<K>(pick(0, 3));
            bool onDimension = kind == K::DimensionBelow || kind == K::DimensionAtLeast;
            int target = onDimension ? pick(0, dims - 1) : pick(0, int(m.questions.size()) - 1);
            risk.clauses.push_back({kind, target, onDimension ? real(0, stages) : real(0, 1)});
        }
        risk.mitigations.push_back(randomText(rng, 5));
        risk.actions = {pick(0, int(m.actions.size()) - 1)};
    }
    m.peerFacts[0].year = pick(-5000, 5000);
    m.roleGroups.push_back({"group-" + std::to_string(pick(0, 99)), randomText(rng, 3), {static_cast<smm::Audience>(pick(0, smm::kAudienceCount - 1))}});
    return m;
}

}  // namespace

TEST_CASE("Property: random variations of the tiny model survive save and load", "[model_io]") {
    std::mt19937 rng(20261122);
    for (int i = 0; i < 200; ++i) {
        Model m = randomModel(rng);
        std::string saved = smm::saveModel(m);
        auto loaded = smm::loadModel(saved);
        INFO("iteration " << i << "\n" << loaded.describe() << "\n" << saved);
        REQUIRE(loaded.ok());
        REQUIRE(*loaded.value == m);
    }
}

// ---------------------------------------------------------------------------
// Assessments

TEST_CASE("An assessment file loads against its model", "[model_io]") {
    auto loaded = smm::loadAssessment(readTestData("tiny-assessment.json"), tinyModel());
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    const Assessment& a = *loaded.value;
    const Model& m = tinyModel();
    CHECK(a.modelId == "tiny");
    CHECK(a.organisation == "Northwind Traders");
    CHECK(a.date == "2026-11-22");
    CHECK(a.participant == "Ana");
    CHECK(a.roleGroup == m.findRoleGroup("marketing"));
    CHECK(a.answers[m.findQuestion("out-accounts")] == Answer{m.findAnswerOption("all"), ""});
    CHECK(a.answers[m.findQuestion("gov-aup")] == Answer{2, "Draft exists, not signed off"});
    CHECK(a.answers[m.findQuestion("sec-dlp")].option == Answer::NotApplicable);
    CHECK_FALSE(a.answers[m.findQuestion("conv-ideas")].answered());
    CHECK(a.targets == std::vector<int>{0, 2, 3, 0});
}

TEST_CASE("Each kind of assessment mistake is named at its JSON path", "[model_io]") {
    auto c = GENERATE(values<BadInput>({
        {"another model", {{"replace", "/model", R"("social-media")"}}, "/model",
         R"(this assessment is for model "social-media", but the loaded model is "tiny")"},
        {"no model", {{"remove", "/model", ""}}, "/model", R"(missing required field "model")"},
        {"a newer schema", {{"replace", "/schemaVersion", "2"}}, "/schemaVersion",
         "unsupported schemaVersion 2 (this build reads 1)"},
        {"an unknown question", {{"add", "/answers/gov-apu", R"({"answer": "all"})"}}, "/answers/gov-apu",
         R"(unknown question "gov-apu")"},
        {"an answer not on the scale", {{"replace", "/answers/gov-aup/answer", R"("most")"}}, "/answers/gov-aup/answer",
         R"(unknown answer "most" (known: no, some, half, all, na))"},
        {"NA where it is not allowed", {{"add", "/answers/conv-replies", R"({"answer": "na"})"}},
         "/answers/conv-replies/answer", R"(question "conv-replies" does not allow "na" (not applicable))"},
        {"no NA offered where not allowed", {{"add", "/answers/conv-replies", R"({"answer": "maybe"})"}},
         "/answers/conv-replies/answer", R"(unknown answer "maybe" (known: no, some, half, all))"},
        {"an answer given as a bare word", {{"replace", "/answers/gov-aup", R"("half")"}}, "/answers/gov-aup",
         R"(expected an object, found "half")"},
        {"neither answer nor note", {{"replace", "/answers/gov-aup", R"({})"}}, "/answers/gov-aup/answer",
         R"(missing required field "answer")"},
        {"a numeric note", {{"replace", "/answers/gov-aup/note", "3"}}, "/answers/gov-aup/note",
         "expected a string, found number 3"},
        {"answers as a list", {{"replace", "/answers", "[]"}}, "/answers", "expected an object, found an array"},
        {"a target on an unknown dimension", {{"add", "/targets/governence", "2"}}, "/targets/governence",
         R"(unknown dimension "governence" (known: outbound-track, conversation-track, governance, security))"},
        {"a target above the top stage", {{"replace", "/targets/governance", "4"}}, "/targets/governance",
         "expected a whole number from 0 to 3, found number 4"},
        {"a fractional target", {{"replace", "/targets/governance", "1.5"}}, "/targets/governance",
         "expected a whole number from 0 to 3, found number 1.5"},
        {"a negative target", {{"replace", "/targets/governance", "-1"}}, "/targets/governance",
         "expected a whole number from 0 to 3, found number -1"},
        {"a target as text", {{"replace", "/targets/governance", R"("2")"}}, "/targets/governance",
         R"(expected a whole number from 0 to 3, found "2")"},
        {"targets as a number", {{"replace", "/targets", "3"}}, "/targets", "expected an object, found number 3"},
        {"an unknown role", {{"replace", "/role", R"("sales")"}}, "/role",
         R"(unknown role group "sales" (known: it, marketing))"},
        {"a numeric organisation", {{"replace", "/organisation", "5"}}, "/organisation",
         "expected a string, found number 5"},
        {"a date in another format", {{"replace", "/date", R"("22/11/2026")"}}, "/date",
         R"(expected a date as YYYY-MM-DD, found "22/11/2026")"},
        {"a day that does not exist", {{"replace", "/date", R"("2026-02-29")"}}, "/date",
         R"(expected a date as YYYY-MM-DD, found "2026-02-29")"},
        {"month 13", {{"replace", "/date", R"("2026-13-01")"}}, "/date", "expected a date as YYYY-MM-DD"},
        {"a date with time", {{"replace", "/date", R"("2026-11-22T10:00")"}}, "/date", "expected a date as YYYY-MM-DD"},
    }));
    requireSingleProblem(smm::loadAssessment(edited(readTestData("tiny-assessment.json"), c.edits), tinyModel()), c);
}

TEST_CASE("Real calendar days are accepted as dates", "[model_io]") {
    auto date = GENERATE(as<std::string>{}, "2024-02-29", "2000-02-29", "2026-12-31", "1999-01-01", "");
    auto text = edited(readTestData("tiny-assessment.json"), {{"replace", "/date", Json(date).dump()}});
    auto loaded = smm::loadAssessment(text, tinyModel());
    INFO(date << ": " << loaded.describe());
    REQUIRE(loaded.ok());
    CHECK(loaded.value->date == date);
    CHECK_FALSE(smm::loadAssessment(edited(text, {{"replace", "/date", R"("1900-02-29")"}}), tinyModel()).ok());
}

TEST_CASE("An assessment with only the required fields is a blank one", "[model_io]") {
    auto loaded = smm::loadAssessment(R"({"schemaVersion": 1, "model": "tiny"})", tinyModel());
    INFO(loaded.describe());
    REQUIRE(loaded.ok());
    CHECK(*loaded.value == smm::makeBlankAssessment(tinyModel()));
    SECTION("an empty role is the same as none") {
        auto withRole = smm::loadAssessment(R"({"schemaVersion": 1, "model": "tiny", "role": ""})", tinyModel());
        REQUIRE(withRole.ok());
        CHECK(withRole.value->roleGroup == -1);
    }
}

TEST_CASE("Saving an assessment writes only what was given", "[model_io]") {
    const Model& m = tinyModel();
    Assessment a = smm::makeBlankAssessment(m);
    a.organisation = "Northwind";
    a.answers[0] = {3, ""};                         // answered, no note
    a.answers[5] = {Answer::NotApplicable, "n/a"};  // not applicable, with a note
    a.answers[6] = {Answer::Unanswered, "ask Bo"};  // a note without an answer is kept (issue 10)
    a.targets[2] = 2;
    Json saved = Json::parse(smm::saveAssessment(a, m));

    CHECK(saved["schemaVersion"] == 1);
    CHECK(saved["model"] == "tiny");
    CHECK(saved["answers"] == Json::parse(R"({"out-accounts": {"answer": "all"},
                                               "gov-aup": {"answer": "na", "note": "n/a"},
                                               "sec-accounts": {"note": "ask Bo"}})"));
    CHECK(saved["targets"] == Json::parse(R"({"governance": 2})"));
    CHECK_FALSE(saved.contains("date"));
    CHECK_FALSE(saved.contains("participant"));
    CHECK_FALSE(saved.contains("role"));
    SECTION("compact output is one line") {
        std::string compact = smm::saveAssessment(a, m, false);
        CHECK(compact.find('\n') == std::string::npos);
        CHECK(Json::parse(compact) == saved);
    }
    SECTION("answers are written in model order") {
        std::string text = smm::saveAssessment(a, m);
        CHECK(text.find("out-accounts") < text.find("gov-aup"));
    }
}

TEST_CASE("Property: random assessments survive save and load", "[model_io]") {
    std::mt19937 rng(42);
    auto check = [&](const Model& model) {
        for (int i = 0; i < 300; ++i) {
            Assessment a = smm::test::randomAssessment(model, rng);
            bool pretty = i % 2 == 0;
            std::string saved = smm::saveAssessment(a, model, pretty);
            auto loaded = smm::loadAssessment(saved, model);
            INFO("iteration " << i << "\n" << loaded.describe() << "\n" << saved);
            REQUIRE(loaded.ok());
            REQUIRE(*loaded.value == a);
        }
    };
    SECTION("against the tiny model") { check(tinyModel()); }
    SECTION("against the default model") {
        if (smm::test::defaultModelIsPlaceholder()) SKIP("assets/models/social-media.json is still a placeholder");
        check(smm::test::defaultModel());
    }
}

TEST_CASE("The sample assessments load against the default model", "[model_io]") {
    if (smm::test::defaultModelIsPlaceholder()) SKIP("assets/models/social-media.json is still a placeholder");
    const Model& m = smm::test::defaultModel();
    auto one = smm::loadAssessment(smm::assets::sampleAssessment().text(), m);
    INFO(one.describe());
    CHECK(one.ok());
    auto workshop = smm::loadAssessments(smm::assets::sampleWorkshop().text(), m);
    INFO(workshop.describe());
    CHECK(workshop.ok());
}

// ---------------------------------------------------------------------------
// Several assessments in one file

TEST_CASE("Several assessments load from a list or from an object holding one", "[model_io]") {
    const Model& m = tinyModel();
    SECTION("an object with \"assessments\"") {
        auto loaded = smm::loadAssessments(readTestData("workshop.json"), m);
        INFO(loaded.describe());
        REQUIRE(loaded.ok());
        REQUIRE(loaded.value->size() == 2);
        CHECK((*loaded.value)[1].roleGroup == m.findRoleGroup("marketing"));
        CHECK((*loaded.value)[1].targets[0] == 2);
    }
    SECTION("a bare list") {
        std::string one = readTestData("tiny-assessment.json");
        auto loaded = smm::loadAssessments("[" + one + "," + one + "]", m);
        INFO(loaded.describe());
        REQUIRE(loaded.ok());
        CHECK(loaded.value->size() == 2);
    }
    SECTION("an empty list") {
        auto loaded = smm::loadAssessments("[]", m);
        REQUIRE(loaded.ok());
        CHECK(loaded.value->empty());
    }
}

TEST_CASE("Problems in a list of assessments carry the item's path", "[model_io]") {
    const Model& m = tinyModel();
    auto c = GENERATE(values<BadInput>({
        {"a bad answer in the second item", {{"replace", "/assessments/1/answers/conv-replies/answer", R"("yes")"}},
         "/assessments/1/answers/conv-replies/answer", R"(unknown answer "yes")"},
        {"an item that is not an object", {{"replace", "/assessments/0", "3"}}, "/assessments/0",
         "expected an object, found number 3"},
        {"an item for another model", {{"replace", "/assessments/0/model", R"("other")"}}, "/assessments/0/model",
         R"(this assessment is for model "other")"},
        {"no list", {{"remove", "/assessments", ""}}, "/assessments", R"(missing required field "assessments")"},
        {"a list that is not a list", {{"replace", "/assessments", "{}"}}, "/assessments",
         "expected an array, found an object"},
    }));
    requireSingleProblem(smm::loadAssessments(edited(readTestData("workshop.json"), c.edits), m), c);
}

TEST_CASE("A bare list's items are numbered from the root", "[model_io]") {
    auto loaded =
        smm::loadAssessments(R"([{"schemaVersion": 1, "model": "tiny"}, {"schemaVersion": 2}])", tinyModel());
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == "/1/schemaVersion");
}

TEST_CASE("Assessments must come as a list or an object holding one", "[model_io]") {
    auto loaded = smm::loadAssessments("3", tinyModel());
    REQUIRE(loaded.problems.size() == 1);
    CHECK(loaded.problems[0].path == "");
    CHECK(loaded.problems[0].message ==
          R"(expected an array of assessments or an object with "assessments", found number 3)");
}
