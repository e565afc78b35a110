// Small helpers shared by the vigil subcommands: argument scanning and JSON text.
#pragma once

#include <string>
#include <string_view>
#include <vector>

namespace vigil::cli {

/// Command-line arguments after the subcommand name, consumed left to right.
class Args {
 public:
  Args(int argc, char** argv, int first);
  /// True (and consumes it) when the next argument is `flag`.
  bool flag(std::string_view name);
  /// Value of "--name VALUE" or "--name=VALUE" anywhere; removes both.
  bool option(std::string_view name, std::string& value);
  /// The remaining arguments; any still starting with '-' (except "-") are unknown.
  const std::vector<std::string>& rest() const { return args_; }
  /// The first unknown option, or empty.
  std::string unknown_option() const;

 private:
  std::vector<std::string> args_;
};

/// `s` as a JSON string literal (quotes included).
std::string json_string(std::string_view s);

/// vigil's data folder: $VIGIL_DATA, else the one the build was configured with
/// (vigil::default_data_dir, shared with the library and the Python package).
std::string data_dir();

}  // namespace vigil::cli
