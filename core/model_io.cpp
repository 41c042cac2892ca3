#include "model_io.hpp"

namespace smm {}  // namespace smm
