// Files compiled into the program (see assets/CMakeLists.txt).
#pragma once

#include <cstddef>
#include <string_view>

namespace smm::assets {

struct Blob {
    const unsigned char* data;
    std::size_t size;
    std::string_view text() const { return {reinterpret_cast<const char*>(data), size}; }
};

Blob defaultModel();     // models/social-media.json
Blob defaultModelPacked(); // the same, packed by the build (core/model_pack.hpp)
Blob sampleAssessment(); // samples/northwind.json: one organisation
Blob sampleAssessmentPacked(); // the same, packed by the build
Blob sampleWorkshop();   // samples/workshop.json: a workshop's participants
Blob fontRegular();
Blob fontBold();

}  // namespace smm::assets
