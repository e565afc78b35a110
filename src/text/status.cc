#include "vigil/status.h"

#include <cerrno>

namespace vigil {

std::string_view to_string(StatusCode code) {
  switch (code) {
    case StatusCode::kOk:
      return "ok";
    case StatusCode::kInvalidArgument:
      return "invalid_argument";
    case StatusCode::kNotFound:
      return "not_found";
    case StatusCode::kIoError:
      return "io_error";
    case StatusCode::kDataError:
      return "data_error";
    case StatusCode::kFailedPrecondition:
      return "failed_precondition";
    case StatusCode::kUnavailable:
      return "unavailable";
    case StatusCode::kInternal:
      return "internal";
  }
  return "internal";
}

StatusCode code_from_errno(int error_number) {
  return error_number == ENOENT || error_number == ENOTDIR ? StatusCode::kNotFound
                                                           : StatusCode::kIoError;
}

std::string Diagnostic::to_string() const {
  std::string out;
  if (!file.empty()) {
    out += file;
    if (line > 0) out += ":" + std::to_string(line);
    out += ": ";
  }
  out += message;
  return out;
}

std::string Status::to_string() const {
  if (ok_) return "ok";
  std::string out = message_;
  for (const Diagnostic& d : details_) out += "\n  " + d.to_string();
  return out;
}

}  // namespace vigil
