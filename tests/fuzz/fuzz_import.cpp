// The app's import path (a file dropped or picked): Workspace::openFile with
// any bytes. It never throws; saved work is never changed by an import; a
// refused file leaves the open assessment as it was.
#include <memory>

#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/workspace.hpp"
#include "fuzz_common.hpp"

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    static const StartupResult bundled = loadBundledDocument();
    fuzz::require(bundled.document.has_value(), "the bundled document loads");
    test::MemoryPlatform platform;
    Workspace w(*bundled.document, &platform);
    w.start("");
    w.document().setOrganisation("Before the import");
    w.autosave();
    const test::Storage before = *platform.storage;
    const Assessment open = w.document().assessment();

    w.openFile("fuzz.json", std::string(fuzz::asText(data, size)));

    bool imported = false;
    for (const Notice& n : w.notices().items()) imported |= n.kind == Notice::Kind::Success;
    for (const auto& [key, value] : before)
        if (key != kCurrentKey && key != kModelsKey)
            fuzz::require(platform.storage->count(key) && platform.storage->at(key) == value,
                          "an import never changes saved work");
    if (!imported) fuzz::require(w.document().assessment() == open, "a refused file changes nothing");
    return 0;
}
