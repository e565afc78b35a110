// PTB-style tokenizer with byte offsets into the document text.
#include <string>

#include "chars.h"
#include "vigil/nlp.h"

namespace vigil::nlp {
namespace {

// Penn Treebank's names for brackets, which would otherwise clash with tree syntax.
std::string_view ptb_bracket(char c) {
  switch (c) {
    case '(':
      return "-LRB-";
    case ')':
      return "-RRB-";
    case '[':
      return "-LSB-";
    case ']':
      return "-RSB-";
    case '{':
      return "-LCB-";
    case '}':
      return "-RCB-";
    default:
      return {};
  }
}
using detail::decode;
using detail::is_ascii_alnum;
using detail::is_ascii_lower;
using detail::is_ascii_upper;
using detail::is_digit;
using syntax::Token;

class Tokenizer {
 public:
  Tokenizer(std::string_view t, size_t begin, size_t end, std::vector<Token>& out)
      : t_(t), begin_(begin), end_(end), out_(out) {}

  void run() {
    size_t i = begin_;
    while (i < end_) {
      if (t_[i] == ' ') {  // the common separator, without decoding
        ++i;
        continue;
      }
      size_t len = 1;
      const uint32_t cp = decode(t_, i, len);
      if (detail::is_space_cp(cp)) {
        i += len;
        continue;
      }
      i = token_at(i, cp, len);
    }
    split_final_abbreviation_period();
  }

 private:
  void add(std::string_view text, size_t b, size_t e) {
    Token& tok = out_.emplace_back();
    tok.text.assign(text.data(), text.size());
    tok.begin = static_cast<uint32_t>(b);
    tok.end = static_cast<uint32_t>(e);
  }

  char at(size_t i) const { return i < end_ ? t_[i] : '\0'; }

  bool prev_is_space_or_open(size_t i) const {
    if (i <= begin_) return true;
    char p = t_[i - 1];
    if (detail::is_space_byte(p) || p == '(' || p == '[' || p == '{' || p == '-' || p == '/')
      return true;
    // Preceded by an opening curly quote, a dash or a no-break space.
    if (i >= begin_ + 2 && static_cast<unsigned char>(t_[i - 2]) == 0xC2 &&
        static_cast<unsigned char>(p) == 0xA0)
      return true;
    if (i >= begin_ + 3) {
      size_t len = 1;
      uint32_t cp = decode(t_, i - 3, len);
      if (len == 3 && (detail::is_open_quote_cp(cp) || detail::is_dash_cp(cp))) return true;
    }
    return false;
  }

  // Starts with "http://", "https://", "www."? Returns the URL end (0 if none).
  size_t url_end(size_t i) const {
    std::string_view rest = t_.substr(i, end_ - i);
    if (!(rest.starts_with("http://") || rest.starts_with("https://") || rest.starts_with("www.") ||
          rest.starts_with("HTTP")))
      return 0;
    size_t e = i;
    while (e < end_ && !detail::is_space_byte(t_[e]) && t_[e] != '"' && t_[e] != '<') ++e;
    while (e > i && (t_[e - 1] == '.' || t_[e - 1] == ',' || t_[e - 1] == ';' || t_[e - 1] == ':' ||
                     t_[e - 1] == ')' || t_[e - 1] == '!' || t_[e - 1] == '?' || t_[e - 1] == '\''))
      --e;
    return e;
  }

  // An e-mail address starting at i, or 0.
  size_t email_end(size_t i) const {
    size_t e = i;
    size_t at_pos = 0;
    while (e < end_ && (is_ascii_alnum(t_[e]) || t_[e] == '.' || t_[e] == '_' || t_[e] == '-' ||
                        t_[e] == '@' || t_[e] == '+')) {
      if (t_[e] == '@') at_pos = e;
      ++e;
    }
    if (at_pos == 0 || at_pos == i) return 0;
    while (e > at_pos && t_[e - 1] == '.') --e;
    if (t_.substr(at_pos, e - at_pos).find('.') == std::string_view::npos) return 0;
    return e;
  }

