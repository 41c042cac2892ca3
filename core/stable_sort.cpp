#include "stable_sort.hpp"

#include <algorithm>
#include <numeric>

namespace smm {

std::vector<std::size_t> stableOrder(std::size_t count, IndexLess less) {
    std::vector<std::size_t> order(count);
    std::iota(order.begin(), order.end(), std::size_t{0});
    std::stable_sort(order.begin(), order.end(), less);
    return order;
}

}  // namespace smm
