// Work too big for one frame, in slices: a file of megabytes opened (read
// whole, then its responses a few at a time), thousands of codes pasted. The
// page draws between slices and says what it is doing. The result takes its
// place only with the last slice, and only in the document it was begun on.
#include <utility>

#include "core/json.hpp"
#include "core/workshop_collect.hpp"
#include "core/workshop_io.hpp"
#include "storage_wording.hpp"
#include "workspace.hpp"
#include "workspace_parts.hpp"

namespace smm {

Workspace::~Workspace() = default;
Workspace::Workspace(Workspace&&) noexcept = default;
Workspace& Workspace::operator=(Workspace&&) noexcept = default;

void Workspace::beginOpenFile(std::string name, std::string content) {
    if (busy_) return;  // one at a time: the app holds the next until this one ends
    busy_ = std::make_unique<BusyWork>();
    busy_->name = std::move(name);
    busy_->content = std::move(content);
    ++busySerial_;
}

void Workspace::beginCollectPasted(std::string text) {
    if (busy_) return;
    if (!doc_->workshop()) {
        pasteBoxText_ = std::move(text);
        return;
    }
    busy_ = std::make_unique<BusyWork>();
    busy_->stage = BusyWork::Stage::Paste;
    busy_->content = std::move(text);
    busy_->generation = generation_;
    busy_->revision = doc_->revision();
    busy_->into = *doc_->workshop();
    busy_->paste = std::make_unique<PasteCollector>(busy_->content);
    ++busySerial_;
}

BusyStatus Workspace::busyStatus() const {
    if (!busy_) return {};
    const BusyWork& b = *busy_;
    BusyStatus s;
    s.title = b.name.empty() ? wording::collectingPasteTitle(b.content.size())
                             : wording::readingFileTitle(b.name, b.content.size());
    auto of = [&s](std::size_t done, std::size_t total) {
        s.fraction = total ? static_cast<float>(done) / static_cast<float>(total) : 0.0f;
    };
    switch (b.stage) {
        case BusyWork::Stage::Read: s.progress = wording::kReadingWhole; break;
        case BusyWork::Stage::Collect:
            s.progress = wording::collectingProgress(b.collector->done(), b.collector->total());
            of(b.collector->done(), b.collector->total());
            break;
        case BusyWork::Stage::OpenWorkshop:
            s.progress = wording::readingProgress(b.reader->done(), b.reader->total());
            of(b.reader->done(), b.reader->total());
            break;
        case BusyWork::Stage::Paste:
            s.progress = wording::collectingProgress(b.paste->done(), b.paste->total());
            of(b.paste->done(), b.paste->total());
            break;
        case BusyWork::Stage::Save:
            s.progress = wording::savingProgress(b.saving);
            s.fraction = 1.0f;
            break;
    }
    return s;
}

std::optional<std::string> Workspace::takePasteBoxText() { return std::exchange(pasteBoxText_, std::nullopt); }

// The work is over (done, refused, or failed): the app takes input again.
void Workspace::endBusy() { busy_.reset(); }

// Saving thousands of responses takes a while too: a frame says so first.
void Workspace::saveNext(BusyWork& b) {
    b.stage = BusyWork::Stage::Save;
    b.saving = doc_->workshop() ? doc_->workshop()->responses.size() : 0;
}

void Workspace::stepBusy(std::size_t count) {
    if (!busy_) return;
    BusyWork& b = *busy_;
    // Collected into a copy of the workshop of the document begun on: if
    // that changed meanwhile, the work stops and nothing is put in its place.
    auto overtaken = [&] {
        const bool same = generation_ == b.generation && doc_->revision() == b.revision && doc_->workshop();
        if (same) return false;
        notices_.error(wording::overtakenTitle(b.stage == BusyWork::Stage::Paste ? std::string("What was pasted")
                                                                                  : "\"" + b.name + "\""),
                       {wording::kOvertakenDetail});
        if (b.stage == BusyWork::Stage::Paste) pasteBoxText_ = std::move(b.content);
        return true;
    };
    try {
        switch (b.stage) {
            case BusyWork::Stage::Read: {
                // The limits in one slice, the parse in the next: each about half the time.
                if (!b.checked) {
                    b.checked = true;
                    if (!withinLimits(b.name, b.content)) endBusy();
                    return;
                }
                b.file = Sniffed{parseJson(b.content)};
                switch (routeOf(b.name, *b.file, b.model)) {
                    case Route::Refused: return endBusy();
                    case Route::Model: importModel(b.name, b.content, *b.file); return endBusy();
                    case Route::One: importOne(b.name, b.content, *b.model); return endBusy();
                    case Route::Collect:
                        b.stage = BusyWork::Stage::Collect;
                        b.generation = generation_;
                        b.revision = doc_->revision();
                        b.into = *doc_->workshop();
                        b.collector = std::make_unique<FileCollector>(b.name, b.file->doc);
                        return;
                    case Route::Workshop:
                        b.stage = BusyWork::Stage::OpenWorkshop;
                        b.reader = std::make_unique<WorkshopReader>(b.file->doc, *b.model);
                        return;
                }
                return;
            }
            case BusyWork::Stage::Collect:
                if (overtaken()) return endBusy();
                b.collector->step(doc_->model(), b.into, count);
                if (!b.collector->finished()) return;
                collectedFile(b.name, std::move(b.into), b.collector->finish());
                return saveNext(b);
            case BusyWork::Stage::OpenWorkshop:
                b.reader->step(count);
                if (!b.reader->finished()) return;
                openWorkshopFile(b.name, b.reader->finish(), *b.model);
                return endBusy();
            case BusyWork::Stage::Paste:
                if (overtaken()) return endBusy();
                b.paste->step(doc_->model(), b.into, count);
                if (!b.paste->finished()) return;
                pasteBoxText_ = collectedPaste(std::move(b.into), b.paste->finish());
                return saveNext(b);
            case BusyWork::Stage::Save:
                autosave();
                return endBusy();
        }
    } catch (...) {
        // What failed changed nothing; a paste stays in the box. The caller says what went wrong.
        if (b.stage == BusyWork::Stage::Paste) pasteBoxText_ = std::move(b.content);
        endBusy();
        throw;
    }
}

}  // namespace smm
