// The one dateline reader (issue 9, "text once"): the sentence splitter's callers, the
// parser, the document analysis (its place, resolved against the gazetteer in discourse)
// and the quote reader all read a story's dateline here.
#include <string_view>

#include "chars.h"
#include "vigil/calendar.h"
#include "vigil/nlp.h"

namespace vigil::nlp {
namespace {

using detail::decode;
using detail::is_ascii_lower;
using detail::is_ascii_upper;
using detail::is_digit;
using detail::is_space_cp;

constexpr size_t kMaxPlaceBytes = 40;   // "DALLAS/FORT WORTH", "RIO DE JANEIRO"
constexpr size_t kMaxPlaceWords = 4;    // more is an all-capitals headline
constexpr size_t kMaxExtraBytes = 40;   // ", Calif., March 3", ", 13 April 2014"
constexpr size_t kMaxAgencyBytes = 40;  // "(The Straits Times/ANN)"
constexpr size_t kMinPlaceLetters = 3;  // "US - China talks" is no dateline

size_t skip_blanks(std::string_view t, size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r')) ++i;
  return i;
}

size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size()) {
    size_t len = 1;
    if (!is_space_cp(decode(t, i, len))) break;
    i += len;
  }
  return i;
}

// An upper-case letter of Latin-1 ("É", "Ö"), as UTF-8 at t[i]; its length in `len`.
bool is_accented_upper(std::string_view t, size_t i, size_t& len) {
  const uint32_t cp = decode(t, i, len);
  return len == 2 && cp >= 0xC0 && cp <= 0xDE && cp != 0xD7;
}
bool is_accented_lower(std::string_view t, size_t i, size_t& len) {
  const uint32_t cp = decode(t, i, len);
  return len == 2 && cp >= 0xDF && cp <= 0xFF && cp != 0xF7;
}

// Lower-case words inside a place's name: "Rio de Janeiro", "Dar es Salaam", "Port of Spain".
bool is_name_particle(std::string_view w) {
  return w == "de" || w == "es" || w == "of" || w == "al" || w == "el" || w == "la" || w == "du" ||
         w == "da" || w == "do" || w == "del" || w == "au";
}

// Wire agencies written where a dateline's place goes ("AFP - The authorities ..."): the
// dateline is the agency's, with no place.
bool is_agency_word(std::string_view w) {
  static constexpr std::string_view kAgencies[] = {"AFP",    "AP",     "UPI", "REUTERS", "Reuters",
                                                   "XINHUA", "Xinhua", "DPA", "IANS",    "PTI"};
  for (std::string_view a : kAgencies)
    if (w == a) return true;
  return false;
}

enum class WordCase { kNone, kCaps, kCapitalised, kParticle };

// Reads one word of a place name at t[i] ("OTTAWA", "Colombo", "ST.", "PORT-AU-PRINCE",
// "BOGOTÁ", "de"); sets `end` and counts its letters. kNone when no such word starts there.
WordCase read_place_word(std::string_view t, size_t i, size_t& end, size_t& letters) {
  size_t upper = 0, lower = 0, k = i, len = 1;
  if (k < t.size() && is_ascii_upper(t[k])) {
    ++upper;
    ++k;
  } else if (k < t.size() && is_accented_upper(t, k, len)) {
    ++upper;
    k += len;
  } else {
    while (k < t.size() && is_ascii_lower(t[k])) ++k;
    end = k;
    if (!is_name_particle(t.substr(i, k - i))) return WordCase::kNone;
    letters += k - i;
    return WordCase::kParticle;
  }
  while (k < t.size()) {
    const char c = t[k];
    if (is_ascii_upper(c)) {
      ++upper;
      ++k;
    } else if (is_ascii_lower(c)) {
      ++lower;
      ++k;
    } else if (c == '.' || c == '\'') {
      ++k;
    } else if (c == '-' && k + 1 < t.size() &&
               (is_ascii_upper(t[k + 1]) || is_ascii_lower(t[k + 1]))) {
      ++k;  // "PORT-AU-PRINCE", but not the separator of "OTTAWA-- ..."
    } else if (is_accented_upper(t, k, len)) {
      ++upper;
      k += len;
    } else if (is_accented_lower(t, k, len)) {
      ++lower;
      k += len;
    } else {
      break;
    }
  }
  end = k;
  letters += upper + lower;
  if (lower == 0) return WordCase::kCaps;
  // "Washington", "McALLEN" is not how datelines are written; "St." is.
  return upper == 1 ? WordCase::kCapitalised : WordCase::kNone;
}

