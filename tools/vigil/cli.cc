#include "cli.h"

#include "vigil/jsonl.h"
#include "vigil/vigil.h"

#include <algorithm>
#include <cstdio>
#include <cstdlib>

namespace vigil::cli {

Args::Args(int argc, char** argv, int first) {
  for (int i = first; i < argc; ++i) args_.emplace_back(argv[i]);
}

bool Args::flag(std::string_view name) {
  auto it = std::find(args_.begin(), args_.end(), name);
  if (it == args_.end()) return false;
  args_.erase(it);
  return true;
}

bool Args::option(std::string_view name, std::string& value) {
  for (size_t i = 0; i < args_.size(); ++i) {
    const std::string& a = args_[i];
    if (a == name && i + 1 < args_.size()) {
      value = args_[i + 1];
      args_.erase(args_.begin() + static_cast<long>(i), args_.begin() + static_cast<long>(i) + 2);
      return true;
    }
    if (a.size() > name.size() && a.compare(0, name.size(), name) == 0 && a[name.size()] == '=') {
      value = a.substr(name.size() + 1);
      args_.erase(args_.begin() + static_cast<long>(i));
      return true;
    }
  }
  return false;
}

std::string Args::unknown_option() const {
  for (const std::string& a : args_)
    if (a.size() > 1 && a[0] == '-') return a;
  return {};
}

std::string json_string(std::string_view s) {
  std::string out;
  output::append_string(out, s);
  return out;
}

std::string data_dir() { return default_data_dir(); }

}  // namespace vigil::cli
