// The deep check behind `vigil dict check`: problems that do not stop loading but that a
// dictionary maintainer wants to see.
#include <limits>
#include <unordered_map>
#include <unordered_set>

#include "reader_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

namespace {

std::string where(const std::string& file, int line) {
  return file + ":" + std::to_string(line);
}

bool is_actor_code(std::string_view code) {
  if (code.empty() || code.size() % 3 != 0) return false;
  for (char c : code) {
    if (c < 'A' || c > 'Z') return false;
  }
  return true;
}

void check_event_codes(const Dictionaries& d, const std::vector<std::string>& known,
                       std::vector<Diagnostic>& out) {
  if (known.empty()) return;
  std::unordered_set<std::string> set(known.begin(), known.end());
  auto ok = [&](const std::string& c) { return c.empty() || c == "---" || set.count(c) != 0; };
  auto check = [&](const EventCode& code, const std::string& file, int line,
                   const std::string& what) {
    for (const std::string* c : {&code.forward, &code.reverse}) {
      if (!ok(*c)) {
        out.push_back({file, line, what + " has event code '" + *c + "', which is not a CAMEO code"});
      }
    }
  };
  for (const VerbBlock& b : d.verbs.blocks) {
    check(b.code, b.file, b.line, "block '" + b.meaning + "'");
    for (const Pattern& p : b.patterns) check(p.code, p.file, p.line, "pattern");
  }
  // Verb lines with their own code: report once per verb line, not per generated form.
  std::unordered_set<std::string> seen;
  for (const auto& [head, forms] : d.verbs.forms) {
    for (const VerbForm& f : forms) {
      const VerbBlock& b = d.verbs.blocks[static_cast<size_t>(f.block)];
      if (f.code.forward == b.code.forward && f.code.reverse == b.code.reverse) continue;
      if (!seen.insert(f.lemma + "|" + std::to_string(f.block)).second) continue;
      check(f.code, b.file, f.line, "verb '" + f.lemma + "' in block '" + b.meaning + "'");
    }
  }
}

void check_actors(const ActorDictionary& a, std::vector<Diagnostic>& out) {
  struct Seen {
    const ActorEntry* entry;
    int line;
  };
  std::unordered_map<std::string, Seen> phrases;
  auto note = [&](const std::string& phrase, const ActorEntry& e, int line) {
    auto [it, fresh] = phrases.try_emplace(phrase, Seen{&e, line});
    if (fresh) return;
    out.push_back({e.file, line,
                   "actor phrase '" + phrase + "' is also defined at " +
                       where(it->second.entry->file, it->second.line) + " (entry '" +
                       it->second.entry->root + "'); the later definition wins"});
  };
  for (const ActorEntry& e : a.entries) {
    note(e.root, e, e.line);
    for (size_t i = 0; i < e.synonyms.size(); ++i) note(e.synonyms[i], e, e.synonym_lines[i]);

    int defaults = 0;
    for (const DatedCode& c : e.codes) {
      if (c.kind == DatedCode::Kind::kDefault) ++defaults;
      if (c.code != "---" && !is_actor_code(c.code)) {
        out.push_back({e.file, e.line,
                       "actor '" + e.root + "' has code '" + c.code +
                           "', which is not made of 3-letter upper-case elements"});
      }
    }
    if (defaults > 1) {
      out.push_back({e.file, e.line,
                     "actor '" + e.root + "' has " + std::to_string(defaults) +
                         " undated codes; only the first is ever used"});
    }
    // Overlapping restrictions with different codes: the first in file order wins, so the
    // later one is partly hidden. Touching ranges (one shared day) are PETRARCH's habit of
    // ending one term on the day the next starts, and are not reported.
    constexpr int32_t kMin = std::numeric_limits<int32_t>::min();
    constexpr int32_t kMax = std::numeric_limits<int32_t>::max();
    auto span = [&](const DatedCode& c) -> std::pair<int32_t, int32_t> {
      switch (c.kind) {
        case DatedCode::Kind::kBefore: return {kMin, c.last};
        case DatedCode::Kind::kAfter: return {c.first, kMax};
        case DatedCode::Kind::kRange: return {c.first, c.last};
        default: return {1, 0};
      }
    };
    for (size_t i = 0; i < e.codes.size(); ++i) {
      auto [a0, a1] = span(e.codes[i]);
      if (a0 > a1) continue;
      for (size_t j = i + 1; j < e.codes.size(); ++j) {
        if (e.codes[i].code == e.codes[j].code) continue;
        auto [b0, b1] = span(e.codes[j]);
        if (b0 > b1) continue;
        int32_t lo = std::max(a0, b0), hi = std::min(a1, b1);
        if (lo < hi) {
          out.push_back({e.file, e.line,
                         "actor '" + e.root + "': date restrictions for " + e.codes[i].code +
                             " and " + e.codes[j].code + " overlap; " + e.codes[i].code +
                             " wins where they do"});
        }
      }
    }
  }
}

void check_agents(const AgentDictionary& a, std::vector<Diagnostic>& out) {
  std::unordered_map<std::string, const AgentEntry*> phrases;
  auto note = [&](const std::string& phrase, const AgentEntry& e) {
    if (phrase.empty()) return;
    auto [it, fresh] = phrases.try_emplace(phrase, &e);
    if (fresh) return;
    const AgentEntry& first = *it->second;
    if (first.code != e.code || first.goes_before != e.goes_before) {
      auto show = [](const AgentEntry& x) {
        return x.goes_before ? "[" + x.code + "~]" : "[~" + x.code + "]";
      };
      out.push_back({e.file, e.line,
                     "agent phrase '" + phrase + "' coded " + show(e) + " here but " +
                         show(first) + " at " + where(first.file, first.line)});
    }
  };
  for (const AgentEntry& e : a.entries) {
    note(e.phrase, e);
    note(e.plural, e);
    if (!is_actor_code(e.code)) {
      out.push_back({e.file, e.line,
                     "agent code '" + e.code +
                         "' is not made of 3-letter upper-case elements"});
    }
  }
}

}  // namespace

std::vector<Diagnostic> check_dictionaries(const Dictionaries& dicts,
                                           const std::vector<std::string>& known_event_codes) {
  std::vector<Diagnostic> out;
  check_event_codes(dicts, known_event_codes, out);
  check_actors(dicts.actors, out);
  check_agents(dicts.agents, out);
  return out;
}

}  // namespace vigil::dict
