// Opening a store (SQLite file or PostgreSQL URL) and writing coded documents into it.
#include <cstdio>
#include <ctime>
#include <unordered_map>

#include "store_impl.h"
#include "vigil/discourse.h"
#include "vigil/jsonl.h"

namespace vigil::store {
namespace {

std::string now_utc() {
  std::time_t t = std::time(nullptr);
  std::tm tm{};
  gmtime_r(&t, &tm);
  char buf[32];
  std::strftime(buf, sizeof buf, "%Y-%m-%dT%H:%M:%SZ", &tm);
  return buf;
}

constexpr const char* kInsertEvent = R"sql(
INSERT INTO events(document, position, sentence, sentence_index, date, event_date, event_first,
  event_last, source_code, source_country, source_sector, source_text, target_code,
  target_country, target_sector, target_text, cameo, cameo_root, goldstein, quad_class,
  plover_event, plover_mode, quote_speaker, quote_text, location_name, location_country,
  location_lat, location_lon, evidence_begin, evidence_end, verb, pattern, implied, modality,
  mentions)
VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9, ?10, ?11, ?12, ?13, ?14, ?15, ?16, ?17, ?18, ?19,
  ?20, ?21, ?22, ?23, ?24, ?25, ?26, ?27, ?28, ?29, ?30, ?31, ?32, ?33, ?34, ?35))sql";

Param optional_real(std::optional<double> v) { return v ? Param{*v} : Param{}; }

}  // namespace

bool is_postgres_url(std::string_view spec) {
  return spec.starts_with("postgresql://") || spec.starts_with("postgres://");
}

std::string content_hash(const Document& doc) {
  uint64_t h = 0xcbf29ce484222325ULL;
  auto add = [&h](std::string_view s) {
    // The length first, so that moving bytes between fields changes the hash.
    const uint64_t n = s.size();
    for (int i = 0; i < 8; ++i) {
      h ^= (n >> (8 * i)) & 0xff;
      h *= 0x100000001b3ULL;
    }
    for (unsigned char c : s) {
      h ^= c;
      h *= 0x100000001b3ULL;
    }
  };
  add(doc.date);
  add(doc.title);
  add(doc.source);
  add(doc.url);
  add(doc.text);
  char buf[17];
  std::snprintf(buf, sizeof buf, "%016llx", static_cast<unsigned long long>(h));
  return buf;
}

std::vector<Quotation> find_quotations(const events::Pipeline& pipeline, const Document& doc) {
  std::vector<Quotation> out;
  const int32_t ordinal = events::ordinal_of(doc.date);
  for (const discourse::Quote& q : discourse::find_quotes(doc.text)) {
    Quotation& o = out.emplace_back();
    o.begin = q.begin;
    o.end = q.end;
    o.speaker = q.speaker;
    o.speaker_role = q.speaker_role;
    o.speaker_org = q.speaker_org;
    o.partial = q.partial;
    o.speaker_code = pipeline.speaker_code(q, ordinal);
  }
  return out;
}

Store::Store(std::string path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}

Store::~Store() = default;

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const OpenOptions& options) {
  auto connection =
      is_postgres_url(path) ? open_postgres(path, options) : open_sqlite(path, options);
  if (!connection.ok()) return connection.status();
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(connection).value();
  impl->read_only = options.read_only;
  return std::unique_ptr<Store>(new Store(path, std::move(impl)));
}

Result<std::unordered_map<std::string, std::string>> Store::stored_hashes(
    const std::vector<std::string>& ids) {
  std::unordered_map<std::string, std::string> out;
  for (const std::string& id : ids) {
    auto rows = impl_->db->query("SELECT content_hash FROM documents WHERE doc_id = ?1", {id});
    if (!rows.ok()) return rows.status();
    if (rows.value()->next()) out.emplace(id, rows.value()->text(0));
    if (Status s = rows.value()->status(); !s.ok()) return s;
  }
  return out;
}

