// The one calendar every stage reads (vigil/calendar.h).
#include "vigil/calendar.h"

#include <gtest/gtest.h>

namespace {

using namespace vigil::text;

TEST(Calendar, MonthNamesAndAbbreviations) {
  EXPECT_EQ(month_number("September"), 9);
  EXPECT_EQ(month_number("sept."), 9);
  EXPECT_EQ(month_number("SEP"), 9);
  EXPECT_EQ(month_number("May"), 5);
  EXPECT_EQ(month_number("Ma"), 0);
  EXPECT_EQ(month_number("Janu"), 0);
  // Full names only: "Jan Kowalski" is a person when names are read.
  EXPECT_EQ(month_number("Jan", /*abbreviated=*/false), 0);
  EXPECT_EQ(month_number("january", /*abbreviated=*/false), 1);
  EXPECT_EQ(month_name(12), "December");
  EXPECT_EQ(month_name(13), "");
}

TEST(Calendar, WeekdaysAbbreviatedOnlyWhenAsked) {
  EXPECT_EQ(weekday_number("Thursday"), 3);
  EXPECT_EQ(weekday_number("sunday"), 6);
  // "Sun" and "Wed" are ordinary words in running text; a date header may abbreviate.
  EXPECT_EQ(weekday_number("Sun"), -1);
  EXPECT_EQ(weekday_number("Sun", /*abbreviated=*/true), 6);
  EXPECT_EQ(weekday_name(0), "Monday");
}

TEST(Calendar, DaysAndOrdinals) {
  EXPECT_TRUE(is_valid_ymd(2020, 2, 29));
  EXPECT_FALSE(is_valid_ymd(2021, 2, 29));
  EXPECT_FALSE(is_valid_ymd(1900, 2, 29));
  EXPECT_TRUE(is_valid_ymd(2000, 2, 29));
  EXPECT_FALSE(is_valid_ymd(10000, 1, 1));
  EXPECT_EQ(days_in_month(2024, 2), 29);
  EXPECT_EQ(days_from_civil(1970, 1, 1), 0);
  EXPECT_EQ(days_from_civil(2020, 3, 1) - days_from_civil(2020, 2, 28), 2);
  const CivilDate d = civil_from_days(days_from_civil(2019, 12, 31) + 1);
  EXPECT_EQ(d.year, 2020);
  EXPECT_EQ(d.month, 1);
  EXPECT_EQ(d.day, 1);
  EXPECT_EQ(weekday_of(days_from_civil(2020, 6, 4)), 3);  // a Thursday
}

}  // namespace
