// The facade of include/vigil/vigil.h: opening, the coder pool, ordered streaming.
#include "vigil/vigil.h"

#include <algorithm>
#include <condition_variable>
#include <cstdio>
#include <cstdlib>
#include <exception>
#include <map>
#include <mutex>
#include <optional>
#include <sstream>
#include <thread>

#include "vigil/nlp.h"
#include "vigil/text.h"

namespace vigil {
namespace {

// A document larger than this is coded in windows of whole sentences, so that memory
// follows the window, not the document (the coder keeps every sentence's tree).
constexpr size_t kWindowBytes = size_t{1} << 20;

std::string megabytes(size_t bytes) {
  char buf[32];
  std::snprintf(buf, sizeof buf, "%.1f MB", static_cast<double>(bytes) / 1e6);
  return buf;
}

// Windows of whole sentences of about kWindowBytes covering the text, from its sentences.
std::vector<std::pair<size_t, size_t>> windows_of(std::string_view text,
                                                  const std::vector<nlp::SentenceSpan>& spans) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t first = 0;
  while (first < spans.size()) {
    const size_t begin = first == 0 ? 0 : spans[first].begin;
    size_t last = first + 1;
    while (last < spans.size() && spans[last].end - begin <= kWindowBytes) ++last;
    out.emplace_back(begin, last == spans.size() ? text.size() : spans[last].begin);
    first = last;
  }
  if (out.empty()) out.emplace_back(0, text.size());
  return out;
}

// Codes one document with one coder; `notes` receives what the reader of the output
// should know (cut sentences, windows, parses that could not be read).
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
  size_t windows = 0;
  int sentence_offset = 0;
  for (const auto& [begin, end] : windows_of(doc.text, spans)) {
    Document part;
    part.id = doc.id;
    part.date = doc.date;
    part.title = doc.title;
    part.source = doc.source;
    part.url = doc.url;
    if (begin == 0) part.dateline = doc.dateline;
    part.text = doc.text.substr(begin, end - begin);
    const size_t seen = coder.sentences();
    for (events::EventRecord& e : coder.code(part, &notes)) {
      e.evidence_begin += begin;
      e.evidence_end += begin;
      e.sentence_index += sentence_offset;
      for (events::EventRecord::Mention& m : e.mention_spans) {
        m.begin += begin;
        m.end += begin;
        m.sentence_index += sentence_offset;
      }
      out.push_back(std::move(e));
    }
    sentence_offset += static_cast<int>(coder.sentences() - seen);
    ++windows;
  }
  notes.push_back("document of " + megabytes(doc.text.size()) + " coded in " +
                  std::to_string(windows) + " windows of about " + megabytes(kWindowBytes) +
                  " (whole sentences): an event is counted once per window, and references "
                  "to earlier sentences do not cross windows");
  return out;
}

// A document that throws is reported and skipped; the others go on.
CodedResult code_guarded(events::DocumentCoder& coder, const Document& doc) {
  CodedResult result;
  const size_t seen = coder.sentences();
  try {
    result.events = code_document(coder, doc, result.notes);
  } catch (const std::exception& e) {
    result.events.clear();
    result.notes.push_back(std::string("internal error while coding (") + e.what() +
                           "); document skipped");
  }
  result.sentences = coder.sentences() - seen;
  result.diagnostics = doc.diagnostics;
  result.diagnostics.insert(result.diagnostics.end(), result.notes.begin(), result.notes.end());
  return result;
}

}  // namespace

std::string default_data_dir() {
  if (const char* env = std::getenv("VIGIL_DATA"); env && *env) return env;
  return VIGIL_DATA_DIR;
}

int default_threads() {
  return std::max(1, static_cast<int>(std::thread::hardware_concurrency()));
}

struct Engine::State {
  // Each coder of the pool shares ownership of the pipeline too.
  std::shared_ptr<const events::Pipeline> pipeline;
  std::mutex mutex;
  std::vector<std::unique_ptr<events::DocumentCoder>> idle;

