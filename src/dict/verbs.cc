// Verb dictionaries in the PETRARCH-2 (CAMEO.2.0.txt) and PETRARCH-1 (PETR.Validate)
// styles: synsets, "--- MEANING [CODE] ---" blocks, verb lines, patterns and
// transformations. Grammar: docs/dictionary-formats.md.
#include <algorithm>
#include <functional>
#include <set>
#include <unordered_set>

#include "reader_util.h"
#include "verb_parts.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

using detail::Line;
using detail::report;
using detail::trim;
using detail::upper;

const std::vector<VerbForm>* VerbDictionary::find(std::string_view upper_word) const {
  auto it = forms.find(upper_word);
  return it == forms.end() ? nullptr : &it->second;
}

namespace {

struct RawMember {
  std::vector<std::string> words;
  std::string nested;   // name of a nested synset ("+&NAME"), else empty
  bool no_plural = false;
  int line = 0;
};

struct RawSynset {
  bool no_plural = false;   // label ends with '_'
  std::vector<RawMember> members;
  int line = 0;
};

class VerbReader {
 public:
  VerbReader(std::string_view name, VerbDictionary& out, std::vector<Diagnostic>& problems)
      : name_(name), out_(out), problems_(problems) {}

  void run(std::string_view text) {
    std::vector<Line> lines = detail::logical_lines(text);
    // Synsets may be used before they are defined (PETRARCH-1 files do), so collect the
    // names first: pattern tokens such as &FIGHT_CRIM are resolved against them.
    for (const auto& [n, s] : out_.synsets) known_.insert(n);
    for (const Line& l : lines) {
      if (l.text[0] == '&') known_.insert(synset_label(l.text).first);
    }
    for (const Line& l : lines) handle(l);
    expand_synsets();
    for (auto& [head, list] : out_.forms) {
      std::stable_sort(list.begin(), list.end(), [](const VerbForm& a, const VerbForm& b) {
        return a.before.size() + a.after.size() > b.before.size() + b.after.size();
      });
    }
  }

 private:
  enum class State { kNone, kSynset, kBlock };

  void error(int line, std::string msg) { report(problems_, name_, line, std::move(msg)); }
  void warn(int line, std::string msg) { report(out_.warnings, name_, line, std::move(msg)); }

  static std::pair<std::string, bool> synset_label(std::string_view text) {
    std::string name = upper(trim(text.substr(1)));
    bool no_plural = !name.empty() && name.back() == '_';
    while (!name.empty() && name.back() == '_') name.pop_back();
    return {name, no_plural};
  }

  void handle(const Line& l) {
    const std::string& t = l.text;
    if (t.rfind("---", 0) == 0) {
      state_ = State::kBlock;
      read_block_header(l);
    } else if (t[0] == '&') {
      state_ = State::kSynset;
      read_synset_label(l);
    } else if (t[0] == '+' && state_ == State::kSynset) {
      read_synset_member(l);
    } else if (t[0] == '~') {
      if (state_ == State::kSynset) state_ = block_ >= 0 ? State::kBlock : State::kNone;
      read_transformation(l);
    } else if (t[0] == '-') {
      if (state_ == State::kSynset) state_ = block_ >= 0 ? State::kBlock : State::kNone;
      if (block_ < 0) {
        error(l.number, "pattern line before any '--- MEANING [CODE] ---' block header");
        return;
      }
      read_pattern(l);
    } else {
      if (state_ == State::kSynset) state_ = block_ >= 0 ? State::kBlock : State::kNone;
      if (block_ < 0) {
        error(l.number, "verb line '" + t +
                            "' before any '--- MEANING [CODE] ---' block header (or a synset "
                            "member without its leading '+')");
        return;
      }
      read_verb_line(l);
    }
  }

