// The links the app makes and opens. Everything travels in the #fragment,
// which browsers never send to a server:
//   #a=<share code>        an assessment to look at
//   #w=<invitation code>   a workshop's invitation to participants
//   #r=<response code>     one participant's answers, sent to the facilitator
// A link may be pasted whole (with the page address) or as its fragment.
#pragma once

#include <string>
#include <string_view>

namespace smm {

enum class LinkKind { None, Assessment, Invitation, Response };

struct Link {
    LinkKind kind = LinkKind::None;
    std::string_view code;
};

// The link in `text`: a page address with a fragment, "#a=...", or "a=...".
Link parseLink(std::string_view text);

// "a=<code>" and so on, without the '#'.
std::string linkFragment(LinkKind kind, std::string_view code);

}  // namespace smm
