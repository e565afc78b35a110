// The event store: documents, the events `vigil code` found in them, their sentences and
// quotations, kept in one SQLite file (WAL, FTS5 over sentences) and queried by analysts.
//
//   auto store = vigil::store::Store::open("vigil.db");                // Result<unique_ptr>
//   store.value()->put({coded_document, ...});                         // one transaction
//   vigil::store::EventFilter f;  f.target_country = {"CHN"};  f.roots = {"11"};
//   auto rows = store.value()->group(f, {vigil::store::GroupKey::kSourceCountry});
//
// The store holds no coding logic: it keeps what events::DocumentCoder gave (every field
// of events::EventRecord) and reads it back. A Store is one connection: use it from one
// thread at a time; several processes may read one file while one writes (WAL).
// Schema, layouts and guarantees: docs/store.md.
#pragma once

#include <cstdint>
#include <cstdio>
#include <functional>
#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/document.h"
#include "vigil/ontology.h"
#include "vigil/pipeline.h"
#include "vigil/status.h"

namespace vigil::store {

/// The schema version this build writes. Older files are migrated on open; newer ones
/// are refused.
inline constexpr int kSchemaVersion = 6;

/// One direct quotation of a document, as `vigil quotes` reports it.
struct Quotation {
  size_t begin = 0;  ///< byte span of the quoted text (without its marks)
  size_t end = 0;
  std::string speaker;  ///< "" when none can be attributed
  std::string speaker_role;
  std::string speaker_org;
  std::string speaker_code;  ///< actor code of the speaker's organisation, else the speaker
  bool partial = false;      ///< a short phrase quoted inside a sentence
};

/// A document with what coding it gave: the unit that is stored atomically.
struct CodedDocument {
  Document document;                        ///< id, date, title, source, url, text are kept
  std::vector<events::EventRecord> events;  ///< in DocumentCoder::code's order
  std::vector<Quotation> quotations;
};

/// The quotations of `doc` with speaker codes from `pipeline`'s dictionaries.
std::vector<Quotation> find_quotations(const events::Pipeline& pipeline, const Document& doc);

/// A fingerprint of what a document says: 16 hex digits (FNV-1a, 64 bits) over its date,
/// title, source, url and text. Same content, same hash; the id is not part of it.
std::string content_hash(const Document& doc);

/// How to open a store.
struct OpenOptions {
  /// Open for reading only: nothing is created, migrated or written.
  bool read_only = false;
  /// Create the file when it does not exist (ignored when read_only).
  bool create = true;
};

/// Who coded the documents of one `put` batch (kept in the runs table as provenance).
struct Provenance {
  std::string program = "vigil";  ///< program and version, e.g. "vigil 0.1.0"
  std::string dictionaries;       ///< "vigil" or the PETRARCH2 config file used
  std::string options;            ///< coding options, e.g. "--all"
};

/// What `put` did with each document.
struct PutCounts {
  size_t inserted = 0;   ///< new ids
  size_t replaced = 0;   ///< known ids with new content: their old rows were replaced
  size_t unchanged = 0;  ///< known ids with the same content hash: nothing was written
  size_t events = 0;     ///< events written
};

/// Event filters; every set field must hold (AND). Lists mean any of (OR). Empty = any.
struct EventFilter {
  std::vector<std::string> source;          ///< source actor code prefixes ("CHN", "USAGOV")
  std::vector<std::string> target;          ///< target actor code prefixes
  std::vector<std::string> source_country;  ///< ISO alpha-3
  std::vector<std::string> target_country;
  std::vector<std::string> source_sector;  ///< GOV, MIL, NGO, ...
  std::vector<std::string> target_sector;
  std::vector<std::string> code;    ///< CAMEO code prefixes ("11" = 11x, "112")
  std::vector<std::string> root;    ///< two-digit roots
  std::vector<std::string> plover;  ///< PLOVER event types (upper case)
  std::vector<int> quad;            ///< QuadClass 1..4
  std::string from;                 ///< YYYY-MM-DD; inclusive
  std::string to;                   ///< YYYY-MM-DD; inclusive
  /// false: from/to bound the event date (an event dated by month or year matches only
  /// when its whole period lies inside); true: the document's publication date.
  bool by_published = false;
  std::string text;              ///< FTS5 query over the event's sentence
  std::vector<std::string> doc;  ///< document ids
  size_t limit = 0;              ///< 0 = no limit
};

/// Aggregation keys for `group`.
enum class GroupKey {
  kSourceCountry,
  kTargetCountry,
  kDyad,
  kCode,
  kRoot,
  kPlover,
  kDay,
  kWeek,
  kMonth
};
/// "source-country" ... "month" -> key; nullopt when unknown.
std::optional<GroupKey> parse_group_key(std::string_view name);
/// Column names a key adds to a grouped row ("dyad" gives source_country, target_country).
std::vector<std::string> group_key_columns(GroupKey key);

/// One row of a grouped query.
struct GroupRow {
  std::vector<std::string> keys;  ///< one value per group_key_columns, "" for null
  int64_t count = 0;
  double goldstein_sum = 0.0;
  std::optional<double> goldstein_mean;  ///< nullopt when no event had a Goldstein score
  std::string first_date;                ///< earliest / latest event date (YYYY-MM-DD[...])
  std::string last_date;
};

/// An event read back, with its document's provenance.
struct StoredEvent {
  int64_t id = 0;              ///< the store's event id (stable until its document changes)
  events::EventRecord record;  ///< the fields the store filters and exports on
  /// The event's line exactly as `vigil code` wrote it (every field, including any the
  /// coder has that EventRecord's columns here do not; no newline).
  std::string json;
  std::string title, publisher, url;  ///< the document's
  int64_t count = 0;                  ///< coalition(): the source's events in the filter
  std::string evidence;               ///< coalition(): the document's text in the evidence span
};

/// A stored quotation with its document (Store::quotations, Store::document).
struct StoredQuotation {
  std::string doc_id;
  std::string date;  ///< the document's publication date
  std::string text;  ///< the quoted words (the document's text in the span)
  Quotation quotation;
};

/// Filters for Store::quotations; every set field must hold. Empty = any.
struct QuotationFilter {
  std::vector<std::string> doc;  ///< document ids
  std::string speaker;           ///< words in the speaker's name, role or org (case-blind)
  std::string from, to;          ///< publication date, YYYY-MM-DD, inclusive
  bool full_only = false;        ///< leave out partial quotations
  size_t limit = 0;              ///< 0 = no limit
  size_t offset = 0;             ///< rows skipped first
};

/// A stored document with its quotations (events: for_each_event with `doc`).
struct StoredDocument {
  Document document;                        ///< id, date, title, source (publisher), url, text
  std::vector<StoredQuotation> quotations;  ///< in text order
};

/// Counts of what a store holds.
struct StoreStats {
  int64_t documents = 0, events = 0, sentences = 0, quotations = 0;
};

/// The database connection. Methods return a Status/Result whose message says what went
/// wrong and where (the file's path); nothing throws.
class Store {
 public:
  /// Opens (or creates) a store at `path`. Refuses, with a message naming the file: a
  /// database of another program, a schema newer than this build, a missing folder,
  /// an unwritable file unless read_only. Older schemas are migrated in one transaction.
  static Result<std::unique_ptr<Store>> open(const std::string& path,
                                             const OpenOptions& options = {});
  ~Store();
  Store(const Store&) = delete;
  Store& operator=(const Store&) = delete;

