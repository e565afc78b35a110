// Status and Result<T>: how the vigil library reports failure without exceptions.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <utility>
#include <variant>
#include <vector>

namespace vigil {

/// One problem found while reading outside input, with where it was found.
/// `line` is 1-based; 0 when the problem is not tied to a line.
struct Diagnostic {
  std::string file;
  int line = 0;
  std::string message;

  /// "file:line: message" (or "file: message" / "message" when parts are missing).
  std::string to_string() const;
};

/// What kind of failure a Status reports, so that a caller can act on it without reading
/// the message: the server maps it to an HTTP status, the Python package to an exception
/// type (docs/ARCHITECTURE.md, "Errors"). The message says what and where; the code says
/// whose problem it is.
enum class StatusCode : uint8_t {
  kOk = 0,
  /// The caller asked for something malformed: an unknown option or export layout, a
  /// document line that is not a document, a full-text query that does not parse, a
  /// folder given where a file is needed.
  kInvalidArgument,
  /// A file, folder, store or record that was named does not exist.
  kNotFound,
  /// It exists but could not be read or written (permissions, a read error, a full disk).
  kIoError,
  /// Outside data that was read is malformed: a dictionary line, a CAMEO table, a
  /// PETRARCH config or XML file, a Penn Treebank parse, a database of another program.
  kDataError,
  /// The request is well formed but the state refuses it: a store opened read-only, a
  /// store written by a newer vigil.
  kFailedPrecondition,
  /// A service could not be reached or used: a database server, an address to listen on.
  kUnavailable,
  /// A fault of vigil's own or of a caller's callback: an unexpected exception.
  kInternal,
};

/// "ok", "invalid_argument", "not_found", "io_error", "data_error",
/// "failed_precondition", "unavailable", "internal": stable names for logs and bindings.
std::string_view to_string(StatusCode code);

/// kNotFound for errno values that say a path does not exist (ENOENT, ENOTDIR), else
/// kIoError: for "cannot open FILE" errors built from errno.
StatusCode code_from_errno(int error_number);

/// Success, or an error code and message plus every diagnostic that led to it.
class Status {
 public:
  Status() = default;
  /// An error of kind `code` (kOk is taken as kInternal: an error is never ok).
  static Status error(StatusCode code, std::string message, std::vector<Diagnostic> details = {}) {
    Status s;
    s.ok_ = false;
    s.code_ = code == StatusCode::kOk ? StatusCode::kInternal : code;
    s.message_ = std::move(message);
    s.details_ = std::move(details);
    return s;
  }

  bool ok() const { return ok_; }
  /// kOk when ok(), else the kind of failure.
  StatusCode code() const { return code_; }
  const std::string& message() const { return message_; }
  /// All collected problems, e.g. every bad line of a dictionary.
  const std::vector<Diagnostic>& details() const { return details_; }
  /// The message followed by one line per diagnostic.
  std::string to_string() const;

 private:
  bool ok_ = true;
  StatusCode code_ = StatusCode::kOk;
  std::string message_;
  std::vector<Diagnostic> details_;
};

/// A value or the Status explaining why there is none.
template <typename T>
class Result {
 public:
  Result(T value) : state_(std::move(value)) {}          // NOLINT: implicit by design
  Result(Status status) : state_(std::move(status)) {}   // NOLINT: implicit by design

  bool ok() const { return std::holds_alternative<T>(state_); }
  /// Precondition: ok().
  T& value() & { return std::get<T>(state_); }
  const T& value() const& { return std::get<T>(state_); }
  T&& value() && { return std::get<T>(std::move(state_)); }
  /// Precondition: !ok().
  const Status& status() const { return std::get<Status>(state_); }

 private:
  std::variant<T, Status> state_;
};

}  // namespace vigil