  // A coder for the duration of one task (a new one when all are busy), back to the pool
  // afterwards so that its parser's buffers are reused.
  class Lease {
   public:
    explicit Lease(State& state) : state_(state) {
      {
        std::lock_guard<std::mutex> lock(state_.mutex);
        if (!state_.idle.empty()) {
          coder_ = std::move(state_.idle.back());
          state_.idle.pop_back();
        }
      }
      if (!coder_) coder_ = std::make_unique<events::DocumentCoder>(state_.pipeline);
    }
    ~Lease() {
      std::lock_guard<std::mutex> lock(state_.mutex);
      state_.idle.push_back(std::move(coder_));
    }
    Lease(const Lease&) = delete;
    Lease& operator=(const Lease&) = delete;
    events::DocumentCoder& operator*() { return *coder_; }

   private:
    State& state_;
    std::unique_ptr<events::DocumentCoder> coder_;
  };
};

Engine::Engine(std::shared_ptr<State> state) : state_(std::move(state)) {}

Result<Engine> Engine::open(const EngineOptions& options) {
  events::PipelineConfig config;
  config.petrarch_config = options.petrarch_config;
  config.data_dir = options.data_dir.empty() ? default_data_dir() : options.data_dir;
  config.include_all_modalities = options.include_all_modalities;
  auto pipeline = events::Pipeline::create(config);
  if (!pipeline.ok()) return pipeline.status();
  auto state = std::make_shared<State>();
  state->pipeline = std::move(pipeline).value();
  return Engine(std::move(state));
}

const std::shared_ptr<const events::Pipeline>& Engine::pipeline() const {
  return state_->pipeline;
}

const std::vector<Diagnostic>& Engine::skipped_dictionary_lines() const {
  return state_->pipeline->coder().dictionaries().skipped_lines;
}

CodedResult Engine::code(const Document& doc) const {
  State::Lease coder(*state_);
  return code_guarded(*coder, doc);
}

std::vector<CodedResult> Engine::code_many(const std::vector<Document>& docs, int threads) const {
  std::vector<CodedResult> results;
  results.reserve(docs.size());
  size_t next = 0;
  StreamOptions options;
  options.threads = threads;
  // Everything is in memory already: the window only limits the results held back.
  options.window_documents = docs.size() + 1;
  options.window_bytes = static_cast<size_t>(-1);
  // Copies of the documents are coded; the input stays untouched.
  Status status = code_stream(
      [&](Document& doc) {
        if (next == docs.size()) return false;
        doc = docs[next++];
        return true;
      },
      [&](Document&&, CodedResult&& result) { results.push_back(std::move(result)); }, options);
  (void)status;  // our callbacks do not throw
  return results;
}

Status Engine::code_stream(const NextDocument& next, const EmitResult& emit,
                           const StreamOptions& options) const {
  const int threads = options.threads > 0 ? options.threads : default_threads();
  const size_t window = options.window_documents > 0 ? options.window_documents
                                                     : 64 * static_cast<size_t>(threads);
  struct Done {
    Document doc;
    CodedResult result;
  };
  // Documents are numbered as read; `emitted` is the next number to hand out. Reading
  // waits while the window is full; whichever worker finishes the next document in order
  // hands out every finished one that follows it.
  std::mutex mutex;               // guards the fields below
  std::condition_variable room;   // the window has room, or the run is over
  std::mutex io;                  // next() and emit() never run at once
  size_t read = 0, emitted = 0, bytes_in_flight = 0;
  bool exhausted = false, emitting = false;
  std::map<size_t, Done> finished;
  Status failure;

  auto work = [&] {
    std::optional<State::Lease> coder;  // taken at the first document this thread reads
    std::unique_lock<std::mutex> lock(mutex);
    for (;;) {
      room.wait(lock, [&] {
        return exhausted || !failure.ok() ||
               (read - emitted < window && (bytes_in_flight < options.window_bytes || read == emitted));
      });
      if (exhausted || !failure.ok()) return;
      Document doc;
      bool got = false;
      try {
        std::lock_guard<std::mutex> io_lock(io);
        got = next(doc);
      } catch (const std::exception& e) {
        failure =
            Status::error(StatusCode::kInternal, std::string("reading documents: ") + e.what());
      } catch (...) {
        failure = Status::error(StatusCode::kInternal, "reading documents: unknown exception");
      }
      if (!got || !failure.ok()) {
        exhausted = true;
        room.notify_all();
        return;
      }
      const size_t number = read++;
      const size_t bytes = doc.text.size();
      bytes_in_flight += bytes;
      lock.unlock();

      if (!coder) coder.emplace(*state_);
      CodedResult result = code_guarded(**coder, doc);

      lock.lock();
      finished.emplace(number, Done{std::move(doc), std::move(result)});
      if (emitting) continue;  // the worker handing out results will take this one too
      emitting = true;
      for (auto it = finished.find(emitted); it != finished.end() && failure.ok();
           it = finished.find(emitted)) {
        Done done = std::move(it->second);
        finished.erase(it);
        const size_t done_bytes = done.doc.text.size();
        lock.unlock();
        Status failed;
        try {
          std::lock_guard<std::mutex> io_lock(io);
          emit(std::move(done.doc), std::move(done.result));
        } catch (const std::exception& e) {
          failed =
              Status::error(StatusCode::kInternal, std::string("writing results: ") + e.what());
        } catch (...) {
          failed = Status::error(StatusCode::kInternal, "writing results: unknown exception");
        }
        lock.lock();
        if (!failed.ok()) failure = failed;
        ++emitted;
        bytes_in_flight -= done_bytes;
        room.notify_all();
      }
      emitting = false;
    }
  };

  std::vector<std::thread> pool;
  for (int t = 1; t < threads; ++t) pool.emplace_back(work);
  work();
  for (std::thread& th : pool) th.join();
  return failure;
}

