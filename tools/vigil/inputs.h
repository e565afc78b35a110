// Reading documents from the command line's inputs: JSON Lines (files or standard input),
// plain text files and PETRARCH XML, one document at a time.
#pragma once

#include <fstream>
#include <deque>
#include <memory>
#include <string>
#include <vector>

#include "vigil/document.h"
#include "vigil/text.h"

namespace vigil::cli {

/// Streams documents from a list of inputs ("-" or none = standard input as JSON Lines).
/// Bad lines and unreadable files are reported on stderr and skipped.
class DocumentSource {
 public:
  explicit DocumentSource(std::vector<std::string> inputs);
  /// Next document, or false at the end of all inputs.
  bool next(Document& doc);
  /// Number of problems reported so far (bad lines, unreadable files).
  size_t problems() const { return problems_; }

 private:
  bool open_next();

  std::vector<std::string> inputs_;
  size_t position_ = 0;
  std::unique_ptr<std::ifstream> file_;
  std::unique_ptr<text::JsonlReader> jsonl_;
  size_t reported_ = 0;
  std::deque<Document> pending_;   // documents of a whole-file input (text, XML)
  size_t problems_ = 0;
};

}  // namespace vigil::cli
