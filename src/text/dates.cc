#include "dates.h"

#include <array>
#include <cstdio>

#include "vigil/calendar.h"

namespace vigil::text::internal {
namespace {

using text::is_valid_ymd;
using text::month_name;
using text::month_number;
using text::weekday_number;

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

bool is_digit(char c) { return c >= '0' && c <= '9'; }
bool is_alpha(char c) { return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z'); }
bool is_blank(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }

char lower(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool iequals(std::string_view a, std::string_view b) {
  if (a.size() != b.size()) return false;
  for (size_t i = 0; i < a.size(); ++i)
    if (lower(a[i]) != lower(b[i])) return false;
  return true;
}

// What may follow a date: nothing, or a time of day ("T10:00:00+02:00", " 10:00 GMT").
bool time_or_nothing(std::string_view rest) {
  if (rest.empty()) return true;
  if (rest.size() >= 2 && rest[0] == 'T' && is_digit(rest[1])) return true;
  size_t i = 0;
  while (i < rest.size() && (is_blank(rest[i]) || rest[i] == ',')) ++i;
  if (i == 0 || i == rest.size()) return i == rest.size();
  if (rest.substr(i, 3) == "at " || rest.substr(i, 3) == "AT ") i += 3;
  return i < rest.size() && is_digit(rest[i]);
}

// Reads digits at `i` (at most `max`); -1 when there are none.
int read_number(std::string_view s, size_t& i, size_t max) {
  size_t start = i;
  int v = 0;
  while (i < s.size() && is_digit(s[i]) && i - start < max) v = v * 10 + (s[i++] - '0');
  return i == start ? -1 : v;
}

DateReading checked(int year, int month, int day) {
  if (!is_valid_ymd(year, month, day)) {
    return {{}, "is not a day of the calendar (year 1-9999, month 1-12, day within the month)"};
  }
  return {format_ymd(year, month, day), {}};
}

constexpr const char* kUnknownForm =
    "is not a date vigil can read (write YYYY-MM-DD; 1 June 2020 and June 1, 2020 are read "
    "too)";

// Year first: 2020-06-01, 2020/6/1, with an optional time of day.
bool read_year_first(std::string_view s, DateReading& out) {
  size_t i = 0;
  const int year = read_number(s, i, 4);
  if (i != 4 || i >= s.size() || (s[i] != '-' && s[i] != '/')) return false;
  const char sep = s[i++];
  const int month = read_number(s, i, 2);
  if (month < 0 || i >= s.size() || s[i] != sep) return false;
  ++i;
  const int day = read_number(s, i, 2);
  if (day < 0 || (i < s.size() && is_digit(s[i]))) return false;
  out = time_or_nothing(s.substr(i)) ? checked(year, month, day) : DateReading{{}, kUnknownForm};
  return true;
}

// Day and month as numbers: 13/06/2020, 06/13/2020, 1.6.2020; ambiguous when both could
// be the month.
bool read_numeric(std::string_view s, DateReading& out) {
  size_t i = 0;
  const int a = read_number(s, i, 2);
  if (a < 0 || i >= s.size() || (s[i] != '/' && s[i] != '.' && s[i] != '-')) return false;
  const char sep = s[i++];
  const int b = read_number(s, i, 2);
  if (b < 0 || i >= s.size() || s[i] != sep) return false;
  ++i;
  const size_t year_start = i;
  const int year = read_number(s, i, 4);
  if (i - year_start != 4 || !time_or_nothing(s.substr(i))) {
    out = {{}, kUnknownForm};
    return true;
  }
  if (a <= 12 && b <= 12 && a != b) {
    out = {{},
           "is ambiguous: " + std::to_string(a) + " " + std::string(month_name(b)) + " or " +
               std::to_string(b) + " " + std::string(month_name(a)) + " " + std::to_string(year) +
               " (write YYYY-MM-DD)"};
    return true;
  }
  out = a > 12 ? checked(year, b, a) : checked(year, a, b);
  return true;
}

// Month names: [Weekday,] 1 June 2020 / 1st Jun. 2020 / June 1, 2020 / Jun 1 2020, each
// optionally followed by a time of day (RFC 822: "Mon, 01 Jun 2020 10:00:00 +0000").
bool read_with_month_name(std::string_view s, DateReading& out) {
  struct Word {
    std::string_view text;
    bool number;
  };
  std::array<Word, 3> words{};
  size_t n = 0, i = 0;
  size_t end_of_year = 0;
  bool skipped_weekday = false;
  while (n < 3) {
    while (i < s.size() && (is_blank(s[i]) || s[i] == ',' || s[i] == '.')) ++i;
    if (i >= s.size()) break;
    const size_t start = i;
    if (is_digit(s[i])) {
      while (i < s.size() && is_digit(s[i])) ++i;
      Word w{s.substr(start, i - start), true};
      // Ordinal suffixes: 1st, 2nd, 3rd, 4th.
      if (i + 1 < s.size() && is_alpha(s[i]) && is_alpha(s[i + 1])) {
        const std::string_view suffix = s.substr(i, 2);
        if (iequals(suffix, "st") || iequals(suffix, "nd") || iequals(suffix, "rd") ||
            iequals(suffix, "th"))
          i += 2;
      }
      words[n++] = w;
      end_of_year = i;
    } else if (is_alpha(s[i])) {
      while (i < s.size() && is_alpha(s[i])) ++i;
      const std::string_view w = s.substr(start, i - start);
      if (n == 0 && !skipped_weekday && weekday_number(w, /*abbreviated=*/true) >= 0) {
        skipped_weekday = true;
        continue;
      }
      words[n++] = {w, false};
    } else {
      return false;
    }
  }
  if (n < 3) return false;
  int month = 0, day = -1;
  if (!words[0].number && words[1].number) {
    month = month_number(words[0].text);
    day = words[1].text.size() <= 2 ? std::stoi(std::string(words[1].text)) : -1;
  } else if (words[0].number && !words[1].number) {
    month = month_number(words[1].text);
    day = words[0].text.size() <= 2 ? std::stoi(std::string(words[0].text)) : -1;
  }
  if (month == 0 || !words[2].number) return false;
  if (day < 0 || words[2].text.size() != 4 || !time_or_nothing(s.substr(end_of_year))) {
    out = {{}, kUnknownForm};
    return true;
  }
  out = checked(std::stoi(std::string(words[2].text)), month, day);
  return true;
}

}  // namespace

std::string normalize_iso_date(std::string_view s) {
  // Feeds often send full timestamps; the day is what vigil needs.
  if (s.size() > 10 && (s[10] == 'T' || s[10] == ' ')) s = s.substr(0, 10);
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return {};
  const std::string_view y = s.substr(0, 4), m = s.substr(5, 2), d = s.substr(8, 2);
  if (!all_digits(y) || !all_digits(m) || !all_digits(d)) return {};
  if (!is_valid_ymd(to_int(y), to_int(m), to_int(d))) return {};
  return std::string(s);
}

DateReading read_publication_date(std::string_view s) {
  while (!s.empty() && is_blank(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_blank(s.back())) s.remove_suffix(1);
  if (s.empty()) return {{}, "is empty"};
  DateReading out;
  if (read_year_first(s, out) || read_numeric(s, out) || read_with_month_name(s, out)) return out;
  return {{}, kUnknownForm};
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