  void read_block_header(const Line& l) {
    std::string_view body = l.text;
    while (!body.empty() && body.front() == '-') body.remove_prefix(1);
    while (!body.empty() && (body.back() == '-' || body.back() == ' ' || body.back() == '\t')) {
      body.remove_suffix(1);
    }
    body = trim(body);
    VerbBlock block;
    block.file = std::string(name_);
    block.line = l.number;
    size_t lb = body.find('[');
    if (lb == std::string_view::npos) {
      block.meaning = std::string(body);
      block.code.forward = "---";
    } else {
      block.meaning = std::string(trim(body.substr(0, lb)));
      size_t rb = body.find(']', lb);
      if (rb == std::string_view::npos) {
        error(l.number, "block header has '[' without ']'; expected '--- MEANING [CODE] ---'");
        return;
      }
      std::string err;
      if (!detail::parse_event_code(body.substr(lb + 1, rb - lb - 1), block.code, err)) {
        error(l.number, "block header: " + err);
        return;
      }
      std::string_view rest = trim(body.substr(rb + 1));
      if (!rest.empty()) {
        warn(l.number, "text after the block code ignored: '" + std::string(rest) + "'");
      }
    }
    if (block.meaning.empty()) {
      error(l.number, "block header has no meaning; expected '--- MEANING [CODE] ---'");
      return;
    }
    block_ = static_cast<int>(out_.blocks.size());
    out_.blocks.push_back(std::move(block));
  }

  void read_synset_label(const Line& l) {
    auto [name, no_plural] = synset_label(l.text);
    if (name.empty() || name.find_first_of(" \t&") != std::string::npos) {
      error(l.number, "bad synset label '" + l.text + "'; expected '&NAME' (one word)");
      synset_ = nullptr;
      return;
    }
    auto [it, fresh] = raw_.try_emplace(name);
    if (!fresh || out_.synsets.count(name) != 0) {
      warn(l.number, "synset &" + name + " defined again; its members are added to it");
    }
    it->second.no_plural = it->second.no_plural || no_plural;
    if (fresh) it->second.line = l.number;
    synset_ = &it->second;
    order_.push_back(name);
  }

  void read_synset_member(const Line& l) {
    if (synset_ == nullptr) return;  // label was bad: already reported
    std::string_view body = trim(std::string_view(l.text).substr(1));
    RawMember m;
    m.line = l.number;
    if (!body.empty() && body[0] == '&') {
      m.nested = synset_label(body).first;
      if (m.nested.empty() || m.nested.find_first_of(" \t") != std::string::npos) {
        error(l.number, "bad nested synset '" + std::string(body) + "'; expected '+&NAME'");
        return;
      }
    } else {
      m.no_plural = !body.empty() && body.back() == '_';
      m.words = detail::split_words(body);
      if (m.words.empty()) {
        error(l.number, "empty synset member; expected '+WORD' or '+WORD_WORD'");
        return;
      }
    }
    synset_->members.push_back(std::move(m));
  }

  void read_transformation(const Line& l) {
    Transformation tr;
    tr.text = l.text;
    tr.file = std::string(name_);
    tr.line = l.number;
    std::string body = l.text.substr(1);
    size_t eq = body.find('=');
    if (eq == std::string::npos || body.find('=', eq + 1) != std::string::npos) {
      error(l.number, "transformation needs exactly one '='; expected '~ a (a b VERB) VERB = a b CODE'");
      return;
    }
    auto tokens = [](std::string_view s) {
      std::vector<std::string> out;
      std::string cur;
      for (char c : s) {
        if (c == ' ' || c == '\t' || c == '(' || c == ')') {
          if (!cur.empty()) out.push_back(std::move(cur));
          cur.clear();
          if (c == '(' || c == ')') out.emplace_back(1, c);
        } else {
          cur.push_back(c);
        }
      }
      if (!cur.empty()) out.push_back(std::move(cur));
      return out;
    };
    tr.lhs = tokens(std::string_view(body).substr(0, eq));
    tr.rhs = tokens(std::string_view(body).substr(eq + 1));
    if (tr.lhs.empty() || tr.rhs.empty()) {
      error(l.number, "transformation has an empty side; expected '~ a (a b VERB) VERB = a b CODE'");
      return;
    }
    int depth = 0;
    for (const auto& tok : tr.lhs) {
      if (tok == "(") ++depth;
      if (tok == ")" && --depth < 0) break;
    }
    if (depth != 0) {
      error(l.number, "transformation has unbalanced parentheses");
      return;
    }
    out_.transformations.push_back(std::move(tr));
  }

