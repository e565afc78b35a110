#include "sqlite.h"

namespace vigil::store::sql {
namespace {

// SQLite's message, said plainly where a user can act on it: a full disk (SQLite reports
// ENOSPC, a quota and max_page_count alike as SQLITE_FULL).
std::string describe(int code, std::string message) {
  if ((code & 0xff) == SQLITE_FULL) return "the disk is full (SQLite: " + message + ")";
  return message;
}

// Whose problem a SQLite result code is. SQLITE_ERROR is an SQL error: our SQL is fixed,
// so it is ours (a full-text query's syntax is told apart by the store's query code).
StatusCode code_of(int code) {
  switch (code & 0xff) {
    case SQLITE_CANTOPEN:
    case SQLITE_IOERR:
    case SQLITE_FULL:
    case SQLITE_READONLY:
    case SQLITE_PERM:
      return StatusCode::kIoError;
    case SQLITE_CORRUPT:
    case SQLITE_NOTADB:
      return StatusCode::kDataError;
    case SQLITE_BUSY:
    case SQLITE_LOCKED:
      return StatusCode::kUnavailable;
    default:
      return StatusCode::kInternal;
  }
}

}  // namespace

Status error(sqlite3* db, std::string_view what) {
  std::string message(what);
  message += ": ";
  message += db ? describe(sqlite3_errcode(db), sqlite3_errmsg(db)) : "out of memory";
  if (db) {
    if (const char* file = sqlite3_db_filename(db, "main"); file && *file) {
      message += " (";
      message += file;
      message += ')';
    }
  }
  return Status::error(db ? code_of(sqlite3_errcode(db)) : StatusCode::kInternal,
                       std::move(message));
}

Result<Statement> prepare(sqlite3* db, std::string_view sql) {
  sqlite3_stmt* stmt = nullptr;
  if (sqlite3_prepare_v3(db, sql.data(), static_cast<int>(sql.size()), SQLITE_PREPARE_PERSISTENT,
                         &stmt, nullptr) != SQLITE_OK) {
    sqlite3_finalize(stmt);
    return error(db, "preparing a query");
  }
  return Statement(db, stmt);
}

Status exec(sqlite3* db, const char* sql) {
  char* message = nullptr;
  if (const int rc = sqlite3_exec(db, sql, nullptr, nullptr, &message); rc != SQLITE_OK) {
    std::string text = describe(rc, message ? message : sqlite3_errmsg(db));
    sqlite3_free(message);
    if (const char* file = sqlite3_db_filename(db, "main"); file && *file)
      text += std::string(" (") + file + ")";
    return Status::error(code_of(rc), std::move(text));
  }
  return {};
}

Status run(sqlite3* db, Statement& s, std::string_view what) {
  int rc = s.step();
  while (rc == SQLITE_ROW) rc = s.step();
  Status status;
  if (rc != SQLITE_DONE) status = error(db, what);
  s.reset();
  return status;
}

}  // namespace vigil::store::sql
