// Private helpers shared by the readers: checking and converting the dates that documents
// carry. Not part of the public API.
#pragma once

#include <string>
#include <string_view>

namespace vigil::text::internal {

/// True when y-m-d is a day of the proleptic Gregorian calendar (year 1..9999).
bool is_valid_ymd(int year, int month, int day);

/// "YYYY-MM-DD" (optionally followed by "T..." or " ..." time of day, which is dropped)
/// -> "YYYY-MM-DD"; anything else, or an impossible day such as 2021-02-29 -> "".
std::string normalize_iso_date(std::string_view s);

/// PETRARCH record dates -> "YYYY-MM-DD", or "" when not a date. Accepts YYYYMMDD and
/// YYMMDD (YY <= 30 means 20YY, else 19YY, as PETRARCH's dstr_to_ordate does), and
/// ISO dates as normalize_iso_date does.
std::string petrarch_date_to_iso(std::string_view s);

}  // namespace vigil::text::internal
