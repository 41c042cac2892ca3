// Shared by the core tests: fixture files, the tiny and default models, random
// assessments for property tests, and problem matching.
#pragma once

#include <cstdio>
#include <fstream>
#include <random>
#include <sstream>
#include <stdexcept>
#include <string>
#include <string_view>
#include <vector>

#include "assets.hpp"
#include "core/assessment.hpp"
#include "core/model.hpp"
#include "core/model_io.hpp"
#include "core/problems.hpp"

namespace smm::test {

inline std::string readFile(const std::string& path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) throw std::runtime_error("cannot read " + path);
    std::stringstream ss;
    ss << in.rdbuf();
    return ss.str();
}

// A file from tests/data.
inline std::string readTestData(const std::string& name) { return readFile(std::string(SMM_TEST_DATA_DIR) + "/" + name); }

// Loads or throws with every problem, so a broken fixture fails loudly.
inline Model loadModelOrThrow(std::string_view json, const std::string& what) {
    auto loaded = loadModel(json);
    if (!loaded.ok()) throw std::runtime_error(what + " does not load:\n" + loaded.describe());
    return *loaded.value;
}

// tests/data/tiny-model.json: 3 stages, 2 tracks, 2 enablers, 8 questions,
// 4 actions, 2 risks, 2 role groups.
inline const Model& tinyModel() {
    static const Model model = loadModelOrThrow(readTestData("tiny-model.json"), "tests/data/tiny-model.json");
    return model;
}

// True while assets/models/social-media.json is the stand-in written before
// the real model existed; tests of the real model skip then.
inline bool defaultModelIsPlaceholder() {
    return assets::defaultModel().text().find("\"placeholder\"") != std::string_view::npos;
}

// The model compiled into the app.
inline const Model& defaultModel() {
    static const Model model = loadModelOrThrow(assets::defaultModel().text(), "the default model");
    return model;
}

inline bool hasProblem(const std::vector<Problem>& problems, std::string_view path, std::string_view message) {
    for (const auto& p : problems)
        if (p.path == path && p.message.find(message) != std::string::npos) return true;
    return false;
}

// Text that exercises escaping and UTF-8: quotes, slashes, tildes, accents,
// CJK and an emoji.
inline std::string randomText(std::mt19937& rng, int maxPieces) {
    static const std::vector<std::string> pieces = {"a", "Z", "7", " ", "-", "\"", "\\", "/", "~", "\n", "é", "ß",
                                                    "日本", "🙂", "Northwind", "Traders", "{}", "[]", "\t"};
    std::string out;
    int count = std::uniform_int_distribution<int>(0, maxPieces)(rng);
    for (int i = 0; i < count; ++i) out += pieces[std::uniform_int_distribution<std::size_t>(0, pieces.size() - 1)(rng)];
    return out;
}

// At most `maxBytes` bytes of random text, cut on a character boundary.
inline std::string randomTextUpTo(std::mt19937& rng, std::size_t maxBytes) {
    std::string text = randomText(rng, 12);
    if (text.size() <= maxBytes) return text;
    std::size_t n = maxBytes;
    while (n > 0 && (static_cast<unsigned char>(text[n]) & 0xC0) == 0x80) --n;
    return text.substr(0, n);
}

inline std::string randomDate(std::mt19937& rng) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    char buf[16];
    std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", pick(2000, 2099), pick(1, 12), pick(1, 28));
    return buf;
}

struct RandomAssessmentOptions {
    bool notes = true;          // share codes do not carry notes
    bool dateAndParticipant = true;
    std::size_t organisationMaxBytes = 80;
};

// A valid assessment for `model`: any mix of unanswered, not applicable
// (where allowed) and answered questions, targets and role.
inline Assessment randomAssessment(const Model& model, std::mt19937& rng, RandomAssessmentOptions options = {}) {
    auto pick = [&](int lo, int hi) { return std::uniform_int_distribution<int>(lo, hi)(rng); };
    Assessment a = makeBlankAssessment(model);
    a.organisation = randomTextUpTo(rng, options.organisationMaxBytes);
    if (options.dateAndParticipant) {
        a.date = pick(0, 1) ? randomDate(rng) : "";
        a.participant = randomText(rng, 3);
    }
    a.roleGroup = pick(-1, static_cast<int>(model.roleGroups.size()) - 1);
    for (std::size_t q = 0; q < model.questions.size(); ++q) {
        int option = pick(Answer::NotApplicable, static_cast<int>(model.optionsFor(static_cast<int>(q)).size()) - 1);
        if (option == Answer::NotApplicable && !model.questions[q].allowNotApplicable) option = Answer::Unanswered;
        a.answers[q].option = option;
        // Notes travel with answers: a note on an unanswered question is not saved.
        if (options.notes && option != Answer::Unanswered && pick(0, 2) == 0) a.answers[q].note = randomText(rng, 4);
    }
    for (auto& target : a.targets) target = pick(0, model.stageCount());
    return a;
}

}  // namespace smm::test
