// Agent dictionaries: "PHRASE {PLURAL} [~CODE]" lines and "!SET! = A, B" substitution
// sets. Grammar: docs/dictionary-formats.md.
#include <map>

#include "reader_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

using detail::Line;
using detail::report;
using detail::trim;

namespace {

class AgentReader {
 public:
  AgentReader(std::string_view name, AgentDictionary& out, std::vector<Diagnostic>& problems)
      : name_(name), out_(out), problems_(problems) {}

  void run(std::string_view text) {
    for (const Line& l : detail::logical_lines(text)) handle(l);
  }

 private:
  void error(int line, std::string msg) { report(problems_, name_, line, std::move(msg)); }
  void warn(int line, std::string msg) { report(out_.warnings, name_, line, std::move(msg)); }

  void handle(const Line& l) {
    std::string_view t = l.text;
    if (t[0] == '!' && t.find('=') != std::string_view::npos) {
      read_set(l);
      return;
    }
    size_t lb = t.find('[');
    if (lb == std::string_view::npos) {
      warn(l.number, "agent '" + l.text + "' has no [~CODE]; line skipped (as PETRARCH does)");
      return;
    }
    size_t rb = t.find(']', lb);
    if (rb == std::string_view::npos) {
      warn(l.number, "'[' without ']' in '" + l.text + "'; line skipped");
      return;
    }
    if (!trim(t.substr(rb + 1)).empty()) {
      error(l.number, "text after the code: '" + std::string(trim(t.substr(rb + 1))) + "'");
      return;
    }
    std::string_view code = trim(t.substr(lb + 1, rb - lb - 1));
    AgentEntry e;
    if (code.size() >= 2 && code.front() == '~') {
      e.code = std::string(trim(code.substr(1)));
    } else if (code.size() >= 2 && code.back() == '~') {
      e.code = std::string(trim(code.substr(0, code.size() - 1)));
      e.goes_before = true;
    }
    if (e.code.empty() || e.code.find_first_of("~ \t") != std::string::npos) {
      error(l.number, "bad agent code '[" + std::string(code) +
                          "]'; expected [~CODE] (code after the actor's) or [CODE~] (before)");
      return;
    }
    std::string_view phrase = t.substr(0, lb);
    bool has_plural = false;
    std::string_view plural_text;
    size_t ob = phrase.find('{');
    if (ob != std::string_view::npos) {
      size_t cb = phrase.find('}', ob);
      if (cb == std::string_view::npos) {
        error(l.number, "'{' without '}'; expected 'PHRASE {PLURAL} [~CODE]'");
        return;
      }
      if (!trim(phrase.substr(cb + 1)).empty()) {
        error(l.number, "text between '}' and the code");
        return;
      }
      has_plural = true;
      plural_text = phrase.substr(ob + 1, cb - ob - 1);
      phrase = phrase.substr(0, ob);
    }
    e.file = std::string(name_);
    e.line = l.number;
    if (phrase.find('!') != std::string_view::npos) {
      std::vector<std::string> expanded;
      if (!expand(l.number, std::string(trim(phrase)), expanded)) return;
      if (has_plural && !trim(plural_text).empty()) {
        warn(l.number, "plural given for a phrase with a substitution set: ignored");
      }
      for (const std::string& p : expanded) add(e, detail::split_words(p), {});
      return;
    }
    std::vector<std::string> words = detail::split_words(phrase);
    if (words.empty()) {
      error(l.number, "agent line has no phrase; expected 'PHRASE {PLURAL} [~CODE]'");
      return;
    }
    std::vector<std::string> plural;
    if (has_plural) {
      plural = detail::split_words(plural_text);
    } else {
      plural = words;
      plural.back() = detail::plural_of(plural.back());
    }
    add(e, std::move(words), std::move(plural));
  }

  void add(const AgentEntry& proto, std::vector<std::string> words,
           std::vector<std::string> plural) {
    if (words.empty()) return;
    AgentEntry e = proto;
    e.phrase = detail::join_words(words);
    e.plural = detail::join_words(plural);
    int idx = static_cast<int>(out_.entries.size());
    out_.index.add(words, idx);
    if (!plural.empty()) out_.index.add(plural, idx);
    out_.entries.push_back(std::move(e));
  }

  void read_set(const Line& l) {
    std::string_view t = l.text;
    size_t close = t.find('!', 1);
    size_t eq = t.find('=');
    if (close == std::string_view::npos || close > eq || !trim(t.substr(close + 1, eq - close - 1)).empty()) {
      error(l.number, "bad substitution set '" + l.text + "'; expected '!NAME! = A, B, C'");
      return;
    }
    std::string name = detail::upper(trim(t.substr(1, close - 1)));
    std::vector<std::string> items;
    std::string_view rest = t.substr(eq + 1);
    while (true) {
      size_t comma = rest.find(',');
      std::string_view item = trim(rest.substr(0, comma));
      if (!item.empty()) items.push_back(detail::upper(item));
      if (comma == std::string_view::npos) break;
      rest = rest.substr(comma + 1);
    }
    if (name.empty() || items.empty()) {
      error(l.number, "substitution set '" + l.text + "' has no name or no members");
      return;
    }
    sets_[name] = std::move(items);
  }

  // Replaces every !NAME! in `phrase` by each member of its set (all combinations).
  // Substitutions nest at most kMaxDepth deep and give at most kMaxForms phrases: a set
  // whose items name the set itself ("!X! = A !X!") recursed without end (found by
  // fuzz_dict: stack overflow), and sets of sets multiply.
  static constexpr int kMaxDepth = 16;
  static constexpr size_t kMaxForms = 4096;

  bool expand(int line, const std::string& phrase, std::vector<std::string>& out,
              int depth = 0) {
    size_t a = phrase.find('!');
    if (a == std::string::npos) {
      if (out.size() >= kMaxForms) {
        error(line, "substitutions give more than " + std::to_string(kMaxForms) + " phrases");
        return false;
      }
      out.push_back(phrase);
      return true;
    }
    if (depth >= kMaxDepth) {
      error(line, "substitutions nested more than " + std::to_string(kMaxDepth) +
                      " deep (a set naming itself?) in '" + phrase.substr(0, 200) + "'");
      return false;
    }
    size_t b = phrase.find('!', a + 1);
    if (b == std::string::npos) {
      error(line, "unclosed substitution marker in '" + phrase + "'; expected !NAME!");
      return false;
    }
    std::string name = detail::upper(phrase.substr(a + 1, b - a - 1));
    auto it = sets_.find(name);
    if (it == sets_.end()) {
      error(line, "substitution set !" + name + "! is not defined (define it first: '!" + name +
                      "! = A, B')");
      return false;
    }
    for (const std::string& item : it->second) {
      if (!expand(line, phrase.substr(0, a) + item + phrase.substr(b + 1), out, depth + 1))
        return false;
    }
    return true;
  }

  std::string_view name_;
  AgentDictionary& out_;
  std::vector<Diagnostic>& problems_;
  std::map<std::string, std::vector<std::string>> sets_;
};

}  // namespace

void parse_agents(std::string_view text, std::string_view name, AgentDictionary& out,
                  std::vector<Diagnostic>& problems) {
  AgentReader(name, out, problems).run(text);
}

void read_agent_file(const std::string& path, AgentDictionary& out,
                     std::vector<Diagnostic>& problems) {
  std::string text;
  if (!detail::read_file(path, text, problems)) return;
  parse_agents(text, path, out, problems);
}

}  // namespace vigil::dict
