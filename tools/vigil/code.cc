// vigil code: documents in, events out (JSON Lines), in input order whatever the threads.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "vigil/dedup.h"
#include "vigil/pipeline.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelp = R"(usage: vigil code [OPTIONS] [INPUT...]

Codes political events in news text and writes one JSON object per event to standard
output (JSON Lines). INPUT is a JSON Lines file ({"id", "text", "date", ...} per line),
a .txt file (one document) or a PETRARCH .xml file (its parses are used); "-" or no
INPUT reads JSON Lines from standard input.

Options:
  --petrarch-config FILE.ini  code with the dictionaries of a PETRARCH2 config file
                              (paths relative to it) instead of vigil's own
  --all                       also write negated and hypothetical events, with a
                              "modality" field saying which
  -j N                        worker threads (default 1); output order is input order
  --dedup day                 across documents, one event per source, target, code and
                              day, written at the end with "documents" and "sources"
                              counts (memory grows with distinct events)
  --strict                    exit with status 1 if any input line was bad
  --quiet                     no progress report on standard error

Each event has: doc_id, sentence_index, sentence, date, event_date, source and target
({code, country, sector, text}), cameo, cameo_root, goldstein, quad_class, plover,
quote, location, evidence ({begin, end, verb, pattern, implied: "source"/"target" when
that role was taken from earlier sentences}), modality and mentions (one event per
source, target, code and event date per document). Full reference: docs/output.md.
Bad input lines are reported on standard error with their line number and skipped.
)";

struct Batch {
  std::vector<Document> docs;
  std::vector<std::vector<events::EventRecord>> results;
};

}  // namespace

int run_code(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  events::PipelineConfig config;
  config.data_dir = data_dir();
  args.option("--petrarch-config", config.petrarch_config);
  config.include_all_modalities = args.flag("--all");
  const bool strict = args.flag("--strict");
  const bool quiet = args.flag("--quiet");
  std::string dedup;
  args.option("--dedup", dedup);
  if (!dedup.empty() && dedup != "day") {
    std::fprintf(stderr, "vigil code: --dedup takes 'day' (got '%s')\n", dedup.c_str());
    return 2;
  }
  events::DayDeduplicator deduplicator;
  std::string threads_text = "1";
  args.option("-j", threads_text);
  int threads = std::atoi(threads_text.c_str());
  if (threads < 1) {
    std::fprintf(stderr, "vigil code: -j needs a positive number, got '%s'\n", threads_text.c_str());
    return 2;
  }
  if (std::string bad = args.unknown_option(); !bad.empty() && bad != "-") {
    std::fprintf(stderr, "vigil code: unknown option %s (see vigil code --help)\n", bad.c_str());
    return 2;
  }
  auto pipeline = events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil code: %s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  std::vector<events::DocumentCoder> workers;
  for (int t = 0; t < threads; ++t) workers.emplace_back(*pipeline.value());

  DocumentSource source(args.rest());
  const bool progress = !quiet && isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  size_t docs_done = 0, events_written = 0;
  const size_t batch_size = 64 * static_cast<size_t>(threads);
  Batch batch;
  bool more = true;
  while (more) {
    batch.docs.clear();
    Document doc;
    while (batch.docs.size() < batch_size && (more = source.next(doc))) batch.docs.push_back(std::move(doc));
    batch.results.assign(batch.docs.size(), {});
    // Each worker takes every threads-th document; results are written in input order.
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = static_cast<size_t>(t); i < batch.docs.size(); i += static_cast<size_t>(threads))
          batch.results[i] = workers[static_cast<size_t>(t)].code(batch.docs[i]);
      });
    }
    for (std::thread& th : pool) th.join();
    for (size_t d = 0; d < batch.results.size(); ++d) {
      for (const events::EventRecord& r : batch.results[d]) {
        if (!dedup.empty()) {
          deduplicator.add(r, batch.docs[d].source);
          continue;
        }
        std::string line = events::to_json(r);
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
        ++events_written;
      }
    }
    docs_done += batch.docs.size();
    if (progress) {
      double secs = std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\rvigil code: %zu documents, %zu events, %.1f s", docs_done, events_written, secs);
    }
  }
  for (const auto& entry : deduplicator.entries()) {
    std::string line = events::to_json(entry.first);
    line.pop_back();  // the closing brace: the counts join the object
    line += ", \"documents\": " + std::to_string(entry.documents.size()) +
            ", \"sources\": " + std::to_string(entry.sources.size()) + "}\n";
    std::fwrite(line.data(), 1, line.size(), stdout);
  }
  if (progress) std::fputc('\n', stderr);
  std::fflush(stdout);
  return strict && source.problems() > 0 ? 1 : 0;
}

}  // namespace vigil::cli
