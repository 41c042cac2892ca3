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

std::vector<std::string> CollectReport::listed(std::size_t most) const {
    std::vector<std::string> out;
    auto some = [&](const std::vector<std::string>& lines, const char* rest) {
        out.insert(out.end(), lines.begin(), lines.begin() + static_cast<std::ptrdiff_t>(std::min(most, lines.size())));
        if (lines.size() > most) out.push_back("\xE2\x80\xA6 and " + groupedCount(lines.size() - most) + " more " + rest);
    };
    some(duplicates, "already in");
    some(refused, "that could not be read");
    out.insert(out.end(), notices.begin(), notices.end());
    return out;
}

void CollectReport::append(const CollectReport& other) {
    added += other.added;
    updated += other.updated;
    duplicates.insert(duplicates.end(), other.duplicates.begin(), other.duplicates.end());
    refused.insert(refused.end(), other.refused.begin(), other.refused.end());
    if (notices.empty()) notices = other.notices;
}

CollectReport collectPasted(const Model& model, Workshop& workshop, std::string_view text) {
    PasteCollector collector{std::string(text)};
    collector.step(model, workshop, collector.total());
    return collector.finish();
}

PasteCollector::PasteCollector(std::string text) : text_(std::move(text)) {
    bool inWord = false;
    for (const char c : text_) {
        const bool separator = kSeparators.find(c) != std::string_view::npos;
        if (!separator && !inWord) ++total_;
        inWord = !separator;
    }
}

// A refused piece stays in the box; pieces refused on one pasted line stay on one line.
void PasteCollector::keep(std::string_view token) {
    if (keptLine_ == line_) report_.keptInBox += ' ';
    else if (!report_.keptInBox.empty()) report_.keptInBox += '\n';
    report_.keptInBox += token;
    keptLine_ = line_;
}

void PasteCollector::refuse(std::string why, std::string_view token) {
    report_.refused.push_back(std::move(why));
    keep(token);
}

void PasteCollector::step(const Model& model, Workshop& workshop, std::size_t count) {
    const std::string_view text = text_;
    std::size_t& i = at_;
    for (std::size_t taken = 0; i < text.size();) {
        const char c = text[i];
        if (kSeparators.find(c) != std::string_view::npos) {
            if (c == '\n') ++line_;
            ++i;
            continue;
        }
        if (taken++ == count) return;  // stops before a word, after its separators
        std::size_t end = i;
        while (end < text.size() && kSeparators.find(text[end]) == std::string_view::npos) ++end;
        const std::string_view token = text.substr(i, end - i);
        i = end;
        ++done_;
        const std::string where = "line " + std::to_string(line_);
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
        if (report_.notices.empty() && !received.notices.empty()) report_.notices = received.notices;
        if (!addResponse(workshop, std::move(*received.value), where, report_)) keep(token);
    }
}

CollectReport PasteCollector::finish() {
    if (!report_.refused.empty())
        report_.notices.push_back("What could not be read is left in the box, to fix or paste again "
                                  "(line numbers count the lines as pasted).");
    return std::move(report_);
}

CollectReport collectFile(const Model& model, Workshop& workshop, const std::string& name, std::string_view content) {
    if (std::vector<Problem> problems = checkJsonLimits(content); !problems.empty()) {
        CollectReport report;
        report.refused.push_back("\"" + name + "\": " + capLength(problems.front().describe()));
        return report;
    }
    const Json j = parseJson(content);
    FileCollector collector(name, j);
    collector.step(model, workshop, collector.total());
    return collector.finish();
}

FileCollector::FileCollector(std::string name, const Json& j) : name_(std::move(name)), doc_(j) {
    if (j.is_object() && j.contains("answers")) {
        single_ = true;
        list_ = &j;  // total() = 1: the object's one "item" is itself
        return;
    }
    if (j.is_object() && j.contains("workshop") && j["workshop"].is_object() && j["workshop"].contains("id") &&
        j["workshop"]["id"].is_string())
        fileWorkshop_ = j["workshop"]["id"].get<std::string>();
    list_ = j.is_array() ? &j : (j.is_object() && j.contains("assessments") ? &j["assessments"] : nullptr);
    if (!list_ || !list_->is_array()) {
        list_ = nullptr;
        report_.refused.push_back("\"" + name_ + "\": it holds no responses (expected a participant's file, a list of "
                                                  "assessments or a workshop file)");
    }
}

void FileCollector::step(const Model& model, Workshop& workshop, std::size_t count) {
    if (single_ && next_ == 0 && count > 0) {
        collectItem(model, workshop, doc_, "", "\"" + name_ + "\"", report_);
        next_ = 1;
        return;
    }
    for (const std::size_t end = std::min(total(), next_ + std::min(count, total())); next_ < end; ++next_)
        collectItem(model, workshop, (*list_)[next_], fileWorkshop_,
                    "\"" + name_ + "\", response " + std::to_string(next_ + 1), report_);
}

}  // namespace smm
