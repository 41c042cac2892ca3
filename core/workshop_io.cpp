#include "workshop_io.hpp"

#include <algorithm>

#include "base64url.hpp"
#include "json.hpp"
#include "json_limits.hpp"
#include "model_io.hpp"
#include "model_io_parts.hpp"

namespace smm {

namespace {

constexpr int kWorkshopSchemaVersion = 1;

Json assessmentJson(const Model& model, const Assessment& a) {
    return parseJson(saveAssessment(a, model, false));
}

std::string path(const std::string& base, const std::string& key) { return base + "/" + key; }

// Reads the optional "workshop" object; problems go to `problems`.
void readSetup(const Json& w, const Model& model, Workshop& out, std::vector<Problem>& problems) {
    const std::string base = "/workshop";
    if (!w.is_object()) {
        problems.push_back({base, "expected an object"});
        return;
    }
    auto str = [&](const char* key, std::string& dest) {
        if (!w.contains(key)) return;
        if (w[key].is_string()) dest = w[key].get<std::string>();
        else problems.push_back({path(base, key), "expected a string"});
    };
    auto flag = [&](const char* key, bool& dest) {
        if (!w.contains(key)) return;
        if (w[key].is_boolean()) dest = w[key].get<bool>();
        else problems.push_back({path(base, key), "expected true or false"});
    };
    str("id", out.setup.id);
    str("organisation", out.setup.organisation);
    str("date", out.setup.date);
    str("purpose", out.setup.purpose);
    flag("anonymous", out.setup.anonymous);
    flag("revealed", out.revealed);
    if (w.contains("expected")) {
        if (w["expected"].is_number_integer() && w["expected"].get<long long>() >= 0 &&
            w["expected"].get<long long>() <= 100000)
            out.setup.expected = w["expected"].get<int>();
        else
            problems.push_back({path(base, "expected"), "expected a whole number of people"});
    }
    if (w.contains("groups")) {
        const Json& g = w["groups"];
        if (!g.is_array()) problems.push_back({path(base, "groups"), "expected a list of role group ids"});
        for (std::size_t i = 0; g.is_array() && i < g.size(); ++i) {
            const int index = g[i].is_string() ? model.findRoleGroup(g[i].get<std::string>()) : -1;
            if (index < 0) problems.push_back({path(base, "groups/" + std::to_string(i)), "unknown role group"});
            else out.setup.groups.push_back(index);
        }
    }
    if (w.contains("groupNames")) {
        const Json& n = w["groupNames"];
        for (std::size_t i = 0; n.is_array() && i < n.size(); ++i)
            if (n[i].is_string()) out.setup.groupNames.push_back(n[i].get<std::string>());
        const std::string why = n.is_array() && n.size() == out.setup.groupNames.size()
                                    ? checkGroups(model, out.setup.groups, out.setup.groupNames)
                                    : std::string("expected a list of names, one per group");
        if (!why.empty()) problems.push_back({path(base, "groupNames"), why});
    }
    if (w.contains("decisions")) {
        const Json& list = w["decisions"];
        if (!list.is_array()) problems.push_back({path(base, "decisions"), "expected a list"});
        for (std::size_t i = 0; list.is_array() && i < list.size(); ++i) {
            const std::string at = path(base, "decisions/" + std::to_string(i));
            const Json& d = list[i];
            Decision decision;
            const int action = d.is_object() && d.contains("action") && d["action"].is_string()
                                   ? model.findAction(d["action"].get<std::string>())
                                   : -1;
            if (action < 0) {
                problems.push_back({at, "expected a decision on a known action"});
                continue;
            }
            decision.action = action;
            if (d.contains("owner") && d["owner"].is_string()) decision.owner = d["owner"].get<std::string>();
            if (d.contains("due") && d["due"].is_string()) decision.due = d["due"].get<std::string>();
            out.decisions.push_back(std::move(decision));
        }
    }
}

}  // namespace

std::string contentResponseId(std::string_view text) {
    std::uint64_t h = 1469598103934665603ull;
    for (unsigned char c : text) h = (h ^ c) * 1099511628211ull;
    Bytes bytes;
    for (int i = 0; i < 8; ++i) bytes.push_back(std::uint8_t(h >> (i * 8)));
    return "c" + toBase64url(bytes).substr(0, 9);
}

std::string saveWorkshop(const Model& model, const Workshop& workshop, const Assessment* agreed, bool pretty) {
    Json j = {{"schemaVersion", kWorkshopSchemaVersion}, {"kind", "workshop"}, {"model", model.id}};
    if (!model.version.empty()) j["modelVersion"] = model.version;
    const WorkshopSetup& s = workshop.setup;
    Json w = {{"id", s.id}, {"organisation", s.organisation}, {"date", s.date}, {"purpose", s.purpose},
              {"anonymous", s.anonymous}, {"expected", s.expected}, {"revealed", workshop.revealed}};
    Json groups = Json::array();
    for (int g : s.groups)
        if (g >= 0 && g < static_cast<int>(model.roleGroups.size())) groups.push_back(model.roleGroups[g].id);
    w["groups"] = groups;
    if (!s.groupNames.empty()) w["groupNames"] = s.groupNames;
    Json decisions = Json::array();
    for (const Decision& d : workshop.decisions)
        if (d.action >= 0 && d.action < static_cast<int>(model.actions.size()))
            decisions.push_back({{"action", model.actions[d.action].id}, {"owner", d.owner}, {"due", d.due}});
    w["decisions"] = decisions;
    j["workshop"] = w;
    if (agreed) j["agreed"] = assessmentJson(model, *agreed);
    Json list = Json::array();
    for (const Response& r : workshop.responses) {
        Json a = assessmentJson(model, r.assessment);
        a["responseId"] = r.id;
        list.push_back(std::move(a));
    }
    j["assessments"] = list;
    return jsonFileText(j, pretty);
}

Loaded<WorkshopFile> loadWorkshop(std::string_view text, const Model& model) {
    if (std::vector<Problem> problems = checkJsonLimits(text); !problems.empty()) return {std::nullopt, problems, {}};
    return loadWorkshopDocument(parseJson(text), model);
}

Loaded<WorkshopFile> loadWorkshopDocument(const Json& j, const Model& model) {
    WorkshopReader reader(j, model);
    reader.step(reader.total());
    return reader.finish();
}

WorkshopReader::WorkshopReader(const Json& j, const Model& model) : model_(model) {
    file_.workshop.revealed = true;  // a plain list has nothing to hide
    list_ = &j;
    if (j.is_object()) {
        if (j.contains("workshop")) {
            file_.workshop.revealed = false;
            readSetup(j["workshop"], model, file_.workshop, problems_);
        }
        if (j.contains("agreed")) {
            Loaded<Assessment> agreed = loadAssessment(dumpJson(j["agreed"]), model);
            if (agreed.ok()) file_.agreed = std::move(agreed.value);
            for (Problem& p : agreed.problems) problems_.push_back({"/agreed" + p.path, p.message});
        }
        list_ = j.contains("assessments") ? &j["assessments"] : nullptr;
        base_ = "/assessments";
        if (!list_) problems_.push_back({"", "expected an object with \"assessments\""});
    }
    if (list_ && !list_->is_array()) {
        problems_.push_back({base_, "expected a list of assessments"});
        list_ = nullptr;
    }
}

void WorkshopReader::step(std::size_t count) {
    for (const std::size_t end = std::min(total(), next_ + std::min(count, total())); next_ < end; ++next_) {
        const std::string at = base_ + "/" + std::to_string(next_);
        const Json& item = (*list_)[next_];
        Loaded<Assessment> a = model_io::readAssessment(item, model_);  // parsed and limit-checked with the file
        for (Problem& p : a.problems) problems_.push_back({at + p.path, p.message});
        if (!a.ok()) continue;
        if (notices_.empty() && !a.notices.empty()) notices_ = a.notices;
        Response r;
        r.id = item.is_object() && item.contains("responseId") && item["responseId"].is_string()
                   ? item["responseId"].get<std::string>()
                   : contentResponseId(dumpJson(item));
        r.assessment = std::move(*a.value);
        file_.workshop.responses.push_back(std::move(r));
    }
}

Loaded<WorkshopFile> WorkshopReader::finish() {
    if (!problems_.empty()) return {std::nullopt, std::move(problems_), {}};
    return {std::move(file_), {}, std::move(notices_)};
}

std::string saveResponseFile(const Model& model, const std::string& workshopId, const Response& response) {
    Json a = assessmentJson(model, response.assessment);
    a["workshopId"] = workshopId;
    a["responseId"] = response.id;
    return jsonFileText(a, true);
}

}  // namespace smm