std::vector<Quotation> Engine::quotes(const Document& doc,
                                      const std::vector<discourse::QuoteKind>& kinds) const {
  auto wanted = [&](discourse::QuoteKind k) {
    if (kinds.empty()) return k != discourse::QuoteKind::kName && k != discourse::QuoteKind::kScare;
    return std::find(kinds.begin(), kinds.end(), k) != kinds.end();
  };
  const int32_t ordinal = events::ordinal_of(doc.date);
  const events::Pipeline& pipeline = *state_->pipeline;
  std::vector<Quotation> out;
  for (const discourse::Quote& q : find_quotes_bounded(doc.text)) {
    if (!wanted(q.kind)) continue;
    Quotation& o = out.emplace_back();
    o.doc_id = doc.id;
    o.text = doc.text.substr(q.begin, q.end - q.begin);
    o.kind = q.kind;
    o.speaker = q.speaker;
    o.speaker_role = q.speaker_role;
    o.speaker_org = q.speaker_org;
    o.speaker_code = pipeline.speaker_code(q, ordinal);
    o.begin = q.begin;
    o.end = q.end;
  }
  return out;
}

std::vector<std::pair<size_t, size_t>> text_windows(std::string_view text) {
  if (text.size() <= kWindowBytes) return {{0, text.size()}};
  return windows_of(text, nlp::split_sentences(text));
}

std::vector<discourse::Quote> find_quotes_bounded(std::string_view text) {
  std::vector<discourse::Quote> out;
  for (const auto& [begin, end] : text_windows(text)) {
    for (discourse::Quote& q : discourse::find_quotes(text.substr(begin, end - begin))) {
      q.begin += begin;
      q.end += begin;
      out.push_back(std::move(q));
    }
  }
  return out;
}

CodedResult code_document(events::DocumentCoder& coder, const Document& doc) {
  return code_guarded(coder, doc);
}

Result<Document> read_document(std::string_view json_line) {
  if (json_line.find('\n') != std::string_view::npos)
    return Status::error(StatusCode::kInvalidArgument,
                         "a document is one line of JSON (found a line break)");
  std::istringstream in{std::string(json_line)};
  text::JsonlReader reader(in, "document");
  Document doc;
  if (reader.next(doc)) return doc;
  if (!reader.problems().empty())
    return Status::error(StatusCode::kInvalidArgument, reader.problems().front().message);
  return Status::error(StatusCode::kInvalidArgument, "empty document line");
}

std::string to_json(const Quotation& q) {
  std::string out = "{\"doc_id\": ";
  output::append_string(out, q.doc_id);
  out += ", \"text\": ";
  output::append_string(out, q.text);
  out += ", \"kind\": ";
  output::append_string(out, discourse::to_string(q.kind));
  out += ", \"speaker\": ";
  output::append_string_or_null(out, q.speaker);
  out += ", \"speaker_role\": ";
  output::append_string_or_null(out, q.speaker_role);
  out += ", \"speaker_org\": ";
  output::append_string_or_null(out, q.speaker_org);
  out += ", \"speaker_code\": ";
  output::append_string_or_null(out, q.speaker_code);
  out += ", \"begin\": " + std::to_string(q.begin) + ", \"end\": " + std::to_string(q.end) + "}";
  return out;
}

}  // namespace vigil
