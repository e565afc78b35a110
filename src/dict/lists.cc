// Discard and issue dictionaries: one phrase per line. Grammar:
// docs/dictionary-formats.md.
#include <algorithm>
#include <bitset>
#include <deque>
#include <memory>

#include "reader_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

using detail::Line;
using detail::report;
using detail::trim;

// ---------------------------------------------------------------- discards

void parse_discards(std::string_view text, std::string_view name, DiscardDictionary& out,
                    std::vector<Diagnostic>& problems) {
  for (const Line& l : detail::logical_lines(text)) {
    std::string_view t = l.text;
    DiscardEntry e;
    if (t[0] == '+') {
      e.whole_story = true;
      t = trim(t.substr(1));
    }
    e.whole_word = !t.empty() && t.back() == '_';
    e.words = detail::split_words(t);
    if (e.words.empty()) {
      report(problems, name, l.number, "empty discard phrase; expected 'PHRASE' or '+PHRASE'");
      continue;
    }
    e.file = std::string(name);
    e.line = l.number;
    out.entries.push_back(std::move(e));
  }
  out.build_index();
}

void read_discard_file(const std::string& path, DiscardDictionary& out,
                       std::vector<Diagnostic>& problems) {
  std::string text;
  if (!detail::read_file(path, text, problems)) return;
  parse_discards(text, path, out, problems);
}

namespace {

uint32_t key2(std::string_view s) {
  uint32_t a = s.empty() ? 0 : static_cast<unsigned char>(s[0]);
  uint32_t b = s.size() < 2 ? 0 : static_cast<unsigned char>(s[1]);
  return (a << 8) | b;
}

// First two bytes, last byte and length, mixed into 16 bits.
uint32_t word_key(std::string_view s) {
  const uint32_t c = s.empty() ? 0 : static_cast<unsigned char>(s.back());
  uint32_t h = key2(s) * 0x9E3779B1u ^ c * 0xC2B2AE3Du ^ static_cast<uint32_t>(s.size()) * 0x27D4EB2Fu;
  return h >> 16;
}

// First three bytes (s.size() >= 3), mixed into 16 bits.
uint32_t key3(std::string_view s) {
  uint32_t h = key2(s) * 0x9E3779B1u ^ static_cast<unsigned char>(s[2]) * 0x85EBCA77u;
  return h >> 16;
}

}  // namespace

// Most words start no discard phrase: the bitsets reject them on a few bytes before any
// hash lookup (a set bit only means "maybe").
struct DiscardDictionary::Lookup {
  WordMap<std::vector<int>> by_first_word;   ///< exact first word -> entries
  WordMap<std::vector<int>> by_prefix;       ///< one-word stem entries: stem -> entries
  std::vector<size_t> prefix_lengths;        ///< distinct stem lengths, ascending
  std::bitset<65536> first_words;            ///< word_key of entries' exact first words
  std::bitset<65536> stem_three;             ///< key3 of stems of 3 bytes or more
  std::bitset<65536> stem_two;               ///< key2 of 2-byte stems
  std::bitset<256> stem_one;                 ///< first byte of 1-byte stems
  bool empty_stem = false;                   ///< a stem "" matches every word
};

void DiscardDictionary::build_index() {
  auto t = std::make_shared<Lookup>();
  for (size_t i = 0; i < entries.size(); ++i) {
    const DiscardEntry& e = entries[i];
    if (e.words.empty()) continue;
    const std::string& first = e.words[0];
    if (e.words.size() == 1 && !e.whole_word) {
      t->by_prefix[first].push_back(static_cast<int>(i));
      t->prefix_lengths.push_back(first.size());
      if (first.empty()) t->empty_stem = true;
      else if (first.size() == 1) t->stem_one.set(static_cast<unsigned char>(first[0]));
      else if (first.size() == 2) t->stem_two.set(key2(first));
      else t->stem_three.set(key3(first));
    } else {
      t->by_first_word[first].push_back(static_cast<int>(i));
      t->first_words.set(word_key(first));
    }
  }
  std::sort(t->prefix_lengths.begin(), t->prefix_lengths.end());
  t->prefix_lengths.erase(std::unique(t->prefix_lengths.begin(), t->prefix_lengths.end()),
                          t->prefix_lengths.end());
  lookup_ = std::move(t);
}

