#include "assessment.hpp"

#include <cstdio>
#include <ctime>

namespace smm {

Assessment makeBlankAssessment(const Model& model) {
    Assessment a;
    a.modelId = model.id;
    a.answers.assign(model.questions.size(), Answer{});
    a.targets.assign(model.dimensions.size(), 0);
    return a;
}

}  // namespace smm

// Civil date from days since 1970-01-01 (H. Hinnant's days_from_civil, inverted):
// plain arithmetic instead of gmtime_r and strftime, whose Emscripten versions
// are about 7 KB of JavaScript (time zones, week-based years) for one date.
std::string smm::isoDateFromDays(long long days) {
    days += 719468;  // days from 0000-03-01 to 1970-01-01
    const long long era = (days >= 0 ? days : days - 146096) / 146097;
    const long long doe = days - era * 146097;                                   // [0, 146096]
    const long long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;  // [0, 399]
    const long long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);               // [0, 365]
    const long long mp = (5 * doy + 2) / 153;                                    // [0, 11], from March
    const int day = static_cast<int>(doy - (153 * mp + 2) / 5 + 1);
    const int month = static_cast<int>(mp < 10 ? mp + 3 : mp - 9);
    const long long year = yoe + era * 400 + (month <= 2 ? 1 : 0);
    char buf[32];
    std::snprintf(buf, sizeof buf, "%04lld-%02d-%02d", year, month, day);
    return buf;
}

std::string smm::todayIso() {
    const long long seconds = static_cast<long long>(std::time(nullptr));
    return isoDateFromDays(seconds >= 0 ? seconds / 86400 : (seconds - 86399) / 86400);
}
