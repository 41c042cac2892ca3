// The storage model test (issue 21): random sequences of user actions in
// three tabs over one storage, checked after every step (storage_model.hpp).
// Deterministic seeds, bounded to a few seconds; the fuzz target
// tests/fuzz/fuzz_storage_model.cpp runs the same model from libFuzzer's bytes.
#include <catch2/catch_test_macros.hpp>

#include <random>

#include "storage_model.hpp"

TEST_CASE("storage model: nothing typed is lost in any sequence of tabs, links, reloads and full storage",
          "[storage][model][issue21]") {
    constexpr int kRuns = 100, kSteps = 150;
    for (int run = 0; run < kRuns; ++run) {
        std::mt19937 random(static_cast<unsigned>(run));
        smm::test::StorageModel model;
        std::string story;
        for (int s = 0; s < kSteps; ++s) {
            const auto op = static_cast<std::uint8_t>(random()), arg = static_cast<std::uint8_t>(random());
            story += std::to_string(s) + ": " + model.step(op, arg) + "\n";
            const std::string lost = model.check();
            if (!lost.empty()) {
                INFO("run " << run << "\n" << story);
                FAIL(lost);
            }
        }
    }
}
