// Private helpers shared by the readers: reading the publication dates that documents
// carry. Not part of the public API. The one place that knows how a document's date may
// be written (the day-month order rule; month names and the calendar check are
// vigil/calendar.h's).
#pragma once

#include <string>
#include <string_view>

namespace vigil::text::internal {

/// "YYYY-MM-DD" (optionally followed by "T..." or " ..." time of day, which is dropped)
/// -> "YYYY-MM-DD"; anything else, or an impossible day such as 2021-02-29 -> "".
std::string normalize_iso_date(std::string_view s);

/// A publication date as read: `iso` is "YYYY-MM-DD" when the text is a date; else
/// `problem` says why it is not (one sentence, for a message naming the document).
struct DateReading {
  std::string iso;
  std::string problem;
};

/// Reads a publication date in the forms news feeds write (docs/bad-input.md):
///   2020-06-01, 2020/06/01, 2020-06-01T10:00:00+02:00 (the date as written, the time
///   and zone are dropped: the day the publisher dated it), 1 June 2020, 1st Jun. 2020,
///   June 1, 2020, Jun 1 2020, Mon, 01 Jun 2020 10:00:00 +0000 (RFC 822), 13/06/2020 and
///   06/13/2020 (only one reading is a date). Numeric day and month that could be either
///   (06/01/2020) are ambiguous: no date, and the problem says so. Impossible days
///   (2021-02-29, 9999-99-99) and years outside 1..9999 are problems too.
DateReading read_publication_date(std::string_view s);

/// PETRARCH record dates -> "YYYY-MM-DD", or "" when not a date. Accepts YYYYMMDD and
/// YYMMDD (YY <= 30 means 20YY, else 19YY, as PETRARCH's dstr_to_ordate does), and
/// ISO dates as normalize_iso_date does.
std::string petrarch_date_to_iso(std::string_view s);

}  // namespace vigil::text::internal
