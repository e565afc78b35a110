// vigil as a library in one header: open the dictionaries and data once, then code
// documents (one, many in input order over threads, or an unbounded stream with a bounded
// window in flight) and find their quotations. A thin layer over events::Pipeline and
// events::DocumentCoder (include/vigil/pipeline.h); the command line and the Python
// package are built on it, so all three give the same events.
//
//   auto engine = vigil::Engine::open();                 // VIGIL_DATA or the source data/
//   if (!engine.ok()) { std::cerr << engine.status().to_string(); return 2; }
//   vigil::Document doc;
//   doc.id = "d1", doc.date = "2020-06-01", doc.text = "Canada condemned China.";
//   for (const auto& e : engine.value().code(doc).events) std::cout << vigil::to_json(e) << '\n';
#pragma once

#include <cstddef>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "vigil/discourse.h"
#include "vigil/document.h"
#include "vigil/jsonl.h"
#include "vigil/pipeline.h"
#include "vigil/status.h"

namespace vigil {

/// vigil's data folder: $VIGIL_DATA when set and not empty, else the data/ folder of the
/// source tree the library was built from.
std::string default_data_dir();

/// Worker threads used when 0 is asked: every core (at least 1).
int default_threads();

/// What an Engine is opened with.
struct EngineOptions {
  /// Empty: vigil's own dictionaries (data_dir). Else a PETRARCH2 .ini file whose
  /// dictionaries are used instead (paths relative to it).
  std::string petrarch_config;
  /// vigil's data folder (dictionaries, CAMEO tables, places); empty = default_data_dir().
  std::string data_dir;
  /// Also give negated and hypothetical events, with their modality.
  bool include_all_modalities = false;
};

/// What coding one document gave.
struct CodedResult {
  /// The document's events in the order `vigil code` writes them.
  std::vector<events::EventRecord> events;
  /// What a reader of the output should know about how this document was coded
  /// (sentences cut, the document coded in windows, a parse that could not be read, an
  /// internal error that made it skipped). Never fatal.
  std::vector<std::string> notes;
  /// Every diagnostic of this document, for a caller that reports them with its id (as
  /// `vigil code` does on standard error): what reading found (Document::diagnostics: a
  /// date dropped, repaired UTF-8, a bad title), then the notes above.
  std::vector<std::string> diagnostics;
  /// Sentences of the document (for throughput reports).
  size_t sentences = 0;
};

/// How a stream of documents is coded.
struct StreamOptions {
  /// Worker threads; 0 = default_threads(). Output order never depends on it.
  int threads = 0;
  /// At most this many documents read but not yet handed to `emit`; 0 = 64 per thread.
  size_t window_documents = 0;
  /// No new document is read while the text in flight is this many bytes or more (so
  /// memory is bounded by about this plus one document).
  size_t window_bytes = size_t{64} << 20;
};

/// One direct quotation, with its speaker's actor code (as `vigil quotes` writes it).
struct Quotation {
  std::string doc_id;
  std::string text;                  ///< the quoted words, without their quotation marks
  discourse::QuoteKind kind = discourse::QuoteKind::kFull;
  std::string speaker;               ///< "" when none can be attributed
  std::string speaker_role;
  std::string speaker_org;
  std::string speaker_code;          ///< actor code of the speaker's organisation or the speaker
  size_t begin = 0, end = 0;         ///< byte span of `text` in the document
};

/// Opened dictionaries and data plus a pool of per-thread coders. Copies share one state
/// (the pipeline is held as shared_ptr<const events::Pipeline>), so a copy, or a binding
/// holding one, never dangles. Every method is const and safe to call from many threads.
class Engine {
 public:
  /// Loads everything once. A dictionary that cannot be loaded is an error listing every
  /// problem; lines that were skipped are in skipped_dictionary_lines().
  static Result<Engine> open(const EngineOptions& options = {});

  /// The shared, immutable pipeline (for events::DocumentCoder and the lower-level API).
  const std::shared_ptr<const events::Pipeline>& pipeline() const;
  /// Dictionary lines that could not be read and were left out of the load.
  const std::vector<Diagnostic>& skipped_dictionary_lines() const;

  /// Codes one document. Never fails: problems become notes. Documents over 1 MB are
  /// coded in windows of whole sentences, as `vigil code` does.
  CodedResult code(const Document& doc) const;

  /// Codes `docs` over `threads` threads (0 = every core); results in input order.
  std::vector<CodedResult> code_many(const std::vector<Document>& docs, int threads = 0) const;

  /// Reads the next document into its argument; false at the end of the input.
  using NextDocument = std::function<bool(Document&)>;
  /// Receives each document (moved back) and its result, in input order.
  using EmitResult = std::function<void(Document&&, CodedResult&&)>;
  /// Codes documents pulled from `next` and hands each one's result to `emit` in input
  /// order, with at most options.window_documents documents (and about window_bytes of
  /// text) in flight, so memory stays bounded on an unbounded stream. `next` and `emit`
  /// are called from the worker threads but never at the same time as each other or
  /// themselves, so they may share state without locking. If either throws, reading
  /// stops, the documents in flight are dropped and the error is returned.
  Status code_stream(const NextDocument& next, const EmitResult& emit,
                     const StreamOptions& options = {}) const;

  /// The quotations of a document of the given kinds (empty: every kind but names and
  /// scare quotes, as `vigil quotes` writes by default), in text order.
  std::vector<Quotation> quotes(const Document& doc,
                                const std::vector<discourse::QuoteKind>& kinds = {}) const;

 private:
  struct State;
  explicit Engine(std::shared_ptr<State> state);
  std::shared_ptr<State> state_;
};

/// Codes one document with a coder of the caller's own, exactly as Engine::code does:
/// documents over 1 MB in windows of whole sentences (memory follows the window, not the
/// document), over-long sentences in pieces, an exception turned into a note (no events).
/// For programs that keep per-thread coders (`vigil ingest`). Not thread-safe on `coder`.
CodedResult code_document(events::DocumentCoder& coder, const Document& doc);

/// The windows a text over 1 MB is coded in: [begin, end) byte ranges of whole sentences
/// of about 1 MB each, in order, covering the text (one range for a smaller text).
std::vector<std::pair<size_t, size_t>> text_windows(std::string_view text);

/// discourse::find_quotes over text_windows(text), spans into the whole text: the work
/// and memory of quotation finding follow the window, not the document (a quotation is
/// not attributed across a window's edge).
std::vector<discourse::Quote> find_quotes_bounded(std::string_view text);

/// Reads one line of JSON Lines input (`{"id", "text", "date", "title", "source", "url"}`)
/// exactly as `vigil code` reads its input: UTF-8 repaired, the date read in the forms of
/// docs/bad-input.md (an unreadable date is dropped with a note in doc.diagnostics). A line
/// that is no JSON object with string id and text is an error saying why.
Result<Document> read_document(std::string_view json_line);

/// The quotation as one line of JSON (no newline), the fields of `vigil quotes`.
std::string to_json(const Quotation& quotation);

using output::to_json;

}  // namespace vigil
