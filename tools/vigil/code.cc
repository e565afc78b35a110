// vigil code: documents in, events out (JSON Lines), in input order whatever the threads.
#include <unistd.h>

#include <algorithm>
#include <chrono>
#include <cstdlib>
#include <cstdio>
#include <exception>
#include <thread>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "vigil/dedup.h"
#include "vigil/nlp.h"
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
  -j N                        worker threads (default 1, at most 4 per CPU); output
                              order is input order
  --dedup day                 across documents, one event per source, target, code and
                              day, written at the end with "documents" and "sources"
                              counts (memory grows with distinct events)
  --strict                    refuse dictionaries with bad lines, and exit with status 1
                              after any problem with the input (see below)
  --quiet                     no progress report; the summary only when something
                              went wrong

Each event has: doc_id, sentence_index, sentence, date, event_date, source and target
({code, country, sector, text}), cameo, cameo_root, goldstein, quad_class, plover,
quote, location, evidence ({begin, end, verb, pattern, implied: "source"/"target" when
that role was taken from earlier sentences}), modality and mentions (one event per
source, target, code and event date per document). Full reference: docs/output.md.
INPUT may be a folder: its .jsonl, .ndjson, .json, .txt and .xml files are read (sorted,
recursively). Every problem is reported on standard error with file:line and the document
id, and the run goes on: bad lines and records are skipped, unreadable dates dropped,
sentences longer than 5,000 bytes or 100 commas coded in pieces, documents over 1 MB
coded in windows of whole sentences. A summary line ends the run. Exit status: 0, or 1
when an input could not be read at all (or, with --strict, after any problem), 2 when
vigil cannot run (bad options, dictionaries). Details: docs/bad-input.md.
)";

// A document larger than this is coded in windows of whole sentences, so that memory
// follows the window, not the document (the coder keeps every sentence's tree).
constexpr size_t kWindowBytes = size_t{1} << 20;
// A batch stops growing at this many bytes of text, whatever the thread count.
constexpr size_t kBatchBytes = size_t{64} << 20;

std::string megabytes(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

// Codes one document; `notes` receives what the reader of the output should know (cut
// sentences, windows, parses that could not be read).
std::vector<events::EventRecord> code_document(events::DocumentCoder& coder, const Document& doc,
                                               std::vector<std::string>& notes) {
  if (!doc.given_sentences.empty() || doc.text.size() <= nlp::kMaxSentenceBytes)
    return coder.code(doc, &notes);
  size_t cut = 0;
  const std::vector<nlp::SentenceSpan> spans = nlp::split_sentences(doc.text, &cut);
  if (cut > 0) {
    notes.push_back(std::to_string(cut) + " sentence" + (cut == 1 ? " is" : "s are") +
                    " longer than " + std::to_string(nlp::kMaxSentenceBytes) + " bytes or " +
                    std::to_string(nlp::kMaxSentenceCommas) +
                    " commas (no sentence end); coded in pieces");
  }
  if (doc.text.size() <= kWindowBytes || spans.empty()) return coder.code(doc, &notes);

  std::vector<events::EventRecord> out;
  size_t first = 0, windows = 0;
  int sentence_offset = 0;
  while (first < spans.size()) {
    const size_t begin = first == 0 ? 0 : spans[first].begin;
    size_t last = first + 1;
    while (last < spans.size() && spans[last].end - begin <= kWindowBytes) ++last;
    const size_t end = last == spans.size() ? doc.text.size() : spans[last].begin;
    Document part;
    part.id = doc.id;
    part.date = doc.date;
    part.title = doc.title;
    part.source = doc.source;
    part.url = doc.url;
    if (first == 0) part.dateline = doc.dateline;
    part.text = doc.text.substr(begin, end - begin);
    const size_t seen = coder.sentences();
    for (events::EventRecord& e : coder.code(part, &notes)) {
      e.evidence_begin += begin;
      e.evidence_end += begin;
      e.sentence_index += sentence_offset;
      out.push_back(std::move(e));
    }
    sentence_offset += static_cast<int>(coder.sentences() - seen);
    ++windows;
    first = last;
  }
  notes.push_back("document of " + megabytes(doc.text.size()) + " coded in " +
                  std::to_string(windows) + " windows of about " + megabytes(kWindowBytes) +
                  " (whole sentences): an event is counted once per window, and references "
                  "to earlier sentences do not cross windows");
  return out;
}

struct Batch {
  std::vector<Document> docs;
  std::vector<std::string> where;  // file:line of each document
  std::vector<std::vector<events::EventRecord>> results;
  std::vector<std::vector<std::string>> notes;
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
  auto pipeline = events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil code: %s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  // Dictionary lines that could not be read were left out of the load; say which.
  const std::vector<Diagnostic>& skipped = pipeline.value()->coder().dictionaries().skipped_lines;
  for (const Diagnostic& d : skipped)
    std::fprintf(stderr, "vigil code: %s (dictionary line skipped)\n", d.to_string().c_str());
  if (strict && !skipped.empty()) {
    std::fprintf(stderr, "vigil code: %zu bad dictionary line%s; refused under --strict\n",
                 skipped.size(), skipped.size() == 1 ? "" : "s");
    return 2;
  }
  std::vector<events::DocumentCoder> workers;
  for (int t = 0; t < threads; ++t) workers.emplace_back(*pipeline.value());

  DocumentSource source(args.rest(), "vigil code");
  const bool progress = !quiet && isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  size_t docs_done = 0, events_written = 0, notes_written = 0;
  const size_t batch_size = 64 * static_cast<size_t>(threads);
  Batch batch;
  bool more = true;
  while (more) {
    batch.docs.clear();
    batch.where.clear();
    size_t batch_bytes = 0;
    Document doc;
    while (batch.docs.size() < batch_size && batch_bytes < kBatchBytes && (more = source.next(doc))) {
      batch_bytes += doc.text.size();
      batch.docs.push_back(std::move(doc));
      batch.where.push_back(source.where());
    }
    batch.results.assign(batch.docs.size(), {});
    batch.notes.assign(batch.docs.size(), {});
    // Each worker takes every threads-th document; results are written in input order.
    // A document that throws is reported and skipped; the others go on.
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = static_cast<size_t>(t); i < batch.docs.size(); i += static_cast<size_t>(threads)) {
          try {
            batch.results[i] = code_document(workers[static_cast<size_t>(t)], batch.docs[i], batch.notes[i]);
          } catch (const std::exception& e) {
            batch.results[i].clear();
            batch.notes[i].push_back(std::string("internal error while coding (") + e.what() +
                                     "); document skipped");
          }
        }
      });
    }
    for (std::thread& th : pool) th.join();
    for (size_t d = 0; d < batch.results.size(); ++d) {
      for (const std::string& note : batch.notes[d]) {
        std::fprintf(stderr, "vigil code: %s: document \"%s\": %s\n", batch.where[d].c_str(),
                     batch.docs[d].id.c_str(), note.c_str());
        ++notes_written;
      }
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
    ++events_written;
  }
  if (progress) std::fputc('\n', stderr);
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
