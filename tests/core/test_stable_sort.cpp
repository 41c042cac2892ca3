// stableSort gives what std::stable_sort gives: ordered, ties in their
// original order, nothing lost or copied twice.
#include <catch2/catch_test_macros.hpp>

#include <algorithm>
#include <memory>
#include <random>
#include <string>
#include <vector>

#include "core/stable_sort.hpp"

namespace {

struct Item {
    int key;
    int position;  // where it started, to check that ties keep their order
};

}  // namespace

TEST_CASE("stableSort orders like std::stable_sort, ties kept in order") {
    std::mt19937 random(7);
    for (int size : {0, 1, 2, 3, 17, 100, 1000}) {
        std::vector<Item> items;
        for (int i = 0; i < size; ++i) items.push_back({static_cast<int>(random() % 5), i});
        std::vector<Item> expected = items;
        std::stable_sort(expected.begin(), expected.end(), [](const Item& a, const Item& b) { return a.key > b.key; });
        smm::stableSort(items, [](const Item& a, const Item& b) { return a.key > b.key; });
        CAPTURE(size);
        REQUIRE(items.size() == expected.size());
        for (std::size_t i = 0; i < items.size(); ++i) {
            CHECK(items[i].key == expected[i].key);
            CHECK(items[i].position == expected[i].position);
        }
    }
}

TEST_CASE("stableSort moves items that cannot be copied") {
    std::vector<std::unique_ptr<std::string>> words;
    for (const char* w : {"pear", "fig", "apple", "kiwi"}) words.push_back(std::make_unique<std::string>(w));
    smm::stableSort(words, [](const auto& a, const auto& b) { return a->size() < b->size(); });
    std::vector<std::string> got;
    for (const auto& w : words) got.push_back(*w);
    CHECK(got == std::vector<std::string>{"fig", "pear", "kiwi", "apple"});
}
