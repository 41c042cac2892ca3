#include "model.hpp"

namespace smm {}  // namespace smm
