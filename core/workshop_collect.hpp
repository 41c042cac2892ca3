// Collecting responses into a workshop: many codes or links pasted at once,
// files dropped at once (a participant's file, a list of assessments, another
// copy of the workshop, `smm merge` input). Each response counts once (by its
// id); one that cannot be read is listed with the reason and the rest go in.
#pragma once

#include <string>
#include <string_view>
#include <vector>

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
    void append(const CollectReport& other);
};

// Links or codes separated by spaces or line breaks; anything else is refused by
// line (numbered as pasted) and left in `keptInBox`; what went in, or was already
// in, leaves the box.
CollectReport collectPasted(const Model& model, Workshop& workshop, std::string_view text);

// One dropped file's content; `name` prefixes what is refused.
CollectReport collectFile(const Model& model, Workshop& workshop, const std::string& name, std::string_view content);

}  // namespace smm
