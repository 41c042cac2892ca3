#include "address.hpp"

#include <cstdio>

namespace smm::ui {
namespace {

bool unreserved(unsigned char c) {
    return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') || c == '-' || c == '_' ||
           c == '.' || c == '~';
}

std::string percentEncode(std::string_view text) {
    std::string out;
    for (unsigned char c : text) {
        if (unreserved(c)) {
            out += static_cast<char>(c);
        } else {
            char buf[4];
            std::snprintf(buf, sizeof buf, "%%%02X", c);
            out += buf;
        }
    }
    return out;
}

int hexValue(char c) {
    if (c >= '0' && c <= '9') return c - '0';
    if (c >= 'a' && c <= 'f') return c - 'a' + 10;
    if (c >= 'A' && c <= 'F') return c - 'A' + 10;
    return -1;
}

std::string percentDecode(std::string_view text) {
    std::string out;
    for (std::size_t i = 0; i < text.size(); ++i) {
        if (text[i] == '%' && i + 2 < text.size()) {
            const int hi = hexValue(text[i + 1]), lo = hexValue(text[i + 2]);
            if (hi >= 0 && lo >= 0) {
                out += static_cast<char>(hi * 16 + lo);
                i += 2;
                continue;
            }
        }
        out += text[i] == '+' ? ' ' : text[i];
    }
    return out;
}

}  // namespace

std::string formatAddress(const Address& address) {
    std::string out = "view=";
    for (const ViewInfo& v : kViews)
        if (v.id == address.view) out += v.slug;
    if (address.view == ViewId::Respond) out += kParticipantViews[0].slug;
    if (address.view == ViewId::Questionnaire && !address.question.empty())
        out += "&q=" + percentEncode(address.question);
    return out;
}

std::optional<Address> parseAddress(std::string_view query) {
    if (!query.empty() && query.front() == '?') query.remove_prefix(1);
    std::optional<Address> found;
    std::string question;
    while (!query.empty()) {
        const std::size_t amp = query.find('&');
        const std::string_view pair = query.substr(0, amp);
        query = amp == std::string_view::npos ? std::string_view{} : query.substr(amp + 1);
        const std::size_t eq = pair.find('=');
        if (eq == std::string_view::npos) continue;
        const std::string_view key = pair.substr(0, eq);
        const std::string value = percentDecode(pair.substr(eq + 1));
        if (key == "view") {
            for (const ViewInfo& v : kViews)
                if (value == v.slug) found = Address{v.id, {}};
            if (value == kParticipantViews[0].slug) found = Address{ViewId::Respond, {}};
        } else if (key == "q") {
            question = value;
        }
    }
    if (found && found->view == ViewId::Questionnaire) found->question = question;
    return found;
}

}  // namespace smm::ui