DiscardDictionary::Verdict DiscardDictionary::check(const std::vector<std::string_view>& words,
                                                    int* matched) const {
  if (!lookup_) return Verdict::kKeep;  // build_index() not called: nothing to look up
  const Lookup& t = *lookup_;
  int best_story = -1, best_sentence = -1;
  auto note = [&](int idx) {
    int& slot = entries[static_cast<size_t>(idx)].whole_story ? best_story : best_sentence;
    if (slot < 0 || idx < slot) slot = idx;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    if (!t.first_words.test(word_key(w))) {
      // no entry starts with this word
    } else if (auto it = t.by_first_word.find(w); it != t.by_first_word.end()) {
      for (int idx : it->second) {
        const DiscardEntry& e = entries[static_cast<size_t>(idx)];
        if (i + e.words.size() > words.size()) continue;
        bool ok = true;
        for (size_t k = 1; k < e.words.size() && ok; ++k) {
          std::string_view have = words[i + k];
          const std::string& want = e.words[k];
          bool last = k + 1 == e.words.size();
          ok = (last && !e.whole_word) ? have.substr(0, want.size()) == want : have == want;
        }
        if (ok) note(idx);
      }
    }
    const bool maybe_stem = t.empty_stem ||
                            (!w.empty() && (t.stem_one.test(static_cast<unsigned char>(w[0])) ||
                                            (w.size() >= 2 && t.stem_two.test(key2(w))) ||
                                            (w.size() >= 3 && t.stem_three.test(key3(w)))));
    if (!maybe_stem) continue;
    for (size_t len : t.prefix_lengths) {
      if (len > w.size()) break;
      if (auto it = t.by_prefix.find(w.substr(0, len)); it != t.by_prefix.end()) {
        for (int idx : it->second) note(idx);
      }
    }
  }
  if (best_story >= 0) {
    if (matched) *matched = best_story;
    return Verdict::kDiscardStory;
  }
  if (best_sentence >= 0) {
    if (matched) *matched = best_sentence;
    return Verdict::kDiscardSentence;
  }
  if (matched) *matched = -1;
  return Verdict::kKeep;
}

// ---------------------------------------------------------------- issues

namespace {

// Position of an "N:" / "V:" expansion marker at the start of a word, or npos.
size_t find_marker(const std::string& s, char kind) {
  for (size_t i = 0; i + 1 < s.size(); ++i) {
    if (s[i] == kind && s[i + 1] == ':' && (i == 0 || s[i - 1] == ' ' || s[i - 1] == '-')) {
      return i;
    }
  }
  return std::string::npos;
}

// Most forms one issue phrase may expand to. Each '+' doubles them, so a phrase of 40 '+'
// would otherwise queue 2^40 strings (found by fuzz_dict: out of memory).
constexpr size_t kMaxIssueForms = 4096;

// Expands '+' (space and hyphen variants), N: (singular and plural) and V: (regular verb
// forms) until none is left, as PETRARCH's issue reader does. Stops when more than
// kMaxIssueForms forms are done or waiting; `capped` (if given) says whether it did.
std::vector<std::string> expand_issue(const std::string& phrase, bool* capped = nullptr) {
  std::vector<std::string> done;
  std::deque<std::string> todo{phrase};
  if (capped) *capped = false;
  while (!todo.empty()) {
    if (done.size() + todo.size() > kMaxIssueForms) {
      if (capped) *capped = true;
      break;
    }
    std::string s = std::move(todo.front());
    todo.pop_front();
    if (size_t p = s.find('+'); p != std::string::npos) {
      std::string a = s, b = s;
      a[p] = ' ';
      b[p] = '-';
      todo.push_back(std::move(a));
      todo.push_back(std::move(b));
      continue;
    }
    size_t n = find_marker(s, 'N');
    size_t v = find_marker(s, 'V');
    size_t m = std::min(n, v);
    if (m == std::string::npos) {
      done.push_back(std::move(s));
      continue;
    }
    size_t end = s.find(' ', m);
    if (end == std::string::npos) end = s.size();
    std::string word = s.substr(m + 2, end - m - 2);
    std::string head = s.substr(0, m), tail = s.substr(end);
    todo.push_back(head + word + tail);
    if (m == n) {
      if (!word.empty()) todo.push_back(head + detail::plural_of(word) + tail);
    } else {
      for (const std::string& f : detail::regular_verb_forms(word)) todo.push_back(head + f + tail);
    }
  }
  return done;
}

}  // namespace

