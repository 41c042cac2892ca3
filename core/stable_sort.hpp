// Stable sorting compiled once. std::stable_sort compiles its own merge sort
// (~2.6 KB of wasm) for every comparator: a dozen call sites cost 31 KB of
// the browser's download. stableSort orders a permutation of indices through
// one type-erased comparison instead; the lists sorted here (risks, roadmap
// actions, questions, saved entries) are at most a few hundred long.
#pragma once

#include <cstddef>
#include <utility>
#include <vector>

namespace smm {

// "Is item a before item b?", by index, without a template.
struct IndexLess {
    bool (*call)(const void* context, std::size_t a, std::size_t b);
    const void* context;
    bool operator()(std::size_t a, std::size_t b) const { return call(context, a, b); }
};

// 0..count-1, ordered by `less`; equal items keep their order.
std::vector<std::size_t> stableOrder(std::size_t count, IndexLess less);

// Sorts `items` by `less(x, y)` as std::stable_sort does.
template <typename T, typename Less>
void stableSort(std::vector<T>& items, const Less& less) {
    struct Context {
        const std::vector<T>* items;
        const Less* less;
    } context{&items, &less};
    const IndexLess byIndex{[](const void* c, std::size_t a, std::size_t b) {
                                const auto* x = static_cast<const Context*>(c);
                                return static_cast<bool>((*x->less)((*x->items)[a], (*x->items)[b]));
                            },
                            &context};
    const std::vector<std::size_t> order = stableOrder(items.size(), byIndex);
    std::vector<T> sorted;
    sorted.reserve(items.size());
    for (std::size_t i : order) sorted.push_back(std::move(items[i]));
    items = std::move(sorted);
}

}  // namespace smm
