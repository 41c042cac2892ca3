// The storage model (tests/shell/storage_model.hpp) driven by libFuzzer:
// each pair of input bytes is one user action in one of three tabs; after
// every step every character typed is in storage, or held in its tab with
// the "not saved yet" notice.
#include "fuzz_common.hpp"
#include "storage_model.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    smm::test::StorageModel model;
    for (std::size_t i = 0; i + 1 < size && i < 400; i += 2) {
        model.step(data[i], data[i + 1]);
        const std::string lost = model.check();
        smm::fuzz::require(lost.empty(), "every character typed is stored or shown as not saved yet");
    }
    return 0;
}
