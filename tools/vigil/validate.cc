// vigil validate: runs PETRARCH validation records and reports what passed.
#include <cstdio>
#include <filesystem>
#include <iostream>
#include <map>
#include <sstream>

#include "cli.h"
#include "commands.h"
#include "vigil/dictionaries.h"
#include "vigil/text.h"
#include "vigil/validation.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelp = R"(usage: vigil validate FILE.xml [--json] [--ignore-parse] [--failures]

Runs PETRARCH validation records: the file's <Environment> names the dictionaries
(relative to the file); each <Sentence> is coded from its <Parse> (or, with
--ignore-parse, from its <Text> with vigil's own parser) and compared with its
<EventCoding> elements, noevents="True" or error="..." expectations.

  --json          one JSON object per record:
                  {id, category, expected: [{source, target, code}], got: [...], pass}
  --ignore-parse  parse each record's text with vigil's own parser
  --failures      (text mode) list only the records that failed

The last line is "N passed, M failed". Dictionary lines that cannot be read are named
on standard error and skipped. Exit status: 0 all passed, 1 some failed, 2 the file
(malformed XML, a folder) or its dictionaries (a file missing) could not be used.
)";

std::string triples_json(const std::vector<events::Triple>& triples) {
  std::string out = "[";
  for (size_t i = 0; i < triples.size(); ++i) {
    if (i) out += ", ";
    out += "{\"source\": " + json_string(triples[i].source) +
           ", \"target\": " + json_string(triples[i].target) +
           ", \"code\": " + json_string(triples[i].code) + "}";
  }
  return out + "]";
}

std::string triples_text(const std::vector<events::Triple>& triples) {
  std::string out;
  for (const auto& t : triples) out += " (" + t.source + " " + t.target + " " + t.code + ")";
  return out.empty() ? " none" : out;
}

// run_validation loads the dictionaries named by the file's <Environment> and skips their
// bad lines (dict::load_dictionaries); this names those lines on stderr, so that a record
// failing for want of a skipped pattern is explained. Returns how many there are.
size_t report_skipped_dictionary_lines(const std::string& xml_path) {
  std::vector<Diagnostic> ignored;
  auto file = text::read_petrarch_xml(xml_path, ignored);
  if (!file.ok()) return 0;  // run_validation reports it
  const std::filesystem::path dir = std::filesystem::path(xml_path).parent_path();
  auto value = [&](std::string_view key) -> std::string {
    for (const auto& [k, v] : file.value().environment)
      if (k == key && !v.empty()) return (dir / v).string();
    return {};
  };
  dict::DictionaryFiles files;
  files.verbs = value("Verbfile");
  for (const auto& [k, v] : file.value().environment) {
    if (k != "Actorfile") continue;
    std::stringstream list(v);
    std::string one;
    while (std::getline(list, one, ',')) {
      one.erase(0, one.find_first_not_of(" \t"));
      one.erase(one.find_last_not_of(" \t") + 1);
      if (!one.empty()) files.actors.push_back((dir / one).string());
    }
    break;
  }
  files.agents = value("Agentfile");
  files.discards = value("Discardfile");
  auto dicts = dict::load_dictionaries(files);
  if (!dicts.ok()) return 0;  // run_validation reports it
  for (const Diagnostic& d : dicts.value()->skipped_lines)
    std::fprintf(stderr, "vigil validate: %s (dictionary line skipped)\n", d.to_string().c_str());
  return dicts.value()->skipped_lines.size();
}

}  // namespace

int run_validate(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  const bool json = args.flag("--json");
  const bool ignore_parse = args.flag("--ignore-parse");
  const bool failures_only = args.flag("--failures");
  if (std::string bad = args.unknown_option(); !bad.empty()) {
    std::fprintf(stderr, "vigil validate: unknown option %s (see vigil validate --help)\n", bad.c_str());
    return 2;
  }
  if (args.rest().size() != 1) {
    std::fputs("vigil validate: give exactly one validation XML file (see --help)\n", stderr);
    return 2;
  }
  events::ValidationOptions options;
  if (ignore_parse) options.parser = own_parser();
  const size_t skipped = report_skipped_dictionary_lines(args.rest().front());
  auto results = events::run_validation(args.rest().front(), options);
  if (!results.ok()) {
    std::fprintf(stderr, "vigil validate: %s\n", results.status().to_string().c_str());
    return 2;
  }
  size_t passed = 0, failed = 0;
  std::map<std::string, std::pair<int, int>> by_category;
  for (const events::RecordResult& r : results.value()) {
    (r.pass ? passed : failed)++;
    auto& [p, f] = by_category[r.category];
    (r.pass ? p : f)++;
    if (json) {
      std::string got = triples_json(r.got);
      std::cout << "{\"id\": " << json_string(r.id) << ", \"category\": " << json_string(r.category)
                << ", \"expected\": " << triples_json(r.expected) << ", \"got\": " << got;
      if (!r.expected_error.empty()) std::cout << ", \"expected_error\": " << json_string(r.expected_error);
      if (!r.got_error.empty()) std::cout << ", \"got_error\": " << json_string(r.got_error);
      std::cout << ", \"pass\": " << (r.pass ? "true" : "false") << "}\n";
    } else if (!r.pass || !failures_only) {
      std::string expected = !r.expected_error.empty() ? " error=" + r.expected_error
                             : r.expect_no_events      ? " none"
                                                       : triples_text(r.expected);
      std::string got = triples_text(r.got) + (r.got_error.empty() ? "" : " error=" + r.got_error);
      std::cout << (r.pass ? "PASS " : "FAIL ") << r.id << "  expected:" << expected
                << "  got:" << got << "\n";
    }
  }
  if (!json) {
    for (const auto& [category, counts] : by_category)
      std::cout << "  " << category << ": " << counts.first << "/" << counts.first + counts.second << "\n";
  }
  std::cout << passed << " passed, " << failed << " failed\n";
  if (skipped > 0) std::fprintf(stderr, "vigil validate: %zu dictionary lines skipped\n", skipped);
  return failed == 0 ? 0 : 1;
}

}  // namespace vigil::cli