  void read_pattern(const Line& l) {
    std::string_view line = l.text;
    size_t lb = line.rfind('[');
    size_t rb = lb == std::string_view::npos ? lb : line.find(']', lb);
    if (lb == std::string_view::npos || rb == std::string_view::npos) {
      error(l.number, "pattern has no [CODE]; expected '- WORDS * WORDS [CODE]'");
      return;
    }
    if (!trim(line.substr(rb + 1)).empty()) {
      error(l.number, "text after the pattern's [CODE]: '" +
                          std::string(trim(line.substr(rb + 1))) + "'");
      return;
    }
    Pattern p;
    std::string err;
    if (!detail::parse_event_code(line.substr(lb + 1, rb - lb - 1), p.code, err)) {
      error(l.number, "pattern: " + err);
      return;
    }
    std::string undefined;
    switch (detail::parse_pattern_body(line.substr(1, lb - 1), known_, p, err, undefined)) {
      case detail::BodyResult::kOk:
        break;
      case detail::BodyResult::kError:
        error(l.number, "pattern: " + err);
        return;
      case detail::BodyResult::kSkipped:
        warn(l.number, "pattern skipped: " + err);
        return;
    }
    if (!undefined.empty()) {
      warn(l.number, "pattern uses undefined synset &" + undefined + "; pattern skipped");
      return;
    }
    p.text = std::string(trim(line.substr(0, lb)));
    p.file = std::string(name_);
    p.line = l.number;
    out_.blocks[static_cast<size_t>(block_)].patterns.push_back(std::move(p));
  }

  void read_verb_line(const Line& l) {
    std::string text = l.text;
    size_t semi = text.find(';');
    if (semi != std::string::npos) {
      warn(l.number, "';' comment (TABARI style) ignored: '" + text.substr(semi) + "'");
      text = std::string(trim(std::string_view(text).substr(0, semi)));
    }
    std::string_view t = text;
    const VerbBlock& block = out_.blocks[static_cast<size_t>(block_)];
    EventCode code = block.code;
    size_t lb = t.find('[');
    if (lb != std::string_view::npos) {
      size_t rb = t.find(']', lb);
      if (rb == std::string_view::npos) {
        error(l.number, "verb line has '[' without ']'; expected 'VERB {FORMS} [CODE]'");
        return;
      }
      if (!trim(t.substr(rb + 1)).empty()) {
        error(l.number, "text after the verb's [CODE]: '" + std::string(trim(t.substr(rb + 1))) +
                            "'; expected 'VERB {FORMS} [CODE]'");
        return;
      }
      std::string err;
      if (!detail::parse_event_code(t.substr(lb + 1, rb - lb - 1), code, err)) {
        error(l.number, "verb line: " + err);
        return;
      }
      t = t.substr(0, lb);
    }
    bool has_forms = false;
    std::string_view forms_text;
    size_t ob = t.find('{');
    if (ob != std::string_view::npos) {
      size_t cb = t.find('}', ob);
      if (cb == std::string_view::npos) {
        error(l.number, "verb line has '{' without '}'; expected 'VERB {FORM FORM ...}'");
        return;
      }
      if (!trim(t.substr(cb + 1)).empty()) {
        error(l.number, "text between '}' and the code: '" + std::string(trim(t.substr(cb + 1))) +
                            "'");
        return;
      }
      has_forms = true;
      forms_text = t.substr(ob + 1, cb - ob - 1);
      t = t.substr(0, ob);
    } else if (t.find('}') != std::string_view::npos) {
      error(l.number, "verb line has '}' without '{'");
      return;
    }
    std::string spec(trim(t));
    if (spec.empty()) {
      error(l.number, "verb line has no verb; expected 'VERB {FORMS} [CODE]'");
      return;
    }
    if (spec.find_first_of(" \t") != std::string::npos) {
      // "LASH OUT": read as one multi-word verb, as if written with '_'.
      for (char& c : spec) {
        if (c == ' ' || c == '\t') c = '_';
      }
      if (spec.find('+') == std::string::npos) {
        spec.insert(spec.begin(), '+');
        warn(l.number, "verb '" + std::string(trim(t)) +
                           "' has spaces and no '+': read as a multi-word verb headed by its "
                           "first word");
      }
    }
    detail::VerbPhrase base;
    std::string err;
    if (!detail::parse_verb_phrase(spec, nullptr, base, err)) {
      error(l.number, err);
      return;
    }
    std::vector<detail::VerbPhrase> phrases{base};
    if (has_forms) {
      size_t i = 0;
      while (i < forms_text.size()) {
        while (i < forms_text.size() && (forms_text[i] == ' ' || forms_text[i] == '\t')) ++i;
        size_t b = i;
        while (i < forms_text.size() && forms_text[i] != ' ' && forms_text[i] != '\t') ++i;
        if (i == b) break;
        detail::VerbPhrase form;
        if (!detail::parse_verb_phrase(forms_text.substr(b, i - b), &base, form, err)) {
          error(l.number, err);
          return;
        }
        phrases.push_back(std::move(form));
      }
    } else {
      for (std::string& f : detail::regular_verb_forms(base.words[base.head])) {
        detail::VerbPhrase form = base;
        form.words[form.head] = std::move(f);
        phrases.push_back(std::move(form));
      }
    }
    std::string lemma = detail::join_words(base.words);
    for (const detail::VerbPhrase& ph : phrases) {
      VerbForm vf;
      auto head = static_cast<std::ptrdiff_t>(ph.head);
      vf.head = ph.words[ph.head];
      vf.before.assign(ph.words.begin(), ph.words.begin() + head);
      vf.after.assign(ph.words.begin() + head + 1, ph.words.end());
      vf.lemma = lemma;
      vf.block = block_;
      vf.code = code;
      vf.line = l.number;
      out_.forms[vf.head].push_back(std::move(vf));
    }
  }

