// Time expressions in news text, anchored on the publication date.
#include <array>
#include <cctype>
#include <cstdio>
#include <optional>

#include "text_util.h"
#include "vigil/calendar.h"
#include "vigil/discourse.h"

namespace vigil::discourse {

namespace {

using detail::lower;
using detail::Word;
using detail::words;
using Kind = TimeExpression::Kind;
using text::days_from_civil;
using text::days_in_month;
using text::weekday_of;

int month_of(std::string_view w) { return text::month_number(w); }

struct Ymd {
  int y = 0, m = 0, d = 0;
};

std::string fmt_day(long days) {
  const text::CivilDate d = text::civil_from_days(days);
  char buf[40];  // room for any int, so the compiler can prove no truncation
  std::snprintf(buf, sizeof buf, "%04d-%02d-%02d", d.year, d.month, d.day);
  return buf;
}

std::string fmt_month(int y, int m) {
  char buf[40];
  std::snprintf(buf, sizeof buf, "%04d-%02d", y, m);
  return buf;
}

bool parse_date(std::string_view s, Ymd& out) {
  if (s.size() != 10 || s[4] != '-' || s[7] != '-') return false;
  auto num = [&](size_t b, size_t n) {
    int v = 0;
    for (size_t i = b; i < b + n; ++i) {
      if (s[i] < '0' || s[i] > '9') return -1;
      v = v * 10 + (s[i] - '0');
    }
    return v;
  };
  out = {num(0, 4), num(5, 2), num(8, 2)};
  return text::is_valid_ymd(out.y, out.m, out.d);
}

int number_of(std::string_view w) {
  std::string l = lower(w);
  // ordinal suffixes: 30th, 1st, 2nd, 3rd
  for (const char* suf : {"st", "nd", "rd", "th"}) {
    if (l.size() > 2 && l.compare(l.size() - 2, 2, suf) == 0 && l[l.size() - 3] >= '0' &&
        l[l.size() - 3] <= '9') {
      l.resize(l.size() - 2);
      break;
    }
  }
  if (!l.empty() && l.find_first_not_of("0123456789") == std::string::npos && l.size() <= 4)
    return std::stoi(l);
  static const std::array<const char*, 13> words_ = {
      "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine", "ten",
      "eleven", "twelve"};
  for (size_t i = 0; i < words_.size(); ++i)
    if (l == words_[i]) return static_cast<int>(i);
  if (l == "a" || l == "an") return 1;
  if (l == "few" || l == "several") return 3;
  return -1;
}

bool is_year(int n) { return n >= 1900 && n <= 2099; }

// Future markers within the words before an expression, in its sentence of text[begin,
// end): "will meet on Thursday", "is due to open on June 30", "elections scheduled for May".
void mark_future(std::string_view text, size_t begin, size_t end,
                 std::vector<TimeExpression>& found) {
  static const std::array<const char*, 14> kMarkers = {
      "will", "would", "shall", "due", "scheduled", "planned", "plans", "plan", "expected",
      "upcoming", "coming", "forthcoming", "won't", "won’t"};
  const std::string_view range = text.substr(begin, end - begin);
  std::optional<detail::Sentences> sentences;  // split only when an expression needs it
  for (auto& e : found) {
    if (e.future) continue;
    if (!sentences) sentences.emplace(range);
    const size_t sb = begin + sentences->start(e.begin - begin);
    auto ws = words(text, sb, e.begin);
    for (size_t k = ws.size(), n = 0; k-- > 0 && n < 8; ++n) {
      std::string l = lower(text.substr(ws[k].begin, ws[k].end - ws[k].begin));
      bool marker = false;
      for (const char* m : kMarkers)
        if (l == m) marker = true;
      auto ends = [&](std::string_view suffix) {
        return l.size() > suffix.size() && l.compare(l.size() - suffix.size(), suffix.size(),
                                                     suffix.data(), suffix.size()) == 0;
      };
      if (ends("'ll") || ends("\xE2\x80\x99ll")) marker = true;  // "we'll", "they’ll"
      if (marker) {
        e.future = true;
        break;
      }
    }
  }
}

}  // namespace

const char* to_string(Precision p) {
  switch (p) {
    case Precision::kDay: return "day";
    case Precision::kWeek: return "week";
    case Precision::kMonth: return "month";
    case Precision::kYear: return "year";
    case Precision::kRange: return "range";
  }
  return "day";
}

std::vector<TimeExpression> find_time_expressions(std::string_view text, size_t begin,
                                                  size_t end) {
  std::vector<TimeExpression> out;
  if (end > text.size()) end = text.size();
  if (begin > end) begin = end;
  auto ws = words(text, begin, end);
  auto w = [&](size_t i) -> std::string {
    return i < ws.size() ? lower(text.substr(ws[i].begin, ws[i].end - ws[i].begin)) : "";
  };
  auto raw = [&](size_t i) -> std::string_view {
    return i < ws.size() ? text.substr(ws[i].begin, ws[i].end - ws[i].begin) : "";
  };
  auto cap = [&](size_t i) { return i < ws.size() && detail::starts_upper(text, ws[i].begin); };
  // Words must be adjacent with only spaces (or a comma, for dates) between.
  // An abbreviated month keeps its dot outside the word: "Sept. 11" is adjacent too.
  auto adjacent = [&](size_t i, bool comma_ok) {
    if (i + 1 >= ws.size()) return false;
    auto gap = text.substr(ws[i].end, ws[i + 1].begin - ws[i].end);
    bool dot_ok = ws[i].end - ws[i].begin <= 4 && month_of(text.substr(ws[i].begin, ws[i].end - ws[i].begin));
    for (size_t k = 0; k < gap.size(); ++k) {
      char c = gap[k];
      if (c == ' ' || (comma_ok && c == ',') || (dot_ok && c == '.' && k == 0)) continue;
      return false;
    }
    return true;
  };
  auto emit = [&](Kind k, size_t first, size_t last, TimeExpression e = {}) {
    e.kind = k;
    e.begin = ws[first].begin;
    e.end = ws[last].end;
    out.push_back(e);
    return last + 1;
  };
  for (size_t i = 0; i < ws.size();) {
    std::string a = w(i), b = w(i + 1), c = w(i + 2);
    bool ab = adjacent(i, false), bc = ab && adjacent(i + 1, false);
    bool prep = a == "in" || a == "on" || a == "since" || a == "during" || a == "by" ||
                a == "until" || a == "throughout" || a == "from" || a == "last" || a == "early" ||
                a == "late" || a == "mid" || a == "of";
    // --- days relative to publication
    if (a == "today" || a == "tonight") { i = emit(Kind::kToday, i, i); continue; }
    if (a == "yesterday") { i = emit(Kind::kYesterday, i, i); continue; }
    if (a == "tomorrow") { i = emit(Kind::kTomorrow, i, i); continue; }
    if (a == "this" && ab && (b == "morning" || b == "afternoon" || b == "evening")) {
      i = emit(Kind::kToday, i, i + 1);
      continue;
    }
    if (a == "last" && ab && b == "night") { i = emit(Kind::kYesterday, i, i + 1); continue; }
    if (a == "the" && bc && b == "day" && c == "before") {
      i = emit(Kind::kYesterday, i, i + 2);
      continue;
    }
    // --- weekdays: "on Thursday", "last Thursday", "Thursday"
    {
      size_t k = (a == "on" || a == "last" || a == "this" || a == "next") && ab ? i + 1 : i;
      std::string wd = w(k);
      bool found = false;
      if (const int n = text::weekday_number(wd); n >= 0 && cap(k)) {
        TimeExpression e;
        e.weekday = n;
        e.future = a == "next";
        e.explicitly_last = a == "last";
        i = emit(Kind::kWeekday, i, k, e);
        found = true;
      }
      if (found) continue;
    }
    // --- N days/weeks ago
    if (bc && c == "ago") {
      int n = number_of(a);
      int unit = b == "day" || b == "days" ? 1 : (b == "week" || b == "weeks" ? 7 : 0);
      if (n > 0 && unit > 0) {
        TimeExpression e;
        e.amount = n * unit;
        i = emit(Kind::kDaysAgo, i, i + 2, e);
        continue;
      }
    }
    // --- next week/month/year, next Thursday
    if (a == "next" && ab && (b == "week" || b == "month" || b == "year")) {
      TimeExpression e;
      e.future = true;
      i = emit(b == "week" ? Kind::kNextWeek : b == "month" ? Kind::kNextMonth : Kind::kNextYear,
               i, i + 1, e);
      continue;
    }
    // --- last/this week, month, year; earlier this ...
    if ((a == "last" || a == "past") && ab && (b == "week" || b == "month" || b == "year")) {
      i = emit(b == "week" ? Kind::kLastWeek : b == "month" ? Kind::kLastMonth : Kind::kLastYear,
               i, i + 1);
      continue;
    }
    {
      size_t k = (a == "earlier" || a == "later") && ab ? i + 1 : i;
      if (w(k) == "this" && adjacent(k, false)) {
        std::string u = w(k + 1);
        if (u == "week" || u == "month" || u == "year") {
          i = emit(u == "week" ? Kind::kThisWeek : u == "month" ? Kind::kThisMonth : Kind::kThisYear,
                   i, k + 1);
          continue;
        }
      }
    }
    // --- recent days: "in recent days", "recent weeks", "in the past few days",
    //     "over the past week"
    {
      size_t k = i;
      if ((w(k) == "in" || w(k) == "over") && adjacent(k, false)) ++k;
      if (w(k) == "recent" && adjacent(k, false) && (w(k + 1) == "days" || w(k + 1) == "weeks")) {
        TimeExpression e;
        e.amount = w(k + 1) == "days" ? 7 : 21;
        i = emit(Kind::kRecentDays, i, k + 1, e);
        continue;
      }
      if (w(k) == "the" && adjacent(k, false) && (w(k + 1) == "past" || w(k + 1) == "last") &&
          adjacent(k + 1, false)) {
        size_t u = k + 2;
        int n = 1;
        if (w(u) == "few" || number_of(w(u)) > 1) {
          n = number_of(w(u));
          if (!adjacent(u, false)) n = -1;
          ++u;
        }
        std::string unit = w(u);
        int days = unit == "days" || unit == "day" ? 1 : unit == "weeks" || unit == "week" ? 7 : 0;
        if (n > 0 && days > 0 && k != i) {
          TimeExpression e;
          e.amount = n * days;
          i = emit(Kind::kRecentDays, i, u, e);
          continue;
        }
      }
    }
    // --- ISO dates 2019-06-30
    if (raw(i).size() == 10 && raw(i)[4] == '-' && raw(i)[7] == '-') {
      Ymd ymd;
      if (parse_date(raw(i), ymd)) {
        TimeExpression e;
        e.year = ymd.y, e.month = ymd.m, e.day = ymd.d;
        i = emit(Kind::kDate, i, i, e);
        continue;
      }
    }
    // --- month names: [prep] June 30[, 2019] | [prep] 30 June [2019] | [prep] May [2019]
    {
      size_t k = prep && ab ? i + 1 : i;
      int dd = number_of(w(k));
      size_t mi = k;
      bool day_first = false;
      if (dd >= 1 && dd <= 31 && adjacent(k, false) && month_of(w(k + 1)) && cap(k + 1) &&
          w(k).find_first_not_of("0123456789stndrh") == std::string::npos) {
        mi = k + 1;
        day_first = true;
      } else if (dd >= 1 && dd <= 31 && w(k + 1) == "of" && adjacent(k, false) &&
                 adjacent(k + 1, false) && month_of(w(k + 2)) && cap(k + 2) &&
                 w(k).find_first_not_of("0123456789stndrh") == std::string::npos) {
        mi = k + 2;  // "the 5th of November"
        day_first = true;
      }
      int m = cap(mi) ? month_of(raw(mi)) : 0;
      if (m) {
        TimeExpression e;
        e.month = m;
        size_t last = mi;
        if (day_first) {
          e.day = dd;
        } else if (adjacent(mi, false)) {
          int n = number_of(w(mi + 1));
          std::string nw = w(mi + 1);
          if (n >= 1 && n <= 31 && nw.find_first_not_of("0123456789stndrh") == std::string::npos) {
            e.day = n;
            last = mi + 1;
          }
        }
        if (adjacent(last, true)) {
          int y = number_of(w(last + 1));
          if (is_year(y) && w(last + 1).size() == 4) {
            e.year = y;
            last = last + 1;
          }
        }
        // "May" alone is too often the verb: keep it only with a day, a year or a
        // preposition before it.
        bool ok = m != 5 || e.day || e.year || mi > i;
        // "the March 23 Movement", "the April 6 Youth Movement": a day followed by a name
        // with no preposition before it is the name's, not a time.
        if (ok && e.day && !e.year && mi == i && adjacent(last, false) && cap(last + 1) &&
            text::weekday_number(w(last + 1)) < 0 && !month_of(w(last + 1)))
          ok = false;
        if (ok && e.day && e.day > days_in_month(e.year ? e.year : 2000, m)) ok = false;
        if (ok) {
          // A bare preposition other than in/on/since/... stays outside the span.
          size_t first = mi > i ? i : mi;
          if (day_first && k == i) first = i;
          if (a == "since" && !e.day) {
            i = emit(Kind::kMonthName, first, last, e);
          } else {
            i = emit(e.day ? Kind::kDate : Kind::kMonthName, first, last, e);
          }
          continue;
        }
      }
    }
    // --- years: "in 2019", "since 2019"
    if (prep && ab) {
      int y = number_of(b);
      if (is_year(y) && b.size() == 4) {
        TimeExpression e;
        e.year = y;
        i = emit(a == "since" ? Kind::kSinceYear : Kind::kYear, i, i + 1, e);
        continue;
      }
    }
    ++i;
  }
  mark_future(text, begin, end, out);
  return out;
}

ResolvedDate resolve(const TimeExpression& x, std::string_view publication_date) {
  ResolvedDate r;
  r.begin = x.begin;
  r.end = x.end;
  Ymd p;
  if (!parse_date(publication_date, p)) return r;
  const long pub = days_from_civil(p.y, p.m, p.d);
  auto day = [&](long d) {
    r.precision = Precision::kDay;
    r.text = r.range_begin = r.range_end = fmt_day(d);
  };
  auto month = [&](int y, int m) {
    r.precision = Precision::kMonth;
    r.text = fmt_month(y, m);
    r.range_begin = fmt_day(days_from_civil(y, m, 1));
    r.range_end = fmt_day(days_from_civil(y, m, days_in_month(y, m)));
  };
  auto year = [&](int y) {
    r.precision = Precision::kYear;
    r.text = std::to_string(y);
    r.range_begin = fmt_day(days_from_civil(y, 1, 1));
    r.range_end = fmt_day(days_from_civil(y, 12, 31));
  };
  const long monday = pub - weekday_of(pub);
  switch (x.kind) {
    case Kind::kToday: day(pub); break;
    case Kind::kYesterday: day(pub - 1); break;
    case Kind::kTomorrow: day(pub + 1); break;
    case Kind::kWeekday: {
      // The most recent such weekday on or before publication (news reports the day's
      // events: "on Tuesday" in Tuesday's paper is that day); "last Tuesday" then means
      // a week back.
      if (x.future) {
        long ahead = (x.weekday - weekday_of(pub) + 7) % 7;
        day(pub + (ahead == 0 ? 7 : ahead));
        break;
      }
      long back = (weekday_of(pub) - x.weekday + 7) % 7;
      day(pub - (back == 0 && x.explicitly_last ? 7 : back));
      break;
    }
    case Kind::kDaysAgo: day(pub - x.amount); break;
    case Kind::kLastWeek:
      r.precision = Precision::kWeek;
      r.text = r.range_begin = fmt_day(monday - 7);
      r.range_end = fmt_day(monday - 1);
      break;
    case Kind::kThisWeek:
      r.precision = Precision::kWeek;
      r.text = r.range_begin = fmt_day(monday);
      r.range_end = fmt_day(pub);
      break;
    case Kind::kLastMonth:
      month(p.m == 1 ? p.y - 1 : p.y, p.m == 1 ? 12 : p.m - 1);
      break;
    case Kind::kThisMonth:
      month(p.y, p.m);
      r.range_end = fmt_day(pub);
      break;
    case Kind::kLastYear: year(p.y - 1); break;
    case Kind::kThisYear:
      year(p.y);
      r.range_end = fmt_day(pub);
      break;
    case Kind::kMonthName: {
      int y = x.year;
      if (!y && x.future) y = x.month >= p.m ? p.y : p.y + 1;
      if (!y) y = x.month <= p.m ? p.y : p.y - 1;
      month(y, x.month);
      break;
    }
    case Kind::kDate: {
      int y = x.year;
      if (!y && x.future) y = (x.month > p.m || (x.month == p.m && x.day >= p.d)) ? p.y : p.y + 1;
      if (!y) y = (x.month < p.m || (x.month == p.m && x.day <= p.d)) ? p.y : p.y - 1;
      if (x.day > days_in_month(y, x.month)) {
        month(y, x.month);
      } else {
        day(days_from_civil(y, x.month, x.day));
      }
      break;
    }
    case Kind::kYear: year(x.year); break;
    case Kind::kSinceYear:
      r.precision = Precision::kRange;
      r.text = std::to_string(x.year);
      r.range_begin = fmt_day(days_from_civil(x.year, 1, 1));
      r.range_end = fmt_day(pub);
      break;
    case Kind::kNextWeek:
      r.precision = Precision::kWeek;
      r.text = r.range_begin = fmt_day(monday + 7);
      r.range_end = fmt_day(monday + 13);
      break;
    case Kind::kNextMonth:
      month(p.m == 12 ? p.y + 1 : p.y, p.m == 12 ? 1 : p.m + 1);
      break;
    case Kind::kNextYear: year(p.y + 1); break;
    case Kind::kRecentDays:
      r.precision = Precision::kRange;
      r.text = fmt_day(pub);
      r.range_begin = fmt_day(pub - x.amount);
      r.range_end = fmt_day(pub);
      break;
  }
  return r;
}

// "the April 26-27 riots", "a 20 October vote", "Tuesday's riots": a date or weekday that
// modifies a noun dates that thing, not the sentence's event.
static bool modifies_a_noun(std::string_view text, size_t begin, const TimeExpression& e) {
  if (e.kind != Kind::kDate && e.kind != Kind::kWeekday) return false;
  const std::string_view after = text.substr(e.end, 4);
  if (after.rfind("'s", 0) == 0 || after.rfind("\xE2\x80\x99s", 0) == 0) return true;
  size_t k = e.begin;
  while (k > begin && text[k - 1] == ' ') --k;
  size_t w = k;
  while (w > begin && std::isalpha(static_cast<unsigned char>(text[w - 1]))) --w;
  std::string before(text.substr(w, k - w));
  for (char& c : before) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return before == "the" || before == "a" || before == "an";
}

ResolvedDate sentence_date(std::string_view text, size_t begin, size_t end,
                           std::string_view publication_date) {
  auto found = find_time_expressions(text, begin, end);
  for (const auto& e : found) {
    // "tomorrow" says what will happen, not when the reported event did.
    if (e.kind == Kind::kTomorrow) continue;
    ResolvedDate r = resolve(e, publication_date);
    r.of_a_noun = modifies_a_noun(text, begin, e);
    if (!r.text.empty()) return r;
  }
  ResolvedDate r;
  Ymd p;
  if (parse_date(publication_date, p)) {
    r.text = r.range_begin = r.range_end = std::string(publication_date);
  }
  return r;
}

}  // namespace vigil::discourse
