// vigil dict check: every problem in a set of dictionaries, with file and line.
#include <cstdio>
#include <filesystem>

#include "cli.h"
#include "commands.h"
#include "vigil/dictionaries.h"
#include "vigil/ontology.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelp = R"(usage: vigil dict check [--petrarch-config FILE.ini | DIR]

Checks dictionaries in the PETRARCH formats and lists every problem as file:line:
malformed lines, event codes that are not CAMEO codes, phrases defined twice or with
conflicting codes, overlapping date ranges, malformed actor codes. With no argument it
checks vigil's own dictionaries (the data folder). Bad lines are listed and skipped, and
the rest is still checked, so one run lists every problem. Exit status 0 when clean, 1
when there are problems, 2 when the dictionaries cannot be found or a file cannot be read.
)";

}  // namespace

int run_dict(Args& args) {
  if (args.rest().empty() || args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return args.rest().empty() ? 2 : 0;
  }
  if (args.rest().front() != "check") {
    std::fprintf(stderr, "vigil dict: unknown action '%s' (only 'check'; see vigil dict --help)\n",
                 args.rest().front().c_str());
    return 2;
  }
  args.flag("check");
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  std::string ini;
  args.option("--petrarch-config", ini);
  dict::DictionaryFiles files;
  if (!ini.empty()) {
    auto config = dict::read_petrarch_config(ini);
    if (!config.ok()) {
      std::fprintf(stderr, "vigil dict check: %s\n", config.status().to_string().c_str());
      return 2;
    }
    files = config.value().files;
  } else {
    std::string dir = args.rest().empty() ? data_dir() : args.rest().front();
    auto found = dict::load_dictionary_dir(dir);
    if (!found.ok()) {
      std::fprintf(stderr, "vigil dict check: %s\n", found.status().to_string().c_str());
      return 2;
    }
    files = found.value();
  }
  // Bad lines are skipped, not fatal, so that the deep check still runs on the rest and
  // one listing holds every problem; only files that cannot be read stop here.
  auto dicts = dict::load_dictionaries(files);
  if (!dicts.ok()) {
    for (const Diagnostic& d : dicts.status().details()) std::printf("%s\n", d.to_string().c_str());
    std::printf("%zu problems (dictionaries not checked further: a file cannot be read)\n",
                dicts.status().details().size());
    return 2;
  }
  std::vector<std::string> codes;
  if (auto ontology = Ontology::load(data_dir() + "/cameo"); ontology.ok()) codes = ontology.value()->codes();
  for (const Diagnostic& w : dicts.value()->warnings()) std::printf("warning: %s\n", w.to_string().c_str());
  std::vector<Diagnostic> problems = dicts.value()->skipped_lines;
  for (Diagnostic& d : problems) d.message += " (line skipped)";
  std::vector<Diagnostic> deep = dict::check_dictionaries(*dicts.value(), codes);
  problems.insert(problems.end(), deep.begin(), deep.end());
  for (const Diagnostic& d : problems) std::printf("%s\n", d.to_string().c_str());
  const dict::Dictionaries& d = *dicts.value();
  size_t patterns = 0;
  for (const auto& b : d.verbs.blocks) patterns += b.patterns.size();
  std::printf("verbs: %zu blocks, %zu patterns, %zu verb forms; actors: %zu entries, %zu phrases; "
              "agents: %zu entries; discards: %zu; issues: %zu\n",
              d.verbs.blocks.size(), patterns, d.verbs.forms.size(), d.actors.entries.size(),
              d.actors.index.size(), d.agents.entries.size(), d.discards.entries.size(),
              d.issues.entries.size());
  std::printf("%zu problems\n", problems.size());
  return problems.empty() ? 0 : 1;
}

}  // namespace vigil::cli
