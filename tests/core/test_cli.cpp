// The smm command line, run as a user would: exit status, stdout, and one
// line "smm: <reason>" on stderr for bad input.
#include <catch2/catch_test_macros.hpp>
#include <catch2/generators/catch_generators.hpp>
#include <catch2/matchers/catch_matchers_string.hpp>

#include <sys/wait.h>
#include <unistd.h>

#include <cstdlib>
#include <fstream>
#include <nlohmann/json.hpp>
#include <sstream>
#include <string>

using Catch::Matchers::ContainsSubstring;
using Catch::Matchers::StartsWith;

namespace {

struct Run {
    int status = -1;
    std::string out, err;
};

std::string slurp(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

int lineCount(const std::string& s) {
    int n = 0;
    for (char c : s) n += c == '\n';
    return n;
}

// Runs `smm ARGS` from the source tree (so relative paths are short).
Run smm(const std::string& args) {
    static int counter = 0;
    // Test cases run as parallel processes: the pid keeps their files apart.
    const std::string base =
        std::string(SMM_CLI_PATH) + ".test-" + std::to_string(getpid()) + "-" + std::to_string(++counter);
    const std::string cmd = "cd '" SMM_ASSETS_DIR "/..' && '" SMM_CLI_PATH "' " + args + " >'" + base + ".out' 2>'" +
                            base + ".err'";
    int raw = std::system(cmd.c_str());
    Run r;
    r.status = WIFEXITED(raw) ? WEXITSTATUS(raw) : -1;
    r.out = slurp(base + ".out");
    r.err = slurp(base + ".err");
    std::remove((base + ".out").c_str());
    std::remove((base + ".err").c_str());
    return r;
}

const std::string kCalc = "--model tests/data/calc-model.json ";

}  // namespace

TEST_CASE("smm --help prints usage and succeeds") {
    Run r = smm("--help");
    CHECK(r.status == 0);
    CHECK_THAT(r.out, StartsWith("usage: smm"));
    CHECK_THAT(r.out, ContainsSubstring("validate MODEL.json"));
    CHECK(r.err.empty());
}

TEST_CASE("smm validate") {
    SECTION("a good model") {
        Run r = smm("validate tests/data/calc-model.json");
        CHECK(r.status == 0);
        CHECK(r.out == "tests/data/calc-model.json: ok - Calc test model 1.0.0 (2 stages, 2 dimensions, 4 questions, "
                       "2 actions, 1 risks)\n");
    }
    SECTION("the default model") {
        Run r = smm("validate assets/models/social-media.json");
        CHECK(r.status == 0);
        CHECK_THAT(r.out, ContainsSubstring(": ok - "));
    }
    SECTION("not JSON: the first problem, with where it is") {
        Run r = smm("validate tests/data/calc-not-json.json");
        CHECK(r.status == 1);
        CHECK_THAT(r.err, StartsWith("smm: tests/data/calc-not-json.json: "));
        CHECK_THAT(r.err, ContainsSubstring("line 2"));
        CHECK(lineCount(r.err) == 1);
    }
}

TEST_CASE("smm score: one assessment in every format") {
    SECTION("text") {
        Run r = smm("score " + kCalc + "tests/data/calc-assessment.json");
        CHECK(r.status == 0);
        CHECK(r.err.empty());
        CHECK_THAT(r.out, ContainsSubstring("Calc test model - Contoso, Ltd (2026-11-22)"));
        CHECK_THAT(r.out, ContainsSubstring("Conversation is held back by Governance and policy at 0.2; it needs 1."));
        CHECK_THAT(r.out, ContainsSubstring("Accidental brand damage"));
    }
    SECTION("options may come after the file; report is an alias") {
        Run a = smm("score tests/data/calc-assessment.json --format md " + kCalc);
        Run b = smm("report " + kCalc + "--format=markdown tests/data/calc-assessment.json");
        CHECK(a.status == 0);
        CHECK(a.out == b.out);
        CHECK_THAT(a.out, StartsWith("# Calc test model"));
    }
    SECTION("csv") {
        Run r = smm("score " + kCalc + "tests/data/calc-assessment.json --format csv");
        CHECK(r.status == 0);
        CHECK_THAT(r.out, StartsWith("dimension,dimension_level,target,stage,question_id,question,answer,weight,note\r\n"));
        CHECK_THAT(r.out, ContainsSubstring("\"Do you reply, within a day?\",\"Yes, across the organisation\",1.00,"
                                            "\"Within hours, \"\"usually\"\"\""));
    }
    SECTION("json") {
        Run r = smm("score " + kCalc + "tests/data/calc-assessment.json --format json");
        REQUIRE(r.status == 0);
        auto j = nlohmann::json::parse(r.out);
        CHECK(j["organisation"] == "Contoso, Ltd");
        // It answers customers (stage 2), held back by governance: stage 1 is secured.
        CHECK(j["overall"]["stage"] == 2);
        CHECK(j["standings"]["external"]["secured"] == 1);
        CHECK(j["dimensions"][0]["level"] == 2.0);
        CHECK(j["roadmap"]["items"][0]["id"] == "name-owner");
        CHECK(j["roadmap"]["items"][0]["forGate"] == true);
    }
    SECTION("the built-in model and the Northwind sample") {
        Run r = smm("score assets/samples/northwind.json --format json");
        REQUIRE(r.status == 0);
        auto j = nlohmann::json::parse(r.out);
        CHECK(j["model"]["id"] == "social-media");
        CHECK(j["organisation"] == "Northwind Traders");
    }
}

TEST_CASE("smm merge: files of one or many assessments") {
    Run r = smm("merge " + kCalc + "tests/data/calc-participants.json tests/data/calc-assessment.json --format json");
    REQUIRE(r.status == 0);
    auto j = nlohmann::json::parse(r.out);
    CHECK(j["participants"] == 3);
    CHECK(j["groups"].size() == 2);
    CHECK(j["consensus"]["organisation"] == "Contoso, Ltd");
    // Everyone's answers come along, so the app opens the output as a workshop.
    REQUIRE(j["assessments"].size() == 3);

    Run workshop = smm("merge assets/samples/workshop.json");
    CHECK(workshop.status == 0);
    CHECK_THAT(workshop.out, ContainsSubstring("participants, agreement"));
}

TEST_CASE("smm share and decode round trip") {
    Run share = smm("share " + kCalc + "tests/data/calc-assessment.json");
    REQUIRE(share.status == 0);
    std::string code = share.out.substr(0, share.out.find('\n'));
    CHECK(code.find_first_not_of("ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_") == std::string::npos);

    Run decode = smm("decode " + kCalc + code);
    REQUIRE(decode.status == 0);
    auto j = nlohmann::json::parse(decode.out);
    CHECK(j["organisation"] == "Contoso, Ltd");
    CHECK(j["answers"]["out-accounts"]["answer"] == "all");
    CHECK(j["targets"]["out-track"] == 2);

    SECTION("a whole link works too") {
        Run link = smm("decode " + kCalc + "'https://example.org/smm/#" + code + "'");
        CHECK(link.status == 0);
        CHECK(link.out == decode.out);
    }
}

TEST_CASE("bad input: exit 1 and one line on stderr") {
    auto [args, message] = GENERATE(table<std::string, std::string>({
        {"", "smm: no command"},
        {"frobnicate", "smm: unknown command \"frobnicate\""},
        {"--bogus", "smm: unknown option --bogus"},
        {"score", "smm: score needs one ASSESSMENT.json"},
        {"score tests/data/calc-missing.json", "smm: cannot read tests/data/calc-missing.json"},
        {"score --format pdf tests/data/calc-assessment.json", "smm: unknown format \"pdf\""},
        {"score --model tests/data/calc-not-json.json tests/data/calc-assessment.json",
         "smm: tests/data/calc-not-json.json: not valid JSON"},
        {"score --model tests/data/calc-model.json tests/data/calc-bad-assessment.json",
         "smm: tests/data/calc-bad-assessment.json: /answers/out-accounts/answer: "},
        {"score tests/data/calc-assessment.json", "smm: tests/data/calc-assessment.json: "},  // wrong model
        {"merge --model tests/data/calc-model.json tests/data/calc-participants.json tests/data/calc-not-json.json",
         "smm: tests/data/calc-not-json.json: not valid JSON"},
        {"decode AAAA", "smm: share code: "},
        {"validate tests/data/calc-missing.json", "smm: cannot read tests/data/calc-missing.json"},
    }));
    CAPTURE(args);
    Run r = smm(args);
    CHECK(r.status == 1);
    CHECK_THAT(r.err, StartsWith(message));
    CHECK(lineCount(r.err) == 1);
    CHECK(r.out.empty());
}
