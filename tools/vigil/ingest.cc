// vigil ingest: documents in, coded and stored (SQLite or PostgreSQL), idempotent and resumable.
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <thread>
#include <unordered_map>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "vigil/pipeline.h"
#include "vigil/store.h"
#include "vigil/vigil.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelp = R"(usage: vigil ingest [--db PATH|URL] [OPTIONS] INPUT...

Codes political events in documents exactly as "vigil code" does and stores the
documents, their events (every field of vigil code), the sentences that gave them
(searchable with vigil query --text) and their quotations in an event store: a SQLite
file (created when missing) or a PostgreSQL database given by a postgresql:// URL
(created tables in an empty database). Read it with "vigil query" and "vigil export".

Storing is idempotent: a document whose id is stored with the same content is not coded
again and changes nothing; one with new content has its events replaced. Documents are
committed in batches, each in one transaction: a run that is killed keeps every batch
committed before, never half a document; run it again (or with --resume) to go on.

Options:
  --db PATH|URL               the store: a SQLite file (default vigil.db) or
                              postgresql://user@host[:port]/database
  --resume                    skip documents whose id is stored, without reading them
                              against the stored content (fastest restart)
  -j N                        worker threads for coding (default 1)
  --petrarch-config FILE.ini  code with a PETRARCH2 config's dictionaries
  --all                       also store negated and hypothetical events
  --batch N                   documents per transaction (default 64 per thread)
  --strict                    exit with status 1 if any input line was bad or any
                              document had a warning (a bad date, a cut)
  --quiet                     no progress report (shown only when stderr is a terminal)

INPUT is read as for vigil code (JSON Lines, .txt, PETRARCH .xml; "-" = standard input).
The store's layout: docs/store.md.
)";

// Text of the documents coded in one batch, at most (plus one document).
constexpr size_t kBatchBytes = size_t{64} << 20;

// The quotations of a document, window by window as it is coded (vigil::text_windows):
// finding them costs more than linear time in the length of one text.
std::vector<store::Quotation> quotations_of(const events::Pipeline& pipeline, const Document& doc) {
  const auto windows = text_windows(doc.text);
  if (windows.size() == 1) return store::find_quotations(pipeline, doc);
  std::vector<store::Quotation> out;
  for (const auto& [begin, end] : windows) {
    Document part;
    part.id = doc.id;
    part.date = doc.date;
    part.text = doc.text.substr(begin, end - begin);
    for (store::Quotation& q : store::find_quotations(pipeline, part)) {
      q.begin += begin;
      q.end += begin;
      out.push_back(std::move(q));
    }
  }
  return out;
}

}  // namespace

