#include "roadmap.hpp"

namespace smm {}  // namespace smm
