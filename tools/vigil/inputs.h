// Reading documents from the command line's inputs: JSON Lines (files or standard input),
// plain text files, PETRARCH XML and folders of these, one document at a time.
#pragma once

#include <deque>
#include <fstream>
#include <memory>
#include <string>
#include <vector>

#include "vigil/document.h"
#include "vigil/text.h"

namespace vigil::cli {

/// What reading the inputs met, for the end-of-run summary.
struct InputCounts {
  size_t documents = 0;   ///< documents handed out
  size_t bad_lines = 0;   ///< input lines or XML records skipped (malformed, missing fields)
  size_t warnings = 0;    ///< documents read with a repair or a dropped field (date, UTF-8)
  size_t unreadable = 0;  ///< inputs that could not be read at all (missing, unreadable)
};

/// Streams documents from a list of inputs ("-" or none = standard input as JSON Lines).
/// A folder stands for its .jsonl/.ndjson/.json/.txt/.xml files (recursively, sorted by
/// path; other files are named and skipped). Every problem is written to stderr at once,
/// with file:line and the document id, and counted; nothing stops the run.
class DocumentSource {
 public:
  /// `command` prefixes the messages ("vigil code").
  explicit DocumentSource(std::vector<std::string> inputs, std::string command = "vigil");
  /// Next document, or false at the end of all inputs.
  bool next(Document& doc);
  /// "file:line" (or "file") where the last document handed out was read.
  const std::string& where() const { return where_; }
  const InputCounts& counts() const { return counts_; }
  /// Bad lines + warnings + unreadable inputs.
  size_t problems() const { return counts_.bad_lines + counts_.warnings + counts_.unreadable; }

 private:
  bool open_next();
  void unreadable(const std::string& message);
  void hand_out(Document& doc, std::string where);

  std::vector<std::string> inputs_;
  std::string command_;
  size_t position_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<text::JsonlReader> jsonl_;
  std::string jsonl_name_;
  size_t reported_ = 0;
  std::deque<std::pair<Document, std::string>> pending_;  // whole-file inputs, with where
  std::string where_;
  InputCounts counts_;
};

}  // namespace vigil::cli
