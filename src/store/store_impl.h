// What a Store holds, shared by its .cc files.
#pragma once

#include <map>
#include <string>

#include "sqlite.h"
#include "vigil/store.h"

namespace vigil::store {

struct Store::Impl {
  sql::DbPtr db;
  bool read_only = false;
  std::map<std::string, int64_t> runs;  // provenance key -> runs.id written by this connection
};

/// Creates or migrates the schema of an open connection to kSchemaVersion, or refuses a
/// database this build cannot use (another program's, a newer schema).
Status prepare_schema(sqlite3* db, const std::string& path, bool read_only);


}  // namespace vigil::store
