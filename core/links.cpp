#include "links.hpp"

#include "format.hpp"

namespace smm {

namespace {

struct Prefix {
    LinkKind kind;
    std::string_view text;
};
constexpr Prefix kPrefixes[] = {
    {LinkKind::Assessment, "a="}, {LinkKind::Invitation, "w="}, {LinkKind::Response, "r="}};

}  // namespace

Link parseLink(std::string_view text) {
    text = trimmed(text);
    if (auto hash = text.find('#'); hash != std::string_view::npos) text.remove_prefix(hash + 1);
    for (const Prefix& p : kPrefixes)
        if (text.substr(0, p.text.size()) == p.text) return {p.kind, text.substr(p.text.size())};
    return {};
}

std::string linkFragment(LinkKind kind, std::string_view code) {
    for (const Prefix& p : kPrefixes)
        if (p.kind == kind) return std::string(p.text) + std::string(code);
    return std::string(code);
}

}  // namespace smm
