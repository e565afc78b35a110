// The two database engines behind a Store (SQLite, PostgreSQL) as one small interface:
// statements with numbered parameters, rows read by column, and the few places where
// their SQL differs (the Dialect). The store's logic (store.cc, query.cc) is written once
// over it.
#pragma once

#include <cstdint>
#include <memory>
#include <optional>
#include <string>
#include <variant>
#include <vector>

#include "vigil/status.h"

namespace vigil::store {

/// A bound value: NULL, text, integer or real.
using Param = std::variant<std::monostate, std::string, int64_t, double>;

/// NULL for an empty string, else the text.
inline Param text_or_null(const std::string& s) { return s.empty() ? Param{} : Param{s}; }

/// Rows of one statement, read in order. Columns are 0-based; NULL reads as "" / 0.
class Rows {
 public:
  virtual ~Rows() = default;
  /// Advances to the next row; false at the end or on error (see status()).
  virtual bool next() = 0;
  virtual bool is_null(int column) const = 0;
  virtual std::string text(int column) const = 0;
  virtual int64_t int64(int column) const = 0;
  virtual double real(int column) const = 0;
  std::optional<double> real_or_null(int column) const {
    if (is_null(column)) return std::nullopt;
    return real(column);
  }
  /// The error that ended the rows, if any.
  virtual Status status() const = 0;
};

/// The words of the schema's DDL that differ between engines. schema.cc writes every
/// table and index once, naming these in braces ("{id}", "{key}"...).
struct SchemaWords {
  const char* id = nullptr;             ///< {id}: a table's own row id (primary key, assigned)
  const char* integer = nullptr;        ///< {int}: row references, positions, byte offsets (64-bit)
  const char* real = nullptr;           ///< {real}: a double
  const char* key = nullptr;            ///< {key}: text that filters compare and sort, bytewise
  const char* without_rowid = nullptr;  ///< {without_rowid}: after a table keyed by text
  /// {search_column}: a column of `sentences` for full-text search ("" or ending in ",").
  const char* search_column = nullptr;
  /// {search}: statements after `sentences` that index its text for full-text search.
  const char* search = nullptr;
};

/// Where the engines' SQL differs.
struct Dialect {
  /// The schema's words (schema.cc).
  SchemaWords schema;
  /// Starts a write transaction that no other writer can interleave with.
  const char* begin_write = "BEGIN";
  /// The full-text condition on sentence id column `sentence` for parameter `param`.
  std::string (*text_match)(const std::string& sentence, const std::string& param) = nullptr;
  /// The Monday (YYYY-MM-DD) of a YYYY-MM-DD date expression.
  std::string (*monday)(const std::string& day) = nullptr;
  /// The bytes [begin, end) of text column `text` as text (begin/end are expressions).
  std::string (*byte_span)(const std::string& text, const std::string& begin,
                           const std::string& end) = nullptr;
};

/// One connection to an engine. SQL is written once for both, with parameters as ?1, ?2
/// (the PostgreSQL engine reads them as $1, $2).
class Connection {
 public:
  virtual ~Connection() = default;
  virtual const Dialect& dialect() const = 0;
  /// Runs SQL without parameters or results (several statements allowed).
  virtual Status exec(const std::string& sql) = 0;
  /// Runs one statement with parameters; its rows, or the error.
  virtual Result<std::unique_ptr<Rows>> query(const std::string& sql,
                                              const std::vector<Param>& params) = 0;
  /// Runs an INSERT of one row and returns the new row's id (column `id`).
  virtual Result<int64_t> insert(const std::string& sql, const std::vector<Param>& params) = 0;
  /// Runs a statement to completion.
  Status run(const std::string& sql, const std::vector<Param>& params) {
    auto rows = query(sql, params);
    if (!rows.ok()) return rows.status();
    while (rows.value()->next()) {
    }
    return rows.value()->status();
  }
  /// The store's name in messages (a path, or a URL without its password).
  virtual const std::string& name() const = 0;
};

}  // namespace vigil::store
