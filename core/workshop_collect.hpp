// Collecting responses into a workshop: many codes or links pasted at once,
// files dropped at once (a participant's file, a list of assessments, another
// copy of the workshop, `smm merge` input). Each response counts once (by its
// id); one that cannot be read is listed with the reason and the rest go in.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <vector>

#include "json.hpp"
#include "model.hpp"
#include "workshop.hpp"

namespace smm {

struct CollectReport {
    int added = 0;
    int updated = 0;                       // sent again with changed answers: the newer ones count
    std::vector<std::string> duplicates;   // "line 3: already in"
    std::vector<std::string> refused;      // "line 5: the link was altered or damaged (checksum mismatch)"
    std::vector<std::string> notices;      // e.g. answers carried over from an earlier model
    // What was pasted and refused, one pasted line per line, for the paste box
    // to keep (the facilitator fixes or re-pastes it): nothing typed is lost.
    std::string keptInBox;

    bool changed() const { return added + updated > 0; }
    // "Added 4 responses, 1 already in, 1 could not be read"
    std::string summary() const;
    // What a notice lists under the summary: the first `most` of the already
    // in and of the refused, each followed by "... and 84,255 more" if there
    // are more, then the notices. 84,000 pasted words make a notice one can read.
    static constexpr std::size_t kListed = 5;
    std::vector<std::string> listed(std::size_t most = kListed) const;
    void append(const CollectReport& other);
};

// Links or codes separated by spaces or line breaks; anything else is refused by
// line (numbered as pasted) and left in `keptInBox`; what went in, or was already
// in, leaves the box.
CollectReport collectPasted(const Model& model, Workshop& workshop, std::string_view text);

// One dropped file's content; `name` prefixes what is refused.
CollectReport collectFile(const Model& model, Workshop& workshop, const std::string& name, std::string_view content);

// The same two in slices, so a page keeps drawing while thousands of
// responses go in: step() takes up to `count` more pieces (pasted words, or
// the file's responses); finish() gives what the one-call versions give.

class PasteCollector {
public:
    explicit PasteCollector(std::string text);
    std::size_t total() const { return total_; }  // words between separators
    std::size_t done() const { return done_; }
    bool finished() const { return at_ >= text_.size(); }
    void step(const Model& model, Workshop& workshop, std::size_t count);
    CollectReport finish();

private:
    void keep(std::string_view token);
    void refuse(std::string why, std::string_view token);
    std::string text_;
    std::size_t at_ = 0, total_ = 0, done_ = 0;
    int line_ = 1;
    int keptLine_ = 0;  // the pasted line the box's last kept line came from
    CollectReport report_;
};

// A file already parsed within the limits (checkJsonLimits); `doc` must outlive it.
class FileCollector {
public:
    FileCollector(std::string name, const Json& doc);
    std::size_t total() const { return single_ ? 1 : list_ ? list_->size() : 0; }
    std::size_t done() const { return next_; }
    bool finished() const { return next_ >= total(); }
    void step(const Model& model, Workshop& workshop, std::size_t count);
    CollectReport finish() { return std::move(report_); }

private:
    std::string name_;
    const Json& doc_;
    const Json* list_ = nullptr;
    bool single_ = false;  // one participant's file, not a list
    std::string fileWorkshop_;
    std::size_t next_ = 0;
    CollectReport report_;
};

}  // namespace smm
