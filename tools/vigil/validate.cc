// vigil validate: runs PETRARCH validation records and reports what passed.
#include <cstdio>
#include <iostream>
#include <map>

#include "cli.h"
#include "commands.h"
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

The last line is "N passed, M failed". Exit status: 0 all passed, 1 some failed,
2 the file or its dictionaries could not be used.
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
  return failed == 0 ? 0 : 1;
}

}  // namespace vigil::cli
