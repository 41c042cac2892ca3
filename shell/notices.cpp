#include "notices.hpp"

#include <algorithm>
#include <utility>

namespace smm {

constexpr double kNoticeSeconds = 6.0;
constexpr std::size_t kMaxNotices = 3;

void Notices::push(Notice::Kind kind, std::string title, std::vector<std::string> details, Notice::Action action,
                   bool lasting) {
    // One message per subject: a repeat replaces the older one.
    items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const Notice& n) { return n.title == title; }),
                 items_.end());
    items_.push_back({kind, std::move(title), std::move(details), -1.0, action, lasting});
    // The oldest goes first, but never one that offers an action (what is
    // not saved yet stays in sight until it is saved or dismissed).
    if (items_.size() > kMaxNotices) {
        auto oldest = std::find_if(items_.begin(), items_.end(), [](const Notice& n) { return n.action == Notice::Action::None; });
        items_.erase(oldest == items_.end() ? items_.begin() : oldest);
    }
}

void Notices::info(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Info, std::move(title), std::move(details));
}
void Notices::success(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Success, std::move(title), std::move(details));
}
void Notices::error(std::string title, std::vector<std::string> details, Notice::Action action) {
    push(Notice::Kind::Error, std::move(title), std::move(details), action);
}

void Notices::lasting(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Info, std::move(title), std::move(details), Notice::Action::None, true);
}

void Notices::withdraw(const std::string& title) {
    items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const Notice& n) { return n.title == title; }),
                 items_.end());
}

bool Notices::has(const std::string& title) const {
    return std::any_of(items_.begin(), items_.end(), [&](const Notice& n) { return n.title == title; });
}

void Notices::dismiss(std::size_t index) {
    if (index < items_.size()) items_.erase(items_.begin() + static_cast<long>(index));
}

void Notices::expire(double now) {
    for (Notice& n : items_)
        if (n.shownAt < 0) n.shownAt = now;  // clock starts when first drawn
    items_.erase(std::remove_if(items_.begin(), items_.end(),
                                [&](const Notice& n) {
                                    return n.kind != Notice::Kind::Error && !n.lasting && now - n.shownAt > kNoticeSeconds;
                                }),
                 items_.end());
}

}  // namespace smm
