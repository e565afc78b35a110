// Actor dictionaries: root phrases with optional codes, '+' synonyms, indented dated
// codes. Also the ordinal dates shared with the coder (over vigil/calendar.h). Grammar:
// docs/dictionary-formats.md.
#include "reader_util.h"
#include "vigil/calendar.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

using detail::Line;
using detail::report;
using detail::trim;

int32_t ordinal_from_ymd(int year, int month, int day) {
  if (!text::is_valid_ymd(year, month, day)) return -1;
  // Python's proleptic Gregorian ordinal: 0001-01-01 is 1, 1970-01-01 is 719163.
  constexpr long kOrdinalOf1970 = 719163;
  return static_cast<int32_t>(text::days_from_civil(year, month, day) + kOrdinalOf1970);
}

int32_t to_ordinal_date(std::string_view s) {
  for (char c : s) {
    if (c < '0' || c > '9') return -1;
  }
  auto num = [&](size_t pos, size_t len) {
    int v = 0;
    for (size_t i = pos; i < pos + len; ++i) v = v * 10 + (s[i] - '0');
    return v;
  };
  if (s.size() <= 7) {
    // YYMMDD; a 7th character is ignored, as PETRARCH does.
    if (s.size() < 6) return -1;
    int yy = num(0, 2);
    return ordinal_from_ymd(yy <= 30 ? 2000 + yy : 1900 + yy, num(2, 2), num(4, 2));
  }
  // YYYYMMDD; characters after the 8th are ignored, as PETRARCH does.
  return ordinal_from_ymd(num(0, 4), num(4, 2), num(6, 2));
}

std::string ActorEntry::code_on(int32_t ordinal_date) const {
  for (const DatedCode& c : codes) {
    switch (c.kind) {
      case DatedCode::Kind::kBefore:
        if (ordinal_date <= c.last) return c.code;
        break;
      case DatedCode::Kind::kAfter:
        if (ordinal_date >= c.first) return c.code;
        break;
      case DatedCode::Kind::kRange:
        if (ordinal_date >= c.first && ordinal_date <= c.last) return c.code;
        break;
      case DatedCode::Kind::kDefault:
        break;
    }
  }
  for (const DatedCode& c : codes) {
    if (c.kind == DatedCode::Kind::kDefault) return c.code;
  }
  return {};
}

namespace {

class ActorReader {
 public:
  ActorReader(std::string_view name, ActorDictionary& out, std::vector<Diagnostic>& problems)
      : name_(name), out_(out), problems_(problems) {}

  void run(std::string_view text) {
    for (const Line& l : detail::logical_lines(text)) handle(l);
  }

 private:
  void error(int line, std::string msg) { report(problems_, name_, line, std::move(msg)); }
  void warn(int line, std::string msg) { report(out_.warnings, name_, line, std::move(msg)); }

  void handle(const Line& l) {
    const std::string& t = l.text;
    if (t[0] == '[') {
      if (current_ < 0) {
        error(l.number, "date restriction '" + t + "' before any actor line");
        return;
      }
      if (!l.indented) {
        warn(l.number, "code line '" + t + "' is not indented; read as codes of the actor above");
      }
      read_codes(l, t);
      return;
    }
    if (t[0] == '+') {
      if (current_ < 0) {
        error(l.number, "synonym '" + t + "' before any actor line");
        return;
      }
      std::string_view phrase = trim(std::string_view(t).substr(1));
      if (phrase.find('[') != std::string_view::npos) {
        error(l.number, "synonym line '" + t +
                            "' carries a code; codes go on the actor's first line or on "
                            "indented lines");
        return;
      }
      std::vector<std::string> words = detail::split_words(phrase);
      if (words.empty()) {
        error(l.number, "empty synonym '+'; expected '+PHRASE'");
        return;
      }
      ActorEntry& e = out_.entries[static_cast<size_t>(current_)];
      e.synonyms.push_back(detail::join_words(words));
      e.synonym_lines.push_back(l.number);
      out_.index.add(words, current_);
      return;
    }
    if (l.indented) {
      warn(l.number, "indented line '" + t +
                         "' is not a [CODE ...] restriction; read as a new actor");
    }
    std::string_view body = t;
    size_t lb = body.find('[');
    std::vector<std::string> words = detail::split_words(body.substr(0, lb));
    if (words.empty()) {
      error(l.number, "actor line has no phrase; expected 'PHRASE [CODE]'");
      current_ = -1;
      return;
    }
    ActorEntry e;
    e.root = detail::join_words(words);
    e.file = std::string(name_);
    e.line = l.number;
    current_ = static_cast<int>(out_.entries.size());
    out_.entries.push_back(std::move(e));
    out_.index.add(words, current_);
    if (lb != std::string_view::npos) read_codes(l, body.substr(lb));
  }

