// The bundled model in a compact binary form. The build packs the validated
// JSON (tools/pack_model) and the app unpacks it at start-up, which in the
// browser is far cheaper than parsing and checking 100 KB of JSON before the
// first frame. Only for bytes this build packed: the JSON file stays the
// source, and models from outside are always read as JSON (model_io.hpp).
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "model.hpp"

namespace smm {

std::string packModel(const Model& model);

// The model packModel wrote, or nullopt with the reason in `error` (bytes from
// another layout, truncated or with bytes left over).
std::optional<Model> unpackModel(std::string_view bytes, std::string* error = nullptr);

}  // namespace smm
