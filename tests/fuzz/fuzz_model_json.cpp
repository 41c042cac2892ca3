// Model JSON: loading never throws; a failure reports a problem; what loads
// saves and loads back to the same text.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    Loaded<Model> loaded = loadModel(fuzz::asText(data, size));
    fuzz::require(loaded.ok() == loaded.problems.empty(), "a failed load reports a problem");
    if (!loaded.ok()) return 0;
    const std::string saved = saveModel(*loaded.value);
    Loaded<Model> again = loadModel(saved);
    fuzz::require(again.ok(), "a saved model loads");
    fuzz::require(saveModel(*again.value) == saved, "save then load gives the same model");
    return 0;
}
