#include "dates.h"

#include <cstdio>

namespace vigil::text::internal {
namespace {

bool all_digits(std::string_view s) {
  if (s.empty()) return false;
  for (char c : s) {
    if (c < '0' || c > '9') return false;
  }
  return true;
}

int to_int(std::string_view s) {
  int v = 0;
  for (char c : s) v = v * 10 + (c - '0');
  return v;
}

std::string format_ymd(int year, int month, int day) {
  char buf[40];  // room for any int, so the compiler can prove no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", year, month, day);
  return buf;
}

}  // namespace

bool is_valid_ymd(int year, int month, int day) {
  if (year < 1 || year > 9999 || month < 1 || month > 12 || day < 1) return false;
  static constexpr int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
  const bool leap = (year % 4 == 0 && year % 100 != 0) || year % 400 == 0;
  const int max_day = kDays[month - 1] + (month == 2 && leap ? 1 : 0);
  return day <= max_day;
}

std::string normalize_iso_date(std::string_view s) {
  // Feeds often send full timestamps; the day is what vigil needs.
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
  const std::string_view y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return {};
  if (!is_valid_ymd(to_int(y), to_int(m), to_int(d))) return {};
  return std::string(s);
}

std::string petrarch_date_to_iso(std::string_view s) {
  while (!s.empty() && (s.front() == ' ' || s.front() == '\t')) s.remove_prefix(1);
  while (!s.empty() && (s.back() == ' ' || s.back() == '\t')) s.remove_suffix(1);
  if (s.size() == 10) return normalize_iso_date(s);
  if (!all_digits(s)) return {};
  int year = 0;
  std::string_view rest;
  if (s.size() == 8) {
    year = to_int(s.substr(0, 4));
    rest = s.substr(4);
  } else if (s.size() == 6) {
    const int yy = to_int(s.substr(0, 2));
    year = yy <= 30 ? 2000 + yy : 1900 + yy;
    rest = s.substr(2);
  } else {
    return {};
  }
  const int month = to_int(rest.substr(0, 2));
  const int day = to_int(rest.substr(2, 2));
  if (!is_valid_ymd(year, month, day)) return {};
  return format_ymd(year, month, day);
}

}  // namespace vigil::text::internal
