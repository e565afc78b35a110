// Reading vigil's own tab-separated tables: '#' comment lines, one header line, then rows.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::discourse::detail {

/// One data row of a table, with its 1-based line number in the file.
struct TsvRow {
  int line = 0;
  std::vector<std::string> fields;
};

/// A whole table: the header's column names and every data row.
struct TsvTable {
  std::vector<std::string> header;
  std::vector<TsvRow> rows;
};

/// Reads `path`. Blank lines and lines starting with '#' are skipped; the first other line
/// is the header. Rows with a different number of fields than the header are reported in
/// `problems` (file:line) and left out. Returns an error Status only when the file cannot
/// be opened or has no header.
Result<TsvTable> read_tsv(const std::string& path, std::vector<Diagnostic>& problems);

/// Splits one line on tabs, keeping empty fields.
std::vector<std::string> split_tabs(std::string_view line);

}  // namespace vigil::discourse::detail
