// The calendar: English month and weekday names and proleptic Gregorian day arithmetic.
// Every stage that reads or computes a date uses these (the publication-date reader, time
// expressions, dated actor codes), so that they agree on what a month is called and which
// days exist.
//
// All functions are pure and thread-safe.
#pragma once

#include <string_view>

namespace vigil::text {

/// The month a word names, 1..12: the full English name ("September") in any case, with
/// or without one final period, and with `abbreviated` (the default) also its first three
/// letters ("Sep") or "Sept" ("Sept."). 0 for any other word.
int month_number(std::string_view word, bool abbreviated = true);

/// The weekday a word names, 0 (Monday) .. 6 (Sunday): the full English name in any case
/// ("Thursday"), and with `abbreviated` also its first three letters ("Thu"; off by default
/// because "Sun" and "Wed" are ordinary words in running text). -1 for any other word.
int weekday_number(std::string_view word, bool abbreviated = false);

/// "January" .. "December" for 1..12 ("" otherwise).
std::string_view month_name(int month);
/// "Monday" .. "Sunday" for 0..6 ("" otherwise).
std::string_view weekday_name(int weekday);

/// True for a real day of the proleptic Gregorian calendar, years 1..9999.
bool is_valid_ymd(int year, int month, int day);

/// Days in `month` (1..12) of `year`, leap years counted.
int days_in_month(int year, int month);

/// Days since 1970-01-01 of a proleptic Gregorian date (negative before it); the date need
/// not be valid (2020-02-30 is 2020-03-01), which lets callers step by months.
long days_from_civil(int year, int month, int day);

/// A calendar date.
struct CivilDate {
  int year = 0;
  int month = 0;
  int day = 0;
};

/// The date `days` days after 1970-01-01 (the inverse of days_from_civil).
CivilDate civil_from_days(long days);

/// The weekday of a day count from days_from_civil: 0 (Monday) .. 6 (Sunday).
int weekday_of(long days);

}  // namespace vigil::text
