// Issue 21, one test per defect at the workspace: a response link that
// arrives while a changed preview is open (use-after-free), storage full
// then freed, text with U+0000 set aside, an entry from a newer version.
#include <catch2/catch_test_macros.hpp>

#include "core/json.hpp"
#include "shell/storage_wording.hpp"
#include "shell/stored_version.hpp"
#include "storage_tabs.hpp"

using smm::test::noticeSays;
using smm::test::Storage;
using Tab = smm::test::WorkspaceTab;

namespace {

std::string stored(const Storage& s, const std::string& id) {
    auto it = s.find(smm::kEntryPrefix + id);
    return it == s.end() ? std::string() : it->second;
}

}  // namespace

TEST_CASE("a response link for a kept workshop, arriving while a changed preview is open, goes into the workshop",
          "[storage][issue21]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    tab->startWorkshop({});
    const std::string workshopId = tab->document().workshop()->setup.id;
    const std::string workshopEntry = tab->library().currentId();
    tab->newAssessment();  // a second entry
    // A shared link's preview, changed (its first autosave keeps a copy: the library grows).
    tab->openLink(smm::test::shareFragment(tab->document(), "Shared Co"));
    REQUIRE(tab->previewingShared());
    tab->document().setAnswer(0, 1);
    tab->openLink(smm::test::responseFragment(tab->document().model(), workshopId, 1));
    REQUIRE(tab->document().workshop());
    CHECK(tab->library().currentId() == workshopEntry);
    CHECK(tab->document().workshop()->responses.size() == 1);
    CHECK(tab->library().entries().size() == 3);  // workshop, second entry, the kept copy of the preview
}

TEST_CASE("a save refused because storage is full stays pending, says so, and is saved once there is room",
          "[storage][issue21]") {
    auto storage = std::make_shared<Storage>();
    Tab tab(storage);
    tab->newAssessment();
    tab->document().setOrganisation("Mine");
    tab->autosave();
    const std::string id = tab->library().currentId();
    (*storage)["filler"] = std::string(1000, 'x');
    tab.platform.quota = tab.platform.used();  // full

    tab->document().setOrganisation("Mine, edited while full");
    tab->autosave();
    CHECK(stored(*storage, id).find("edited while full") == std::string::npos);
    CHECK(tab->notices().has(smm::wording::kNotSavedTitle));
    CHECK(noticeSays(*tab, "\"Mine, edited while full\" are kept in this tab only"));
    CHECK(tab->hasUnsavedWork());
    tab->document().setOrganisation("Mine, edited twice while full");
    tab->autosave();
    CHECK_FALSE(noticeSays(*tab, "another tab"));  // no other tab: nothing "kept both"
    CHECK(tab->library().entries().size() == 1);

    tab->downloadUnsaved();
    REQUIRE(tab.platform.downloads.size() == 1);
    CHECK(tab.platform.downloads[0].second.find("edited twice while full") != std::string::npos);

    storage->erase("filler");  // room again; nothing typed since
    tab->saveNow();            // the page is hidden or closed (pagehide)
    CHECK(stored(*storage, id).find("Mine, edited twice while full") != std::string::npos);
    CHECK_FALSE(tab->hasUnsavedWork());
    CHECK_FALSE(tab->notices().has(smm::wording::kNotSavedTitle));
    CHECK(tab->notices().has(smm::wording::kSavedAgainTitle));
    Tab reloaded(storage);
    CHECK(reloaded->document().assessment().organisation == "Mine, edited twice while full");
    CHECK(reloaded->library().entries().size() == 1);
}

TEST_CASE("a refused save survives another tab's change to other entries and is retried by it", "[storage][issue21]") {
    auto storage = std::make_shared<Storage>();
    Tab a(storage);
    a->newAssessment();
    a->document().setOrganisation("A's");
    a->autosave();
    a.platform.refuseWrites = true;  // setItem throwing in this tab
    a->document().setOrganisation("A's, refused");
    a->autosave();
    a->newAssessment();  // switched away: the refused text waits in the library
    Tab b(storage);
    b->newAssessment();
    a->storageChanged();  // re-reads storage: the pending text must stay
    a.platform.refuseWrites = false;
    a->storageChanged();  // and is written on the next chance
    Tab reloaded(storage);
    bool found = false;
    for (const auto& e : reloaded->library().entries()) found = found || e.title == "A's, refused";
    CHECK(found);
}

TEST_CASE("stored text with U+0000 set aside keeps every byte", "[storage][issue21]") {
    auto storage = std::make_shared<Storage>();
    std::string damaged = "{\"version\":2,\"id\":\"x\",\"title\":\"before";
    damaged += '\0';
    damaged += "after\",\"assessment\":" + std::string(200, '{');
    (*storage)[std::string(smm::kEntryPrefix) + "x"] = damaged;
    Tab tab(storage);
    auto aside = storage->find(std::string(smm::kEntryPrefix) + "x" + smm::kUnreadableSuffix);
    REQUIRE(aside != storage->end());
    CHECK(aside->second == damaged);
    CHECK(aside->second.size() == damaged.size());
}

TEST_CASE("an entry written by a newer version is opened read-only and never rewritten", "[storage][issue21]") {
    auto storage = std::make_shared<Storage>();
    std::string original;
    {
        Tab maker(storage);
        maker->newAssessment();
        maker->document().setOrganisation("From the future");
        maker->autosave();
        const std::string id = maker->library().currentId();
        smm::Json j = smm::parseJson(stored(*storage, id));
        j["version"] = 99;
        j["futureField"] = {{"kept", true}};
        original = smm::dumpJson(j);
        (*storage)[smm::kEntryPrefix + id] = original;
    }
    const auto key = [&] {
        for (const auto& [k, v] : *storage)
            if (v == original) return k;
        return std::string();
    }();
    REQUIRE_FALSE(key.empty());
    CHECK(smm::storedVersionOf(original, smm::kEntryFormatVersion).newer);

    Tab tab(storage);
    CHECK(tab->document().assessment().organisation == "From the future");
    CHECK(noticeSays(*tab, "saved by a newer version"));
    tab->document().setAnswer(0, 1);
    tab->autosave();
    tab->document().setAnswer(1, 1);
    tab->autosave();
    CHECK((*storage)[key] == original);  // untouched, its unknown field and all
    CHECK(tab->notices().has(smm::wording::kNewerCopyKept));
    CHECK(tab->library().entries().size() == 2);
    CHECK(tab->document().assessment().answers[1].option == 1);

    Tab reloaded(storage);
    CHECK((*storage)[key] == original);
    CHECK(reloaded->library().entries().size() == 2);
}

TEST_CASE("the stored version check: older and current read, newer or odd read-only", "[storage][issue21]") {
    using smm::storedVersionOf;
    CHECK_FALSE(storedVersionOf("{\"id\":\"a\"}", 2).newer);
    CHECK(storedVersionOf("{\"id\":\"a\"}", 2).version == 1);
    CHECK_FALSE(storedVersionOf("{\"version\":2}", 2).newer);
    CHECK(storedVersionOf("{\"version\":3}", 2).newer);
    CHECK(storedVersionOf("{\"version\":\"3\"}", 2).newer);
    CHECK(storedVersionOf("{\"version\":99}", 2).version == 99);
}
