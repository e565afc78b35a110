// Mutated dictionary texts: every reader must return normally, and every diagnostic must
// point at a line of the text. Deterministic (fixed seed), so a failure is reproducible.
#include <gtest/gtest.h>

#include <random>
#include <string>

#include "test_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {
namespace {

constexpr std::string_view kSeed = R"(<!-- seed -->
&SET_
+ONE_TWO
+&OTHER
&OTHER
+THREE
--- BLOCK [010:011] ---
+VERB_UP {+VERBED_UP}
ROUGH_+HEW [012]
- $ SO_*_NOW (WITH {BIG &SET}) + ^ % [---]
~ a (a b VERB) HEW = a b 010
ROOT_PHRASE [ABC] [ABC <990101] [DEF 20010101-20020202]
+SYN_ONYM
	[GHI >100101]
!S! = X, Y
WORD!S! {PLURALS} [~COD]
+STORY PHRASE_
<ISSUE CATEGORY="C">
n:thing v:do pre+fix [CODE]
~~ignore me
</ISSUE>
)";

size_t line_count(const std::string& s) {
  size_t n = 1;
  for (char c : s) n += c == '\n';
  return n;
}

TEST(Robustness, MutatedInputsNeverCrashAndDiagnosticsPointInside) {
  std::mt19937 rng(20240607);
  const std::string specials = "[]{}()*_+~!&<>#-:$%^ \t\n=,\"\r";
  for (int round = 0; round < 1000; ++round) {
    std::string text(kSeed);
    int edits = 1 + static_cast<int>(rng() % 8);
    for (int e = 0; e < edits && !text.empty(); ++e) {
      size_t pos = rng() % text.size();
      switch (rng() % 4) {
        case 0: text[pos] = specials[rng() % specials.size()]; break;
        case 1: text.insert(pos, 1, specials[rng() % specials.size()]); break;
        case 2: text.erase(pos, 1 + rng() % 6); break;
        default: text.insert(pos, text.substr(rng() % text.size(), rng() % 20)); break;
      }
    }
    std::vector<Diagnostic> problems;
    Dictionaries d;
    parse_verbs(text, "m", d.verbs, problems);
    parse_actors(text, "m", d.actors, problems);
    parse_agents(text, "m", d.agents, problems);
    parse_discards(text, "m", d.discards, problems);
    parse_issues(text, "m", d.issues, problems);
    (void)check_dictionaries(d, {"010"});
    for (const ActorEntry& a : d.actors.entries) (void)a.code_on(730000);
    size_t lines = line_count(text);
    for (const auto& p : problems) {
      ASSERT_LE(static_cast<size_t>(p.line), lines) << p.to_string() << "\n" << text;
      ASSERT_FALSE(p.message.empty());
    }
    for (const auto& w : d.warnings()) ASSERT_LE(static_cast<size_t>(w.line), lines);
  }
}

}  // namespace
}  // namespace vigil::dict
