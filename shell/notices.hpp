// Messages to the user across the top of the content: what just happened,
// or what went wrong and what was kept safe. Errors stay until dismissed.
#pragma once

#include <string>
#include <vector>

namespace smm {

// What the banner above the notices says is on screen when it is not the
// user's own saved work.
enum class PreviewKind { None, SharedLink, Sample, SampleExplored };

struct Notice {
    enum class Kind { Info, Success, Error };
    Kind kind = Kind::Info;
    std::string title;
    std::vector<std::string> details;  // e.g. every validation problem
    double shownAt = 0.0;              // ImGui time; non-errors fade after a while
    // A button the notice offers besides Dismiss.
    enum class Action { None, DownloadUnsaved };
    Action action = Action::None;
    bool lasting = false;              // stays until dismissed, like an error
};

class Notices {
public:
    void info(std::string title, std::vector<std::string> details = {});
    void success(std::string title, std::vector<std::string> details = {});
    void error(std::string title, std::vector<std::string> details = {}, Notice::Action action = Notice::Action::None);
    // Takes back the notice with this title, if shown (what it said is no longer true).
    void withdraw(const std::string& title);
    bool has(const std::string& title) const;
    // Information that stays until dismissed (a new version is ready).
    void lasting(std::string title, std::vector<std::string> details = {});
    void dismiss(std::size_t index);
    void clear() { items_.clear(); }
    // Drops notices older than a few seconds, except errors.
    void expire(double now);

    const std::vector<Notice>& items() const { return items_; }
    bool empty() const { return items_.empty(); }

private:
    void push(Notice::Kind kind, std::string title, std::vector<std::string> details,
              Notice::Action action = Notice::Action::None, bool lasting = false);
    std::vector<Notice> items_;
};

}  // namespace smm
