// Assessment JSON against the bundled model: loading never throws; a failure
// reports a problem; save then load gives an equal assessment.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    const Model& model = fuzz::bundledModel();
    Loaded<Assessment> loaded = loadAssessment(fuzz::asText(data, size), model);
    fuzz::require(loaded.ok() == loaded.problems.empty(), "a failed load reports a problem");
    if (!loaded.ok()) return 0;
    Loaded<Assessment> again = loadAssessment(saveAssessment(*loaded.value, model, false), model);
    fuzz::require(again.ok(), "a saved assessment loads");
    fuzz::require(*again.value == *loaded.value, "save then load gives an equal assessment");
    return 0;
}
