#include "report.hpp"

namespace smm {}  // namespace smm
