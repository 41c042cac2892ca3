// A workshop without a server: the facilitator's invitation travels as a
// code in a link (#w=), each participant's answers come back as a response
// code (#r=). Both carry a checksum, so a damaged code is refused with a
// reason rather than merged wrongly.
#pragma once

#include <string>
#include <string_view>

#include "model.hpp"
#include "problems.hpp"
#include "workshop.hpp"

namespace smm {

// A fresh random id (base64url): workshops and responses are told apart by it.
std::string newWorkshopId();

std::string encodeInvitation(const Model& model, const WorkshopSetup& setup);
Loaded<WorkshopSetup> decodeInvitation(const Model& model, std::string_view code);

// A response code: the answers and group as a share code, with the workshop's
// and the response's ids (and the participant's name, when given and short)
// in its checksummed text field. Notes stay with the participant's file.
std::string encodeResponse(const Model& model, const std::string& workshopId, const Response& response);

struct ReceivedResponse {
    std::string workshopId;    // empty for an assessment link sent as a response
    Response response;
};
Loaded<ReceivedResponse> decodeResponse(const Model& model, std::string_view code);
// An assessment's share code (#a=) sent as a response: its id comes from its
// content, so the same link twice is recognised.
Loaded<ReceivedResponse> decodeSharedAssessment(const Model& model, std::string_view code);

}  // namespace smm
