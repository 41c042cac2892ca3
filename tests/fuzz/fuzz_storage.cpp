// The saved storage at start-up: any keys and values under the app's names
// (entries, the old single-document library, custom models, the current
// entry). Starting never throws, and no stored text is lost: each value is
// still under its key or kept aside (".unreadable", ".migrated"). A change
// and an autosave afterwards lose nothing either.
//
// Input: records separated by 0x1E; in each, the first byte picks the key's
// prefix, then the key's rest up to 0x1F, then the value.
#include <memory>
#include <string_view>

#include "memory_platform.hpp"
#include "shell/app.hpp"
#include "shell/workspace.hpp"
#include "fuzz_common.hpp"

namespace {

bool keptSomewhere(const smm::test::Storage& storage, const std::string& value) {
    for (const auto& [key, v] : storage)
        if (v == value) return true;
    return false;
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    static const StartupResult bundled = loadBundledDocument();
    fuzz::require(bundled.document.has_value(), "the bundled document loads");
    static const char* kPrefixes[] = {kEntryPrefix, kLegacyLibraryKey, kModelsKey, kCurrentKey};

    auto storage = std::make_shared<test::Storage>();
    std::string_view input = fuzz::asText(data, size);
    while (!input.empty()) {
        std::size_t end = input.find('\x1E');
        std::string_view record = input.substr(0, end);
        input = end == std::string_view::npos ? std::string_view() : input.substr(end + 1);
        if (record.empty()) continue;
        std::string key = kPrefixes[static_cast<unsigned char>(record[0]) % 4];
        record.remove_prefix(1);
        std::size_t split = record.find('\x1F');
        if (split != std::string_view::npos) key += std::string(record.substr(0, split));
        (*storage)[key] = std::string(split == std::string_view::npos ? record : record.substr(split + 1));
    }
    const test::Storage before = *storage;

    test::MemoryPlatform platform(storage);
    Workspace w(*bundled.document, &platform);
    w.start("");
    for (const auto& [key, value] : before)
        if (key != kCurrentKey) fuzz::require(keptSomewhere(*storage, value), "start-up loses no stored text");

    const std::string open = w.library().currentId();
    w.document().setOrganisation("Changed after start");
    w.autosave();
    for (const auto& [key, value] : before)
        if (key != kCurrentKey && (open.empty() || key != kEntryPrefix + open))
            fuzz::require(keptSomewhere(*storage, value), "an autosave loses no other stored text");
    return 0;
}