  size_t token_at(size_t i, uint32_t cp, size_t len) {
    const char c = t_[i];
    if (is_ascii_alnum(c)) return word_at(i);  // most tokens: none of the cases below
    // Quotes.
    if (c == '"') {
      add(prev_is_space_or_open(i) ? "``" : "''", i, i + 1);
      return i + 1;
    }
    if (detail::is_open_quote_cp(cp)) {
      add(cp == 0x2018 ? "`" : "``", i, i + len);
      return i + len;
    }
    if (cp == 0x201D || cp == 0xBB) {
      add("''", i, i + len);
      return i + len;
    }
    if (c == '\'' && at(i + 1) == '\'') {  // '' used as a double quote
      add(prev_is_space_or_open(i) ? "``" : "''", i, i + 2);
      return i + 2;
    }
    if (c == '\'' || cp == 0x2019) {
      // A clitic starting a token ("'s" after a closing quote) or a quote.
      if (size_t ce = clitic_end(i + len); ce > 0 && !prev_is_space_or_open(i)) {
        add_clitic(i, len, ce);
        return ce;
      }
      if (prev_is_space_or_open(i) && is_ascii_alnum(at(i + len))) {
        add("`", i, i + len);
      } else {
        add("'", i, i + len);
      }
      return i + len;
    }
    if (detail::is_dash_cp(cp)) {
      add("--", i, i + len);
      return i + len;
    }
    if (cp == 0x2026) {
      add("...", i, i + len);
      return i + len;
    }
    if (cp == 0x2022 || cp == 0x00B7) {
      add("*", i, i + len);
      return i + len;
    }
    if (std::string_view bracket = ptb_bracket(c); !bracket.empty()) {
      add(bracket, i, i + 1);
      return i + 1;
    }
    switch (c) {
      case '.': {
        size_t e = i;
        while (e < end_ && t_[e] == '.') ++e;
        if (e - i >= 2) {
          add("...", i, e);
          return e;
        }
        if (is_digit(at(i + 1))) return word_at(i);  // ".5"
        add(".", i, i + 1);
        return i + 1;
      }
      case '-': {
        size_t e = i;
        while (e < end_ && t_[e] == '-') ++e;
        if (e - i >= 2 || detail::is_space_byte(at(e)) || e == end_) {
          add("--", i, e);
          return e;
        }
        if (is_digit(at(e)) && prev_is_space_or_open(i)) return word_at(i);  // "-5"
        add("-", i, e);
        return e;
      }
      default:
        break;
    }
    if (cp < 0x80 && !is_ascii_alnum(c)) {
      if (c == '$' || c == '#' || c == '%' || c == '&' || c == ',' || c == ';' || c == ':' ||
          c == '!' || c == '?' || c == '/' || c == '*' || c == '+' || c == '=' || c == '@' ||
          c == '<' || c == '>' || c == '|' || c == '~' || c == '^' || c == '\\' || c == '`' ||
          c == '_') {
        if (c == '_' && i > begin_ && is_ascii_alnum(t_[i - 1]) && is_ascii_alnum(at(i + 1)))
          return i + 1;  // "Dol_Amroth": an underscore joining a multi-word name separates words
        if (c == '`' && at(i + 1) == '`') {
          add("``", i, i + 2);
          return i + 2;
        }
        add(std::string_view(&t_[i], 1), i, i + 1);
        return i + 1;
      }
      add(std::string_view(&t_[i], 1), i, i + 1);
      return i + 1;
    }
    return word_at(i);
  }

