// vigil code: documents in, events out (JSON Lines), in input order whatever the threads.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <deque>
#include <thread>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "vigil/dedup.h"
#include "vigil/jsonl.h"
#include "vigil/vigil.h"

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
  --all                       also write negated and hypothetical events and bare
                              statements ("X said ..."), with a "modality" field
                              saying which
  -j N                        worker threads (default: every core, at most 4 per
                              CPU); output order is input order whatever N is, and
                              at most 64 documents per thread are held in flight
  --dedup day                 across documents, one event per source, target, code and
                              day, written at the end with "documents" and "sources"
                              counts (memory grows with distinct events)
  --strict                    refuse dictionaries with bad lines, and exit with status 1
                              after any problem with the input (see below)
  --quiet                     no progress report; the summary only when something
                              went wrong (progress, documents/s and sentences/s, is
                              shown only when standard error is a terminal)

Each event has: doc_id, sentence_index, sentence, date, event_date, source and target
({code, country, sector, text}), cameo, cameo_root, goldstein, quad_class, plover,
quote, location, evidence ({begin, end, verb, pattern, implied: "source"/"target" when
that role was taken from the document, mentions: every sentence span that gave the
event}), modality, mentions (one event per source, target, code and event date per
document) and joint (shared by the events of one joint act). Full reference:
docs/output.md.
INPUT may be a folder: its .jsonl, .ndjson, .json, .txt and .xml files are read (sorted,
recursively). Every problem is reported on standard error with file:line and the document
id, and the run goes on: bad lines and records are skipped, unreadable dates dropped,
sentences longer than 5,000 bytes or 100 commas coded in pieces, documents over 1 MB
coded in windows of whole sentences. A summary line ends the run. Exit status: 0, or 1
when an input could not be read at all (or, with --strict, after any problem), 2 when
vigil cannot run (bad options, dictionaries). Details: docs/bad-input.md.
)";

// Progress on a terminal: redrawn at most this often.
constexpr double kProgressSeconds = 0.5;

}  // namespace

int run_code(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  EngineOptions config;
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
  std::string threads_text = std::to_string(default_threads());
  args.option("-j", threads_text);
  char* threads_end = nullptr;
  const long threads_asked = std::strtol(threads_text.c_str(), &threads_end, 10);
  if (threads_asked < 1 || threads_end == threads_text.c_str() || *threads_end != '\0') {
    std::fprintf(stderr, "vigil code: -j needs a positive number, got '%s'\n", threads_text.c_str());
    return 2;
  }
  // More threads than cores only cost memory (each holds a parser and a batch share).
  const long max_threads = std::max(4L, 4L * static_cast<long>(std::thread::hardware_concurrency()));
  const int threads = static_cast<int>(std::min(threads_asked, max_threads));
  if (threads_asked > max_threads) {
    std::fprintf(stderr, "vigil code: -j %s is more than this machine can use; using %d threads\n",
                 threads_text.c_str(), threads);
  }
  if (std::string bad = args.unknown_option(); !bad.empty() && bad != "-") {
    std::fprintf(stderr, "vigil code: unknown option %s (see vigil code --help)\n", bad.c_str());
    return 2;
  }
  auto engine = Engine::open(config);
  if (!engine.ok()) {
    std::fprintf(stderr, "vigil code: %s\n", engine.status().to_string().c_str());
    return 2;
  }
  // Dictionary lines that could not be read were left out of the load; say which.
  const std::vector<Diagnostic>& skipped = engine.value().skipped_dictionary_lines();
  for (const Diagnostic& d : skipped)
    std::fprintf(stderr, "vigil code: %s (dictionary line skipped)\n", d.to_string().c_str());
  if (strict && !skipped.empty()) {
    std::fprintf(stderr, "vigil code: %zu bad dictionary line%s; refused under --strict\n",
                 skipped.size(), skipped.size() == 1 ? "" : "s");
    return 2;
  }
  DocumentSource source(args.rest(), "vigil code");
  const bool progress = !quiet && isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  auto seconds = [&] {
    return std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  };
  double shown = 0;
  size_t docs_done = 0, sentences_done = 0, events_written = 0, notes_written = 0;
  // Where each document in flight was read: documents come back in the order they were
  // read, and next/emit never run at once (Engine::code_stream).
  std::deque<std::string> where;
  StreamOptions stream;
  stream.threads = threads;
  const Status status = engine.value().code_stream(
      [&](Document& doc) {
        if (!source.next(doc)) return false;
        where.push_back(source.where());
        return true;
      },
      [&](Document&& doc, CodedResult&& result) {
        for (const std::string& note : result.notes) {
          std::fprintf(stderr, "vigil code: %s: document \"%s\": %s\n", where.front().c_str(),
                       doc.id.c_str(), note.c_str());
          ++notes_written;
        }
        where.pop_front();
        for (const events::EventRecord& r : result.events) {
          if (!dedup.empty()) {
            deduplicator.add(r, doc.source);
            continue;
          }
          std::string line = output::to_json(r);
          line += '\n';
          std::fwrite(line.data(), 1, line.size(), stdout);
          ++events_written;
        }
        ++docs_done;
        sentences_done += result.sentences;
        // The first document shows that work goes on; then every kProgressSeconds.
        if (progress && (docs_done == 1 || seconds() - shown >= kProgressSeconds)) {
          shown = std::max(seconds(), 1e-6);
          std::fprintf(stderr,
                       "\rvigil code: %zu documents, %zu events, %.1f s (%.0f documents/s, %.0f "
                       "sentences/s)\033[K",
                       docs_done, events_written, shown, static_cast<double>(docs_done) / shown,
                       static_cast<double>(sentences_done) / shown);
        }
      },
      stream);
  if (!status.ok()) {
    std::fprintf(stderr, "vigil code: %s\n", status.to_string().c_str());
    return 2;
  }
  for (const auto& entry : deduplicator.entries()) {
    std::string line = output::to_json(entry);
    line += '\n';
    std::fwrite(line.data(), 1, line.size(), stdout);
    ++events_written;
  }
  if (progress && docs_done > 0) {
    const double secs = std::max(seconds(), 1e-6);
    std::fprintf(stderr,
                 "\rvigil code: %zu documents, %zu events, %.1f s (%.0f documents/s, %.0f "
                 "sentences/s)\033[K\n",
                 docs_done, events_written, secs, static_cast<double>(docs_done) / secs,
                 static_cast<double>(sentences_done) / secs);
  }
  std::fflush(stdout);
  const InputCounts& counts = source.counts();
  const size_t warnings = counts.warnings + notes_written + skipped.size();
  if (!quiet || counts.unreadable > 0 || counts.bad_lines > 0 || warnings > 0) {
    std::fprintf(stderr,
                 "vigil code: %zu documents, %zu events; %zu bad lines, %zu warnings, %zu inputs "
                 "not read\n",
                 counts.documents, events_written, counts.bad_lines, warnings, counts.unreadable);
  }
  if (counts.unreadable > 0) return 1;
  return strict && (counts.bad_lines + warnings) > 0 ? 1 : 0;
}

}  // namespace vigil::cli
