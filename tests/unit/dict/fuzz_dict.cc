// libFuzzer target for the dictionary readers (not built by tests/: meant for fuzz/).
// The first byte picks the reader; the rest is the file text. Every reader must return
// normally on any input, with diagnostics whose line numbers lie inside the text.
#include <cstddef>
#include <cstdint>
#include <string_view>

#include "vigil/dictionaries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace vigil::dict;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<vigil::Diagnostic> problems;
  switch (data[0] % 5) {
    case 0: {
      VerbDictionary d;
      parse_verbs(text, "fuzz", d, problems);
      break;
    }
    case 1: {
      ActorDictionary d;
      parse_actors(text, "fuzz", d, problems);
      for (const ActorEntry& e : d.entries) (void)e.code_on(730000);
      break;
    }
    case 2: {
      AgentDictionary d;
      parse_agents(text, "fuzz", d, problems);
      break;
    }
    case 3: {
      DiscardDictionary d;
      parse_discards(text, "fuzz", d, problems);
      std::vector<std::string_view> words{"A", "B", "GROUP"};
      (void)d.check(words);
      break;
    }
    default: {
      IssueDictionary d;
      parse_issues(text, "fuzz", d, problems);
      break;
    }
  }
  size_t lines = 1;
  for (char c : text) lines += c == '\n';
  for (const auto& p : problems) {
    if (p.line < 0 || static_cast<size_t>(p.line) > lines) __builtin_trap();
  }
  return 0;
}
