#include "scoring.hpp"

namespace smm {}  // namespace smm
