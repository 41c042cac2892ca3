// pack_model MODEL.json OUT: validates a model as the app would read it and
// writes its packed form (core/model_pack.hpp), which the build compiles into
// the app. Exits 1 with every problem listed if the model does not load.
#include <cstdio>
#include <fstream>
#include <iostream>
#include <iterator>
#include <string>

#include "core/model_io.hpp"
#include "core/model_pack.hpp"

int main(int argc, char** argv) {
    if (argc != 3) {
        std::cerr << "usage: pack_model MODEL.json OUT\n";
        return 1;
    }
    std::ifstream in(argv[1], std::ios::binary);
    const std::string json{std::istreambuf_iterator<char>(in), std::istreambuf_iterator<char>()};
    if (!in) {
        std::cerr << argv[1] << ": cannot be read\n";
        return 1;
    }
    const smm::Loaded<smm::Model> loaded = smm::loadModel(json);
    if (!loaded.ok()) {
        std::cerr << argv[1] << ": the model is invalid:\n" << loaded.describe() << '\n';
        return 1;
    }
    const std::string packed = smm::packModel(*loaded.value);
    if (smm::unpackModel(packed) != loaded.value) {
        std::cerr << argv[1] << ": the packed model does not read back the same (core/model_pack.cpp)\n";
        return 1;
    }
    std::ofstream out(argv[2], std::ios::binary | std::ios::trunc);
    out.write(packed.data(), static_cast<std::streamsize>(packed.size()));
    out.close();
    if (!out) {
        std::cerr << argv[2] << ": cannot be written\n";
        return 1;
    }
    return 0;
}
