// The calendar shared by every stage (include/vigil/calendar.h).
#include "vigil/calendar.h"

#include <array>

namespace vigil::text {
namespace {

constexpr std::array<std::string_view, 12> kMonths = {
    "January", "February", "March",     "April",   "May",      "June",
    "July",    "August",   "September", "October", "November", "December"};

constexpr std::array<std::string_view, 7> kWeekdays = {
    "Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"};

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

constexpr std::array<int, 12> kDays = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};

bool is_leap(int year) { return (year % 4 == 0 && year % 100 != 0) || year % 400 == 0; }

}  // namespace

int month_number(std::string_view word, bool abbreviated) {
  if (!word.empty() && word.back() == '.') word.remove_suffix(1);
  if (abbreviated && iequals(word, "sept")) return 9;
  for (size_t m = 0; m < kMonths.size(); ++m) {
    if (iequals(word, kMonths[m]) ||
        (abbreviated && word.size() == 3 && iequals(word, kMonths[m].substr(0, 3))))
      return static_cast<int>(m) + 1;
  }
  return 0;
}

int weekday_number(std::string_view word, bool abbreviated) {
  for (size_t d = 0; d < kWeekdays.size(); ++d) {
    if (iequals(word, kWeekdays[d]) ||
        (abbreviated && word.size() == 3 && iequals(word, kWeekdays[d].substr(0, 3))))
      return static_cast<int>(d);
  }
  return -1;
}

std::string_view month_name(int month) {
  return month >= 1 && month <= 12 ? kMonths[static_cast<size_t>(month - 1)] : std::string_view();
}

std::string_view weekday_name(int weekday) {
  return weekday >= 0 && weekday <= 6 ? kWeekdays[static_cast<size_t>(weekday)]
                                      : std::string_view();
}

int days_in_month(int year, int month) {
  return kDays[static_cast<size_t>(month - 1)] + (month == 2 && is_leap(year) ? 1 : 0);
}

bool is_valid_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  return day <= days_in_month(year, month);
}

// H. Hinnant's algorithms (days_from_civil, civil_from_days).
long days_from_civil(int year, int month, int day) {
  const long y = year - (month <= 2 ? 1 : 0);
  const long era = (y >= 0 ? y : y - 399) / 400;
  const long yoe = y - era * 400;
  const long doy = (153 * (month + (month > 2 ? -3 : 9)) + 2) / 5 + day - 1;
  const long doe = yoe * 365 + yoe / 4 - yoe / 100 + doy;
  return era * 146097 + doe - 719468;
}

CivilDate civil_from_days(long z) {
  z += 719468;
  const long era = (z >= 0 ? z : z - 146096) / 146097;
  const long doe = z - era * 146097;
  const long yoe = (doe - doe / 1460 + doe / 36524 - doe / 146096) / 365;
  const long y = yoe + era * 400;
  const long doy = doe - (365 * yoe + yoe / 4 - yoe / 100);
  const long mp = (5 * doy + 2) / 153;
  const long d = doy - (153 * mp + 2) / 5 + 1;
  const long m = mp < 10 ? mp + 3 : mp - 9;
  return {static_cast<int>(y + (m <= 2)), static_cast<int>(m), static_cast<int>(d)};
}

int weekday_of(long days) { return static_cast<int>(((days % 7) + 7 + 3) % 7); }

}  // namespace vigil::text
