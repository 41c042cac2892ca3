#include "storage_wording.hpp"

#include "core/format.hpp"

namespace smm::wording {
namespace {

std::string quotedList(const std::vector<std::string>& titles) {
    std::string out;
    for (std::size_t i = 0; i < titles.size(); ++i) {
        if (i) out += i + 1 == titles.size() ? " and " : ", ";
        out += "\"" + titles[i] + "\"";
    }
    return out;
}

// Under a megabyte in kilobytes ("256 KB"), else in megabytes to a tenth ("4.6 MB").
std::string byteSize(std::size_t bytes) {
    if (bytes < 1024 * 1024) return std::to_string((bytes + 512) / 1024) + " KB";
    const std::size_t tenths = (bytes * 10 + 512 * 1024) / (1024 * 1024);
    return std::to_string(tenths / 10) + (tenths % 10 ? "." + std::to_string(tenths % 10) : std::string()) + " MB";
}

}  // namespace

std::vector<std::string> notSavedDetails(const std::vector<std::string>& titles) {
    return {"The latest changes to " + quotedList(titles) +
                " are kept in this tab only, not in the browser's storage (it is full, or turned off in private "
                "browsing). Everything else is saved.",
            "They are saved by themselves as soon as storage takes them: make room by deleting an assessment you no "
            "longer need, or by clearing other sites' data.",
            "Closing this tab before then loses them: use \"Download unsaved work\" (here or in the File menu) to "
            "keep a copy."};
}

std::vector<std::string> savedAgainDetails(const std::vector<std::string>& titles) {
    return {"The changes to " + quotedList(titles) + " that storage refused earlier are saved in this browser."};
}

std::string newerVersionTitle(const std::string& title) {
    return "\"" + title + "\" was saved by a newer version of this app; it is shown read-only";
}

std::vector<std::string> newerVersionDetails(int storedVersion, int ourVersion) {
    return {"Its stored format is version " + std::to_string(storedVersion) + "; this app reads version " +
                std::to_string(ourVersion) + ". It is never written over here, so nothing the newer version keeps is "
                "lost.",
            "A change you make is kept as a separate copy. Reload the page to get the newer version of the app."};
}

std::vector<std::string> newerCopyDetails(const std::string& title) {
    return {"A copy was saved in this browser as \"" + title +
            "\"; the version saved by the newer app is unchanged."};
}

std::string pasteTooLargeTitle(std::size_t bytes, std::size_t limit) {
    return "The pasted text is " + byteSize(bytes) + "; the paste box takes up to " + byteSize(limit) +
           ", so nothing was pasted";
}

std::vector<std::string> pasteTooLargeDetails() {
    return {"Paste the response links in smaller parts, or drop the participants' files on the page instead."};
}

namespace {
const std::string kEllipsis = "\xE2\x80\xA6";
std::string ofTotal(const char* verb, std::size_t done, std::size_t total) {
    return std::string(verb) + " " + groupedCount(done) + " of " + groupedCount(total) +
           (total == 1 ? " response" : " responses") + kEllipsis;
}
}  // namespace

std::string readingFileTitle(const std::string& name, std::size_t bytes) {
    return "Reading \"" + name + "\" (" + byteSize(bytes) + ")" + kEllipsis;
}
std::string collectingPasteTitle(std::size_t bytes) {
    return "Collecting the pasted responses (" + byteSize(bytes) + ")" + kEllipsis;
}
std::string collectingProgress(std::size_t done, std::size_t total) { return ofTotal("Collecting", done, total); }
std::string readingProgress(std::size_t done, std::size_t total) { return ofTotal("Reading", done, total); }
std::string savingProgress(std::size_t responses) {
    return "Saving the workshop's " + groupedCount(responses) + (responses == 1 ? " response" : " responses") + kEllipsis;
}
std::string overtakenTitle(const std::string& what) { return what + " was not added"; }

}  // namespace smm::wording
