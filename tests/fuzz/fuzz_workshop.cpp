// Workshop files (a list of assessments): loading never throws, a failure
// reports a problem, and each assessment read saves and loads back equal.
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    const Model& model = fuzz::bundledModel();
    Loaded<std::vector<Assessment>> loaded = loadAssessments(fuzz::asText(data, size), model);
    fuzz::require(loaded.ok() == loaded.problems.empty(), "a failed load reports a problem");
    if (!loaded.ok()) return 0;
    std::string list = "[";
    for (const Assessment& a : *loaded.value) list += (list.size() > 1 ? "," : "") + saveAssessment(a, model, false);
    Loaded<std::vector<Assessment>> again = loadAssessments(list + "]", model);
    fuzz::require(again.ok(), "a saved workshop loads");
    fuzz::require(*again.value == *loaded.value, "save then load gives the same assessments");
    return 0;
}
