// Stored data carries its schema version. One rule for every kind of stored
// data (entries now; a service worker's cache or anything else later): data
// from an older version is read and upgraded when next written; data from a
// newer version is shown as far as it can be read, said so, and never written
// over - an older app must not drop what a newer one keeps.
#pragma once

#include <string_view>

#include "core/json.hpp"

namespace smm {

// The format this version of the app writes for a saved entry (library.cpp).
inline constexpr int kEntryFormatVersion = 2;

struct StoredVersion {
    int version = 1;       // what the data says (no field: the first format)
    bool newer = false;    // written by a newer app: read-only here
};

// The "version" field of a stored JSON object, against the version this app
// writes. Anything that is not a whole number counts as newer (it is not ours).
StoredVersion storedVersion(const Json& stored, int ours);

// The same for stored text, without parsing more than needed to find the field.
StoredVersion storedVersionOf(std::string_view text, int ours);

}  // namespace smm
