// The schema and its migrations, for both engines (the one place they are written), and
// opening a SQLite file at the current version: PRAGMA application_id marks the file as
// vigil's, PRAGMA user_version holds the schema version (postgres.cc keeps both in its
// vigil_meta table); migration N takes version N-1 to N.
#include <string>
#include <string_view>
#include <utility>
#include <vector>

#include "sqlite.h"
#include "store_impl.h"

namespace vigil::store {
namespace {

// "VIGL": marks a SQLite file as a vigil event store.
constexpr int kApplicationId = 0x5649474c;

// kMigrations[n] takes the schema from version n to n + 1, on both engines: written once,
// with the words that differ in braces (SchemaWords in driver.h; expand() fills them in).
const char* const kMigrations[] = {
    // 0 -> 1: the first schema.
    R"sql(
CREATE TABLE runs(
  id {id},
  started_at TEXT NOT NULL,
  program TEXT NOT NULL,
  dictionaries TEXT NOT NULL,
  options TEXT NOT NULL);
CREATE TABLE documents(
  id {id},
  doc_id {key} NOT NULL UNIQUE,
  date {key},
  title TEXT,
  publisher TEXT,
  url TEXT,
  text TEXT NOT NULL,
  content_hash TEXT NOT NULL,
  run {int} REFERENCES runs(id),
  stored_at TEXT NOT NULL);
CREATE TABLE sentences(
  id {id},
  document {int} NOT NULL REFERENCES documents(id),
  sentence_index INTEGER NOT NULL,
  text TEXT NOT NULL,{search_column}
  UNIQUE(document, sentence_index));
{search}
CREATE TABLE actors(
  code {key} PRIMARY KEY,
  country {key},
  sector {key}){without_rowid};
CREATE TABLE events(
  id {id},
  document {int} NOT NULL REFERENCES documents(id),
  position {int} NOT NULL,
  sentence {int} NOT NULL REFERENCES sentences(id),
  sentence_index INTEGER NOT NULL,
  date {key},
  event_date {key},
  event_first {key},
  event_last {key},
  source_code {key} NOT NULL,
  source_country {key},
  source_sector {key},
  source_text TEXT NOT NULL,
  target_code {key},
  target_country {key},
  target_sector {key},
  target_text TEXT,
  cameo {key} NOT NULL,
  cameo_root {key} NOT NULL,
  goldstein {real},
  quad_class INTEGER,
  plover_event {key},
  plover_mode TEXT,
  quote_speaker TEXT,
  quote_text TEXT,
  location_name TEXT,
  location_country TEXT,
  location_lat {real},
  location_lon {real},
  evidence_begin {int} NOT NULL,
  evidence_end {int} NOT NULL,
  verb TEXT NOT NULL,
  pattern TEXT,
  implied TEXT,
  modality TEXT NOT NULL,
  mentions INTEGER NOT NULL);
CREATE INDEX events_document ON events(document, position);
CREATE INDEX events_event_first ON events(event_first);
CREATE INDEX events_date ON events(date);
CREATE INDEX events_source_country ON events(source_country, event_first);
CREATE INDEX events_target_country ON events(target_country, event_first);
CREATE INDEX events_source_code ON events(source_code);
CREATE INDEX events_target_code ON events(target_code);
CREATE INDEX events_root ON events(cameo_root, event_first);
CREATE INDEX events_cameo ON events(cameo);
CREATE INDEX events_plover ON events(plover_event);
CREATE TABLE quotations(
  id {id},
  document {int} NOT NULL REFERENCES documents(id),
  begin_byte {int} NOT NULL,
  end_byte {int} NOT NULL,
  text TEXT NOT NULL,
  speaker TEXT,
  speaker_role TEXT,
  speaker_org TEXT,
  speaker_code TEXT,
  partial INTEGER NOT NULL);
CREATE INDEX quotations_document ON quotations(document);
)sql",
    // 1 -> 2: each event's line as `vigil code` wrote it, so that fields the coder adds
    // later come back unchanged (events stored before have none: rebuilt from columns).
    // A table of its own keeps the events table narrow for scans.
    "CREATE TABLE event_records(event {int} PRIMARY KEY REFERENCES events(id), "
    "record TEXT NOT NULL);",
    // 2 -> 3: one index holding every column that filters and groups read, so that a
    // count over most of the store reads it instead of the table (3.5 s -> 0.4 s for a
    // million events grouped by root).
    "CREATE INDEX events_facts ON events(cameo_root, cameo, source_country, target_country, "
    "plover_event, quad_class, event_date, date, event_first, event_last, goldstein, "
    "source_code, target_code, source_sector, target_sector);",
    // 3 -> 4: events by sentence (a --text filter reads it) on SQLite too: PostgreSQL's
    // first schema had it when each engine kept its own copy of the schema; from here on
    // both engines' schemas are this one list.
    "CREATE INDEX IF NOT EXISTS events_sentence ON events(sentence);",
    // 4 -> 5: the indexes a filtered question starts from (source country, target country,
    // root; each with the event date) also hold what filters and groups read besides, so
    // that such a question reads only its index: 15,000 events of one target country in
    // three months grouped by source country, 55 -> 25 ms in a store of a million events.
    // Actor codes and sectors are left out (long, and rarer in questions); with them a
    // question reads the table as before.
    R"sql(
DROP INDEX events_source_country;
DROP INDEX events_target_country;
DROP INDEX events_root;
CREATE INDEX events_source_country ON events(source_country, event_first, event_last,
  event_date, date, quad_class, cameo, cameo_root, plover_event, target_country, goldstein);
CREATE INDEX events_target_country ON events(target_country, event_first, event_last,
  event_date, date, quad_class, cameo, cameo_root, plover_event, source_country, goldstein);
CREATE INDEX events_root ON events(cameo_root, event_first, event_last,
  event_date, date, quad_class, cameo, plover_event, source_country, target_country, goldstein);
)sql",
    // 5 -> 6: the same for actor code prefixes (--source USA, --target CHNGOV): the
    // quarter of a store of a million events that --source USA selects, grouped by month,
    // 1.4 -> 0.5 s.
    R"sql(
DROP INDEX events_source_code;
DROP INDEX events_target_code;
CREATE INDEX events_source_code ON events(source_code, event_first, event_last,
  event_date, date, quad_class, cameo, cameo_root, plover_event, source_country, target_country,
  goldstein);
CREATE INDEX events_target_code ON events(target_code, event_first, event_last,
  event_date, date, quad_class, cameo, cameo_root, plover_event, source_country, target_country,
  goldstein);
)sql",
};
static_assert(std::size(kMigrations) == kSchemaVersion);

