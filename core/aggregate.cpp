#include "aggregate.hpp"

namespace smm {}  // namespace smm
