// What a facilitator pastes or drops into a workshop, and what a participant
// opens: hostile text as pasted links, as a dropped file, as an invitation
// code and as a workshop file. Nothing throws; every response taken in fits
// the model; a counted response is never counted twice; an invitation or a
// workshop that loads saves and loads back equal.
#include "core/assessment_check.hpp"
#include "core/workshop_codes.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "fuzz_common.hpp"

#include <set>

namespace {

void requireSound(const smm::Model& model, const smm::Workshop& w, std::size_t before, const smm::CollectReport& r) {
    using smm::fuzz::require;
    require(w.responses.size() == before + static_cast<std::size_t>(r.added), "every added response is counted once");
    std::set<std::string> ids;
    for (const smm::Response& response : w.responses) {
        require(ids.insert(response.id).second, "no response id twice");
        require(smm::checkAssessmentFits(model, response.assessment).empty(), "a collected response fits the model");
    }
}

}  // namespace

extern "C" int LLVMFuzzerTestOneInput(const unsigned char* data, std::size_t size) {
    using namespace smm;
    const Model& model = fuzz::bundledModel();
    const std::string_view text = fuzz::asText(data, size);

    Workshop w;
    w.setup.id = "Fuzzshop01";
    CollectReport pasted = collectPasted(model, w, text);
    requireSound(model, w, 0, pasted);
    const std::size_t before = w.responses.size();
    CollectReport dropped = collectFile(model, w, "dropped.json", text);
    requireSound(model, w, before, dropped);

    Loaded<WorkshopSetup> invitation = decodeInvitation(model, text);
    fuzz::require(invitation.ok() == invitation.problems.empty(), "a refused invitation says why");
    if (invitation.ok()) {
        Loaded<WorkshopSetup> again = decodeInvitation(model, encodeInvitation(model, *invitation.value));
        fuzz::require(again.ok() && *again.value == *invitation.value, "an invitation re-encodes to itself");
    }

    Loaded<WorkshopFile> file = loadWorkshop(text, model);
    fuzz::require(file.ok() == file.problems.empty(), "a refused workshop file says why");
    if (file.ok()) {
        const Assessment* agreed = file.value->agreed ? &*file.value->agreed : nullptr;
        Loaded<WorkshopFile> again = loadWorkshop(saveWorkshop(model, file.value->workshop, agreed, false), model);
        fuzz::require(again.ok(), "a saved workshop loads");
        fuzz::require(again.value->workshop == file.value->workshop, "a workshop saves and loads back equal");
    }
    return 0;
}
