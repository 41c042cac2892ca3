#include "risks.hpp"

namespace smm {}  // namespace smm