// `ddl` with each {word} replaced by the dialect's. An unknown word is left as it is, so
// that the statement fails loudly (a syntax error naming it) on every engine.
std::string expand(std::string_view ddl, const SchemaWords& words) {
  const std::pair<std::string_view, const char*> table[] = {
      {"{id}", words.id},
      {"{int}", words.integer},
      {"{real}", words.real},
      {"{key}", words.key},
      {"{without_rowid}", words.without_rowid},
      {"{search_column}", words.search_column},
      {"{search}", words.search},
  };
  std::string out;
  out.reserve(ddl.size() * 2);
  size_t i = 0;
  while (i < ddl.size()) {
    bool replaced = false;
    if (ddl[i] == '{') {
      for (const auto& [word, text] : table) {
        if (ddl.substr(i, word.size()) == word) {
          out += text;
          i += word.size();
          replaced = true;
          break;
        }
      }
    }
    if (!replaced) out += ddl[i++];
  }
  return out;
}

Result<int64_t> pragma_int(sqlite3* db, const char* pragma) {
  auto s = sql::prepare(db, std::string("PRAGMA ") + pragma);
  if (!s.ok()) return s.status();
  int rc = s.value().step();
  if (rc != SQLITE_ROW) return sql::error(db, std::string("reading ") + pragma);
  return s.value().int64(0);
}

