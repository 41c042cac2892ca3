// The bad inputs of issue 10, as one table shared by the core suite (each
// loader gives a specific error) and the shell suite (opening the file as a
// user would changes nothing). Inputs are made on demand: some are 10 MB.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "core/model.hpp"

namespace smm::test {

enum class InputKind { Model, Assessment, Workshop };

struct BadInputCase {
    std::string name;
    InputKind kind;
    std::function<std::string(const Model&)> make;  // from the default model
    std::string expect;                             // words the first problem must contain
};

inline std::string repeat(const std::string& s, std::size_t n) {
    std::string out;
    out.reserve(s.size() * n);
    for (std::size_t i = 0; i < n; ++i) out += s;
    return out;
}

// A valid assessment of `m` around `inner` members ("" for none).
inline std::string assessmentWith(const Model& m, const std::string& inner) {
    // Made with the current model, so nothing is carried over from an earlier one.
    return R"({"schemaVersion": 1, "model": ")" + m.id + R"(", "modelVersion": ")" + m.version +
           R"(", "organisation": "Bad input")" +
           (inner.empty() ? "" : ", " + inner) + "}";
}

// A model whose actions form one chain of `n` (each depends on the one
// before), optionally closed into a cycle; the rest taken from `m`.
inline std::string chainModel(const Model& m, std::size_t n, bool cycle) {
    std::string actions;
    const std::string dim = m.dimensions.front().id, stage = m.stages.front().id;
    for (std::size_t i = 0; i < n; ++i) {
        std::string dep = i > 0 ? "a" + std::to_string(i - 1) : cycle ? "a" + std::to_string(n - 1) : "";
        actions += (i ? "," : "") + std::string(R"({"id":"a)") + std::to_string(i) + R"(","dimension":")" + dim +
                   R"(","stage":")" + stage + R"(","title":"t","effort":"low")" +
                   (dep.empty() ? "" : R"(,"dependsOn":[")" + dep + R"("])") + "}";
    }
    std::string out = R"({"schemaVersion":1,"id":"chain","version":"1","name":"Chain","stageHoldsAt":0.75,)";
    out += R"("answerScale":[{"id":"no","label":"No","weight":0},{"id":"yes","label":"Yes","weight":1}],)";
    out += R"("stages":[{"id":")" + stage + R"(","name":"S","summary":""}],)";
    out += R"("dimensions":[{"id":")" + dim + R"(","kind":"track","name":"D","summary":""}],)";
    out += R"("questions":[{"id":"q","dimension":")" + dim + R"(","stage":")" + stage + R"(","text":"Q?"}],)";
    out += R"("actions":[)" + actions + "]}";
    return out;
}

inline std::vector<BadInputCase> badInputs() {
    using K = InputKind;
    auto firstQuestion = [](const Model& m) { return m.questions.front().id; };
    return {
        {"empty file", K::Assessment, [](const Model&) { return std::string(); }, "empty"},
        {"truncated JSON", K::Assessment,
         [](const Model& m) { return assessmentWith(m, R"("answers": {)"); }, "not valid JSON at line 1"},
        {"wrong type", K::Assessment,
         [](const Model& m) { return assessmentWith(m, R"("targets": [1, 2])"); }, "expected an object"},
        {"huge number 1e400", K::Assessment,
         [&](const Model& m) { return assessmentWith(m, R"("targets": {")" + m.dimensions.front().id + R"(": 1e400})"); },
         "too large"},
        {"huge whole number", K::Assessment,
         [&](const Model& m) {
             return assessmentWith(m, R"("targets": {")" + m.dimensions.front().id + R"(": 99999999999999999999})");
         },
         "a whole number"},
        {"a 10 MB string", K::Assessment,
         [](const Model& m) { return assessmentWith(m, R"("participant": ")" + std::string(10 << 20, 'x') + "\""); },
         "the limit is 5,242,880 bytes"},
        {"a 200 KB string", K::Assessment,
         [](const Model& m) { return assessmentWith(m, R"("participant": ")" + std::string(200000, 'x') + "\""); },
         "the limit is 100,000 bytes per text"},
        {"a 10 MB unknown key", K::Assessment,
         [](const Model& m) { return assessmentWith(m, "\"" + std::string(10 << 20, 'k') + "\": 1"); },
         "the limit is"},
        {"a 1 MB unknown key", K::Assessment,
         [](const Model& m) { return assessmentWith(m, "\"" + std::string(1 << 20, 'k') + "\": 1"); },
         "a key of 1,048,576 bytes; the limit is 100,000 bytes"},
        {"nesting 10,000 deep", K::Model,
         [](const Model&) { return R"({"description": )" + std::string(10000, '[') + std::string(10000, ']') + "}"; },
         "nested more than 64 levels"},
        {"nesting 100,000 deep", K::Assessment,
         [](const Model&) { return std::string(100000, '[') + std::string(100000, ']'); }, "nested more than 64 levels"},
        {"100,000 unknown keys", K::Assessment,
         [](const Model& m) {
             std::string keys;
             for (int i = 0; i < 100000; ++i) keys += (i ? ",\"k" : "\"k") + std::to_string(i) + "\":0";
             return assessmentWith(m, keys);
         },
         "more than 1,000 members"},
        {"workshop of 1 MB of zeros", K::Workshop,
         [](const Model&) { return "[0" + repeat(",0", 500000) + "]"; }, "more than 10,000 items"},
        {"workshop of 5,000 zeros", K::Workshop, [](const Model&) { return "[0" + repeat(",0", 4999) + "]"; },
         "expected an object, found number 0"},
        {"unknown schema version", K::Assessment,
         [](const Model& m) {
             std::string text = assessmentWith(m, "");
             return text.replace(text.find("\"schemaVersion\": 1"), 18, "\"schemaVersion\": 99");
         },
         "unsupported schemaVersion 99"},
        {"duplicate ids", K::Model,
         [](const Model& m) {
             std::string text = chainModel(m, 2, false);
             return text.replace(text.find("\"a1\""), 4, "\"a0\"");
         },
         "duplicate id \"a0\""},
        {"duplicate JSON keys", K::Assessment,
         [](const Model& m) { return assessmentWith(m, R"("organisation": "Second")"); }, "appears twice"},
        {"invalid UTF-8", K::Assessment,
         [](const Model& m) { return assessmentWith(m, "\"participant\": \"Ana \xC3\x28\""); }, "UTF-8"},
        {"UTF-16 byte order mark", K::Assessment,
         [](const Model& m) { return "\xFF\xFE" + assessmentWith(m, ""); }, "byte order mark"},
        {"NUL byte then junk", K::Assessment,
         [](const Model& m) { return assessmentWith(m, "") + std::string(1, '\0') + "junk"; }, "NUL byte at line 1"},
        {"not applicable where forbidden", K::Assessment,
         [&](const Model& m) {
             for (const auto& q : m.questions)
                 if (!q.allowNotApplicable)
                     return assessmentWith(m, R"("answers": {")" + q.id + R"(": {"answer": "na"}})");
             return assessmentWith(m, R"("answers": {")" + firstQuestion(m) + R"(": {"answer": "never"}})");
         },
         "not applicable"},
        {"a chain of 9,000 actions closed into a cycle", K::Model,
         [](const Model& m) { return chainModel(m, 9000, true); }, "dependency cycle: a"},
        {"a chain of 100,000 actions", K::Model, [](const Model& m) { return chainModel(m, 100000, false); },
         "the limit is 5,242,880 bytes"},
    };
}

}  // namespace smm::test