  // If the letters at i form a clitic (s, re, ve, ll, d, m) ending the word, its end.
  size_t clitic_end(size_t i) const {
    size_t e = i;
    while (e < end_ && (is_ascii_upper(t_[e]) || is_ascii_lower(t_[e]))) ++e;
    size_t n = e - i;
    if (n == 0 || n > 2) return 0;
    if (e < end_) {
      size_t len = 1;
      if (detail::is_word_cp(decode(t_, e, len))) return 0;
    }
    char a = static_cast<char>(t_[i] | 0x20);
    char b = n == 2 ? static_cast<char>(t_[i + 1] | 0x20) : '\0';
    if (n == 1 && (a == 's' || a == 'd' || a == 'm')) return e;
    if (n == 2 && ((a == 'r' && b == 'e') || (a == 'v' && b == 'e') || (a == 'l' && b == 'l')))
      return e;
    return 0;
  }

  void add_clitic(size_t apos, size_t apos_len, size_t e) {
    std::string text = "'";
    text.append(t_.substr(apos + apos_len, e - apos - apos_len));
    add(text, apos, e);
  }

  // A prefix written apart from its word ("anti- Gondor parade", "pre- and post-war").
  bool prefix_word(size_t i, size_t e) const {
    static constexpr std::string_view kPrefixes[] = {
        "anti", "pro",   "pre",   "post",  "non", "ex",   "counter", "inter", "multi",
        "semi", "sub",   "super", "trans", "mid", "neo",  "pan",     "quasi", "self",
        "co",   "cross", "intra", "ultra", "re",  "over", "under",   "mini",  "micro"};
    if (e - i > 7) return false;
    char buf[8];
    for (size_t k = i; k < e; ++k) {
      const char c = t_[k];
      if (c >= 'A' && c <= 'Z') {
        buf[k - i] = static_cast<char>(c | 0x20);
      } else if (c >= 'a' && c <= 'z') {
        buf[k - i] = c;
      } else {
        return false;
      }
    }
    const std::string_view w(buf, e - i);
    for (std::string_view p : kPrefixes)
      if (w == p) return true;
    return false;
  }

  // Words, numbers, hyphenated compounds, abbreviations, URLs and e-mails.
  size_t word_at(size_t i) {
    // Only a word starting with "ht", "HT" or "ww" can be a URL; skip the test otherwise.
    const char first = t_[i];
    const char second = at(i + 1);
    if ((first == 'h' && second == 't') || (first == 'H' && second == 'T') ||
        (first == 'w' && second == 'w')) {
      if (size_t ue = url_end(i); ue > i) {
        add(t_.substr(i, ue - i), i, ue);
        return ue;
      }
    }
    size_t e = i;
    if (t_[e] == '-' || t_[e] == '.') ++e;
    while (e < end_) {
      // Fast path for the common case, ASCII letters and digits (word code points all).
      if (is_ascii_alnum(t_[e])) {
        ++e;
        continue;
      }
      if (t_[e] == ' ') break;  // the usual end of a word; no rule below continues at a space
      size_t len = 1;
      const uint32_t cp = decode(t_, e, len);
      if (detail::is_word_cp(cp)) {
        e += len;
        continue;
      }
      const char c = t_[e];
      const char n = at(e + 1);
      const bool prev_alnum = e > i && is_ascii_alnum(t_[e - 1]);
      if ((c == '-' || c == '/') && prev_alnum && is_ascii_alnum(n)) {
        e += 1;
        continue;
      }
      if (c == '.' && e > i && (is_ascii_alnum(n)) &&
          !(is_ascii_upper(n) && is_ascii_lower(t_[e - 1]) && e - i > 3)) {
        e += 1;  // "U.S", "3.5", "google.com"; not "end.Next" run-ons of long words
        continue;
      }
      if (c == '-' && prev_alnum && n == ' ' && prefix_word(i, e)) {
        e += 1;  // "anti- government", "pro- and anti-war": a prefix keeps its hyphen
        break;
      }
      if ((c == ',' || c == ':') && e > i && is_digit(t_[e - 1]) && is_digit(n)) {
        e += 1;  // "1,000", "10:30"
        continue;
      }
      if (c == '&' && e > i && is_ascii_upper(t_[e - 1]) && is_ascii_upper(n)) {
        e += 1;  // "AT&T"
        continue;
      }
      if (c == '$' && e - i <= 3 && all_upper(i, e) && (is_digit(n) || n == ' ')) {
        e += 1;  // "US$", "C$", "HK$"
        break;
      }
      if ((c == '\'' || cp == 0x2019) && e > i) {
        // n't
        if ((at(e + len) == 't' || at(e + len) == 'T') && (t_[e - 1] == 'n' || t_[e - 1] == 'N') &&
            e - 1 > i) {
          size_t after = e + len + 1;
          size_t l2 = 1;
          if (after >= end_ || !detail::is_word_cp(decode(t_, after, l2))) {
            add(t_.substr(i, e - 1 - i), i, e - 1);
            std::string nt = t_[e - 1] == 'N' ? "N'T" : "n't";
            add(nt, e - 1, after);
            return after;
          }
        }
        if (size_t ce = clitic_end(e + len); ce > 0) {
          add(t_.substr(i, e - i), i, e);
          add_clitic(e, len, ce);
          return ce;
        }
        // Inner apostrophe ("O'Brien").
        if (is_ascii_alnum(at(e + len))) {
          e += len;
          continue;
        }
      }
      break;
    }
    // E-mail addresses: only words that stop at an "@" can be one.
    if (e < end_ && t_[e] == '@') {
      if (size_t ee = email_end(i); ee > i) {
        add(t_.substr(i, ee - i), i, ee);
        return ee;
      }
    }
    // Abbreviation period: keep "Mr." and "U.S." whole.
    if (e < end_ && t_[e] == '.' && at(e + 1) != '.' && is_abbreviation(i, e)) ++e;
    if (e == i) e = i + 1;
    add(t_.substr(i, e - i), i, e);
    return e;
  }

