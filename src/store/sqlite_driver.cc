// The SQLite engine: a file opened with the checks of schema.cc, WAL, prepared statements
// kept for the connection's life.
#include <sys/stat.h>
#include <unistd.h>

#include <filesystem>
#include <map>

#include "sqlite.h"
#include "store_impl.h"

namespace vigil::store {
namespace {

std::string sqlite_text_match(const std::string& sentence, const std::string& param) {
  return sentence + " IN (SELECT rowid FROM sentences_fts WHERE sentences_fts MATCH " + param + ")";
}
std::string sqlite_monday(const std::string& day) {
  return "date(" + day + ", '-6 days', 'weekday 1')";
}
std::string sqlite_byte_span(const std::string& text, const std::string& begin,
                             const std::string& end) {
  return "CAST(substr(CAST(" + text + " AS BLOB), (" + begin + ") + 1, (" + end + ") - (" + begin +
         ")) AS TEXT)";
}

const Dialect kSqliteDialect = {
    .schema =
        {
            .id = "INTEGER PRIMARY KEY",  // the rowid
            .integer = "INTEGER",         // 64-bit in SQLite
            .real = "REAL",
            .key = "TEXT",  // SQLite's default collation is bytewise
            .without_rowid = " WITHOUT ROWID",
            .search_column = "",
            // FTS5 over the sentences' text, kept by triggers (an external-content table:
            // the text is stored once).
            .search =
                R"sql(CREATE VIRTUAL TABLE sentences_fts USING fts5(text, content='sentences', content_rowid='id');
CREATE TRIGGER sentences_fts_insert AFTER INSERT ON sentences BEGIN
  INSERT INTO sentences_fts(rowid, text) VALUES (new.id, new.text);
END;
CREATE TRIGGER sentences_fts_delete AFTER DELETE ON sentences BEGIN
  INSERT INTO sentences_fts(sentences_fts, rowid, text) VALUES ('delete', old.id, old.text);
END;)sql",
        },
    .begin_write = "BEGIN IMMEDIATE",
    .text_match = &sqlite_text_match,
    .monday = &sqlite_monday,
    .byte_span = &sqlite_byte_span,
};

class SqliteRows : public Rows {
 public:
  SqliteRows(sqlite3* db, sql::Statement* s) : db_(db), s_(s) {}
  ~SqliteRows() override { s_->reset(); }
  bool next() override {
    if (done_) return false;
    const int rc = s_->step();
    if (rc == SQLITE_ROW) return true;
    done_ = true;
    if (rc != SQLITE_DONE) status_ = sql::error(db_, "querying the store");
    return false;
  }
  bool is_null(int c) const override { return s_->is_null(c); }
  std::string text(int c) const override { return s_->text(c); }
  int64_t int64(int c) const override { return s_->int64(c); }
  double real(int c) const override { return s_->real(c); }
  Status status() const override { return status_; }

 private:
  sqlite3* db_;
  sql::Statement* s_;
  bool done_ = false;
  Status status_;
};

class SqliteConnection : public Connection {
 public:
  SqliteConnection(sql::DbPtr db, std::string name) : db_(std::move(db)), name_(std::move(name)) {}
  ~SqliteConnection() override {
    statements_.clear();
    if (!sqlite3_db_readonly(db_.get(), "main")) sql::exec(db_.get(), "PRAGMA optimize");
  }
  const Dialect& dialect() const override { return kSqliteDialect; }
  const std::string& name() const override { return name_; }
  Status exec(const std::string& sql_text) override {
    return sql::exec(db_.get(), sql_text.c_str());
  }