  /// The stored content hash of each id in `ids` that is stored (others are absent).
  Result<std::unordered_map<std::string, std::string>> stored_hashes(
      const std::vector<std::string>& ids);

  /// Stores `docs` in one transaction: a new id is inserted, a known id with the same
  /// content hash is left alone, a known id with new content has its events, sentences
  /// and quotations replaced. On failure nothing of the batch is written.
  Result<PutCounts> put(const std::vector<CodedDocument>& docs, const Provenance& provenance);

  /// Calls `fn` for each event matching `filter`, ordered by document, then sentence, then
  /// position; stops when `fn` returns false.
  Status for_each_event(const EventFilter& filter,
                        const std::function<bool(const StoredEvent&)>& fn);
  /// Counts, Goldstein sum/mean and first/last dates of matching events per group, by
  /// descending count then keys.
  Result<std::vector<GroupRow>> group(const EventFilter& filter, const std::vector<GroupKey>& keys);
  /// Who joined when: for each source actor code among the matching events, its first
  /// event (earliest event date, then publication, then position) with its evidence, and
  /// in `count` how many matching events it has; ordered by that first date.
  Result<std::vector<StoredEvent>> coalition(const EventFilter& filter);

  /// Quotations matching `filter`, by publication date, document, then text order.
  Result<std::vector<StoredQuotation>> quotations(const QuotationFilter& filter);
  /// The stored document `doc_id` with its quotations; nullopt when it is not stored.
  Result<std::optional<StoredDocument>> document(const std::string& doc_id);

  Result<StoreStats> stats();
  /// The file's path as given to open().
  const std::string& path() const { return path_; }

 private:
  struct Impl;
  Store(std::string path, std::unique_ptr<Impl> impl);
  std::string path_;
  std::unique_ptr<Impl> impl_;
};

/// First and last day ("YYYY-MM-DD") of a date given as YYYY-MM-DD, YYYY-MM or YYYY
/// ("2020-02" -> 2020-02-01, 2020-02-29); both empty when `date` is none of these.
std::pair<std::string, std::string> date_bounds(std::string_view date);

/// Export layouts (docs/store.md lists their columns).
enum class ExportFormat { kPhoenixCsv, kIcewsTsv, kPloverJson, kJsonl };
/// "phoenix-csv", "icews-tsv", "plover-json", "jsonl" -> format; nullopt when unknown.
std::optional<ExportFormat> parse_export_format(std::string_view name);

/// Writes the events matching `filter` to `out` in `format`. `ontology`, when given,
/// supplies CAMEO event names (ICEWS's "Event Text"); without it that column is empty.
Status export_events(Store& store, const EventFilter& filter, ExportFormat format, std::FILE* out,
                     const Ontology* ontology = nullptr);

}  // namespace vigil::store
