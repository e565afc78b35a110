// Document readers for JSON Lines and plain text files.
#include <cerrno>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <nlohmann/json.hpp>
#include <iterator>

#include "dates.h"
#include "vigil/text.h"

namespace vigil::text {
namespace {

constexpr std::string_view kBom = "\xEF\xBB\xBF";

bool is_blank(std::string_view s) {
  for (char c : s) {
    if (c != ' ' && c != '\t' && c != '\r' && c != '\n' && c != '\f' && c != '\v') return false;
  }
  return true;
}

std::string repair_note(size_t count) {
  return "replaced " + std::to_string(count) + " invalid UTF-8 sequence" +
         (count == 1 ? "" : "s") + " with U+FFFD";
}

// nlohmann's messages start with "[json.exception.parse_error.101] parse error at line 1,
// column 7: ..."; the tag and the always-1 line number only confuse a user who already
// gets the file's line number from us.
std::string clean_json_error(std::string message) {
  const size_t tag_end = message.find("] ");
  if (message.rfind("[json.exception", 0) == 0 && tag_end != std::string::npos) {
    message.erase(0, tag_end + 2);
  }
  const std::string line_one = "parse error at line 1, column ";
  if (message.rfind(line_one, 0) == 0) message.replace(0, line_one.size(), "at column ");
  return message;
}

// NUL bytes are no text (a binary file, a broken encoder); they become spaces, one byte for
// one so that offsets into the text stay those of the input, and the document says so.
size_t replace_nul(std::string& text) {
  size_t count = 0;
  for (char& c : text) {
    if (c == '\0') {
      c = ' ';
      ++count;
    }
  }
  return count;
}

std::string nul_note(size_t count) {
  return "replaced " + std::to_string(count) + " NUL byte" + (count == 1 ? "" : "s") +
         " with spaces";
}

const char* json_type_name(const nlohmann::json& v) {
  return v.is_null() ? "null" : v.type_name();
}

}  // namespace

JsonlReader::JsonlReader(std::istream& in, std::string name) : in_(in), name_(std::move(name)) {}

bool JsonlReader::next(Document& doc) {
  std::string line;
  while (std::getline(in_, line)) {
    ++line_;
    if (line_ == 1 && line.rfind(kBom, 0) == 0) line.erase(0, kBom.size());
    if (!line.empty() && line.back() == '\r') line.pop_back();
    if (is_blank(line)) continue;

    // Repair before parsing: nlohmann rejects ill-formed UTF-8, and one bad byte in a long
    // article should cost a U+FFFD, not the whole document.
    size_t repaired = 0;
    if (!is_valid_utf8(line)) line = repair_utf8(line, &repaired);

    nlohmann::json j;
    try {
      j = nlohmann::json::parse(line);
    } catch (const nlohmann::json::exception& e) {
      problems_.push_back({name_, line_, "not valid JSON: " + clean_json_error(e.what())});
      continue;
    }
    if (!j.is_object()) {
      problems_.push_back(
          {name_, line_, std::string("not a JSON object (found ") + json_type_name(j) + ")"});
      continue;
    }
    const auto id = j.find("id");
    if (id == j.end() || !id->is_string()) {
      problems_.push_back({name_, line_,
                           id == j.end() ? "missing string field \"id\""
                                         : std::string("field \"id\" is not a string (found ") +
                                               json_type_name(*id) + ")"});
      continue;
    }
    if (id->get_ref<const std::string&>().empty()) {
      problems_.push_back({name_, line_, "field \"id\" is empty"});
      continue;
    }
    const auto text = j.find("text");
    if (text == j.end() || !text->is_string()) {
      problems_.push_back({name_, line_,
                           text == j.end()
                               ? "missing string field \"text\""
                               : std::string("field \"text\" is not a string (found ") +
                                     json_type_name(*text) + ")"});
      continue;
    }

    doc = Document{};
    doc.id = std::move(id->get_ref<std::string&>());
    doc.text = std::move(text->get_ref<std::string&>());
    if (repaired > 0) doc.diagnostics.push_back(repair_note(repaired));
    if (const size_t nul = replace_nul(doc.text); nul > 0) doc.diagnostics.push_back(nul_note(nul));

    // Optional fields: a wrong type is noted on the document, never fatal.
    auto optional = [&](const char* key, std::string& out) {
      const auto it = j.find(key);
      if (it == j.end() || it->is_null()) return;
      if (it->is_string()) {
        out = it->get<std::string>();
      } else {
        doc.diagnostics.push_back(std::string("field \"") + key + "\" is not a string (found " +
                                  json_type_name(*it) + "); ignored");
      }
    };
    std::string date;
    optional("date", date);
    optional("title", doc.title);
    optional("source", doc.source);
    optional("url", doc.url);
    optional("dateline", doc.dateline);
    if (!date.empty()) {
      internal::DateReading reading = internal::read_publication_date(date);
      doc.date = std::move(reading.iso);
      if (doc.date.empty()) {
        doc.diagnostics.push_back("date \"" + date + "\" " + reading.problem +
                                  "; the document has no date");
      }
    }
    return true;
  }
  return false;
}

Result<Document> read_text_file(const std::string& path) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec))
    return Status::error(StatusCode::kInvalidArgument, path + " is a directory");
  std::ifstream in(path, std::ios::binary);
  if (!in)
    return Status::error(code_from_errno(errno),
                         "cannot open " + path + ": " + std::strerror(errno));
  std::string raw((std::istreambuf_iterator<char>(in)), std::istreambuf_iterator<char>());
  if (in.bad()) return Status::error(StatusCode::kIoError, "cannot read " + path);
  if (raw.rfind(kBom, 0) == 0) raw.erase(0, kBom.size());

  Document doc;
  doc.id = std::filesystem::path(path).stem().string();
  size_t repaired = 0;
  doc.text = repair_utf8(raw, &repaired);
  if (repaired > 0) doc.diagnostics.push_back(repair_note(repaired));
  if (const size_t nul = replace_nul(doc.text); nul > 0) doc.diagnostics.push_back(nul_note(nul));
  return doc;
}

}  // namespace vigil::text
