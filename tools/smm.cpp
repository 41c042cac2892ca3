// smm: the command line for model authors and facilitators.
//
//   smm validate MODEL.json
//   smm score  [--model M] ASSESSMENT.json [--format text|md|csv|json]
//   smm report ...                      (same as score)
//   smm merge  [--model M] A.json B.json ... [--format ...]
//   smm share  [--model M] ASSESSMENT.json
//   smm decode [--model M] CODE
//
// Exit 0 on success; 1 with one line "smm: <reason>" on stderr for bad input.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <optional>
#include <sstream>
#include <string>
#include <vector>


#include "assets.hpp"
#include "core/aggregate.hpp"
#include "core/json.hpp"
#include "core/model_io.hpp"
#include "core/links.hpp"
#include "core/report.hpp"
#include "core/share_code.hpp"

namespace {

// The usage text; the formats come from core/formats.hpp's table.
std::string usage() {
    return
    "usage: smm <command> [options] [files]\n"
    "\n"
    "Commands:\n"
    "  validate MODEL.json                 check a maturity model; list every problem\n"
    "  score [--model M] ASSESSMENT.json   report on one assessment (alias: report)\n"
    "  merge [--model M] FILE...           merge participants' assessments into a group report;\n"
    "                                      each file holds one assessment or a list of them\n"
    "  share [--model M] ASSESSMENT.json   print the assessment's share code\n"
    "  decode [--model M] CODE             print the assessment a share code holds, as JSON\n"
    "\n"
    "Options:\n"
    "  --model FILE     the model to use (default: the built-in social media model)\n"
    "  --format FORMAT  " + smm::reportFormatNames() + " (text is the default)\n"
    "  -h, --help       this help\n"
    "\n"
    "Exit status: 0 on success, 1 on bad input or usage (one line \"smm: ...\" on stderr).\n";
}

// A failure the user can act on: one line, then exit.
struct Failure {
    std::string message;
    };

[[noreturn]] void fail(const std::string& message) { throw Failure{message}; }

std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) fail("cannot read " + path);
    std::ostringstream ss;
    ss << in.rdbuf();
    if (in.bad()) fail("cannot read " + path);
    return ss.str();
}

// The first problem only, so the message stays on one line.
template <typename T>
std::string firstProblem(const smm::Loaded<T>& loaded) {
    if (loaded.problems.empty()) return "invalid";
    std::string line = loaded.problems.front().describe();
    for (char& c : line)
        if (c == '\n' || c == '\r') c = ' ';
    if (loaded.problems.size() > 1) line += " (and " + std::to_string(loaded.problems.size() - 1) + " more)";
    return line;
}

struct Options {
    std::string command;
    std::optional<std::string> modelPath;
    smm::ReportFormat format = smm::ReportFormat::Text;
    std::vector<std::string> args;
    bool help = false;
};

Options parseArgs(int argc, char** argv) {
    Options o;
    for (int i = 1; i < argc; ++i) {
        std::string arg = argv[i];
        auto value = [&](const std::string& name) -> std::string {
            auto eq = arg.find('=');
            if (eq != std::string::npos) return arg.substr(eq + 1);
            if (i + 1 >= argc) fail(name + " needs a value");
            return argv[++i];
        };
        if (arg == "-h" || arg == "--help") {
            o.help = true;
        } else if (arg == "--model" || arg.rfind("--model=", 0) == 0) {
            o.modelPath = value("--model");
        } else if (arg == "--format" || arg.rfind("--format=", 0) == 0) {
            std::string name = value("--format");
            if (!smm::parseReportFormat(name, o.format))
                fail("unknown format \"" + name + "\" (expected " + smm::reportFormatNames() + ")");
        } else if (arg.size() > 1 && arg[0] == '-') {
            fail("unknown option " + arg + " (see smm --help)");
        } else if (o.command.empty()) {
            o.command = arg;
        } else {
            o.args.push_back(arg);
        }
    }
    return o;
}

smm::Model loadModelFrom(const std::optional<std::string>& path) {
    if (!path) {
        auto loaded = smm::loadModel(smm::assets::defaultModel().text());
        if (!loaded.ok()) fail("the built-in model does not load: " + firstProblem(loaded));
        return std::move(*loaded.value);
    }
    auto loaded = smm::loadModel(readFile(*path));
    if (!loaded.ok()) fail(*path + ": " + firstProblem(loaded));
    return std::move(*loaded.value);
}

void expectArgs(const Options& o, std::size_t min, std::size_t max, const char* what) {
    if (o.args.size() < min) fail(o.command + " needs " + what + " (see smm --help)");
    if (o.args.size() > max) fail(o.command + " takes " + what + ", not \"" + o.args[max] + "\"");
}