  void expand_synsets() {
    // Depth-first expansion; `state` 1 = in progress (cycle detection), 2 = done.
    std::unordered_map<std::string, int> state;
    std::function<bool(const std::string&, int)> expand = [&](const std::string& name,
                                                              int use_line) -> bool {
      if (out_.synsets.count(name) != 0 && raw_.count(name) == 0) return true;  // earlier file
      int& s = state[name];
      if (s == 2) return true;
      if (s == 1) {
        error(use_line, "synset &" + name + " contains itself (through nested synsets)");
        return false;
      }
      s = 1;
      auto it = raw_.find(name);
      if (it == raw_.end()) return false;  // its label was malformed: already reported
      std::vector<std::vector<std::string>> phrases;
      std::set<std::vector<std::string>> seen;
      auto add = [&](std::vector<std::string> words) {
        if (seen.insert(words).second) phrases.push_back(std::move(words));
      };
      bool ok = true;
      for (const RawMember& m : it->second.members) {
        if (!m.nested.empty()) {
          if (known_.count(m.nested) == 0) {
            error(m.line, "synset &" + name + " includes undefined synset &" + m.nested);
            ok = false;
            continue;
          }
          if (!expand(m.nested, m.line)) {
            ok = false;
            continue;
          }
          for (const auto& p : out_.synsets[m.nested]) add(p);
          continue;
        }
        add(m.words);
        if (!m.no_plural && !it->second.no_plural) {
          std::vector<std::string> plural = m.words;
          plural.back() = detail::plural_of(plural.back());
          add(std::move(plural));
        }
      }
      auto& dest = out_.synsets[name];
      for (auto& p : phrases) dest.push_back(std::move(p));
      s = 2;
      return ok;
    };
    for (const std::string& name : order_) expand(name, raw_[name].line);
  }

  std::string_view name_;
  VerbDictionary& out_;
  std::vector<Diagnostic>& problems_;
  std::unordered_set<std::string> known_;
  std::unordered_map<std::string, RawSynset> raw_;
  std::vector<std::string> order_;
  RawSynset* synset_ = nullptr;
  State state_ = State::kNone;
  int block_ = -1;
};

}  // namespace

void parse_verbs(std::string_view text, std::string_view name, VerbDictionary& out,
                 std::vector<Diagnostic>& problems) {
  VerbReader(name, out, problems).run(text);
}

void read_verb_file(const std::string& path, VerbDictionary& out,
                    std::vector<Diagnostic>& problems) {
  std::string text;
  if (!detail::read_file(path, text, problems)) return;
  parse_verbs(text, path, out, problems);
}

}  // namespace vigil::dict
