// What a Store holds, shared by its .cc files.
#pragma once

#include <map>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "driver.h"
#include "vigil/store.h"

struct sqlite3;

namespace vigil::store {

struct Store::Impl {
  std::unique_ptr<Connection> db;
  bool read_only = false;
  std::map<std::string, int64_t> runs;  // provenance key -> runs.id written by this connection
};

/// True for "postgresql://..." and "postgres://...".
bool is_postgres_url(std::string_view spec);

/// A SQLite file (sqlite_driver.cc), after the checks of prepare_schema.
Result<std::unique_ptr<Connection>> open_sqlite(const std::string& path,
                                                const OpenOptions& options);
/// A PostgreSQL database (postgres.cc), after the same checks on its vigil_meta table.
Result<std::unique_ptr<Connection>> open_postgres(const std::string& url,
                                                  const OpenOptions& options);

/// The schema's migrations in `dialect`'s words (schema.cc, the one copy of the schema):
/// element n takes a store from version n to n + 1; kSchemaVersion elements.
std::vector<std::string> schema_migrations(const Dialect& dialect);

/// Creates or migrates the schema of an open SQLite connection to kSchemaVersion, or
/// refuses a database this build cannot use (another program's, a newer schema).
Status prepare_schema(sqlite3* db, const std::string& path, bool read_only, const Dialect& dialect);

}  // namespace vigil::store