int run_ingest(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  std::string db_path = "vigil.db";
  args.option("--db", db_path);
  const bool resume = args.flag("--resume");
  events::PipelineConfig config;
  config.data_dir = data_dir();
  args.option("--petrarch-config", config.petrarch_config);
  config.include_all_modalities = args.flag("--all");
  const bool strict = args.flag("--strict");
  const bool quiet = args.flag("--quiet");
  std::string threads_text = "1", batch_text;
  args.option("-j", threads_text);
  args.option("--batch", batch_text);
  const int threads = std::atoi(threads_text.c_str());
  if (threads < 1) {
    std::fprintf(stderr, "vigil ingest: -j needs a positive number, got '%s'\n",
                 threads_text.c_str());
    return 2;
  }
  size_t batch_size = 64 * static_cast<size_t>(threads);
  if (!batch_text.empty()) {
    const long n = std::atol(batch_text.c_str());
    if (n < 1) {
      std::fprintf(stderr, "vigil ingest: --batch needs a positive number, got '%s'\n",
                   batch_text.c_str());
      return 2;
    }
    batch_size = static_cast<size_t>(n);
  }
  if (std::string bad = args.unknown_option(); !bad.empty() && bad != "-") {
    std::fprintf(stderr, "vigil ingest: unknown option %s (see vigil ingest --help)\n",
                 bad.c_str());
    return 2;
  }
  if (args.rest().empty()) {
    std::fprintf(stderr, "vigil ingest: no INPUT (give files, or - for standard input)\n");
    return 2;
  }
  auto opened = store::Store::open(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "vigil ingest: %s\n", opened.status().to_string().c_str());
    return 2;
  }
  store::Store& db = *opened.value();
  auto pipeline = events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil ingest: %s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  store::Provenance provenance;
  provenance.program = "vigil " VIGIL_VERSION;
  provenance.dictionaries = config.petrarch_config.empty() ? "vigil:" + config.data_dir
                                                           : "petrarch:" + config.petrarch_config;
  provenance.options = config.include_all_modalities ? "--all" : "";

  std::vector<events::DocumentCoder> workers;
  for (int t = 0; t < threads; ++t) workers.emplace_back(pipeline.value());
  DocumentSource source(args.rest(), "vigil ingest");
  const bool progress = !quiet && isatty(STDERR_FILENO);
  const auto start = std::chrono::steady_clock::now();
  size_t read = 0, skipped = 0;
  store::PutCounts total;
  std::vector<Document> docs;
  std::vector<std::string> where;  // where each document of `docs` was read
  // What coding found about each document of `coded` (cut sentences, windows), said with
  // where the document was read once its batch is coded.
  std::vector<std::vector<std::string>> notes;
  std::vector<std::string> coded_where;
  size_t notes_written = 0;
  // The batch being coded, and the one coded before it, stored by this thread while the
  // workers code the next (each batch is one transaction).
  std::vector<store::CodedDocument> coded, pending;
  Status failed;
  auto store_pending = [&] {
    if (pending.empty() || !failed.ok()) return;
    auto counts = db.put(pending, provenance);
    pending.clear();
    if (!counts.ok()) {
      failed = counts.status();
      return;
    }
    total.inserted += counts.value().inserted;
    total.replaced += counts.value().replaced;
    total.unchanged += counts.value().unchanged;
    total.events += counts.value().events;
    if (progress) {
      const double secs =
          std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
      std::fprintf(stderr, "\rvigil ingest: %zu documents (%.0f/s), %zu events stored", read,
                   secs > 0 ? static_cast<double>(read) / secs : 0.0, total.events);
    }
  };
  bool more = true;
  while (more && failed.ok()) {
    docs.clear();
    where.clear();
    Document doc;
    // A batch also stops at kBatchBytes of text, so that a run of huge documents does not
    // hold a whole batch of them at once.
    size_t batch_bytes = 0;
    while (docs.size() < batch_size && batch_bytes < kBatchBytes && (more = source.next(doc))) {
      batch_bytes += doc.text.size();
      where.push_back(source.where());
      docs.push_back(std::move(doc));
    }
    read += docs.size();
    // Documents stored with the same content (or, under --resume, stored at all) are not
    // coded again. (A document of the batch still being stored is checked inside put.)
    std::vector<std::string> ids;
    for (const Document& d : docs) ids.push_back(d.id);
    auto stored = db.stored_hashes(ids);
    if (!stored.ok()) {
      failed = stored.status();
      break;
    }
    coded.clear();
    coded_where.clear();
    for (size_t k = 0; k < docs.size(); ++k) {
      Document& d = docs[k];
      auto it = stored.value().find(d.id);
      if (it != stored.value().end() && (resume || it->second == store::content_hash(d))) {
        ++skipped;
        continue;
      }
      coded.emplace_back().document = std::move(d);
      coded_where.push_back(std::move(where[k]));
    }
    notes.assign(coded.size(), {});
    std::vector<std::thread> pool;
    for (int t = 0; t < threads; ++t) {
      pool.emplace_back([&, t] {
        for (size_t i = static_cast<size_t>(t); i < coded.size();
             i += static_cast<size_t>(threads)) {
          // As vigil code does: a huge document in windows, an exception a note.
          CodedResult result = code_document(workers[static_cast<size_t>(t)], coded[i].document);
          coded[i].events = std::move(result.events);
          notes[i] = std::move(result.notes);
          coded[i].quotations = quotations_of(*pipeline.value(), coded[i].document);
        }
      });
    }
    store_pending();
    for (std::thread& th : pool) th.join();
    for (size_t i = 0; i < coded.size(); ++i) {
      for (const std::string& note : notes[i]) {
        std::fprintf(stderr, "%svigil ingest: %s: document \"%s\": %s\n", progress ? "\n" : "",
                     coded_where[i].c_str(), coded[i].document.id.c_str(), note.c_str());
        ++notes_written;
      }
    }
    pending = std::move(coded);
    coded.clear();
  }
  store_pending();
  if (!failed.ok()) {
    std::fprintf(stderr, "%svigil ingest: %s\n", progress ? "\n" : "", failed.to_string().c_str());
    // Every batch committed before the failure is whole and kept: say so, and how to go on.
    std::fprintf(stderr,
                 "vigil ingest: the %zu documents stored before (%zu new, %zu replaced) are "
                 "kept; once that is fixed, run the same command again (or with --resume) "
                 "to go on\n",
                 total.inserted + total.replaced, total.inserted, total.replaced);
    return 1;
  }
  const double secs =
      std::chrono::duration<double>(std::chrono::steady_clock::now() - start).count();
  if (!quiet) {
    std::fprintf(stderr,
                 "%svigil ingest: %zu documents read: %zu new, %zu replaced, %zu unchanged; "
                 "%zu events stored in %s (%.1f s)\n",
                 progress ? "\n" : "", read, total.inserted, total.replaced,
                 total.unchanged + skipped, total.events, db_path.c_str(), secs);
  }
  // Bad input is never silent (docs/bad-input.md): each problem was said with its file and
  // line; the count ends the run, even under --quiet.
  const InputCounts& counts = source.counts();
  const size_t warnings = counts.warnings + notes_written;
  if (!quiet || counts.unreadable > 0 || counts.bad_lines > 0 || warnings > 0) {
    std::fprintf(stderr, "vigil ingest: %zu bad lines, %zu warnings, %zu inputs not read\n",
                 counts.bad_lines, warnings, counts.unreadable);
  }
  if (counts.unreadable > 0) return 1;
  return strict && (counts.bad_lines + warnings) > 0 ? 1 : 0;
}

}  // namespace vigil::cli