// The place: up to four words joined by single spaces or slashes ("LIMA/JULIACA").
// Returns its end (p when none); `caps` says whether every word is in capitals.
size_t read_place(std::string_view t, size_t p, bool& caps) {
  size_t i = p, words = 0, letters = 0, end = p;
  bool all_caps = true;
  while (i < t.size() && i - p < kMaxPlaceBytes) {
    size_t word_end = i;
    const WordCase wc = read_place_word(t, i, word_end, letters);
    if (wc == WordCase::kNone || (wc == WordCase::kParticle && words == 0)) break;
    if (wc != WordCase::kCaps) all_caps = false;
    ++words;
    if (wc != WordCase::kParticle) end = word_end;
    i = word_end;
    if (i + 1 < t.size() && (t[i] == ' ' || t[i] == '/') &&
        (is_ascii_upper(t[i + 1]) || is_ascii_lower(t[i + 1]) ||
         static_cast<unsigned char>(t[i + 1]) >= 0xC0))
      ++i;
    else
      break;
  }
  if (words == 0 || words > kMaxPlaceWords || end - p > kMaxPlaceBytes ||
      letters < kMinPlaceLetters)
    return p;
  // "March 3 (Reuters) -", "Monday -": a date, not a place.
  size_t first_end = p;
  while (first_end < end && t[first_end] != ' ' && t[first_end] != '/') ++first_end;
  const std::string_view first = t.substr(p, first_end - p);
  if (text::month_number(first) > 0 || text::weekday_number(first) >= 0) return p;
  caps = all_caps;
  return end;
}

// After "PLACE,": capitalised words, numbers and commas up to a bracket, a dash, a colon or
// the end of the line ("Sri Lanka", "Conn., March 3", "13 April 2014", "June 1, 2020").
// Returns the end of what it read (trailing blanks excluded), or `i` when a word does not
// fit ("Paris, he said, ..."). The first group, when it is no date, is the region.
size_t read_extra(std::string_view t, size_t i, size_t& region_begin, size_t& region_end) {
  const size_t from = i;
  size_t end = i;
  bool first_group = true;
  while (i < t.size() && i - from < kMaxExtraBytes) {
    i = skip_blanks(t, i);
    if (i >= t.size()) break;
    if (t[i] == ',') {
      ++i;
      if (end > from) first_group = false;
      continue;
    }
    if (!is_ascii_upper(t[i]) && !is_digit(t[i])) break;
    size_t k = i;
    while (k < t.size() && (detail::is_ascii_alnum(t[k]) || t[k] == '.' || t[k] == '\'' ||
                            (t[k] == '-' && k + 1 < t.size() && detail::is_ascii_alnum(t[k + 1]))))
      ++k;
    // A lower-case word is a sentence going on, not a region or a date.
    if (k < t.size() && !(t[k] == ' ' || t[k] == ',' || t[k] == '(' || t[k] == ':' || t[k] == '-' ||
                          t[k] == '\n' || t[k] == '\r' || static_cast<unsigned char>(t[k]) >= 0x80))
      return from;
    const std::string_view word = t.substr(i, k - i);
    const bool date = is_digit(t[i]) || text::month_number(word) > 0;
    if (first_group && !date) {
      if (region_begin == region_end) region_begin = i;
      region_end = k;
    }
    if (date) first_group = false;
    end = k;
    i = k;
  }
  if (i - from >= kMaxExtraBytes) return from;
  return end;
}

// The separator after the dateline at t[i]: "--", "-", ":", an en or em dash. Returns its
// end, or i when there is none.
size_t read_separator(std::string_view t, size_t i) {
  if (i >= t.size()) return i;
  if (t[i] == ':') return i + 1;
  if (t[i] == '-') {
    size_t e = i + 1;
    while (e < t.size() && t[e] == '-') ++e;
    return e;
  }
  size_t len = 1;
  if (detail::is_dash_cp(decode(t, i, len))) return i + len;
  return i;
}

