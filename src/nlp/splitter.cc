// Sentence splitting for news text (the dateline reader is dateline.cc).
#include <algorithm>
#include <array>
#include <cstring>
#include <string>
#include <unordered_set>

#include "chars.h"
#include "vigil/calendar.h"
#include "vigil/nlp.h"

namespace vigil::nlp {
namespace detail {
namespace {

// A word list as a hash set, built once: the tokenizer and the splitter ask about every
// word before a period, and a hash lookup beats comparing with each of fifty words.
template <size_t N>
class WordSet {
 public:
  explicit WordSet(const std::string_view (&words)[N]) : set_(std::begin(words), std::end(words)) {}
  bool contains(std::string_view word) const { return set_.find(word) != set_.end(); }

 private:
  std::unordered_set<std::string_view> set_;
};

// Honorifics and ranks before a name, with the gender they give the person ('m', 'f', or
// 0 for either): written abbreviated ("Mr.", "Gen.", "Mme."), the splitter's and the
// speaker reader's, or written out ("Sir", "Madam"), the speaker reader's only.
struct Honorific {
  std::string_view word;
  char gender;
  bool abbreviated;
};
constexpr Honorific kHonorifics[] = {
    {"mr", 'm', true},   {"mrs", 'f', true},   {"ms", 'f', true},  {"dr", 0, true},
    {"prof", 0, true},   {"gen", 0, true},     {"sen", 0, true},   {"rep", 0, true},
    {"gov", 0, true},    {"lt", 0, true},      {"col", 0, true},   {"capt", 0, true},
    {"sgt", 0, true},    {"maj", 0, true},     {"adm", 0, true},   {"cmdr", 0, true},
    {"cpl", 0, true},    {"pvt", 0, true},     {"rev", 0, true},   {"fr", 0, true},
    {"hon", 0, true},    {"pres", 0, true},    {"supt", 0, true},  {"insp", 0, true},
    {"det", 0, true},    {"brig", 0, true},    {"gens", 0, true},  {"sens", 0, true},
    {"reps", 0, true},   {"govs", 0, true},    {"mme", 'f', true}, {"messrs", 0, true},
    {"sir", 'm', false}, {"madam", 'f', false}};

const Honorific* find_honorific(std::string_view lower) {
  for (const Honorific& h : kHonorifics)
    if (h.word == lower) return &h;
  return nullptr;
}

// Other abbreviations before a name or a number ("St. Louis", "No. 10", "Vol. 3"); month
// abbreviations ("Jan.", "Sept.") are vigil/calendar.h's.
constexpr std::string_view kTitles[] = {"st", "no",  "mt",  "ft",  "vol", "pp",
                                        "art", "fig", "nos", "ave", "blvd", "op"};

// Abbreviations that may end a sentence; they do when a typical sentence opener follows.
constexpr std::string_view kOther[] = {
    "u.s",  "u.n", "u.k",  "e.u",  "inc",  "corp",  "ltd", "co",  "etc",  "vs",  "v",
    "jr",   "sr",  "a.m",  "p.m",  "e.g",  "i.e",   "cf",  "al",  "bros", "plc", "approx",
    "dept", "est", "govt", "intl", "assn", "univ",  "mln", "bln", "pct",  "yr",  "yrs",
    "mos",  "wk",  "n.v",  "s.a",  "ag",   "u.s.a", "d.c", "l.a", "n.y"};

constexpr std::string_view kStarters[] = {
    "the",     "a",         "an",        "he",      "she",       "it",        "they",
    "we",      "i",         "you",       "but",     "and",       "or",        "in",
    "on",      "at",        "this",      "that",    "these",     "those",     "his",
    "her",     "its",       "their",     "our",     "my",        "your",      "there",
    "however", "meanwhile", "if",        "when",    "while",     "after",     "before",
    "as",      "for",       "with",      "some",    "many",      "most",      "all",
    "no",      "one",       "according", "also",    "so",        "yet",       "then",
    "now",     "today",     "yesterday", "last",    "by",        "under",     "since",
    "despite", "although",  "though",    "what",    "who",       "why",       "how",
    "where",   "both",      "each",      "several", "other",     "another",   "more",
    "earlier", "later",     "among",     "from",    "during",    "officials", "police",
    "shares",  "analysts",  "still",     "instead", "nor",       "such",      "to",
    "because", "mr",        "mrs",       "ms",      "dr",        "about",     "over",
    "until",   "unlike",    "asked",     "further", "separately"};

}  // namespace
}  // namespace detail

bool is_honorific_abbreviation(std::string_view lower) {
  static const std::unordered_set<std::string_view> abbreviated = [] {
    std::unordered_set<std::string_view> set;
    for (const detail::Honorific& h : detail::kHonorifics)
      if (h.abbreviated) set.insert(h.word);
    return set;
  }();
  return abbreviated.find(lower) != abbreviated.end();
}

bool is_honorific(std::string_view lower) { return detail::find_honorific(lower) != nullptr; }

char honorific_gender(std::string_view lower) {
  const detail::Honorific* h = detail::find_honorific(lower);
  return h == nullptr ? 0 : h->gender;
}

namespace detail {

bool is_title_abbreviation(std::string_view lower) {
  static const WordSet titles(kTitles);
  // A month's abbreviation, not its full name: "in May. The ..." may end a sentence.
  return is_honorific_abbreviation(lower) || titles.contains(lower) ||
         (text::month_number(lower) > 0 && text::month_number(lower, false) == 0);
}
bool is_other_abbreviation(std::string_view lower) {
  static const WordSet others(kOther);
  return others.contains(lower);
}
bool is_sentence_starter(std::string_view lower) {
  static const WordSet starters(kStarters);
  return starters.contains(lower);
}

}  // namespace detail

namespace {
using detail::decode;
using detail::is_ascii_lower;
using detail::is_ascii_upper;
using detail::is_digit;
using detail::is_space_cp;

// Skips spaces (including no-break spaces) forward from i.
size_t skip_spaces(std::string_view t, size_t i) {
  while (i < t.size()) {
    size_t len = 1;
    uint32_t cp = decode(t, i, len);
    if (!is_space_cp(cp)) break;
    i += len;
  }
  return i;
}

// Skips spaces but not line breaks.
size_t skip_blanks(std::string_view t, size_t i) {
  while (i < t.size() && (t[i] == ' ' || t[i] == '\t' || t[i] == '\r')) ++i;
  return i;
}

// End of the closing quotes/brackets that follow terminal punctuation at i.
size_t absorb_closers(std::string_view t, size_t i) {
  while (i < t.size()) {
    char c = t[i];
    if (c == '"' || c == '\'' || c == ')' || c == ']' || c == '}') {
      ++i;
      continue;
    }
    size_t len = 1;
    uint32_t cp = decode(t, i, len);
    if (detail::is_close_quote_cp(cp)) {
      i += len;
      continue;
    }
    break;
  }
  return i;
}

// The word (maximal run of non-space bytes, minus opening quotes/brackets) ending at `end`.
std::string_view word_before(std::string_view t, size_t end) {
  size_t b = end;
  while (b > 0 && !detail::is_space_byte(t[b - 1])) --b;
  while (b < end && (t[b] == '"' || t[b] == '(' || t[b] == '[' || t[b] == '\'')) ++b;
  // Skip a leading curly opening quote (3 bytes in UTF-8).
  if (end - b >= 3) {
    size_t len = 1;
    if (detail::is_open_quote_cp(decode(t, b, len))) b += len;
  }
  return t.substr(b, end - b);
}

// The next word starting at i, lower-cased, letters only (for the starter test).
std::string next_word_lower(std::string_view t, size_t i) {
  std::string w;
  while (i < t.size() && (is_ascii_upper(t[i]) || is_ascii_lower(t[i])) && w.size() < 24) {
    char c = t[i++];
    w.push_back(is_ascii_upper(c) ? static_cast<char>(c - 'A' + 'a') : c);
  }
  return w;
}

bool is_terminal(char c) { return c == '.' || c == '!' || c == '?'; }

// Bytes at which the splitter's main loop has something to decide: line breaks, terminal
// punctuation and 0xE2, the lead byte of U+2026 (an ellipsis). Every other byte, including
// UTF-8 continuation bytes (0x80-0xBF, never one of these), is skipped in a tight loop.
constexpr std::array<bool, 256> kSplitStops = [] {
  std::array<bool, 256> stops{};
  for (unsigned char c : {'\n', '.', '!', '?'}) stops[c] = true;
  stops[0xE2] = true;
  return stops;
}();

// Does the period at `dot` (followed by spaces and then `next`) end a sentence?
bool period_ends_sentence(std::string_view t, size_t dot, size_t next) {
  std::string_view w = word_before(t, dot);
  std::string lower;
  detail::ascii_lower(w, lower);
  // Strip trailing periods of "..." style runs already handled by caller.
  const char nc = next < t.size() ? t[next] : '\0';
  if (nc != '\0' && is_ascii_lower(nc)) return false;  // "etc. and", "approx. five"
  if (lower.empty()) return true;
  const bool next_is_digit = is_digit(nc);
  // Initials: "J. R. R. Tolkien", "George W. Bush".
  if (w.size() == 1 && is_ascii_upper(w[0])) return false;
  if (detail::is_title_abbreviation(lower)) {
    // "in Jan. The ..." is rare; a title before a name or number never ends a sentence.
    return !next_is_digit && detail::is_sentence_starter(next_word_lower(t, next)) &&
           lower.size() > 2 && lower != "gen" && lower != "sen" && lower != "rep" &&
           lower != "gov" && lower != "col" && lower != "maj";
  }
  const bool dotted = lower.find('.') != std::string::npos;  // "U.S", "a.m"
  if (dotted || detail::is_other_abbreviation(lower)) {
    if (next >= t.size()) return true;
    size_t len = 1;
    uint32_t cp = decode(t, next, len);
    if (cp == '"' || detail::is_open_quote_cp(cp)) return true;
    return detail::is_sentence_starter(next_word_lower(t, next));
  }
  return true;
}

struct LineInfo {
  bool hard_wrapped = false;
  size_t max_len = 0;
};

LineInfo measure_lines(std::string_view t) {
  LineInfo info;
  size_t start = 0, lines = 0, long_lines = 0;
  while (start <= t.size()) {
    // memchr rather than a byte loop: this pass reads every byte of every document.
    const void* nl =
        start < t.size() ? std::memchr(t.data() + start, '\n', t.size() - start) : nullptr;
    const size_t i =
        nl == nullptr ? t.size() : static_cast<size_t>(static_cast<const char*>(nl) - t.data());
    size_t len = i - start;
    if (len > 0) ++lines;
    info.max_len = std::max(info.max_len, len);
    if (len >= 55) ++long_lines;
    start = i + 1;
  }
  // Hard-wrapped text has several lines, none very long.
  info.hard_wrapped = lines >= 3 && info.max_len < 100 && long_lines >= 2;
  return info;
}

}  // namespace

namespace detail {

bool lacks_final_punct(std::string_view t, size_t line_begin, size_t line_end) {
  size_t e = line_end;
  while (e > line_begin && detail::is_space_byte(t[e - 1])) --e;
  if (e == line_begin) return false;
  char c = t[e - 1];
  if (is_terminal(c) || c == ',' || c == ';' || c == ':' || c == '"' || c == '\'' || c == '-' ||
      c == '(')
    return false;
  // Curly closing quote / dash as the last code point.
  if (e - line_begin >= 3) {
    size_t len = 1;
    uint32_t cp = decode(t, e - 3, len);
    if (len == 3 && (detail::is_close_quote_cp(cp) || detail::is_dash_cp(cp))) return false;
  }
  return true;
}

}  // namespace detail

namespace {

using detail::lacks_final_punct;

bool starts_list_item(std::string_view t, size_t i) {
  if (i >= t.size()) return false;
  char c = t[i];
  if ((c == '-' || c == '*') && i + 1 < t.size() && t[i + 1] == ' ') return true;
  size_t len = 1;
  uint32_t cp = decode(t, i, len);
  return cp == 0x2022 || cp == 0x00B7;
}

}  // namespace

namespace {

// Emits t[begin, end) as sentences of at most kMaxSentenceBytes bytes and
// kMaxSentenceCommas clause commas; true when it had to cut. A cut falls after the last
// clause comma of the piece (when the piece is at least a quarter full), else at its last
// space, else at a UTF-8 character boundary. Each byte is read at most twice: linear.
bool emit_capped(std::string_view t, size_t begin, size_t end, std::vector<SentenceSpan>& out) {
  constexpr size_t kNone = std::string_view::npos;
  bool cut = false;
  size_t p = begin, commas = 0, last_comma = kNone, last_space = kNone;
  for (size_t i = p; i < end; ++i) {
    const char c = t[i];
    if ((c == ',' || c == ';') && i + 1 < end && detail::is_space_byte(t[i + 1])) {
      ++commas;
      last_comma = i + 1;
    } else if (detail::is_space_byte(c)) {
      last_space = i;
    }
    if (i + 1 - p <= kMaxSentenceBytes && commas <= kMaxSentenceCommas) continue;
    size_t at;
    if (last_comma != kNone && last_comma > p + kMaxSentenceBytes / 4) at = last_comma;
    else if (last_space != kNone && last_space > p) at = last_space;
    else if (last_comma != kNone && last_comma > p) at = last_comma;
    else {
      at = i;
      while (at > p + 1 && (static_cast<unsigned char>(t[at]) & 0xC0) == 0x80) --at;
    }
    size_t e = at;
    while (e > p && detail::is_space_byte(t[e - 1])) --e;
    if (e > p) out.push_back({p, e});
    cut = true;
    p = at;
    while (p < end && detail::is_space_byte(t[p])) ++p;
    commas = 0;
    last_comma = last_space = kNone;
    i = p - 1;  // the loop's ++i reads t[p] next (p > begin, so no wrap)
  }
  if (end > p) out.push_back({p, end});
  return cut;
}

}  // namespace

std::vector<SentenceSpan> split_sentences(std::string_view t, size_t* cut_sentences) {
  std::vector<SentenceSpan> out;
  const LineInfo lines = measure_lines(t);
  size_t start = skip_spaces(t, 0);
  size_t line_begin = 0;
  size_t cuts = 0;
  auto emit = [&](size_t end) {
    size_t e = end;
    while (e > start && detail::is_space_byte(t[e - 1])) --e;
    // Trim trailing no-break spaces too.
    while (e >= start + 2 && static_cast<unsigned char>(t[e - 2]) == 0xC2 &&
           static_cast<unsigned char>(t[e - 1]) == 0xA0)
      e -= 2;
    if (e <= start) return;
    if (e - start <= kMaxSentenceBytes && e - start <= kMaxSentenceCommas * 2) {
      out.push_back({start, e});  // too short to reach either cap
      return;
    }
    if (emit_capped(t, start, e, out)) ++cuts;
  };
  size_t i = start;
  while (i < t.size()) {
    while (i < t.size() && !kSplitStops[static_cast<unsigned char>(t[i])]) ++i;
    if (i >= t.size()) break;
    const char c = t[i];
    if (c == '\n') {
      const size_t this_line_begin = line_begin;
      line_begin = i + 1;
      size_t j = skip_blanks(t, i + 1);
      bool boundary = false;
      if (j >= t.size() || t[j] == '\n') {
        boundary = true;  // paragraph break
      } else if (starts_list_item(t, j)) {
        boundary = true;
      } else if (lacks_final_punct(t, this_line_begin, i)) {
        if (!lines.hard_wrapped) {
          boundary = true;  // a headline or list line
        } else {
          const size_t len = i - this_line_begin;
          boundary = len * 10 < lines.max_len * 6 && (is_ascii_upper(t[j]) || is_digit(t[j]));
        }
      } else if (!lines.hard_wrapped) {
        // Unwrapped text: a single line break after a comma etc. is still a new line of
        // its own (a list entry); keep it a boundary only for terminal punctuation, which
        // the period rule already handled.
        boundary = false;
      }
      if (boundary) {
        emit(i);
        start = skip_spaces(t, i);
        line_begin = start;
        // Recompute the line start: skip_spaces may have crossed further newlines.
        size_t k = start;
        while (k > 0 && t[k - 1] != '\n') --k;
        line_begin = k;
        i = start;
        continue;
      }
      ++i;
      continue;
    }
    size_t len = 1;
    uint32_t cp = decode(t, i, len);
    if (is_terminal(c) || cp == 0x2026) {
      size_t k = i + len;
      while (k < t.size() && (is_terminal(t[k]))) ++k;
      size_t after_ell = k;
      while (after_ell < t.size()) {  // "…" runs
        size_t l2 = 1;
        if (decode(t, after_ell, l2) != 0x2026) break;
        after_ell += l2;
      }
      k = absorb_closers(t, after_ell);
      if (k < t.size()) {
        size_t l3 = 1;
        uint32_t nx = decode(t, k, l3);
        if (!is_space_cp(nx)) {  // "U.S.-based", "3.5", "Yahoo!'s"
          i = k > i ? k : i + 1;
          continue;
        }
      }
      size_t next = skip_spaces(t, k);
      bool ends = true;
      if (next < t.size()) {
        if (c == '.' && k == i + 1) {
          ends = period_ends_sentence(t, i, next);
        } else if (is_ascii_lower(t[next])) {
          ends = false;  // "...", "?" inside a sentence followed by lower case
        }
      }
      if (ends) {
        emit(k);
        start = next;
        // A paragraph break may lie between k and next; the line start moves with it.
        size_t q = next;
        while (q > 0 && q > k && t[q - 1] != '\n') --q;
        if (q > k) line_begin = q;
        i = next;
        continue;
      }
      i = k;
      continue;
    }
    i += len;
  }
  emit(t.size());
  if (cut_sentences) *cut_sentences = cuts;
  return out;
}

}  // namespace vigil::nlp
