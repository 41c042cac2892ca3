#include "share_code.hpp"

namespace smm {}  // namespace smm