// The schema version of a SQLite file, or why it is not one vigil can use. Run inside a
// transaction, so that its reads see one state of the file (another process may be
// creating the schema).
Result<int64_t> sqlite_schema_version(sqlite3* db, const std::string& path) {
  // The first read of the file: a file that is not SQLite fails here (SQLITE_NOTADB).
  auto app = pragma_int(db, "application_id");
  if (!app.ok()) {
    if (sqlite3_errcode(db) == SQLITE_NOTADB)
      return Status::error(StatusCode::kDataError,
                           path + ": not a vigil event store (not a SQLite database)");
    return app.status();
  }
  auto version = pragma_int(db, "user_version");
  if (!version.ok()) return version.status();
  auto tables = sql::prepare(db, "SELECT name FROM sqlite_schema WHERE type = 'table' LIMIT 3");
  if (!tables.ok()) return tables.status();
  std::string names;
  while (tables.value().step() == SQLITE_ROW)
    names += (names.empty() ? "" : ", ") + tables.value().text(0);

  if (app.value() != kApplicationId) {
    if (app.value() != 0 || !names.empty() || version.value() != 0)
      return Status::error(StatusCode::kDataError,
                           path +
                               ": not a vigil event store (a SQLite database of another program" +
                               (names.empty() ? std::string() : ", with tables " + names + "...") +
                               "); nothing was changed. Give --db a new file or a vigil store.");
  }
  if (version.value() > kSchemaVersion)
    return Status::error(StatusCode::kFailedPrecondition,
                         path + ": the store has schema version " +
                             std::to_string(version.value()) + ", newer than this vigil reads (" +
                             std::to_string(kSchemaVersion) +
                             "); nothing was changed. Use a newer vigil.");
  return version.value();
}

}  // namespace

std::vector<std::string> schema_migrations(const Dialect& dialect) {
  std::vector<std::string> out;
  for (const char* ddl : kMigrations) out.push_back(expand(ddl, dialect.schema));
  return out;
}

Status prepare_schema(sqlite3* db, const std::string& path, bool read_only,
                      const Dialect& dialect) {
  if (Status s = sql::exec(db, "BEGIN"); !s.ok()) return s;
  auto current = sqlite_schema_version(db, path);
  sql::exec(db, "COMMIT");
  if (!current.ok()) return current.status();
  if (current.value() == kSchemaVersion) return {};
  if (read_only) {
    if (current.value() == 0)
      return Status::error(StatusCode::kDataError,
                           path + ": not a vigil event store (an empty database)");
    return Status::error(
        StatusCode::kFailedPrecondition,
        path + ": the store has schema version " + std::to_string(current.value()) +
            " and must be upgraded to " + std::to_string(kSchemaVersion) +
            ", which needs write access (the next vigil ingest into it does that)");
  }
  // Under the write lock, read again: another process may have created or migrated the
  // schema meanwhile (several `vigil ingest` may open a new file at once).
  if (Status s = sql::exec(db, "BEGIN IMMEDIATE"); !s.ok()) return s;
  auto fail = [&](Status s) {
    sql::exec(db, "ROLLBACK");
    return s;
  };
  auto locked = sqlite_schema_version(db, path);
  if (!locked.ok()) return fail(locked.status());
  if (locked.value() == kSchemaVersion) return sql::exec(db, "COMMIT");
  const std::vector<std::string> migrations = schema_migrations(dialect);
  for (int64_t v = locked.value(); v < kSchemaVersion; ++v) {
    if (Status s = sql::exec(db, migrations[static_cast<size_t>(v)].c_str()); !s.ok())
      return fail(Status::error(s.code(), path + ": upgrading the schema to version " +
                                              std::to_string(v + 1) + " failed: " + s.message()));
  }
  const std::string stamp = "PRAGMA application_id = " + std::to_string(kApplicationId) +
                            "; PRAGMA user_version = " + std::to_string(kSchemaVersion) + ";";
  if (Status s = sql::exec(db, stamp.c_str()); !s.ok()) return fail(s);
  return sql::exec(db, "COMMIT");
}

std::pair<std::string, std::string> date_bounds(std::string_view d) {
  auto digits = [&](size_t b, size_t n) {
    for (size_t i = b; i < b + n; ++i)
      if (i >= d.size() || d[i] < '0' || d[i] > '9') return false;
    return true;
  };
  if (d.size() == 10 && digits(0, 4) && d[4] == '-' && digits(5, 2) && d[7] == '-' && digits(8, 2))
    return {std::string(d), std::string(d)};
  if (d.size() == 7 && digits(0, 4) && d[4] == '-' && digits(5, 2)) {
    const int year = std::stoi(std::string(d.substr(0, 4)));
    const int month = std::stoi(std::string(d.substr(5, 2)));
    static const int kDays[] = {31, 28, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31};
    if (month < 1 || month > 12) return {};
    int last = kDays[month - 1];
    if (month == 2 && year % 4 == 0 && (year % 100 != 0 || year % 400 == 0)) last = 29;
    return {std::string(d) + "-01", std::string(d) + "-" + std::to_string(last)};
  }
  if (d.size() == 4 && digits(0, 4)) return {std::string(d) + "-01-01", std::string(d) + "-12-31"};
  return {};
}

}  // namespace vigil::store
