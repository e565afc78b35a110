// libFuzzer target for the dictionary readers: verbs, actors, agents, discards, issues and
// the PETRARCH2 .ini config ([Dictionaries], [Options]). The first byte picks the reader;
// the rest is the file text. Every reader must return normally on any input, with
// diagnostics whose line numbers lie inside the text.
#include <unistd.h>

#include <cstddef>
#include <cstdint>
#include <cstdio>
#include <string>
#include <string_view>

#include "vigil/dictionaries.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  if (size == 0) return 0;
  using namespace vigil::dict;
  std::string_view text(reinterpret_cast<const char*>(data) + 1, size - 1);
  std::vector<vigil::Diagnostic> problems;
  switch (data[0] % 6) {
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
    case 4: {
      // The config reader takes a path (it resolves the dictionaries' paths against it).
      static const std::string path = "/tmp/vigil-fuzz-config-" + std::to_string(getpid()) + ".ini";
      if (FILE* f = std::fopen(path.c_str(), "wb")) {
        std::fwrite(text.data(), 1, text.size(), f);
        std::fclose(f);
        (void)read_petrarch_config(path);
        std::remove(path.c_str());
      }
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
