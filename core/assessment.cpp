#include "assessment.hpp"

namespace smm {}  // namespace smm
