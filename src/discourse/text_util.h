// Small byte-level helpers over UTF-8 text shared by the discourse readers.
#pragma once

#include <cstddef>
#include <initializer_list>
#include <iterator>
#include <string>
#include <string_view>
#include <unordered_set>
#include <vector>

#include "vigil/nlp.h"

namespace vigil::discourse::detail {

/// ASCII lower-casing (other bytes unchanged): our keyword lists are ASCII.
std::string lower(std::string_view s);

/// A fixed list of lower-case ASCII words, asked about in any case. Built once (a static):
/// the readers ask their word tests of nearly every word of a document, and one hash
/// lookup costs less than comparing the word with each entry.
class WordList {
 public:
  template <class Words>
  explicit WordList(const Words& words) : words_(std::begin(words), std::end(words)) {}
  WordList(std::initializer_list<std::string_view> words) : words_(words) {}

  /// True when `w`, lower-cased, is on the list.
  bool contains(std::string_view w) const { return words_.count(lower(w)) > 0; }

 private:
  std::unordered_set<std::string_view> words_;
};

/// True for ASCII letters/digits and any byte of a multi-byte UTF-8 sequence (so letters
/// such as "é" stay inside words), plus '-' and apostrophes handled by callers.
bool is_word_byte(unsigned char c);

/// True when the word starting at `pos` begins with an upper-case letter (ASCII, or
/// Latin-1 supplement / Latin Extended-A capitals).
bool starts_upper(std::string_view text, size_t pos);

/// A word of text: [begin, end) byte span. Words are runs of letters, digits, '-', '.',
/// and apostrophes (' and ’) between letters; punctuation around them is not included.
struct Word {
  size_t begin = 0;
  size_t end = 0;
};

/// Words of text[begin, end) in order.
std::vector<Word> words(std::string_view text, size_t begin, size_t end);

/// Strips ASCII whitespace and no-break spaces from both ends of [begin, end).
void trim(std::string_view text, size_t& begin, size_t& end);

/// The sentences of a text as the one splitter gives them (nlp::split_sentences), for the
/// readers' point questions: where does the sentence holding a byte start, where does it
/// end. The quotation readers never cross a paragraph, so both answers also stop at the
/// line holding the byte. Built once per document; the text must outlive it.
class Sentences {
 public:
  /// Splits `text` with nlp::split_sentences; the sentence holding the dateline
  /// (nlp::find_dateline) starts after it and the blanks that follow it, as
  /// DocumentAnalysis's do ("KAMPALA – “We stay,” she said": the quotation opens it).
  explicit Sentences(std::string_view text);
  /// Takes the sentences nlp::split_sentences gave for `text` (a caller that split it
  /// already: the pipeline through DocumentAnalysis::split_sentences) and moves the
  /// dateline's as above.
  Sentences(std::string_view text, std::vector<nlp::SentenceSpan> split);

  /// The start of the sentence holding `pos` (not before the start of its line); `pos`
  /// itself when it lies between two sentences or just after a full stop.
  size_t start(size_t pos) const;
  /// The end of the sentence holding `pos`, or of the next one when `pos` lies between
  /// sentences (just after its final punctuation and closing marks), not after the end of
  /// the line holding `pos`.
  size_t end(size_t pos) const;
  /// The end of the text's dateline, 0 when it has none: the words before it are no one's
  /// name ("ISLAMABAD -", "Washington (Reuters) -").
  size_t dateline_end() const { return dateline_end_; }

 private:
  std::string_view text_;
  size_t dateline_end_ = 0;
  std::vector<nlp::SentenceSpan> spans_;
};

/// The start of the paragraph (line) holding `pos`, and its end (the newline or text end).
size_t line_start(std::string_view text, size_t pos);
size_t line_end(std::string_view text, size_t pos);

/// Length of the quotation-mark-like character at `pos` ("“", "”", "\"", "«", "»"), or 0.
size_t closing_mark_len(std::string_view text, size_t pos);

}  // namespace vigil::discourse::detail
