// Documents: the unit of input, and the diagnostics attached to one.
#pragma once

#include <optional>
#include <string>
#include <vector>

namespace vigil {

/// One input document. `text` is valid UTF-8 (readers repair it); all spans elsewhere in
/// vigil are [begin, end) byte offsets into `text`.
struct Document {
  std::string id;
  std::string date;    ///< publication date YYYY-MM-DD, or empty when unknown
  std::string text;
  std::string title;
  std::string source;
  std::string url;
  std::string dateline;  ///< optional place line given by the feed, e.g. "OTTAWA"

  /// PETRARCH XML input only: one Penn Treebank parse per sentence of `text`, with the
  /// byte span of each sentence. Empty for raw text.
  struct GivenSentence {
    std::string id;
    size_t begin = 0;
    size_t end = 0;
    std::string parse;  ///< Penn Treebank brackets, possibly empty
  };
  std::vector<GivenSentence> given_sentences;

  /// Problems found while reading this document (repaired bytes, ...). Never fatal.
  std::vector<std::string> diagnostics;
};

}  // namespace vigil
