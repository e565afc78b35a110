// Quotation marks paired into quoted stretches. See quote_marks.h.
#include "quote_marks.h"

#include <algorithm>

#include "text_util.h"

namespace vigil::discourse::detail {

namespace {

enum class Mark {
  kNone,
  kOpen,         // “ „ « ``: always opening
  kClose,        // »: always closing
  kRightCurly,   // ”: closing, or opening when nothing is open (”…” in some styles)
  kStraight,     // " and '': by context
  kSingleOpen,   // ‘ ‹
  kSingleClose,  // ’ ›
  kSingleStraight,
};

struct MarkAt {
  Mark mark = Mark::kNone;
  size_t len = 0;
  bool low = false;  // „ : closed by “ as well
};

MarkAt mark_at(std::string_view t, size_t i) {
  const auto c = static_cast<unsigned char>(t[i]);
  if (c == '"') return {Mark::kStraight, 1};
  if (c == '`') {
    if (i + 1 < t.size() && t[i + 1] == '`') return {Mark::kOpen, 2};
    return {};
  }
  if (c == '\'') {
    if (i + 1 < t.size() && t[i + 1] == '\'') return {Mark::kStraight, 2};
    return {Mark::kSingleStraight, 1};
  }
  if (c == 0xC2 && i + 1 < t.size()) {
    const auto d = static_cast<unsigned char>(t[i + 1]);
    if (d == 0xAB) return {Mark::kOpen, 2};
    if (d == 0xBB) return {Mark::kClose, 2};
    return {};
  }
  if (c == 0xE2 && i + 2 < t.size() && static_cast<unsigned char>(t[i + 1]) == 0x80) {
    switch (static_cast<unsigned char>(t[i + 2])) {
      case 0x9C: return {Mark::kOpen, 3};
      case 0x9D: return {Mark::kRightCurly, 3};
      case 0x9E: return {Mark::kOpen, 3, true};
      case 0x98: return {Mark::kSingleOpen, 3};
      case 0x99: return {Mark::kSingleClose, 3};
      case 0xB9: return {Mark::kSingleOpen, 3};
      case 0xBA: return {Mark::kSingleClose, 3};
      default: return {};
    }
  }
  return {};
}

// Whitespace, an opening bracket, a dash or a slash before `i` (or the text start): a mark
// there opens.
bool space_before(std::string_view t, size_t i) {
  if (i == 0) return true;
  const auto p = static_cast<unsigned char>(t[i - 1]);
  if (p == ' ' || p == '\n' || p == '\t' || p == '\r' || p == '(' || p == '[' || p == '{' ||
      p == '-' || p == '/')
    return true;
  if (p == 0xA0 && i >= 2 && static_cast<unsigned char>(t[i - 2]) == 0xC2) return true;
  if (i >= 3 && static_cast<unsigned char>(t[i - 3]) == 0xE2 &&
      static_cast<unsigned char>(t[i - 2]) == 0x80) {
    const unsigned char q = p;
    return q == 0x93 || q == 0x94 || q == 0x9C || q == 0x98;  // – — “ ‘
  }
  return false;
}

// Whitespace, punctuation, a closing bracket or the text end after a mark: it closes.
bool space_after(std::string_view t, size_t j) {
  if (j >= t.size()) return true;
  const auto n = static_cast<unsigned char>(t[j]);
  if (n == ' ' || n == '\n' || n == '\t' || n == '\r' || n == ',' || n == '.' || n == ';' ||
      n == ':' || n == '?' || n == '!' || n == ')' || n == ']' || n == '-' || n == '\'' ||
      n == '"')
    return true;
  if (n == 0xC2 && j + 1 < t.size()) {
    const auto d = static_cast<unsigned char>(t[j + 1]);
    return d == 0xA0 || d == 0xBB;
  }
  if (n == 0xE2 && j + 2 < t.size() && static_cast<unsigned char>(t[j + 1]) == 0x80) {
    const auto d = static_cast<unsigned char>(t[j + 2]);
    return d == 0x93 || d == 0x94 || d == 0x9D || d == 0x99 || d == 0xA6;  // – — ” ’ …
  }
  return false;
}

bool letter_or_digit_at(std::string_view t, size_t j) {
  if (j >= t.size()) return false;
  const auto c = static_cast<unsigned char>(t[j]);
  return (c >= 'a' && c <= 'z') || (c >= 'A' && c <= 'Z') || (c >= '0' && c <= '9') ||
         (c >= 0xC3 && c <= 0xC5);
}

// Does the paragraph before the newline at `nl` end a sentence (so a quotation still open
// there is closed), rather than break a line inside one?
bool ends_sentence_before(std::string_view t, size_t nl) {
  size_t e = nl;
  while (e > 0 && (t[e - 1] == ' ' || t[e - 1] == '\r' || t[e - 1] == '\n')) --e;
  if (e == 0) return true;
  const char c = t[e - 1];
  if (c == '.' || c == '?' || c == '!' || c == ':' || c == ';') return true;
  return e >= 3 && t.compare(e - 3, 3, "\xE2\x80\xA6") == 0;  // …
}

// The next paragraph (after the newline at `nl`) opens with a quotation mark.
bool paragraph_opens_with_mark(std::string_view t, size_t nl) {
  size_t j = nl;
  while (j < t.size() && (t[j] == '\n' || t[j] == ' ' || t[j] == '\r' || t[j] == '\t')) ++j;
  if (j >= t.size()) return false;
  const Mark m = mark_at(t, j).mark;
  return m == Mark::kOpen || m == Mark::kStraight || m == Mark::kRightCurly;
}

class Pairer {
 public:
  explicit Pairer(std::string_view t) : t_(t) {}

