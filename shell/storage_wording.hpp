// What the app tells the user about saving: every notice about storage that
// is not yet saved, saved again, or from a newer version, worded in one place.
#pragma once

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

}  // namespace smm::wording
