// Running PETRARCH validation records (<Validation> XML files) through the coder.
#pragma once

#include <functional>
#include <string>
#include <vector>

#include "vigil/status.h"
#include "vigil/tree.h"

namespace vigil::events {

struct Triple {
  std::string source, target, code;
  bool operator==(const Triple&) const = default;
};

/// The outcome of one record.
struct RecordResult {
  std::string id;
  std::string category;
  std::vector<Triple> expected;
  std::vector<Triple> got;
  std::string expected_error;   ///< "dateline", "sentencediscard", ... or empty
  std::string got_error;        ///< what the coder reported instead of events, or empty
  bool expect_no_events = false;
  bool pass = false;
};

struct ValidationOptions {
  /// When set, each record's <Text> is parsed with this function instead of using its
  /// <Parse> (vigil validate --ignore-parse).
  std::function<syntax::Tree(std::string_view text)> parser;
};

/// Reads the validation file, loads the dictionaries its <Environment> names (relative
/// to the file), applies <Config> options in order, codes every record (all categories: <Include> is not
/// used to skip any) and compares with the expectations. Errors: unreadable file, dictionaries
/// with problems (all listed).
Result<std::vector<RecordResult>> run_validation(const std::string& path,
                                                 const ValidationOptions& options = {});

}  // namespace vigil::events