  std::vector<RawQuote> doubles() {
    for (size_t i = 0; i < t_.size(); ++i) {
      const auto lead = static_cast<unsigned char>(t_[i]);
      if (lead == '\n') {
        if (open_ && ends_sentence_before(t_, i)) close_at(i, i, paragraph_opens_with_mark(t_, i));
        continue;
      }
      if (lead != 0xE2 && lead != 0xC2 && lead != '"' && lead != '`' && lead != '\'') continue;
      const MarkAt m = mark_at(t_, i);
      if (m.mark == Mark::kNone || m.mark == Mark::kSingleOpen || m.mark == Mark::kSingleClose ||
          m.mark == Mark::kSingleStraight) {
        continue;
      }
      const bool sb = space_before(t_, i), sa = space_after(t_, i + m.len);
      const bool para_start = i == 0 || t_[i - 1] == '\n';
      int kind = 0;  // +1 opens, -1 closes, 0 ignored
      switch (m.mark) {
        case Mark::kOpen:
          if (open_ && low_ && t_.compare(i, 3, "\xE2\x80\x9C") == 0) {
            kind = -1;  // „…“
          } else if (open_ && guillemet_) {
            kind = 0;  // «… “…” …»: quotes within the quote
          } else {
            kind = 1;
          }
          break;
        case Mark::kClose:
          kind = open_ && guillemet_ ? -1 : 0;
          break;
        case Mark::kRightCurly:
        case Mark::kStraight:
          if (open_ && guillemet_) {
            kind = 0;
          } else if (open_) {
            kind = para_start ? 1 : -1;
          } else if (para_start || sb || !sa) {
            kind = 1;  // ”normal operations”, .”Next sentence, "quote
          }
          break;
        default:
          break;
      }
      if (kind == 1) {
        if (open_) {
          // A quotation over several paragraphs reopens at each one.
          size_t nl = t_.rfind('\n', i);
          if (nl != std::string_view::npos && nl > cur_.begin)
            close_at(nl, nl, true);
          else
            close_at(i, i, false);
        }
        cur_ = RawQuote{};
        cur_.open = i;
        cur_.begin = i + m.len;
        open_ = true;
        low_ = m.low;
        guillemet_ = t_.compare(i, 2, "\xC2\xAB") == 0;
      } else if (kind == -1) {
        close_at(i, i + m.len, false);
      }
      i += m.len - 1;
    }
    if (open_) {
      size_t e = line_end(t_, cur_.begin);
      close_at(e, e, false);
    }
    return std::move(out_);
  }

