// Loads a PETRARCH2 config's dictionaries (or a dictionary folder) and prints counts,
// problems and warnings: the measurement behind "the Phoenix set loads in < 0.5 s".
// Usage: dict_load CONFIG.ini|FOLDER [--warnings] [--check]
#include <chrono>
#include <cstdio>
#include <string>

#include "vigil/dictionaries.h"

int main(int argc, char** argv) {
  using namespace vigil::dict;
  if (argc < 2) {
    std::fprintf(stderr, "usage: dict_load CONFIG.ini|FOLDER [--warnings] [--check]\n");
    return 2;
  }
  std::string arg = argv[1];
  bool show_warnings = false, check = false;
  for (int i = 2; i < argc; ++i) {
    std::string a = argv[i];
    show_warnings = show_warnings || a == "--warnings";
    check = check || a == "--check";
  }
  auto t0 = std::chrono::steady_clock::now();
  DictionaryFiles files;
  if (arg.size() > 4 && arg.compare(arg.size() - 4, 4, ".ini") == 0) {
    auto cfg = read_petrarch_config(arg);
    if (!cfg.ok()) {
      std::fprintf(stderr, "%s\n", cfg.status().to_string().c_str());
      return 1;
    }
    files = cfg.value().files;
  } else {
    auto dir = load_dictionary_dir(arg);
    if (!dir.ok()) {
      std::fprintf(stderr, "%s\n", dir.status().to_string().c_str());
      return 1;
    }
    files = dir.value();
  }
  auto loaded = load_dictionaries(files);
  auto t1 = std::chrono::steady_clock::now();
  if (!loaded.ok()) {
    std::fprintf(stderr, "%s\n", loaded.status().to_string().c_str());
    return 1;
  }
  const Dictionaries& d = *loaded.value();
  size_t patterns = 0, forms = 0;
  for (const auto& b : d.verbs.blocks) patterns += b.patterns.size();
  for (const auto& [h, list] : d.verbs.forms) forms += list.size();
  std::printf("verbs: %zu blocks, %zu patterns, %zu forms, %zu synsets, %zu transformations\n",
              d.verbs.blocks.size(), patterns, forms, d.verbs.synsets.size(),
              d.verbs.transformations.size());
  std::printf("actors: %zu entries, %zu phrases\n", d.actors.entries.size(),
              d.actors.index.size());
  std::printf("agents: %zu entries, %zu phrases\n", d.agents.entries.size(),
              d.agents.index.size());
  std::printf("discards: %zu, issues: %zu entries, %zu phrases\n", d.discards.entries.size(),
              d.issues.entries.size(), d.issues.index.size());
  auto warnings = d.warnings();
  std::printf("warnings: %zu\n", warnings.size());
  if (show_warnings) {
    for (const auto& w : warnings) std::printf("  %s\n", w.to_string().c_str());
  }
  if (check) {
    auto found = check_dictionaries(d, {});
    std::printf("check: %zu findings\n", found.size());
    for (const auto& f : found) std::printf("  %s\n", f.to_string().c_str());
  }
  std::printf("load time: %.3f s\n", std::chrono::duration<double>(t1 - t0).count());
  return 0;
}
