#include "tsv.h"

#include <cerrno>
#include <fstream>

namespace vigil::discourse::detail {

std::vector<std::string> split_tabs(std::string_view line) {
  std::vector<std::string> out;
  size_t start = 0;
  while (true) {
    size_t tab = line.find('\t', start);
    if (tab == std::string_view::npos) {
      out.emplace_back(line.substr(start));
      break;
    }
    out.emplace_back(line.substr(start, tab - start));
    start = tab + 1;
  }
  return out;
}

Result<TsvTable> read_tsv(const std::string& path, std::vector<Diagnostic>& problems) {
  std::ifstream in(path, std::ios::binary);
  if (!in) return Status::error(code_from_errno(errno), "cannot open " + path);
  TsvTable table;
  std::string line;
  int number = 0;
  bool have_header = false;
  while (std::getline(in, line)) {
    ++number;
    if (!line.empty() && line.back() == '\r') line.pop_back();  // tolerate CRLF checkouts
    if (line.empty() || line[0] == '#') continue;
    auto fields = split_tabs(line);
    if (!have_header) {
      table.header = std::move(fields);
      have_header = true;
      continue;
    }
    if (fields.size() != table.header.size()) {
      problems.push_back({path, number,
                          "expected " + std::to_string(table.header.size()) + " fields, got " +
                              std::to_string(fields.size())});
      continue;
    }
    table.rows.push_back({number, std::move(fields)});
  }
  if (!have_header) return Status::error(StatusCode::kDataError, path + ": no header line");
  return table;
}

}  // namespace vigil::discourse::detail