  Result<std::unique_ptr<Rows>> query(const std::string& sql_text,
                                      const std::vector<Param>& params) override {
    auto it = statements_.find(sql_text);
    if (it == statements_.end()) {
      auto s = sql::prepare(db_.get(), sql_text);
      if (!s.ok()) return s.status();
      it = statements_.emplace(sql_text, std::move(s).value()).first;
    }
    sql::Statement& s = it->second;
    for (size_t i = 0; i < params.size(); ++i) {
      const int index = static_cast<int>(i + 1);
      const Param& p = params[i];
      if (const auto* t = std::get_if<std::string>(&p))
        s.bind(index, std::string_view(*t));
      else if (const auto* n = std::get_if<int64_t>(&p))
        s.bind(index, *n);
      else if (const auto* r = std::get_if<double>(&p))
        s.bind(index, *r);
      else
        s.bind_null(index);
    }
    return std::unique_ptr<Rows>(new SqliteRows(db_.get(), &s));
  }

  Result<int64_t> insert(const std::string& sql_text, const std::vector<Param>& params) override {
    if (Status s = run(sql_text, params); !s.ok()) return s;
    return static_cast<int64_t>(sqlite3_last_insert_rowid(db_.get()));
  }

 private:
  sql::DbPtr db_;
  std::string name_;
  std::map<std::string, sql::Statement> statements_;
};

}  // namespace

Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path,
                                                const OpenOptions& options) {
  namespace fs = std::filesystem;
  std::error_code ec;
  const bool exists = fs::exists(path, ec);
  if (!exists) {
    if (options.read_only || !options.create)
      return Status::error(StatusCode::kNotFound,
                           path + ": no such store (vigil ingest --db " + path + " creates one)");
    const fs::path parent = fs::path(path).parent_path();
    if (!parent.empty() && !fs::is_directory(parent, ec))
      return Status::error(StatusCode::kNotFound, path + ": cannot create the store: folder " +
                                                      parent.string() + " does not exist");
  } else if (fs::is_directory(path, ec)) {
    return Status::error(StatusCode::kInvalidArgument, path + ": is a folder, not a store file");
  }
  // A file nobody may write is read-only even for root, who could write it anyway.
  struct stat info {};
  if (!options.read_only && exists &&
      (access(path.c_str(), W_OK) != 0 ||
       (::stat(path.c_str(), &info) == 0 && (info.st_mode & 0222) == 0)))
    return Status::error(StatusCode::kIoError,
                         path +
                             ": the file is read-only; storing needs write access "
                             "(nothing was changed)");

  const int flags =
      options.read_only ? SQLITE_OPEN_READONLY : SQLITE_OPEN_READWRITE | SQLITE_OPEN_CREATE;
  sqlite3* raw = nullptr;
  const int rc = sqlite3_open_v2(path.c_str(), &raw, flags | SQLITE_OPEN_NOMUTEX, nullptr);
  sql::DbPtr db(raw);
  if (rc != SQLITE_OK)
    return Status::error(StatusCode::kIoError,
                         path + ": cannot open: " + (raw ? sqlite3_errmsg(raw) : "out of memory"));
  sqlite3_extended_result_codes(db.get(), 1);
  sqlite3_busy_timeout(db.get(), 10000);
  if (!options.read_only && sqlite3_db_readonly(db.get(), "main") == 1)
    return Status::error(StatusCode::kIoError,
                         path +
                             ": the file is read-only; storing needs write access "
                             "(nothing was changed)");

  if (Status s = prepare_schema(db.get(), path, options.read_only, kSqliteDialect); !s.ok())
    return s;
  // WAL: readers never block the writer; a killed writer leaves the last committed
  // transaction intact. synchronous=NORMAL keeps every commit across a process crash
  // (a power cut may lose the last few).
  // Reads go through a memory map of up to 1 GB (scans of large stores).
  const char* pragmas = options.read_only
                            ? "PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"
                              " PRAGMA mmap_size = 1073741824;"
                            : "PRAGMA journal_mode = WAL; PRAGMA synchronous = NORMAL;"
                              " PRAGMA cache_size = -65536; PRAGMA temp_store = MEMORY;"
                              " PRAGMA mmap_size = 1073741824;";
  if (Status s = sql::exec(db.get(), pragmas); !s.ok()) return s;
  return std::unique_ptr<Connection>(new SqliteConnection(std::move(db), path));
}

}  // namespace vigil::store
