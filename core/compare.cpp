#include "compare.hpp"

namespace smm {}  // namespace smm
