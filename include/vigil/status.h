// Status and Result<T>: how the vigil library reports failure without exceptions.
#pragma once

#include <string>
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

/// Success, or an error message plus every diagnostic that led to it.
class Status {
 public:
  Status() = default;
  static Status error(std::string message, std::vector<Diagnostic> details = {}) {
    Status s;
    s.ok_ = false;
    s.message_ = std::move(message);
    s.details_ = std::move(details);
    return s;
  }

  bool ok() const { return ok_; }
  const std::string& message() const { return message_; }
  /// All collected problems, e.g. every bad line of a dictionary.
  const std::vector<Diagnostic>& details() const { return details_; }
  /// The message followed by one line per diagnostic.
  std::string to_string() const;

 private:
  bool ok_ = true;
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