  bool all_upper(size_t b, size_t e) const {
    for (size_t k = b; k < e; ++k)
      if (!is_ascii_upper(t_[k])) return false;
    return e > b;
  }

  bool is_abbreviation(size_t b, size_t e) const {
    std::string_view w = t_.substr(b, e - b);
    if (w.size() == 1 && is_ascii_upper(w[0])) return true;  // initials
    std::string lower;
    detail::ascii_lower(w, lower);
    if (detail::is_title_abbreviation(lower) || detail::is_other_abbreviation(lower)) return true;
    // Dotted letters: "U.S", "a.m" (but not numbers such as "3.5").
    if (w.find('.') != std::string_view::npos) {
      for (char c : w)
        if (is_digit(c)) return false;
      return w.size() <= 8;
    }
    return false;
  }

  // "He lives in the U.S." -> "U.S." "." as CoreNLP does, so the sentence keeps a final
  // period token.
  void split_final_abbreviation_period() {
    for (size_t k = out_.size(); k > 0; --k) {
      Token& tok = out_[k - 1];
      const std::string& s = tok.text;
      if (s == "''" || s == "'" || s == "-RRB-" || s == "-RSB-") continue;
      if (s.size() > 1 && s.back() == '.' && s != "...") {
        const uint32_t e = tok.end;
        Token dot;
        dot.text = ".";
        dot.begin = e - 1;
        dot.end = e;
        out_.insert(out_.begin() + static_cast<std::ptrdiff_t>(k), std::move(dot));
      }
      return;
    }
  }

  std::string_view t_;
  size_t begin_, end_;
  std::vector<Token>& out_;
};

}  // namespace

void tokenize(std::string_view text, size_t begin, size_t end, std::vector<syntax::Token>& out) {
  out.clear();
  if (end > text.size()) end = text.size();
  if (begin >= end) return;
  Tokenizer(text, begin, end, out).run();
}

std::vector<syntax::Token> tokenize(std::string_view text, size_t begin, size_t end) {
  std::vector<syntax::Token> out;
  tokenize(text, begin, end, out);
  return out;
}

}  // namespace vigil::nlp
