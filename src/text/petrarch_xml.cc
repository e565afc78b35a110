// PETRARCH XML: validation files (<Validation><Environment/><Sentences/></Validation>) and
// text files (<Sentences> of <Sentence> with <Text> and <Parse>), read with pugixml.
#include <algorithm>
#include <cctype>
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <iterator>
#include <pugixml.hpp>

#include "dates.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\n' || c == '\r' || c == '\f'; }

std::string_view trim(std::string_view s) {
  while (!s.empty() && is_space(s.front())) s.remove_prefix(1);
  while (!s.empty() && is_space(s.back())) s.remove_suffix(1);
  return s;
}

// Trim, then turn every run of whitespace (the line breaks of the hand-wrapped <Text>)
// into one space, so that spans into the text are stable whatever the file's layout.
std::string normalize_space(std::string_view s) {
  s = trim(s);
  std::string out;
  out.reserve(s.size());
  bool in_space = false;
  for (char c : s) {
    if (is_space(c)) {
      in_space = true;
      continue;
    }
    if (in_space) out += ' ';
    in_space = false;
    out += c;
  }
  return out;
}

bool iequals(std::string_view a, std::string_view b) {
  return a.size() == b.size() && std::equal(a.begin(), a.end(), b.begin(), [](char x, char y) {
           return std::tolower(static_cast<unsigned char>(x)) ==
                  std::tolower(static_cast<unsigned char>(y));
         });
}

// All character data directly inside `node` (pugixml splits it around comments).
std::string inner_text(pugi::xml_node node) {
  std::string out;
  for (pugi::xml_node child : node.children()) {
    if (child.type() == pugi::node_pcdata || child.type() == pugi::node_cdata) {
      out += child.value();
    }
  }
  return out;
}

// Maps byte offsets to 1-based line numbers.
class LineIndex {
 public:
  explicit LineIndex(std::string_view text) {
    starts_.push_back(0);
    for (size_t i = 0; i < text.size(); ++i) {
      if (text[i] == '\n') starts_.push_back(i + 1);
    }
  }
  int line_of(ptrdiff_t offset) const {
    if (offset < 0) return 0;
    const auto it =
        std::upper_bound(starts_.begin(), starts_.end(), static_cast<size_t>(offset));
    return static_cast<int>(it - starts_.begin());
  }

 private:
  std::vector<size_t> starts_;
};

// The next node in document order after `node` and its subtree, or null at the end.
pugi::xml_node next_after_subtree(pugi::xml_node node) {
  while (node && node.type() != pugi::node_document) {
    if (pugi::xml_node sibling = node.next_sibling()) return sibling;
    node = node.parent();
  }
  return {};
}

struct Reader {
  std::string name;
  const LineIndex& lines;
  std::vector<Diagnostic>& problems;
  PetrarchFile file;
  std::vector<std::pair<std::string, std::string>> pending_config;
  std::vector<size_t> record_offsets;  // byte offset of each kept record's <Sentence> tag

  int line_of(pugi::xml_node node) const { return lines.line_of(node.offset_debug()); }

  void problem(pugi::xml_node node, std::string message) {
    problems.push_back({name, line_of(node), std::move(message)});
  }

  bool read_config(pugi::xml_node node, std::vector<std::pair<std::string, std::string>>& out) {
    const pugi::xml_attribute option = node.attribute("option");
    if (!option) {
      problem(node, "<Config> without an \"option\" attribute; ignored");
      return false;
    }
    out.emplace_back(trim(option.value()), trim(node.attribute("value").value()));
    return true;
  }

  void read_environment(pugi::xml_node env) {
    for (pugi::xml_node child : env.children()) {
      if (child.type() != pugi::node_element) continue;
      if (std::strcmp(child.name(), "Config") == 0) {
        read_config(child, file.environment_config);
      } else {
        file.environment.emplace_back(child.name(), trim(inner_text(child)));
      }
    }
  }

  void read_sentence(pugi::xml_node node) {
    PetrarchRecord rec;
    rec.line = line_of(node);
    rec.id = trim(node.attribute("id").value());
    rec.date = trim(node.attribute("date").value());
    rec.category = trim(node.attribute("category").value());
    // PETRARCH puts noevents/error on <EventCoding>; accept them on <Sentence> as well.
    auto read_expectation = [&rec](pugi::xml_node n) {
      if (pugi::xml_attribute a = n.attribute("noevents")) {
        if (iequals(trim(a.value()), "true")) rec.expect_no_events = true;
      }
      if (pugi::xml_attribute a = n.attribute("error")) rec.expect_error = trim(a.value());
    };
    read_expectation(node);

    bool has_text = false;
    for (pugi::xml_node child : node.children()) {
      if (child.type() != pugi::node_element) continue;
      const std::string_view tag = child.name();
      if (tag == "EventCoding") {
        read_expectation(child);
        const pugi::xml_attribute source = child.attribute("sourcecode");
        const pugi::xml_attribute target = child.attribute("targetcode");
        const pugi::xml_attribute event = child.attribute("eventcode");
        if (source || target || event) {
          rec.expected.push_back({std::string(trim(source.value())),
                                  std::string(trim(target.value())),
                                  std::string(trim(event.value()))});
        }
      } else if (tag == "Text" && !has_text) {
        has_text = true;
        rec.text = normalize_space(inner_text(child));
      } else if (tag == "Parse" && rec.parse.empty()) {
        rec.parse = inner_text(child);
      }
    }
    if (rec.id.empty()) {
      // Keep the record: an id is only a name, and the line number names it well enough.
      rec.id = "line-" + std::to_string(rec.line);
      problem(node, "<Sentence> without an \"id\" attribute; named " + rec.id);
    }
    if (!has_text) {
      problem(node, "<Sentence id=\"" + rec.id + "\"> has no <Text>; skipped");
      return;
    }
    size_t repaired = 0;
    rec.text = repair_utf8(rec.text, &repaired);
    rec.parse = repair_utf8(rec.parse);
    if (repaired > 0) {
      problem(node, "<Sentence id=\"" + rec.id + "\">: replaced " + std::to_string(repaired) +
                        " invalid UTF-8 sequence(s) in <Text> with U+FFFD");
    }
    rec.config_before = std::move(pending_config);
    pending_config.clear();
    file.records.push_back(std::move(rec));
    record_offsets.push_back(static_cast<size_t>(std::max<ptrdiff_t>(node.offset_debug(), 0)));
  }

