// Thin RAII over SQLite's C API: a connection, prepared statements, errors as Status.
#pragma once

#include <sqlite3.h>

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <string_view>

#include "vigil/status.h"

namespace vigil::store::sql {

struct DbCloser {
  void operator()(sqlite3* db) const { sqlite3_close_v2(db); }
};
using DbPtr = std::unique_ptr<sqlite3, DbCloser>;

/// A prepared statement; binds by 1-based index, reads by 0-based column.
class Statement {
 public:
  Statement() = default;
  Statement(sqlite3* db, sqlite3_stmt* stmt) : db_(db), stmt_(stmt) {}
  Statement(Statement&& o) noexcept : db_(o.db_), stmt_(o.stmt_) { o.stmt_ = nullptr; }
  Statement& operator=(Statement&& o) noexcept {
    if (this != &o) {
      sqlite3_finalize(stmt_);
      db_ = o.db_;
      stmt_ = o.stmt_;
      o.stmt_ = nullptr;
    }
    return *this;
  }
  Statement(const Statement&) = delete;
  Statement& operator=(const Statement&) = delete;
  ~Statement() { sqlite3_finalize(stmt_); }

  void bind(int i, std::string_view s) {
    sqlite3_bind_text64(stmt_, i, s.data(), s.size(), SQLITE_TRANSIENT, SQLITE_UTF8);
  }
  /// Binds NULL for an empty string.
  void bind_or_null(int i, std::string_view s) {
    if (s.empty()) {
      sqlite3_bind_null(stmt_, i);
    } else {
      bind(i, s);
    }
  }
  void bind(int i, int64_t v) { sqlite3_bind_int64(stmt_, i, v); }
  void bind(int i, double v) { sqlite3_bind_double(stmt_, i, v); }
  void bind(int i, std::optional<double> v) {
    if (v) {
      bind(i, *v);
    } else {
      sqlite3_bind_null(stmt_, i);
    }
  }
  void bind_null(int i) { sqlite3_bind_null(stmt_, i); }

  /// SQLITE_ROW, SQLITE_DONE or an error code.
  int step() { return sqlite3_step(stmt_); }
  void reset() {
    sqlite3_reset(stmt_);
    sqlite3_clear_bindings(stmt_);
  }

  bool is_null(int c) const { return sqlite3_column_type(stmt_, c) == SQLITE_NULL; }
  std::string text(int c) const {
    const unsigned char* p = sqlite3_column_text(stmt_, c);
    return p ? std::string(reinterpret_cast<const char*>(p),
                           static_cast<size_t>(sqlite3_column_bytes(stmt_, c)))
             : std::string();
  }
  int64_t int64(int c) const { return sqlite3_column_int64(stmt_, c); }
  double real(int c) const { return sqlite3_column_double(stmt_, c); }
  std::optional<double> real_or_null(int c) const {
    if (is_null(c)) return std::nullopt;
    return real(c);
  }

  sqlite3_stmt* get() const { return stmt_; }

 private:
  sqlite3* db_ = nullptr;
  sqlite3_stmt* stmt_ = nullptr;
};

/// The connection's last error as "what: message (path)".
Status error(sqlite3* db, std::string_view what);

/// Prepares `sql` (one statement).
Result<Statement> prepare(sqlite3* db, std::string_view sql);

/// Runs one or more statements without results.
Status exec(sqlite3* db, const char* sql);

/// Runs a statement to completion (no rows expected).
Status run(sqlite3* db, Statement& s, std::string_view what);

}  // namespace vigil::store::sql
