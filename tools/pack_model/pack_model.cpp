// pack_model MODEL.json OUT [ASSESSMENT.json OUT]: validates a model (and an
// assessment made with it) as the app would read them and writes their packed
// form (core/model_pack.hpp), which the build compiles into the app. Exits 1
// with every problem listed if either does not load.
#include <fstream>
#include <iostream>
#include <iterator>
#include <optional>
#include <string>

#include "core/model_io.hpp"
#include "core/model_pack.hpp"

namespace {

std::optional<std::string> readFile(const char* path) {
    std::ifstream in(path, std::ios::binary);
    if (!in) return std::nullopt;
    return std::string{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
}

bool writeFile(const char* path, const std::string& bytes) {
    std::ofstream out(path, std::ios::binary | std::ios::trunc);
    out.write(bytes.data(), static_cast<std::streamsize>(bytes.size()));
    out.close();
    return static_cast<bool>(out);
}

int fail(const std::string& message) {
    std::cerr << message << '\n';
    return 1;
}

}  // namespace

int main(int argc, char** argv) {
    if (argc != 3 && argc != 5) return fail("usage: pack_model MODEL.json OUT [ASSESSMENT.json OUT]");
    const std::optional<std::string> json = readFile(argv[1]);
    if (!json) return fail(std::string(argv[1]) + ": cannot be read");
    const smm::Loaded<smm::Model> model = smm::loadModel(*json);
    if (!model.ok()) return fail(std::string(argv[1]) + ": the model is invalid:\n" + model.describe());
    const std::string packed = smm::packModel(*model.value);
    if (smm::unpackModel(packed) != model.value)
        return fail(std::string(argv[1]) + ": the packed model does not read back the same (core/model_pack.cpp)");
    if (!writeFile(argv[2], packed)) return fail(std::string(argv[2]) + ": cannot be written");
    if (argc == 3) return 0;

    const std::optional<std::string> sample = readFile(argv[3]);
    if (!sample) return fail(std::string(argv[3]) + ": cannot be read");
    const smm::Loaded<smm::Assessment> assessment = smm::loadAssessment(*sample, *model.value);
    if (!assessment.ok()) return fail(std::string(argv[3]) + ": the assessment is invalid:\n" + assessment.describe());
    const std::string packedSample = smm::packAssessment(*assessment.value);
    if (smm::unpackAssessment(packedSample, *model.value) != assessment.value)
        return fail(std::string(argv[3]) + ": the packed assessment does not read back the same (core/model_pack.cpp)");
    if (!writeFile(argv[4], packedSample)) return fail(std::string(argv[4]) + ": cannot be written");
    return 0;
}
