// Shared by the libFuzzer targets: the bundled model, and a check that stops
// the run with a message (libFuzzer then saves the input as a crash).
#pragma once

#include <cstdio>
#include <cstdlib>
#include <string>
#include <string_view>

#include "assets.hpp"
#include "core/model_io.hpp"

namespace smm::fuzz {

inline const Model& bundledModel() {
    static const Model model = [] {
        Loaded<Model> loaded = loadModel(assets::defaultModel().text());
        if (!loaded.ok()) {
            std::fprintf(stderr, "the bundled model does not load:\n%s\n", loaded.describe().c_str());
            std::abort();
        }
        return *loaded.value;
    }();
    return model;
}

// A property that must hold for every input.
inline void require(bool holds, const char* property) {
    if (holds) return;
    std::fprintf(stderr, "property violated: %s\n", property);
    std::abort();
}

inline std::string_view asText(const unsigned char* data, std::size_t size) {
    return {reinterpret_cast<const char*>(data), size};
}

}  // namespace smm::fuzz
