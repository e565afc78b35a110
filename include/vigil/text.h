// Text basics: UTF-8 repair and the document readers (JSON Lines, plain text, PETRARCH XML).
#pragma once

#include <functional>
#include <istream>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/document.h"
#include "vigil/status.h"

namespace vigil::text {

/// Returns `input` with every invalid UTF-8 sequence replaced by U+FFFD. `repaired` (if
/// given) receives how many replacements were made. Valid input is returned unchanged.
std::string repair_utf8(std::string_view input, size_t* repaired = nullptr);

/// True when `input` is valid UTF-8.
bool is_valid_utf8(std::string_view input);

/// Streams documents from JSON Lines, one per line. Lines that are not JSON objects with
/// string `id` and `text` are reported through `problems` (with line numbers) and skipped;
/// reading goes on. Memory stays bounded: one line at a time.
class JsonlReader {
 public:
  /// `name` is used in messages ("file.jsonl:12: ...").
  JsonlReader(std::istream& in, std::string name);
  /// Next good document, or false at end of input.
  bool next(Document& doc);
  /// Problems met so far (bad lines), each with file and line.
  const std::vector<Diagnostic>& problems() const { return problems_; }
  /// 1-based line number of the last line read (the last document's, after next()).
  int line() const { return line_; }

 private:
  std::istream& in_;
  std::string name_;
  int line_ = 0;
  std::vector<Diagnostic> problems_;
};

/// A plain text file as one document: id = file name without directory and extension.
Result<Document> read_text_file(const std::string& path);

/// One <Sentence> of a PETRARCH XML file.
struct PetrarchRecord {
  std::string id;
  std::string date;        ///< as written, e.g. "19950101"
  std::string category;
  std::string text;        ///< <Text> with surrounding whitespace trimmed, newlines as spaces
  std::string parse;       ///< <Parse> content, may be empty
  /// Expected codings: {source, target, event} from <EventCoding>.
  struct Expected { std::string source, target, event; };
  std::vector<Expected> expected;
  bool expect_no_events = false;   ///< noevents="True"
  std::string expect_error;        ///< error="dateline|..." or empty
  /// <Config option value> elements that appear before this record (in order).
  std::vector<std::pair<std::string, std::string>> config_before;
  int line = 0;                    ///< line of the <Sentence> tag in the file
};

/// A PETRARCH validation or text file: optional <Environment> plus records.
struct PetrarchFile {
  /// <Environment> entries by tag name (Verbfile, Actorfile, Agentfile, Discardfile,
  /// Include, ...) and its <Config> options, in order. Empty for plain text files.
  std::vector<std::pair<std::string, std::string>> environment;
  std::vector<std::pair<std::string, std::string>> environment_config;
  std::vector<PetrarchRecord> records;
};

/// How to read PETRARCH XML.
struct XmlReadOptions {
  /// On malformed XML (a truncated file, an unescaped '&'), keep the records that were
  /// complete before the error and report the error in `problems` instead of failing.
  /// Off for validation files, where a partial run would pass unnoticed.
  bool keep_records_before_error = false;
};

/// Reads PETRARCH XML (validation files and GigaWord-style text files). Malformed XML is
/// an error naming the line (unless options.keep_records_before_error); a record missing
/// <Text> is reported in `problems` and skipped. A folder or unreadable file is an error.
Result<PetrarchFile> read_petrarch_xml(const std::string& path, std::vector<Diagnostic>& problems,
                                       const XmlReadOptions& options = {});
Result<PetrarchFile> parse_petrarch_xml(std::string_view xml, std::string_view name,
                                        std::vector<Diagnostic>& problems,
                                        const XmlReadOptions& options = {});

/// Converts a record to a Document of one given sentence (date turned into YYYY-MM-DD).
Document to_document(const PetrarchRecord& record);

}  // namespace vigil::text