Result<PutCounts> Store::put(const std::vector<CodedDocument>& docs, const Provenance& provenance) {
  if (impl_->read_only)
    return Status::error(StatusCode::kFailedPrecondition, impl_->db->name() + ": opened read-only");
  PutCounts counts;
  if (docs.empty()) return counts;
  Connection& db = *impl_->db;
  if (Status s = db.exec(db.dialect().begin_write); !s.ok()) return s;
  Status failed;
  auto fail = [&](Status s) {
    failed = std::move(s);
    return false;
  };
  // The run this batch belongs to: one row per connection and provenance, written with
  // the first document that changes something.
  const std::string run_key =
      provenance.program + '\x1f' + provenance.dictionaries + '\x1f' + provenance.options;
  int64_t run_id = 0;
  if (auto it = impl_->runs.find(run_key); it != impl_->runs.end()) run_id = it->second;

  auto body = [&]() -> bool {
    const std::string stored_at = now_utc();
    for (const CodedDocument& cd : docs) {
      const Document& d = cd.document;
      const std::string hash = content_hash(d);
      int64_t doc_row = 0;
      {
        auto found = db.query("SELECT id, content_hash FROM documents WHERE doc_id = ?1", {d.id});
        if (!found.ok()) return fail(found.status());
        if (found.value()->next()) {
          doc_row = found.value()->int64(0);
          if (found.value()->text(1) == hash) {
            ++counts.unchanged;
            continue;
          }
        }
        if (Status s = found.value()->status(); !s.ok()) return fail(s);
      }
      if (!run_id) {
        auto id = db.insert(
            "INSERT INTO runs(started_at, program, dictionaries, options) "
            "VALUES (?1, ?2, ?3, ?4)",
            {now_utc(), provenance.program, provenance.dictionaries, provenance.options});
        if (!id.ok()) return fail(id.status());
        run_id = id.value();
      }
      const std::vector<Param> doc_fields = {d.id,
                                             text_or_null(d.date),
                                             text_or_null(d.title),
                                             text_or_null(d.source),
                                             text_or_null(d.url),
                                             d.text,
                                             hash,
                                             run_id,
                                             stored_at};
      if (doc_row) {
        for (const char* del :
             {"DELETE FROM event_records WHERE event IN (SELECT id FROM events WHERE document = "
              "?1)",
              "DELETE FROM events WHERE document = ?1", "DELETE FROM sentences WHERE document = ?1",
              "DELETE FROM quotations WHERE document = ?1"}) {
          if (Status s = db.run(del, {doc_row}); !s.ok()) return fail(s);
        }
        std::vector<Param> update = doc_fields;
        update[0] = doc_row;
        if (Status s =
                db.run("UPDATE documents SET date = ?2, title = ?3, publisher = ?4, url = ?5, "
                       "text = ?6, content_hash = ?7, run = ?8, stored_at = ?9 WHERE id = ?1",
                       update);
            !s.ok())
          return fail(s);
        ++counts.replaced;
      } else {
        auto id = db.insert(
            "INSERT INTO documents(doc_id, date, title, publisher, url, text, "
            "content_hash, run, stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
            doc_fields);
        if (!id.ok()) return fail(id.status());
        doc_row = id.value();
        ++counts.inserted;
      }

      std::unordered_map<int, int64_t> sentence_rows;
      int64_t position = 0;
      for (const events::EventRecord& e : cd.events) {
        int64_t sentence_row = 0;
        if (auto it = sentence_rows.find(e.sentence_index); it != sentence_rows.end()) {
          sentence_row = it->second;
        } else {
          auto id = db.insert(
              "INSERT INTO sentences(document, sentence_index, text) "
              "VALUES (?1, ?2, ?3)",
              {doc_row, int64_t{e.sentence_index}, e.sentence});
          if (!id.ok()) return fail(id.status());
          sentence_row = id.value();
          sentence_rows.emplace(e.sentence_index, sentence_row);
        }
        for (const events::ActorOut* a : {&e.source, e.target ? &*e.target : nullptr}) {
          if (!a || a->code.empty()) continue;
          if (Status s = db.run("INSERT INTO actors(code, country, sector) VALUES (?1, ?2, ?3) "
                                "ON CONFLICT DO NOTHING",
                                {a->code, text_or_null(a->country), text_or_null(a->sector)});
              !s.ok())
            return fail(s);
        }
        const auto [first, last] = date_bounds(e.event_date);
        const bool target = e.target.has_value();
        std::vector<Param> p = {doc_row,
                                position++,
                                sentence_row,
                                int64_t{e.sentence_index},
                                text_or_null(e.date),
                                text_or_null(e.event_date),
                                text_or_null(first),
                                text_or_null(last),
                                e.source.code,
                                text_or_null(e.source.country),
                                text_or_null(e.source.sector),
                                e.source.text,
                                target ? Param{e.target->code} : Param{},
                                target ? text_or_null(e.target->country) : Param{},
                                target ? text_or_null(e.target->sector) : Param{},
                                target ? Param{e.target->text} : Param{},
                                e.cameo,
                                e.cameo_root,
                                optional_real(e.goldstein),
                                e.quad_class ? Param{int64_t{e.quad_class}} : Param{},
                                text_or_null(e.plover_event),
                                text_or_null(e.plover_mode),
                                text_or_null(e.quote_speaker),
                                text_or_null(e.quote_text),
                                text_or_null(e.location_name),
                                text_or_null(e.location_country),
                                optional_real(e.location_lat),
                                optional_real(e.location_lon),
                                static_cast<int64_t>(e.evidence_begin),
                                static_cast<int64_t>(e.evidence_end),
                                e.verb,
                                text_or_null(e.pattern),
                                text_or_null(e.implied_role),
                                e.modality,
                                int64_t{e.mentions}};
        auto event_id = db.insert(kInsertEvent, p);
        if (!event_id.ok()) return fail(event_id.status());
        if (Status s = db.run("INSERT INTO event_records(event, record) VALUES (?1, ?2)",
                              {event_id.value(), output::to_json(e)});
            !s.ok())
          return fail(s);
        ++counts.events;
      }
      for (const Quotation& q : cd.quotations) {
        const size_t b = std::min(q.begin, d.text.size());
        const size_t e = std::max(b, std::min(q.end, d.text.size()));
        if (Status s =
                db.run("INSERT INTO quotations(document, begin_byte, end_byte, text, speaker, "
                       "speaker_role, speaker_org, speaker_code, partial) "
                       "VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)",
                       {doc_row, static_cast<int64_t>(q.begin), static_cast<int64_t>(q.end),
                        d.text.substr(b, e - b), text_or_null(q.speaker),
                        text_or_null(q.speaker_role), text_or_null(q.speaker_org),
                        text_or_null(q.speaker_code), int64_t{q.partial ? 1 : 0}});
            !s.ok())
          return fail(s);
      }
    }
    if (Status s = db.exec("COMMIT"); !s.ok()) return fail(s);
    return true;
  };
  if (!body()) {
    // Nothing of the batch stays: SQLite drops the uncommitted WAL frames, PostgreSQL the
    // aborted transaction, even when this ROLLBACK cannot run (a full disk, a lost server).
    db.exec("ROLLBACK");
    return Status::error(failed.code(),
                         failed.message() + "; the batch of " + std::to_string(docs.size()) +
                             " document" + (docs.size() == 1 ? "" : "s") +
                             " being stored was rolled back (nothing of it is stored)");
  }
  if (run_id) impl_->runs.emplace(run_key, run_id);  // only once the run row is committed
  return counts;
}

Result<StoreStats> Store::stats() {
  StoreStats out;
  const std::pair<const char*, int64_t*> counts[] = {
      {"SELECT count(*) FROM documents", &out.documents},
      {"SELECT count(*) FROM events", &out.events},
      {"SELECT count(*) FROM sentences", &out.sentences},
      {"SELECT count(*) FROM quotations", &out.quotations}};
  for (const auto& [query, field] : counts) {
    auto rows = impl_->db->query(query, {});
    if (!rows.ok()) return rows.status();
    if (rows.value()->next()) *field = rows.value()->int64(0);
    if (Status s = rows.value()->status(); !s.ok()) return s;
  }
  return out;
}

}  // namespace vigil::store
