#include "workshop_codes.hpp"

#include <random>

#include "assessment_check.hpp"
#include "base64url.hpp"
#include "format.hpp"
#include "json.hpp"
#include "json_limits.hpp"
#include "share_code.hpp"
#include "workshop_io.hpp"

namespace smm {

namespace {

constexpr int kInvitationVersion = 1;
constexpr std::size_t kIdChars = 10;         // 60 random bits
constexpr std::size_t kMaxTextBytes = 300;   // organisation, purpose
constexpr int kMaxExpected = 10000;

const char* const kNotAnInvitation = "this is not a workshop invitation code";

Loaded<WorkshopSetup> failSetup(std::string why) { return {std::nullopt, {{"", std::move(why)}}, {}}; }
Loaded<ReceivedResponse> failResponse(std::string why) { return {std::nullopt, {{"", std::move(why)}}, {}}; }

bool isId(std::string_view s) { return !s.empty() && s.size() <= 16 && isBase64url(s); }

}  // namespace

std::string newWorkshopId() {
    std::random_device device;  // the browser's crypto.getRandomValues under Emscripten
    Bytes bytes;
    for (std::size_t i = 0; i < kIdChars * 6 / 8 + 1; ++i) bytes.push_back(std::uint8_t(device()));
    return toBase64url(bytes).substr(0, kIdChars);
}

std::string encodeInvitation(const Model& model, const WorkshopSetup& setup) {
    Json j = {{"v", kInvitationVersion}, {"m", model.id}, {"i", setup.id}, {"o", setup.organisation},
              {"a", setup.anonymous ? 1 : 0}};
    if (!setup.date.empty()) j["d"] = setup.date;
    if (!setup.purpose.empty()) j["p"] = setup.purpose;
    if (setup.expected > 0) j["e"] = setup.expected;
    Json groups = Json::array();
    for (int g : setup.groups)
        if (g >= 0 && g < static_cast<int>(model.roleGroups.size())) groups.push_back(model.roleGroups[g].id);
    j["g"] = groups;
    // The facilitator's names travel with the link: participants see the groups as they are.
    if (!setup.groupNames.empty() && setup.groupNames.size() == setup.groups.size()) j["n"] = setup.groupNames;
    std::string text = dumpJson(j);
    Bytes bytes(text.begin(), text.end());
    const std::uint32_t crc = crc32(bytes.data(), bytes.size());
    for (int shift = 24; shift >= 0; shift -= 8) bytes.push_back(std::uint8_t(crc >> shift));
    return toBase64url(bytes);
}

Loaded<WorkshopSetup> decodeInvitation(const Model& model, std::string_view code) {
    code = trimmed(code);
    if (code.empty() || !isBase64url(code)) return failSetup("the invitation contains characters that are not part of a code");
    if (code.size() % 4 == 1 || code.size() < 8) return failSetup("the invitation is incomplete: it was cut short");
    Decoded decoded = fromBase64url(code);
    Bytes& bytes = decoded.bytes;
    const std::size_t body = bytes.size() - 4;
    const std::uint32_t stored = std::uint32_t(bytes[body]) << 24 | std::uint32_t(bytes[body + 1]) << 16 |
                                 std::uint32_t(bytes[body + 2]) << 8 | bytes[body + 3];
    if (!decoded.canonical || crc32(bytes.data(), body) != stored)
        return failSetup("the invitation was altered or cut short (checksum mismatch)");
    const std::string_view text(reinterpret_cast<const char*>(bytes.data()), body);
    JsonLimits limits;
    limits.maxBytes = 8192;
    limits.maxDepth = 3;
    limits.maxItems = 64;
    if (!checkJsonLimits(text, limits).empty() || !isValidUtf8(text)) return failSetup(kNotAnInvitation);
    const Json j = parseJson(text);
    if (!j.is_object() || !j.contains("v") || !j["v"].is_number_integer()) return failSetup(kNotAnInvitation);
    if (j["v"].get<int>() != kInvitationVersion)
        return failSetup("the invitation was made by a newer version of the app");
    if (!j.contains("m") || !j["m"].is_string() || j["m"].get<std::string>() != model.id)
        return failSetup("this invitation was made for a different model");
    auto text_ = [&](const char* key, std::string& out) {
        if (!j.contains(key)) return true;
        if (!j[key].is_string()) return false;
        out = j[key].get<std::string>();
        return out.size() <= kMaxTextBytes;
    };
    WorkshopSetup s;
    if (!text_("i", s.id) || !isId(s.id) || !text_("o", s.organisation) || !text_("d", s.date) ||
        !text_("p", s.purpose))
        return failSetup(kNotAnInvitation);
    if (j.contains("a")) {
        if (!j["a"].is_number_integer()) return failSetup(kNotAnInvitation);
        s.anonymous = j["a"].get<int>() != 0;
    }
    if (j.contains("e")) {
        if (!j["e"].is_number_integer() || j["e"].get<long long>() < 0 || j["e"].get<long long>() > kMaxExpected)
            return failSetup(kNotAnInvitation);
        s.expected = j["e"].get<int>();
    }
    if (j.contains("g")) {
        if (!j["g"].is_array()) return failSetup(kNotAnInvitation);
        for (const Json& g : j["g"]) {
            const int index = g.is_string() ? model.findRoleGroup(g.get<std::string>()) : -1;
            if (index < 0) return failSetup("the invitation names a group this model does not have");
            s.groups.push_back(index);
        }
    }
    if (j.contains("n")) {
        if (!j["n"].is_array()) return failSetup(kNotAnInvitation);
        for (const Json& n : j["n"]) {
            if (!n.is_string()) return failSetup(kNotAnInvitation);
            s.groupNames.push_back(n.get<std::string>());
        }
        if (!checkGroups(model, s.groups, s.groupNames).empty())
            return failSetup("the invitation's groups cannot be offered (" + checkGroups(model, s.groups, s.groupNames) + ")");
    }
    return {std::move(s), {}, {}};
}

std::string encodeResponse(const Model& model, const std::string& workshopId, const Response& response) {
    Assessment carried = response.assessment;
    // The share code's text field holds "<workshop id>.<response id>[.<name>]".
    carried.organisation = workshopId + "." + response.id;
    if (!response.assessment.participant.empty()) carried.organisation += "." + response.assessment.participant;
    return encodeShareCode(model, carried);
}

Loaded<ReceivedResponse> decodeResponse(const Model& model, std::string_view code) {
    code = trimmed(code);
    Loaded<Assessment> decoded = decodeShareCode(model, code);
    if (!decoded.ok()) return {std::nullopt, std::move(decoded.problems), {}};
    ReceivedResponse out;
    Assessment& a = *decoded.value;
    const std::string text = a.organisation;
    const auto dot = text.find('.');
    const auto second = dot == std::string::npos ? std::string::npos : text.find('.', dot + 1);
    const std::string workshop = dot == std::string::npos ? std::string() : text.substr(0, dot);
    const std::string id = dot == std::string::npos ? std::string() : text.substr(dot + 1, second - dot - 1);
    if (!isId(workshop) || !isId(id)) return failResponse("this is an assessment's share code, not a workshop response");
    out.workshopId = workshop;
    out.response.id = id;
    a.organisation.clear();
    a.participant = second == std::string::npos ? std::string() : text.substr(second + 1);
    out.response.assessment = std::move(a);
    return {std::move(out), {}, std::move(decoded.notices)};
}

Loaded<ReceivedResponse> decodeSharedAssessment(const Model& model, std::string_view code) {
    code = trimmed(code);
    Loaded<Assessment> decoded = decodeShareCode(model, code);
    if (!decoded.ok()) return {std::nullopt, std::move(decoded.problems), {}};
    ReceivedResponse out;
    out.response.id = contentResponseId(code);
    out.response.assessment = std::move(*decoded.value);
    return {std::move(out), {}, std::move(decoded.notices)};
}

}  // namespace smm