void parse_issues(std::string_view text, std::string_view name, IssueDictionary& out,
                  std::vector<Diagnostic>& problems) {
  std::string category;
  auto warn = [&](int line, std::string msg) { report(out.warnings, name, line, std::move(msg)); };
  for (const Line& l : detail::logical_lines(text)) {
    std::string_view t = l.text;
    if (t.rfind("</ISSUE", 0) == 0) {
      category.clear();
      continue;
    }
    if (t.rfind("<ISSUE", 0) == 0) {
      size_t c = t.find("CATEGORY=\"");
      size_t q = c == std::string_view::npos ? c : t.find('"', c + 10);
      if (q == std::string_view::npos) {
        report(problems, name, l.number,
               "issue section without CATEGORY; expected <ISSUE CATEGORY=\"NAME\">");
        category.clear();
      } else {
        category = std::string(t.substr(c + 10, q - c - 10));
      }
      continue;
    }
    IssueEntry e;
    e.category = category;
    e.file = std::string(name);
    e.line = l.number;
    std::string_view phrase;
    if (t[0] == '~') {
      e.ignore = true;
      e.ignore_story = t.size() > 1 && t[1] == '~';
      phrase = t.substr(e.ignore_story ? 2 : 1);
    } else {
      size_t lb = t.find('[');
      size_t rb = lb == std::string_view::npos ? lb : t.find(']', lb);
      if (lb == std::string_view::npos || rb == std::string_view::npos) {
        warn(l.number, "issue phrase '" + l.text + "' has no [CODE]; line skipped (as PETRARCH does)");
        continue;
      }
      e.code = std::string(trim(t.substr(lb + 1, rb - lb - 1)));
      if (e.code.empty() || e.code.find_first_of(" \t") != std::string::npos) {
        report(problems, name, l.number, "bad issue code '[" + e.code + "]'; expected [CODE]");
        continue;
      }
      if (!trim(t.substr(rb + 1)).empty()) {
        warn(l.number, "text after the issue code ignored: '" +
                           std::string(trim(t.substr(rb + 1))) + "'");
      }
      phrase = t.substr(0, lb);
    }
    bool capped = false;
    std::vector<std::string> forms = expand_issue(detail::upper(trim(phrase)), &capped);
    if (capped) {
      report(problems, name, l.number,
             "issue phrase expands to more than " + std::to_string(kMaxIssueForms) +
                 " forms (each '+', N: or V: multiplies them)");
      continue;
    }
    bool first = true;
    int idx = static_cast<int>(out.entries.size());
    for (const std::string& f : forms) {
      std::vector<std::string> words = detail::split_words(f);
      if (words.empty()) continue;
      if (first) e.words = words;
      first = false;
      out.index.add(words, idx);
    }
    if (first) {
      report(problems, name, l.number, "empty issue phrase; expected 'PHRASE [CODE]'");
      continue;
    }
    out.entries.push_back(std::move(e));
  }
}

void read_issue_file(const std::string& path, IssueDictionary& out,
                     std::vector<Diagnostic>& problems) {
  std::string text;
  if (!detail::read_file(path, text, problems)) return;
  parse_issues(text, path, out, problems);
}

}  // namespace vigil::dict