 private:
  void close_at(size_t end, size_t after, bool continues) {
    size_t b = cur_.begin, e = end;
    trim(t_, b, e);
    // “…step,” Neve said: the comma belongs to the attribution, not to the words quoted.
    if (e > b && t_[e - 1] == ',') --e;
    trim(t_, b, e);
    cur_.begin = b;
    cur_.end = e;
    cur_.after = after;
    cur_.continues = continues;
    if (e > b) out_.push_back(cur_);
    open_ = false;
  }

  std::string_view t_;
  std::vector<RawQuote> out_;
  RawQuote cur_;
  bool open_ = false;
  bool low_ = false;
  bool guillemet_ = false;
};

// Single-quoted stretches in [b, e), a stretch of text outside double quotes.
void singles(std::string_view t, size_t b, size_t e, std::vector<RawQuote>& out) {
  for (size_t i = b; i < e; ++i) {
    const auto lead = static_cast<unsigned char>(t[i]);
    if (lead != '\'' && lead != 0xE2) continue;
    const MarkAt m = mark_at(t, i);
    if (m.mark != Mark::kSingleOpen && m.mark != Mark::kSingleStraight) continue;
    if (!space_before(t, i) || !letter_or_digit_at(t, i + m.len)) continue;
    const size_t para_end = std::min(e, line_end(t, i));
    // The closing mark ends a word and is followed by a space or punctuation.
    size_t close = std::string_view::npos, close_len = 0;
    for (size_t j = i + m.len; j < para_end; ++j) {
      const auto c = static_cast<unsigned char>(t[j]);
      if (c != '\'' && c != 0xE2) continue;
      const MarkAt n = mark_at(t, j);
      if (n.mark != Mark::kSingleClose && n.mark != Mark::kSingleStraight) continue;
      if (space_before(t, j) || !space_after(t, j + n.len)) continue;
      // "protesters' rights": a plural possessive, not a closing mark, when a lower-case
      // word follows.
      size_t k = j + n.len;
      if (k < t.size() && t[k] == ' ' && k + 1 < t.size() && t[k + 1] >= 'a' &&
          t[k + 1] <= 'z' && j > 0 && t[j - 1] == 's' && j + 1 < para_end) {
        continue;
      }
      close = j;
      close_len = n.len;
      break;
    }
    if (close == std::string_view::npos) continue;
    RawQuote q;
    q.open = i;
    size_t qb = i + m.len, qe = close;
    trim(t, qb, qe);
    if (qe > qb && t[qe - 1] == ',') --qe;
    trim(t, qb, qe);
    q.begin = qb;
    q.end = qe;
    q.after = close + close_len;
    q.single = true;
    if (qe > qb) out.push_back(q);
    i = close + close_len - 1;
  }
}

}  // namespace

std::vector<RawQuote> pair_marks(std::string_view t) {
  std::vector<RawQuote> out = Pairer(t).doubles();
  std::vector<RawQuote> single;
  size_t from = 0;
  for (const RawQuote& q : out) {
    singles(t, from, q.open, single);
    from = std::max(from, q.after);
  }
  singles(t, from, t.size(), single);
  if (single.empty()) return out;
  out.insert(out.end(), single.begin(), single.end());
  std::sort(out.begin(), out.end(),
            [](const RawQuote& a, const RawQuote& b) { return a.open < b.open; });
  return out;
}

}  // namespace vigil::discourse::detail
