// Opening a store and writing coded documents into it.
#include <sys/stat.h>
#include <unistd.h>

#include <chrono>
#include <cstdio>
#include <ctime>
#include <filesystem>
#include <unordered_map>

#include "store_impl.h"
#include "vigil/discourse.h"

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

}  // namespace

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
    if (!q.speaker_org.empty()) o.speaker_code = pipeline.actor_code(q.speaker_org, ordinal);
    if (o.speaker_code.empty() && !q.speaker.empty())
      o.speaker_code = pipeline.actor_code(q.speaker, ordinal);
  }
  return out;
}

Store::Store(std::string path, std::unique_ptr<Impl> impl)
    : path_(std::move(path)), impl_(std::move(impl)) {}

Store::~Store() {
  if (impl_ && impl_->db && !impl_->read_only) sql::exec(impl_->db.get(), "PRAGMA optimize");
}

Result<std::unique_ptr<Store>> Store::open(const std::string& path, const OpenOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (!exists) {
    if (options.read_only || !options.create)
      return Status::error(path + ": no such store (vigil ingest --db " + path + " creates one)");
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
      return Status::error(path + ": cannot create the store: folder " + parent.string() +
                           " does not exist");
  } else if (fs::is_directory(path, ec)) {
    return Status::error(path + ": is a folder, not a store file");
  }
  // A file nobody may write is read-only even for root, who could write it anyway.
  struct stat info {};
  if (!options.read_only && exists &&
      (access(path.c_str(), W_OK) != 0 ||
       (::stat(path.c_str(), &info) == 0 && (info.st_mode & 0222) == 0)))
    return Status::error(path + ": the file is read-only; storing needs write access "
                                "(nothing was changed)");

  const int flags = options.read_only ? SQLITE_OPEN_READONLY
                                      : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  sql::DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Status::error(path + ": cannot open: " + (raw ? sqlite3_errmsg(raw) : "out of memory"));
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), 10000);
  if (!options.read_only && sqlite3_db_readonly(db.get(), "main") == 1)
    return Status::error(path + ": the file is read-only; storing needs write access "
                                "(nothing was changed)");

  if (Status s = prepare_schema(db.get(), path, options.read_only); !s.ok()) return s;
  if (!options.read_only) {
    // WAL: readers never block the writer; a killed writer leaves the last committed
    // transaction intact. synchronous=NORMAL keeps every commit across a process crash
    // (a power cut may lose the last few).
    if (Status s = sql::exec(db.get(), "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                                       " PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
        !s.ok())
      return s;
  } else {
    sql::exec(db.get(), "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;");
  }
  auto impl = std::make_unique<Impl>();
  impl->db = std::move(db);
  impl->read_only = options.read_only;
  return std::unique_ptr<Store>(new Store(path, std::move(impl)));
}

Result<std::unordered_map<std::string, std::string>> Store::stored_hashes(
    const std::vector<std::string>& ids) {
  sqlite3* db = impl_->db.get();
  auto s = sql::prepare(db, "SELECT content_hash FROM documents WHERE doc_id = ?1");
  if (!s.ok()) return s.status();
  std::unordered_map<std::string, std::string> out;
  for (const std::string& id : ids) {
    s.value().bind(1, id);
    int rc = s.value().step();
    if (rc == SQLITE_ROW) out.emplace(id, s.value().text(0));
    else if (rc != SQLITE_DONE) return sql::error(db, "reading stored documents");
    s.value().reset();
  }
  return out;
}