// The dateline at paragraph start p (empty when none).
Dateline match_dateline(std::string_view t, size_t p) {
  Dateline d;
  size_t i = p;
  // "AFP - ...": an agency alone, without brackets.
  while (i < t.size() && (is_ascii_upper(t[i]) || is_ascii_lower(t[i]))) ++i;
  if (i > p && is_agency_word(t.substr(p, i - p))) {
    const size_t s = skip_blanks(t, i);
    const size_t sep_end = read_separator(t, s);
    size_t len = 1;
    if (sep_end > s && t[s] != ':' && s > i && sep_end < t.size() &&
        is_space_cp(decode(t, sep_end, len))) {
      d.begin = d.place_begin = d.place_end = p;
      d.end = sep_end;
      d.agency_begin = p;
      d.agency_end = i;
      return d;
    }
  }
  i = p;
  bool caps = false;
  const size_t place_end = t.substr(p, 1) == "(" ? p : read_place(t, p, caps);
  const bool has_place = place_end > p;
  i = place_end;
  bool extra = false;
  if (has_place && i < t.size() && t[i] == ',') {
    const size_t e = read_extra(t, i + 1, d.region_begin, d.region_end);
    extra = true;
    if (e == i + 1 && !(skip_blanks(t, i + 1) < t.size() && t[skip_blanks(t, i + 1)] == '('))
      return {};  // "Paris, he said, ..."
    i = e;
  }
  if (i != p) i = skip_blanks(t, i);
  bool agency = false;
  if (i < t.size() && t[i] == '(') {
    const size_t close = t.find(')', i);
    if (close == std::string_view::npos || close - i > kMaxAgencyBytes ||
        t.substr(i, close - i).find('\n') != std::string_view::npos || close == i + 1)
      return {};
    // Without a place, only an agency's name: "(Reuters) -", not "(This story was
    // corrected) -".
    if (!has_place) {
      size_t spaces = 0;
      for (size_t k = i; k < close; ++k) spaces += t[k] == ' ';
      if (spaces > 2) return {};
    }
    d.agency_begin = i + 1;
    d.agency_end = close;
    agency = true;
    i = skip_blanks(t, close + 1);
  }
  if (!has_place && !agency) return {};
  // A capitalised place needs more than a dash after it: "Colombo, Sri Lanka –",
  // "Washington (Reuters) -"; a lone "Mr. Smith - the new envoy" is no dateline.
  if (!caps && !agency && !extra) return {};
  const size_t sep_end = read_separator(t, i);
  if (sep_end == i) {
    // A dateline on a line of its own: "BOGOTA, Colombia" then a blank line.
    if (!caps || !extra || i >= t.size() || t[i] != '\n') return {};
    d.begin = p;
    d.end = i;
  } else {
    if (t[i] == ':' && !caps && !agency) return {};  // "Washington, March 3: ..." is prose
    // After the separator a space, or (after an agency) the sentence itself:
    // "TBILISI (Reuters) -Georgian forces ...".
    size_t len = 1;
    const bool space_after = sep_end >= t.size() || is_space_cp(decode(t, sep_end, len));
    if (!space_after && !(agency && is_ascii_upper(t[sep_end]))) return {};
    d.begin = p;
    d.end = sep_end;
  }
  if (has_place) {
    d.place_begin = p;
    d.place_end = place_end;
  } else {
    d.place_begin = d.place_end = p;
  }
  return d;
}

}  // namespace

Dateline find_dateline(std::string_view t, size_t from) {
  size_t p = skip_spaces(t, from);
  for (int line = 0; line < 2 && p < t.size(); ++line) {
    const Dateline d = match_dateline(t, p);
    if (d.found()) return d;
    // Only a headline (a first line without final punctuation) may precede it.
    const size_t line_end = t.find('\n', p);
    if (line_end == std::string_view::npos || !detail::lacks_final_punct(t, p, line_end)) break;
    p = skip_spaces(t, line_end);
  }
  return {};
}

}  // namespace vigil::nlp
