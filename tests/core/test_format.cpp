// core/format.hpp: each wording rule once, the same on every surface.
#include <catch2/catch_test_macros.hpp>

#include <ctime>
#include <string>

#include "core/assessment.hpp"
#include "core/format.hpp"

using namespace smm;

TEST_CASE("a share as a percentage rounds to the nearest whole percent") {
    CHECK(formatPercent(0.0) == "0%");
    CHECK(formatPercent(1.0) == "100%");
    // Two thirds: 66.67 rounds up (the floor rule once showed 66% here).
    CHECK(formatPercent(2.0 / 3.0) == "67%");
    CHECK(formatPercent(0.675) == "68%");
    CHECK(formatPercent(0.674) == "67%");
    CHECK(formatPercent(0.006) == "1%");
    CHECK(formatPercent(0.004) == "0%");
    CHECK(percentOf(0.5) == 50);
    // 17 of 25 is 68%: the confidence and the questions-answered figure agree.
    CHECK(formatPercent(17.0 / 25.0) == std::to_string(percentOf(17.0 / 25.0)) + "%");
}

TEST_CASE("plural, capital first letter and the name below the first stage") {
    CHECK(plural(1, "response", "responses") == "1 response");
    CHECK(plural(0, "response", "responses") == "0 responses");
    CHECK(plural(3, "risk applies", "risks apply") == "3 risks apply");
    CHECK(capitalised("high") == "High");
    CHECK(capitalised("") == "");
    CHECK(capitalised("\xC3\xA9t\xC3\xA9") == "\xC3\xA9t\xC3\xA9");  // not ASCII: left as it is
    CHECK(capitalised("9 things") == "9 things");
    CHECK(std::string(levelZeroName(Side::External)) == "Unmanaged");
    CHECK(std::string(levelZeroName(Side::Internal)) == "Not started");
}

TEST_CASE("UTF-8 text is cut between characters only") {
    const std::string cafe = "caf\xC3\xA9!";  // "café!", é is two bytes
    CHECK(utf8Boundary(cafe, 4) == 3);        // inside é: back to its start
    CHECK(utf8Boundary(cafe, 5) == 5);
    CHECK(utf8Boundary(cafe, 99) == cafe.size());
    CHECK(utf8Prefix(cafe, 4) == "caf");
    CHECK(utf8Prefix(cafe, 5) == "caf\xC3\xA9");
    CHECK(utf8Prefix(cafe, 10) == cafe);
    CHECK(utf8Prefix("\xE2\x80\x94", 2).empty());  // an em dash is three bytes

    // A measure that allows `room` bytes, ellipsis included.
    auto within = [](std::size_t room) { return [room](const std::string& t) { return t.size() <= room; }; };
    const std::string dots = "\xE2\x80\xA6";
    CHECK(fitWithEllipsis("short", within(10)) == "short");
    CHECK(fitWithEllipsis("caf\xC3\xA9 au lait", within(7)) == "caf" + dots);  // é does not fit whole
    CHECK(fitWithEllipsis("caf\xC3\xA9 au lait", within(8)) == "caf\xC3\xA9" + dots);
    CHECK(fitWithEllipsis("a bcdef", within(5)) == "a" + dots);  // no space before the ellipsis
    CHECK(fitWithEllipsis("abcdef", within(2)) == dots);
}

TEST_CASE("pasted text is trimmed of spaces and line breaks") {
    CHECK(trimmed("  code\r\n") == "code");
    CHECK(trimmed("\t a b \n") == "a b");
    CHECK(trimmed(" \n ").empty());
    CHECK(trimmed("").empty());
}

TEST_CASE("a day number is the same date as the C library gives for it") {
    CHECK(isoDateFromDays(0) == "1970-01-01");
    CHECK(isoDateFromDays(-1) == "1969-12-31");
    CHECK(isoDateFromDays(11016) == "2000-02-29");
    CHECK(isoDateFromDays(20794) == "2026-12-07");
    CHECK(isoDateFromDays(47541) == "2100-03-01");
    // Every day from 1900 to 2200, against gmtime_r and strftime (what todayIso used before).
    for (long long day = -25567; day < 84000; ++day) {
        const std::time_t t = static_cast<std::time_t>(day * 86400 + 43200);
        std::tm tm{};
        gmtime_r(&t, &tm);
        char expected[16];
        std::strftime(expected, sizeof expected, "%Y-%m-%d", &tm);
        if (isoDateFromDays(day) != expected) FAIL(day << ": " << isoDateFromDays(day) << " != " << expected);
    }
    CHECK(todayIso().size() == 10);
}
