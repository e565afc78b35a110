// Publication dates as feeds write them: every accepted form, the ambiguous one, the
// impossible ones (src/text/dates.h, a private header: the test reaches it directly).
#include <gtest/gtest.h>

#include "dates.h"

namespace vigil::text::internal {
namespace {

std::string iso(std::string_view s) { return read_publication_date(s).iso; }
std::string problem(std::string_view s) { return read_publication_date(s).problem; }

TEST(PublicationDate, IsoForms) {
  EXPECT_EQ(iso("2020-06-01"), "2020-06-01");
  EXPECT_EQ(iso(" 2020-06-01 "), "2020-06-01");
  EXPECT_EQ(iso("2020/06/01"), "2020-06-01");
  EXPECT_EQ(iso("2020-6-1"), "2020-06-01");
  EXPECT_EQ(iso("2020-02-29"), "2020-02-29");  // a leap year
  EXPECT_EQ(iso("2000-02-29"), "2000-02-29");  // divisible by 400
}

TEST(PublicationDate, IsoWithTimeAndZoneKeepsTheDateAsWritten) {
  EXPECT_EQ(iso("2020-06-01T10:00:00+02:00"), "2020-06-01");
  EXPECT_EQ(iso("2020-06-01T23:30:00-05:00"), "2020-06-01");  // not moved to UTC
  EXPECT_EQ(iso("2020-06-01T12:30:00Z"), "2020-06-01");
  EXPECT_EQ(iso("2020-06-01T12:30:00.123Z"), "2020-06-01");
  EXPECT_EQ(iso("2020-06-01 12:30"), "2020-06-01");
}

TEST(PublicationDate, DayMonthYear) {
  EXPECT_EQ(iso("1 June 2020"), "2020-06-01");
  EXPECT_EQ(iso("01 June 2020"), "2020-06-01");
  EXPECT_EQ(iso("1st June 2020"), "2020-06-01");
  EXPECT_EQ(iso("1 Jun 2020"), "2020-06-01");
  EXPECT_EQ(iso("1 Jun. 2020"), "2020-06-01");
  EXPECT_EQ(iso("23 sept 2019"), "2019-09-23");
  EXPECT_EQ(iso("Monday, 1 June 2020"), "2020-06-01");
  EXPECT_EQ(iso("Mon, 01 Jun 2020 10:00:00 +0000"), "2020-06-01");  // RFC 822 (RSS)
}

TEST(PublicationDate, MonthDayYear) {
  EXPECT_EQ(iso("June 1, 2020"), "2020-06-01");
  EXPECT_EQ(iso("June 1 2020"), "2020-06-01");
  EXPECT_EQ(iso("Jun 1, 2020"), "2020-06-01");
  EXPECT_EQ(iso("June 1st, 2020"), "2020-06-01");
  EXPECT_EQ(iso("DECEMBER 31, 1999"), "1999-12-31");
  EXPECT_EQ(iso("Monday, June 1, 2020"), "2020-06-01");
  EXPECT_EQ(iso("June 1, 2020 at 10:00"), "2020-06-01");
}

TEST(PublicationDate, NumericDayAndMonthOnlyWhenOneReadingIsADate) {
  EXPECT_EQ(iso("13/06/2020"), "2020-06-13");  // 13 cannot be a month
  EXPECT_EQ(iso("06/13/2020"), "2020-06-13");
  EXPECT_EQ(iso("13.06.2020"), "2020-06-13");
  EXPECT_EQ(iso("05/05/2020"), "2020-05-05");  // both readings are the same day
  EXPECT_EQ(iso("06/01/2020"), "");
  EXPECT_EQ(problem("06/01/2020"),
            "is ambiguous: 6 January or 1 June 2020 (write YYYY-MM-DD)");
  EXPECT_EQ(problem("1.2.2021"), "is ambiguous: 1 February or 2 January 2021 (write YYYY-MM-DD)");
}

TEST(PublicationDate, ImpossibleDays) {
  const std::string calendar =
      "is not a day of the calendar (year 1-9999, month 1-12, day within the month)";
  EXPECT_EQ(iso("2021-02-29"), "");
  EXPECT_EQ(problem("2021-02-29"), calendar);
  EXPECT_EQ(problem("1900-02-29"), calendar);  // divisible by 100, not by 400
  EXPECT_EQ(problem("9999-99-99"), calendar);
  EXPECT_EQ(problem("2020-13-01"), calendar);
  EXPECT_EQ(problem("0000-01-01"), calendar);
  EXPECT_EQ(problem("31 June 2020"), calendar);
  EXPECT_EQ(problem("February 30, 2020"), calendar);
  EXPECT_EQ(problem("32/13/2020"), calendar);
}

TEST(PublicationDate, UnknownForms) {
  const std::string unknown =
      "is not a date vigil can read (write YYYY-MM-DD; 1 June 2020 and June 1, 2020 are read "
      "too)";
  for (std::string_view s : {"yesterday", "June 2020", "1 June", "06/01/20", "2020", "20-06-01",
                             "2020-06-01junk", "Smarch 1, 2020", "1 June 2020 junk", "2020-06"}) {
    EXPECT_EQ(iso(s), "") << s;
    EXPECT_EQ(problem(s), unknown) << s;
  }
  EXPECT_EQ(problem(""), "is empty");
  EXPECT_EQ(problem("  "), "is empty");
}

TEST(PublicationDate, HugeNumbersDoNotOverflow) {
  EXPECT_EQ(iso("99999999999999999999-01-01"), "");
  EXPECT_EQ(iso("1 June 99999999999999999999"), "");
  EXPECT_EQ(iso("99999999999999999999 June 2020"), "");
}

}  // namespace
}  // namespace vigil::text::internal
