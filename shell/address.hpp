// Where the reader is, as the query part of the page's address
// (?view=questionnaire&q=gov-policy): back and forward move between views and a
// reload returns to the same view and question. It sits beside a share link's
// #fragment and never carries answers.
#pragma once

#include <optional>
#include <string>
#include <string_view>

#include "view_ids.hpp"

namespace smm::ui {

struct Address {
    ViewId view = ViewId::Overview;
    std::string question;  // a question id, for the questionnaire; empty otherwise

    bool operator==(const Address&) const = default;
};

// "view=map" or "view=questionnaire&q=<id>" (the id percent-encoded).
std::string formatAddress(const Address& address);
// Reads a query string, with or without its leading '?'. Parameters it does
// not know are ignored; without a known view there is no address.
std::optional<Address> parseAddress(std::string_view query);

}  // namespace smm::ui