int run(const Options& o) {
    if (o.command == "validate") {
        if (o.modelPath) fail("validate takes the model as its argument, not --model");
        expectArgs(o, 1, 1, "one MODEL.json");
        const std::string& path = o.args[0];
        auto loaded = smm::loadModel(readFile(path));
        if (!loaded.ok()) {
            // Every problem is useful to a model author: all on stdout, the
            // one-line summary on stderr.
            if (loaded.problems.size() > 1) std::cout << loaded.describe() << "\n";
            fail(path + ": " + firstProblem(loaded));
        }
        const smm::Model& m = *loaded.value;
        std::cout << path << ": ok - " << m.name << " " << m.version << " (" << m.stages.size() << " stages, "
                  << m.dimensions.size() << " dimensions, " << m.questions.size() << " questions, " << m.actions.size()
                  << " actions, " << m.risks.size() << " risks)\n";
        return 0;
    }
    if (o.command == "score" || o.command == "report") {
        expectArgs(o, 1, 1, "one ASSESSMENT.json");
        smm::Model model = loadModelFrom(o.modelPath);
        const std::string& path = o.args[0];
        auto loaded = smm::loadAssessment(readFile(path), model);
        if (!loaded.ok()) fail(path + ": " + firstProblem(loaded));
        std::cout << smm::renderReport(model, *loaded.value, o.format);
        return 0;
    }
    if (o.command == "merge") {
        expectArgs(o, 1, SIZE_MAX, "one or more assessment files");
        smm::Model model = loadModelFrom(o.modelPath);
        std::vector<smm::Assessment> all;
        for (const auto& path : o.args) {
            std::string text = readFile(path);
            // One assessment or a list: a list starts with '[' or holds "assessments".
            auto many = smm::loadAssessments(text, model);
            if (many.ok()) {
                for (auto& a : *many.value) all.push_back(std::move(a));
                continue;
            }
            auto one = smm::loadAssessment(text, model);
            if (!one.ok()) {
                std::size_t start = text.find_first_not_of(" \t\r\n");
                bool looksLikeList = start != std::string::npos && text[start] == '[';
                looksLikeList = looksLikeList || text.find("\"assessments\"") != std::string::npos;
                fail(path + ": " + (looksLikeList ? firstProblem(many) : firstProblem(one)));
            }
            all.push_back(std::move(*one.value));
        }
        std::string report = smm::renderGroupReport(model, smm::aggregate(model, all), o.format);
        if (o.format == smm::ReportFormat::Json) {
            // Everyone's answers too, so the app imports the output as a workshop.
            smm::Json j = smm::parseJsonOrThrow(report);
            j["assessments"] = smm::Json::array();
            for (const smm::Assessment& a : all)
                j["assessments"].push_back(smm::parseJsonOrThrow(smm::saveAssessment(a, model, false)));
            report = smm::jsonFileText(j, true);
        }
        std::cout << report;
        return 0;
    }
    if (o.command == "share") {
        expectArgs(o, 1, 1, "one ASSESSMENT.json");
        smm::Model model = loadModelFrom(o.modelPath);
        const std::string& path = o.args[0];
        auto loaded = smm::loadAssessment(readFile(path), model);
        if (!loaded.ok()) fail(path + ": " + firstProblem(loaded));
        std::cout << smm::encodeShareCode(model, *loaded.value) << "\n";
        return 0;
    }
    if (o.command == "decode") {
        expectArgs(o, 1, 1, "one share CODE");
        smm::Model model = loadModelFrom(o.modelPath);
        // A whole link works too: the app's link format is read by core.
        const smm::Link link = smm::parseLink(o.args[0]);
        if (link.kind == smm::LinkKind::Invitation || link.kind == smm::LinkKind::Response)
            fail("share code: this is a workshop link, not an assessment's share link");
        std::string_view code = link.code;
        if (link.kind == smm::LinkKind::None) {  // a bare code, or a link whose fragment is only the code
            code = o.args[0];
            if (auto hash = code.find_last_of('#'); hash != std::string_view::npos) code.remove_prefix(hash + 1);
        }
        auto decoded = smm::decodeShareCode(model, code);
        if (!decoded.ok()) fail("share code: " + firstProblem(decoded));
        std::cout << smm::saveAssessment(*decoded.value, model, true) << "\n";
        return 0;
    }
    fail("unknown command \"" + o.command + "\" (expected validate, score, report, merge, share or decode)");
}

}  // namespace

int main(int argc, char** argv) {
    try {
        Options o = parseArgs(argc, argv);
        if (o.help) {
            std::cout << usage();
            return 0;
        }
        if (o.command.empty()) {
            std::cerr << "smm: no command (see smm --help)\n";
            return 1;
        }
        return run(o);
    } catch (const Failure& f) {
        std::cout.flush();
        std::cerr << "smm: " << f.message << "\n";
        return 1;
    } catch (const std::exception& e) {
        std::cerr << "smm: " << e.what() << "\n";
        return 1;
    }
}