  void walk(const pugi::xml_document& doc) {
    pugi::xml_node node = doc.first_child();
    while (node) {
      if (node.type() == pugi::node_element) {
        const std::string_view tag = node.name();
        if (tag == "Environment") {
          read_environment(node);
        } else if (tag == "Config") {
          read_config(node, pending_config);
        } else if (tag == "Sentence") {
          read_sentence(node);
        } else if (node.first_child()) {
          // A container (<Validation>, <Sentences>, or a wrapper we do not know): go in.
          node = node.first_child();
          continue;
        }
      }
      node = next_after_subtree(node);
    }
    if (!pending_config.empty()) {
      problems.push_back({name, 0,
                          std::to_string(pending_config.size()) +
                              " <Config> element(s) after the last <Sentence> have no effect"});
    }
  }
};

}  // namespace

Result<PetrarchFile> parse_petrarch_xml(std::string_view xml, std::string_view name,
                                        std::vector<Diagnostic>& problems,
                                        const XmlReadOptions& options) {
  const LineIndex lines(xml);
  pugi::xml_document doc;
  // UTF-8 forced so that pugixml converts nothing and node offsets are offsets into `xml`.
  const pugi::xml_parse_result parsed =
      doc.load_buffer(xml.data(), xml.size(), pugi::parse_default, pugi::encoding_utf8);
  if (!parsed) {
    const int line = lines.line_of(parsed.offset);
    Diagnostic d{std::string(name), line, std::string("malformed XML: ") + parsed.description()};
    if (!options.keep_records_before_error)
      return Status::error(StatusCode::kDataError, d.to_string(), {d});
    // pugixml keeps the tree it built before the error; a <Sentence> is complete when its
    // closing tag lies before the error (the record that holds the error is cut short).
    Reader reader{std::string(name), lines, problems, {}, {}, {}};
    reader.walk(doc);
    const std::string_view before = xml.substr(0, static_cast<size_t>(parsed.offset));
    auto& records = reader.file.records;
    size_t complete = 0;
    for (size_t start : reader.record_offsets) {
      const size_t close = before.find("</Sentence>", start);
      if (close == std::string_view::npos) break;  // this one and any later are cut short
      ++complete;
    }
    const size_t lost = records.size() - complete;
    records.resize(complete);
    d.message += "; kept the " + std::to_string(complete) + " complete record" +
                 (complete == 1 ? "" : "s") + " before it" +
                 (lost > 0 ? ", dropped the one cut short there" : "") +
                 ", the rest of the file is not read";
    problems.push_back(std::move(d));
    return std::move(reader.file);
  }
  Reader reader{std::string(name), lines, problems, {}, {}, {}};
  reader.walk(doc);
  return std::move(reader.file);
}

Result<PetrarchFile> read_petrarch_xml(const std::string& path, std::vector<Diagnostic>& problems,
                                       const XmlReadOptions& options) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::error(StatusCode::kInvalidArgument, path + " is a folder, not an XML file");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::error(code_from_errno(errno),
                         "cannot open " + path + ": " + std::strerror(errno));
  const std::string xml((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::error(StatusCode::kIoError, "cannot read " + path);
  return parse_petrarch_xml(xml, path, problems, options);
}

Document to_document(const PetrarchRecord& record) {
  Document doc;
  doc.id = record.id;
  doc.text = record.text;
  doc.date = internal::petrarch_date_to_iso(record.date);
  if (doc.date.empty() && !trim(record.date).empty()) {
    // Not PETRARCH's own forms: perhaps a date as news feeds write them.
    internal::DateReading reading = internal::read_publication_date(record.date);
    doc.date = std::move(reading.iso);
    if (doc.date.empty()) {
      doc.diagnostics.push_back("date \"" + record.date + "\" " + reading.problem +
                                " (PETRARCH dates are YYYYMMDD or YYMMDD); the record has no date");
    }
  }
  Document::GivenSentence sentence;
  sentence.id = record.id;
  sentence.begin = 0;
  sentence.end = doc.text.size();
  sentence.parse = record.parse;
  doc.given_sentences.push_back(std::move(sentence));
  return doc;
}

}  // namespace vigil::text
