// CSV fields as spreadsheets read them safely: quoted when needed, and a
// leading = + - @ tab or CR neutralised so a cell never runs as a formula.
#pragma once

#include <string>
#include <vector>

namespace smm {

std::string csvField(const std::string& s);
// The fields joined with commas, ended with CRLF (RFC 4180).
std::string csvLine(const std::vector<std::string>& fields);

}  // namespace smm
