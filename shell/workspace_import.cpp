// Files the user opens: a model, one assessment, or several (a workshop),
// told apart by one parse; and the custom models kept in storage.
#include <algorithm>

#include "core/json.hpp"
#include "core/json_limits.hpp"
#include "core/model_io.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "workspace.hpp"
#include "workspace_parts.hpp"

namespace smm {

using namespace workspace_parts;

namespace {

// The custom models kept in storage, or discarded when the text is not an
// object within the limits (it is re-serialised, which recurses per level).
Json storedModels(const std::string& text) {
    JsonLimits limits;
    limits.maxBytes = 64 * 1024 * 1024;
    if (!checkJsonLimits(text, limits).empty()) return Json(Json::value_t::discarded);
    Json stored = parseJson(text);
    return stored.is_object() ? stored : Json(Json::value_t::discarded);
}

}  // namespace

bool Workspace::withinLimits(const std::string& name, const std::string& content) {
    if (std::vector<Problem> problems = checkJsonLimits(content); !problems.empty()) {
        notices_.error("\"" + name + "\" is not a JSON file this tool can read; nothing was changed",
                       problemLines(problems));
        return false;
    }
    return true;
}

std::optional<Workspace::Sniffed> Workspace::sniff(const std::string& name, const std::string& content) {
    // Limits first: the sniffing below builds the whole document.
    if (!withinLimits(name, content)) return std::nullopt;
    return Sniffed{parseJson(content)};
}

void Workspace::openFile(const std::string& name, const std::string& content) {
    const std::optional<Sniffed> file = sniff(name, content);
    if (!file) return;
    const Model* model = nullptr;
    switch (routeOf(name, *file, model)) {
        case Route::Refused: return;
        case Route::Model: return importModel(name, content, *file);
        case Route::One: return importOne(name, content, *model);
        case Route::Collect: {
            Workshop w = *doc_->workshop();
            FileCollector collector(name, file->doc);  // the file parsed once, not again
            collector.step(doc_->model(), w, collector.total());
            collectedFile(name, std::move(w), collector.finish());
            return autosave();
        }
        case Route::Workshop: return openWorkshopFile(name, loadWorkshopDocument(file->doc, *model), *model);
    }
}

Workspace::Route Workspace::routeOf(const std::string& name, const Sniffed& sniffed, const Model*& model) {
    if (sniffed.isModel()) return Route::Model;
    const Json& j = sniffed.doc;
    std::string modelId = models_.front()->id;
    if (j.is_object() && j.contains("model") && j["model"].is_string()) modelId = j["model"].get<std::string>();
    model = findModel(modelId);
    if (!model) {
        notices_.error("\"" + name + "\" was made with a model that is not loaded",
                       {"It names the model \"" + modelId + "\". Load that model file first."});
        return Route::Refused;
    }
    // A workshop is open: files dropped on it are its responses.
    if (doc_->workshop() && doc_->model().id == model->id && preview_ == PreviewKind::None) return Route::Collect;
    return sniffed.isList() ? Route::Workshop : Route::One;
}

void Workspace::importOne(const std::string& name, const std::string& content, const Model& model) {
    autosave();
    Loaded<Assessment> loaded = loadAssessment(content, model);
    if (!loaded.ok()) {
        notices_.error("\"" + name + "\" could not be imported; nothing was changed", problemLines(loaded.problems));
        return;
    }
    show(model, std::move(*loaded.value), PreviewKind::None);
    saveNewEntry();
    if (!loaded.notices.empty()) notices_.info("Imported \"" + titleOf(doc_->assessment()) + "\", made with an earlier model", loaded.notices);
    else notices_.success("Imported \"" + titleOf(doc_->assessment()) + "\"");
}

void Workspace::openWorkshopFile(const std::string& name, Loaded<WorkshopFile> loaded, const Model& model) {
    autosave();
    if (!loaded.ok() || loaded.value->workshop.responses.empty()) {
        notices_.error("\"" + name + "\" could not be imported; nothing was changed",
                       loaded.ok() ? std::vector<std::string>{"It holds no assessments."} : problemLines(loaded.problems));
        return;
    }
    // A workshop: the map shows the group's median answers.
    WorkshopFile& file = *loaded.value;
    Assessment agreed = file.agreed ? std::move(*file.agreed) : makeBlankAssessment(model);
    if (agreed.organisation.empty()) agreed.organisation = file.workshop.setup.organisation;
    if (agreed.organisation.empty()) agreed.organisation = file.workshop.responses.front().assessment.organisation;
    if (agreed.organisation.empty()) agreed.organisation = "Workshop";
    if (agreed.date.empty()) agreed.date = file.workshop.setup.date;
    if (file.workshop.setup.organisation.empty()) file.workshop.setup.organisation = agreed.organisation;
    const std::size_t count = file.workshop.responses.size();
    show(model, std::move(agreed), PreviewKind::None);
    doc_->setWorkshop(std::move(file.workshop));
    saveNewEntry();
    notices_.success("Opened the workshop in \"" + name + "\" with " + std::to_string(count) + " responses",
                     {"The map shows the median answer to each question."});
}

void Workspace::importModel(const std::string& name, const std::string& content, const Sniffed& file) {
    Loaded<Model> loaded = loadModel(content);
    if (!loaded.ok()) {
        notices_.error("The model in \"" + name + "\" has problems; nothing was changed", problemLines(loaded.problems));
        return;
    }
    if (loaded.value->id == models_.front()->id) {
        notices_.error("\"" + name + "\" uses the built-in model's id \"" + loaded.value->id + "\"",
                       {"Give a custom model its own id so both can be kept."});
        return;
    }
    if (platform_) {
        Json stored = Json::object();
        if (auto text = platform_->loadItem(kModelsKey)) {
            stored = storedModels(*text);
            if (stored.is_discarded()) stored = Json::object();
        }
        stored[loaded.value->id] = file.doc;  // loadModel read it: it parses
        platform_->saveItem(kModelsKey, dumpJson(stored));
    }
    const std::string id = loaded.value->id;
    auto existing = std::find_if(models_.begin() + 1, models_.end(), [&](const auto& m) { return m->id == id; });
    if (existing != models_.end())
        **existing = std::move(*loaded.value);
    else
        models_.push_back(std::make_unique<Model>(std::move(*loaded.value)));
    const Model& model = *findModel(id);
    autosave();
    Assessment blank = makeBlankAssessment(model);
    blank.organisation = "New assessment";
    show(model, std::move(blank), PreviewKind::None);
    saveNewEntry();
    notices_.success("Loaded the model \"" + model.name + "\"",
                     {std::to_string(model.questions.size()) + " questions in " +
                      std::to_string(model.dimensions.size()) + " dimensions. A new assessment was started with it."});
}

void Workspace::loadCustomModels() {
    auto text = platform_->loadItem(kModelsKey);
    if (!text) return;
    Json stored = storedModels(*text);
    if (stored.is_discarded()) {
        platform_->saveItem(std::string(kModelsKey) + kUnreadableSuffix, *text);
        notices_.error("The saved custom models could not be read",
                       {"Their data was kept aside untouched (" + std::string(kModelsKey) + kUnreadableSuffix + ")."});
        return;
    }
    for (auto it = stored.begin(); it != stored.end(); ++it) {
        Loaded<Model> loaded = loadModel(it.value().dump());
        if (loaded.ok() && loaded.value->id != models_.front()->id)
            models_.push_back(std::make_unique<Model>(std::move(*loaded.value)));
        else if (!loaded.ok())
            notices_.error("A saved custom model could not be loaded", problemLines(loaded.problems));
    }
}

}  // namespace smm