  // Reads "[CODE ...] [CODE ...]" (blocks may touch) into the current entry.
  void read_codes(const Line& l, std::string_view s) {
    ActorEntry& e = out_.entries[static_cast<size_t>(current_)];
    size_t i = 0;
    while (true) {
      while (i < s.size() && (s[i] == ' ' || s[i] == '\t')) ++i;
      if (i >= s.size()) return;
      if (s[i] != '[') {
        // PETRARCH2 mis-reads such lines; the codes before the text are still good.
        warn(l.number, "text after the codes ignored: '" + std::string(s.substr(i)) + "'");
        return;
      }
      size_t rb = s.find(']', i);
      if (rb == std::string_view::npos) {
        error(l.number, "'[' without ']' in '" + std::string(s) + "'");
        return;
      }
      DatedCode dc;
      if (parse_block(l.number, s.substr(i + 1, rb - i - 1), dc)) e.codes.push_back(dc);
      i = rb + 1;
    }
  }

  bool date(int line, std::string_view text, int32_t& out) {
    out = to_ordinal_date(text);
    if (out < 0) {
      error(line, "bad date '" + std::string(text) + "'; expected YYMMDD or YYYYMMDD");
      return false;
    }
    if (text.size() != 6 && text.size() != 8) {
      warn(line, "date '" + std::string(text) + "' has " + std::to_string(text.size()) +
                     " digits; read as " + (text.size() <= 7 ? "YYMMDD" : "YYYYMMDD") +
                     " from its first digits");
    }
    return true;
  }

  bool parse_block(int line, std::string_view inside, DatedCode& dc) {
    std::string_view t = trim(inside);
    size_t sp = t.find_first_of(" \t");
    std::string_view code = t.substr(0, sp);
    if (code.empty()) {
      error(line, "empty code block '[]'; expected [CODE] or [CODE DATE-RESTRICTION]");
      return false;
    }
    dc.code = std::string(code);
    std::string r;
    if (sp != std::string_view::npos) {
      for (char c : t.substr(sp)) {
        if (c != ' ' && c != '\t') r.push_back(c);
      }
    }
    if (r.empty()) {
      dc.kind = DatedCode::Kind::kDefault;
      return true;
    }
    if (r[0] == '<' || r[0] == '>') {
      int32_t d = 0;
      if (!date(line, std::string_view(r).substr(1), d)) return false;
      if (r[0] == '<') {
        dc.kind = DatedCode::Kind::kBefore;
        dc.last = d;
      } else {
        dc.kind = DatedCode::Kind::kAfter;
        dc.first = d;
      }
      return true;
    }
    size_t dash = r.find('-');
    if (dash != std::string::npos) {
      int32_t a = 0, b = 0;
      if (!date(line, std::string_view(r).substr(0, dash), a) ||
          !date(line, std::string_view(r).substr(dash + 1), b)) {
        return false;
      }
      if (b < a) {
        warn(line, "date range '" + r + "' ends before it starts; restriction skipped (as "
                   "PETRARCH does)");
        return false;
      }
      dc.kind = DatedCode::Kind::kRange;
      dc.first = a;
      dc.last = b;
      return true;
    }
    int32_t d = 0;
    if (!date(line, r, d)) return false;
    warn(line, "date '" + r + "' without '<', '>' or a range; read as '>" + r +
                   "' (the code holds from that day on)");
    dc.kind = DatedCode::Kind::kAfter;
    dc.first = d;
    return true;
  }

  std::string_view name_;
  ActorDictionary& out_;
  std::vector<Diagnostic>& problems_;
  int current_ = -1;
};

}  // namespace

void parse_actors(std::string_view text, std::string_view name, ActorDictionary& out,
                  std::vector<Diagnostic>& problems) {
  ActorReader(name, out, problems).run(text);
}

void read_actor_file(const std::string& path, ActorDictionary& out,
                     std::vector<Diagnostic>& problems) {
  std::string text;
  if (!detail::read_file(path, text, problems)) return;
  parse_actors(text, path, out, problems);
}

}  // namespace vigil::dict
