#include "workshop_collect.hpp"

#include <algorithm>
#include <cctype>

#include "base64url.hpp"
#include "format.hpp"
#include "json.hpp"
#include "json_limits.hpp"
#include "links.hpp"
#include "model_io.hpp"
#include "workshop_codes.hpp"
#include "workshop_io.hpp"

namespace smm {

namespace {

constexpr std::string_view kSeparators = " \t\r\n,;";
// A response code on its own is far longer (ids, checksum, answers): a shorter
// word ("thanks") is plain text, not a code cut short.
constexpr std::size_t kShortestCode = 24;

// False when refused (sent for another workshop); a duplicate counts as taken.
bool addResponse(Workshop& into, ReceivedResponse received, const std::string& where, CollectReport& report) {
    if (!received.workshopId.empty() && !into.setup.id.empty() && received.workshopId != into.setup.id) {
        report.refused.push_back(where + ": it was sent for another workshop");
        return false;
    }
    auto same = std::find_if(into.responses.begin(), into.responses.end(),
                             [&](const Response& r) { return r.id == received.response.id; });
    if (same == into.responses.end()) {
        into.responses.push_back(std::move(received.response));
        ++report.added;
    } else if (same->assessment.answers == received.response.assessment.answers &&
               same->assessment.roleGroup == received.response.assessment.roleGroup) {
        report.duplicates.push_back(where + ": already in, counted once");
    } else {
        same->assessment = std::move(received.response.assessment);
        ++report.updated;
    }
    return true;
}

std::string firstProblem(const std::vector<Problem>& problems) {
    return problems.empty() ? std::string("it could not be read") : problems.front().describe();
}

// One item of a dropped file, as a JSON object.
void collectItem(const Model& model, Workshop& workshop, const Json& item, const std::string& fileWorkshopId,
                 const std::string& where, CollectReport& report) {
    const std::string text = dumpJson(item);
    Loaded<Assessment> loaded = loadAssessment(text, model);
    if (!loaded.ok()) {
        report.refused.push_back(where + ": " + capLength(firstProblem(loaded.problems)));
        return;
    }
    if (report.notices.empty() && !loaded.notices.empty()) report.notices = loaded.notices;
    ReceivedResponse r;
    r.workshopId = fileWorkshopId;
    if (item.contains("workshopId") && item["workshopId"].is_string()) r.workshopId = item["workshopId"].get<std::string>();
    r.response.id = item.contains("responseId") && item["responseId"].is_string()
                        ? item["responseId"].get<std::string>()
                        : contentResponseId(text);
    r.response.assessment = std::move(*loaded.value);
    r.response.assessment.organisation.clear();  // the workshop names the organisation
    addResponse(workshop, std::move(r), where, report);
}

}  // namespace

std::string CollectReport::summary() const {
    std::vector<std::string> parts;
    if (added) parts.push_back("added " + plural(added, "response", "responses"));
    if (updated) parts.push_back(plural(updated, "response", "responses") + " updated with newer answers");
    if (!duplicates.empty()) parts.push_back(std::to_string(duplicates.size()) + " already in");
    if (!refused.empty()) parts.push_back(std::to_string(refused.size()) + " could not be read");
    if (parts.empty()) return "Nothing to add";
    std::string out;
    for (const std::string& p : parts) out += (out.empty() ? "" : ", ") + p;
    return capitalised(out);
}

void CollectReport::append(const CollectReport& other) {
    added += other.added;
    updated += other.updated;
    duplicates.insert(duplicates.end(), other.duplicates.begin(), other.duplicates.end());
    refused.insert(refused.end(), other.refused.begin(), other.refused.end());
    if (notices.empty()) notices = other.notices;
}

CollectReport collectPasted(const Model& model, Workshop& workshop, std::string_view text) {
    CollectReport report;
    int line = 1;
    int keptLine = 0;  // the pasted line the box's last kept line came from
    // A refused piece stays in the box; pieces refused on one pasted line stay on one line.
    auto keep = [&](std::string_view token) {
        if (keptLine == line) report.keptInBox += ' ';
        else if (!report.keptInBox.empty()) report.keptInBox += '\n';
        report.keptInBox += token;
        keptLine = line;
    };
    auto refuse = [&](std::string why, std::string_view token) {
        report.refused.push_back(std::move(why));
        keep(token);
    };
    std::size_t i = 0;
    while (i < text.size()) {
        const char c = text[i];
        if (c == '\n') ++line;
        if (kSeparators.find(c) != std::string_view::npos) {
            ++i;
            continue;
        }
        std::size_t end = i;
        while (end < text.size() && kSeparators.find(text[end]) == std::string_view::npos) ++end;
        const std::string_view token = text.substr(i, end - i);
        i = end;
        const std::string where = "line " + std::to_string(line);
        const Link link = parseLink(token);
        Loaded<ReceivedResponse> received;
        if (link.kind == LinkKind::Invitation) {
            refuse(where + ": this is the invitation link, not a response", token);
            continue;
        } else if (link.kind == LinkKind::Assessment) {
            received = decodeSharedAssessment(model, link.code);
        } else if (link.kind == LinkKind::Response) {
            received = decodeResponse(model, link.code);
        } else if (token.size() >= kShortestCode && token.find('/') == std::string_view::npos && isBase64url(token)) {
            received = decodeResponse(model, token);  // a code on its own
        } else {
            refuse(where + ": \"" + capLength(token, 40) + "\" is not a response link or code", token);
            continue;
        }
        if (!received.ok()) {
            refuse(where + ": " + firstProblem(received.problems), token);
            continue;
        }
        if (report.notices.empty() && !received.notices.empty()) report.notices = received.notices;
        if (!addResponse(workshop, std::move(*received.value), where, report)) keep(token);
    }
    if (!report.refused.empty())
        report.notices.push_back("What could not be read is left in the box, to fix or paste again "
                                 "(line numbers count the lines as pasted).");
    return report;
}

CollectReport collectFile(const Model& model, Workshop& workshop, const std::string& name, std::string_view content) {
    CollectReport report;
    if (std::vector<Problem> problems = checkJsonLimits(content); !problems.empty()) {
        report.refused.push_back("\"" + name + "\": " + capLength(problems.front().describe()));
        return report;
    }
    const Json j = parseJson(content);
    if (j.is_object() && j.contains("answers")) {
        collectItem(model, workshop, j, "", "\"" + name + "\"", report);
        return report;
    }
    std::string fileWorkshop;
    if (j.is_object() && j.contains("workshop") && j["workshop"].is_object() && j["workshop"].contains("id") &&
        j["workshop"]["id"].is_string())
        fileWorkshop = j["workshop"]["id"].get<std::string>();
    const Json* list = j.is_array() ? &j : (j.is_object() && j.contains("assessments") ? &j["assessments"] : nullptr);
    if (!list || !list->is_array()) {
        report.refused.push_back("\"" + name + "\": it holds no responses (expected a participant's file, a list of "
                                               "assessments or a workshop file)");
        return report;
    }
    for (std::size_t i = 0; i < list->size(); ++i)
        collectItem(model, workshop, (*list)[i], fileWorkshop, "\"" + name + "\", response " + std::to_string(i + 1),
                    report);
    return report;
}

}  // namespace smm
