#include "notices.hpp"

#include <algorithm>
#include <utility>

namespace smm {

constexpr double kNoticeSeconds = 6.0;
constexpr std::size_t kMaxNotices = 3;

void Notices::push(Notice::Kind kind, std::string title, std::vector<std::string> details, bool lasting) {
    // One message per subject: a repeat replaces the older one.
    items_.erase(std::remove_if(items_.begin(), items_.end(), [&](const Notice& n) { return n.title == title; }),
                 items_.end());
    items_.push_back({kind, std::move(title), std::move(details), -1.0, lasting});
    if (items_.size() > kMaxNotices) items_.erase(items_.begin());
}

void Notices::info(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Info, std::move(title), std::move(details));
}
void Notices::success(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Success, std::move(title), std::move(details));
}
void Notices::error(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Error, std::move(title), std::move(details));
}

void Notices::lasting(std::string title, std::vector<std::string> details) {
    push(Notice::Kind::Info, std::move(title), std::move(details), true);
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
