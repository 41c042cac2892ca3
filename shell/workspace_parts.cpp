#include "workspace_parts.hpp"

#include <cctype>

namespace smm::workspace_parts {

std::string titleOf(const Assessment& a) {
    return a.organisation.empty() ? std::string("Untitled assessment") : a.organisation;
}

std::vector<std::string> problemLines(const std::vector<Problem>& problems) {
    std::vector<std::string> lines;
    for (const Problem& p : problems) lines.push_back(p.describe());
    return lines;
}

std::string slug(const std::string& text) {
    std::string out;
    for (char c : text) {
        if (std::isalnum(static_cast<unsigned char>(c)))
            out += static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
        else if (!out.empty() && out.back() != '-')
            out += '-';
    }
    while (!out.empty() && out.back() == '-') out.pop_back();
    return out.empty() ? std::string("assessment") : out;
}

}  // namespace smm::workspace_parts
