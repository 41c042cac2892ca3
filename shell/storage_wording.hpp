// What the app tells the user about saving: every notice about storage that
// is not yet saved, saved again, or from a newer version, worded in one place;
// and what it says while it reads a big file or paste.
#pragma once

#include <cstddef>
#include <string>
#include <vector>

namespace smm::wording {

// Storage refused the latest changes of these entries (titles); they are held in this tab.
inline constexpr const char* kNotSavedTitle = "Not saved yet: this browser's storage refused your latest changes";
std::vector<std::string> notSavedDetails(const std::vector<std::string>& titles);
inline constexpr const char* kDownloadUnsaved = "Download unsaved work";

inline constexpr const char* kSavedAgainTitle = "Your changes are saved now";
std::vector<std::string> savedAgainDetails(const std::vector<std::string>& titles);

// An entry written by a newer version of the app: shown, never written.
std::string newerVersionTitle(const std::string& title);
std::vector<std::string> newerVersionDetails(int storedVersion, int ourVersion);
inline constexpr const char* kNewerCopyKept = "Your changes are kept as a copy";
std::vector<std::string> newerCopyDetails(const std::string& title);

// A paste too large for the paste box.
std::string pasteTooLargeTitle(std::size_t bytes, std::size_t limit);
std::vector<std::string> pasteTooLargeDetails();

// Work too big for one frame, said while the page does it (shell/busy_panel).
std::string readingFileTitle(const std::string& name, std::size_t bytes);
std::string collectingPasteTitle(std::size_t bytes);
// "Collecting 1,240 of 5,000 responses…" / "Reading 1,240 of 5,000 responses…"
std::string collectingProgress(std::size_t done, std::size_t total);
std::string readingProgress(std::size_t done, std::size_t total);
// "Saving the workshop's 10,489 responses…"
std::string savingProgress(std::size_t responses);
inline constexpr const char* kReadingWhole = "Checking and reading the file\xE2\x80\xA6";
inline constexpr const char* kBusyHint =
    "The page takes no input until this is done; nothing you had changes before then.";
// A slice's document changed under it (never through the app, which takes no input meanwhile).
std::string overtakenTitle(const std::string& what);
inline constexpr const char* kOvertakenDetail =
    "The open workshop changed while it was read, so nothing was added; your changes are kept. Add it again.";

}  // namespace smm::wording