Result<PutCounts> Store::put(const std::vector<CodedDocument>& docs, const Provenance& provenance) {
  if (impl_->read_only) return Status::error(path_ + ": opened read-only");
  PutCounts counts;
  if (docs.empty()) return counts;
  sqlite3* db = impl_->db.get();
  if (Status s = sql::exec(db, "BEGIN IMMEDIATE"); !s.ok()) return s;
  Status failed;
  auto fail = [&](Status s) {
    failed = std::move(s);
    return false;
  };
  auto body = [&]() -> bool {
    // The run this batch belongs to: one row per connection and provenance, written with
    // the first document that changes something.
    const std::string run_key = provenance.program + '\x1f' + provenance.dictionaries + '\x1f' +
                                provenance.options;
    int64_t run_id = 0;
    if (auto it = impl_->runs.find(run_key); it != impl_->runs.end()) run_id = it->second;
    auto ensure_run = [&]() -> bool {
      if (run_id) return true;
      auto ins = sql::prepare(db, "INSERT INTO runs(started_at, program, dictionaries, options) "
                                  "VALUES (?1, ?2, ?3, ?4)");
      if (!ins.ok()) return fail(ins.status());
      ins.value().bind(1, now_utc());
      ins.value().bind(2, provenance.program);
      ins.value().bind(3, provenance.dictionaries);
      ins.value().bind(4, provenance.options);
      if (Status s = sql::run(db, ins.value(), "recording the run"); !s.ok()) return fail(s);
      run_id = sqlite3_last_insert_rowid(db);
      return true;
    };

    auto find = sql::prepare(db, "SELECT id, content_hash FROM documents WHERE doc_id = ?1");
    auto insert_doc = sql::prepare(
        db, "INSERT INTO documents(doc_id, date, title, publisher, url, text, content_hash, run, "
            "stored_at) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    auto update_doc = sql::prepare(
        db, "UPDATE documents SET date = ?2, title = ?3, publisher = ?4, url = ?5, text = ?6, "
            "content_hash = ?7, run = ?8, stored_at = ?9 WHERE id = ?1");
    auto delete_events = sql::prepare(db, "DELETE FROM events WHERE document = ?1");
    auto delete_sentences = sql::prepare(db, "DELETE FROM sentences WHERE document = ?1");
    auto delete_quotes = sql::prepare(db, "DELETE FROM quotations WHERE document = ?1");
    auto insert_sentence = sql::prepare(
        db, "INSERT INTO sentences(document, sentence_index, text) VALUES (?1, ?2, ?3)");
    auto insert_actor =
        sql::prepare(db, "INSERT OR IGNORE INTO actors(code, country, sector) VALUES (?1, ?2, ?3)");
    auto insert_event = sql::prepare(db, kInsertEvent);
    auto insert_quote = sql::prepare(
        db, "INSERT INTO quotations(document, begin_byte, end_byte, text, speaker, speaker_role, "
            "speaker_org, speaker_code, partial) VALUES (?1, ?2, ?3, ?4, ?5, ?6, ?7, ?8, ?9)");
    for (auto* r : {&find, &insert_doc, &update_doc, &delete_events, &delete_sentences,
                    &delete_quotes, &insert_sentence, &insert_actor, &insert_event, &insert_quote})
      if (!r->ok()) return fail(r->status());
    sql::Statement& q_find = find.value();
    sql::Statement& q_event = insert_event.value();
    const std::string stored_at = now_utc();

    for (const CodedDocument& cd : docs) {
      const Document& d = cd.document;
      const std::string hash = content_hash(d);
      int64_t doc_row = 0;
      q_find.bind(1, d.id);
      int rc = q_find.step();
      if (rc == SQLITE_ROW) {
        doc_row = q_find.int64(0);
        const bool same = q_find.text(1) == hash;
        q_find.reset();
        if (same) {
          ++counts.unchanged;
          continue;
        }
        for (auto* del : {&delete_events, &delete_sentences, &delete_quotes}) {
          del->value().bind(1, doc_row);
          if (Status s = sql::run(db, del->value(), "replacing a document"); !s.ok()) return fail(s);
        }
        ++counts.replaced;
      } else if (rc == SQLITE_DONE) {
        q_find.reset();
        ++counts.inserted;
      } else {
        q_find.reset();
        return fail(sql::error(db, "looking up a document"));
      }
      if (!ensure_run()) return false;
      sql::Statement& w = doc_row ? update_doc.value() : insert_doc.value();
      if (doc_row) w.bind(1, doc_row);
      else w.bind(1, d.id);
      w.bind_or_null(2, d.date);
      w.bind_or_null(3, d.title);
      w.bind_or_null(4, d.source);
      w.bind_or_null(5, d.url);
      w.bind(6, d.text);
      w.bind(7, hash);
      w.bind(8, run_id);
      w.bind(9, stored_at);
      if (Status s = sql::run(db, w, "writing document " + d.id); !s.ok()) return fail(s);
      if (!doc_row) doc_row = sqlite3_last_insert_rowid(db);

      std::unordered_map<int, int64_t> sentence_rows;
      int64_t position = 0;
      for (const events::EventRecord& e : cd.events) {
        int64_t sentence_row = 0;
        if (auto it = sentence_rows.find(e.sentence_index); it != sentence_rows.end()) {
          sentence_row = it->second;
        } else {
          sql::Statement& s = insert_sentence.value();
          s.bind(1, doc_row);
          s.bind(2, static_cast<int64_t>(e.sentence_index));
          s.bind(3, e.sentence);
          if (Status st = sql::run(db, s, "writing a sentence of " + d.id); !st.ok()) return fail(st);
          sentence_row = sqlite3_last_insert_rowid(db);
          sentence_rows.emplace(e.sentence_index, sentence_row);
        }
        for (const events::ActorOut* a : {&e.source, e.target ? &*e.target : nullptr}) {
          if (!a || a->code.empty()) continue;
          sql::Statement& s = insert_actor.value();
          s.bind(1, a->code);
          s.bind_or_null(2, a->country);
          s.bind_or_null(3, a->sector);
          if (Status st = sql::run(db, s, "writing an actor"); !st.ok()) return fail(st);
        }
        const auto [first, last] = date_bounds(e.event_date);
        sql::Statement& q = q_event;
        q.bind(1, doc_row);
        q.bind(2, position++);
        q.bind(3, sentence_row);
        q.bind(4, static_cast<int64_t>(e.sentence_index));
        q.bind_or_null(5, e.date);
        q.bind_or_null(6, e.event_date);
        q.bind_or_null(7, first);
        q.bind_or_null(8, last);
        q.bind(9, e.source.code);
        q.bind_or_null(10, e.source.country);
        q.bind_or_null(11, e.source.sector);
        q.bind(12, e.source.text);
        if (e.target) {
          q.bind(13, e.target->code);
          q.bind_or_null(14, e.target->country);
          q.bind_or_null(15, e.target->sector);
          q.bind(16, e.target->text);
        }  // else NULLs: no target
        q.bind(17, e.cameo);
        q.bind(18, e.cameo_root);
        q.bind(19, e.goldstein);
        if (e.quad_class) q.bind(20, static_cast<int64_t>(e.quad_class));
        q.bind_or_null(21, e.plover_event);
        q.bind_or_null(22, e.plover_mode);
        q.bind_or_null(23, e.quote_speaker);
        q.bind_or_null(24, e.quote_text);
        q.bind_or_null(25, e.location_name);
        q.bind_or_null(26, e.location_country);
        q.bind(27, e.location_lat);
        q.bind(28, e.location_lon);
        q.bind(29, static_cast<int64_t>(e.evidence_begin));
        q.bind(30, static_cast<int64_t>(e.evidence_end));
        q.bind(31, e.verb);
        q.bind_or_null(32, e.pattern);
        q.bind_or_null(33, e.implied_role);
        q.bind(34, e.modality);
        q.bind(35, static_cast<int64_t>(e.mentions));
        if (Status st = sql::run(db, q, "writing an event of " + d.id); !st.ok()) return fail(st);
        ++counts.events;
      }
      for (const Quotation& qt : cd.quotations) {
        sql::Statement& s = insert_quote.value();
        s.bind(1, doc_row);
        s.bind(2, static_cast<int64_t>(qt.begin));
        s.bind(3, static_cast<int64_t>(qt.end));
        const size_t b = std::min(qt.begin, d.text.size());
        s.bind(4, std::string_view(d.text).substr(b, std::min(qt.end, d.text.size()) - b));
        s.bind_or_null(5, qt.speaker);
        s.bind_or_null(6, qt.speaker_role);
        s.bind_or_null(7, qt.speaker_org);
        s.bind_or_null(8, qt.speaker_code);
        s.bind(9, static_cast<int64_t>(qt.partial ? 1 : 0));
        if (Status st = sql::run(db, s, "writing a quotation of " + d.id); !st.ok()) return fail(st);
      }
    }
    if (Status s = sql::exec(db, "COMMIT"); !s.ok()) return fail(s);
    if (run_id) impl_->runs.emplace(run_key, run_id);  // only once the run row is committed
    return true;
  };
  if (!body()) {
    sql::exec(db, "ROLLBACK");
    return failed;
  }
  return counts;
}

Result<StoreStats> Store::stats() {
  sqlite3* db = impl_->db.get();
  StoreStats out;
  const std::pair<const char*, int64_t*> counts[] = {
      {"SELECT count(*) FROM documents", &out.documents},
      {"SELECT count(*) FROM events", &out.events},
      {"SELECT count(*) FROM sentences", &out.sentences},
      {"SELECT count(*) FROM quotations", &out.quotations}};
  for (const auto& [query, field] : counts) {
    auto s = sql::prepare(db, query);
    if (!s.ok()) return s.status();
    if (s.value().step() != SQLITE_ROW) return sql::error(db, "counting");
    *field = s.value().int64(0);
  }
  return out;
}

}  // namespace vigil::store
