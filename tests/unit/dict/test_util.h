// Helpers for the dictionary reader tests.
#pragma once

#include <string>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"
#include "vigil/status.h"

namespace vigil::dict::testing {

/// Every diagnostic as "file:line: message", one per line, for failure messages.
inline std::string dump(const std::vector<Diagnostic>& ds) {
  std::string out;
  for (const auto& d : ds) out += d.to_string() + "\n";
  return out;
}

/// Words as string_views over `words` (which must outlive the result).
inline std::vector<std::string_view> views(const std::vector<std::string>& words) {
  return {words.begin(), words.end()};
}

/// Splits on spaces.
inline std::vector<std::string> words_of(std::string_view s) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < s.size()) {
    while (i < s.size() && s[i] == ' ') ++i;
    size_t b = i;
    while (i < s.size() && s[i] != ' ') ++i;
    if (i > b) out.emplace_back(s.substr(b, i - b));
  }
  return out;
}

/// True when some diagnostic is on `line` and its message contains `part`.
inline bool has(const std::vector<Diagnostic>& ds, int line, std::string_view part) {
  for (const auto& d : ds) {
    if (d.line == line && d.message.find(part) != std::string::npos) return true;
  }
  return false;
}

}  // namespace vigil::dict::testing
