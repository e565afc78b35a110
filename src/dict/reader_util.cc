#include "reader_util.h"

#include <filesystem>
#include <fstream>
#include <sstream>

namespace vigil::dict::detail {

namespace {

bool is_space(char c) { return c == ' ' || c == '\t' || c == '\r' || c == '\f' || c == '\v'; }

bool is_vowel(char c) { return c == 'A' || c == 'E' || c == 'I' || c == 'O' || c == 'U'; }

bool ends_with(std::string_view s, std::string_view tail) {
  return s.size() >= tail.size() && s.substr(s.size() - tail.size()) == tail;
}

}  // namespace

std::string_view trim(std::string_view s) {
  size_t b = 0;
  while (b < s.size() && is_space(s[b])) ++b;
  size_t e = s.size();
  while (e > b && is_space(s[e - 1])) --e;
  return s.substr(b, e - b);
}

std::vector<Line> logical_lines(std::string_view text) {
  std::vector<Line> out;
  if (text.substr(0, 3) == "\xEF\xBB\xBF") text.remove_prefix(3);
  bool in_comment = false;  // inside <!-- ... --> spanning lines
  int number = 0;
  size_t pos = 0;
  std::string kept;
  while (pos <= text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string_view::npos) end = text.size();
    std::string_view raw = text.substr(pos, end - pos);
    ++number;
    pos = end + 1;
    if (raw.empty() && end == text.size()) break;
    kept.clear();
    size_t i = 0;
    if (!in_comment && raw.substr(0, 2) == "<!" && raw.substr(0, 4) != "<!--") {
      // PETRARCH skips any line that begins with "<!", e.g. "<! -- NOTE -->".
      continue;
    }
    int bracket = 0;
    while (i < raw.size()) {
      if (in_comment) {
        size_t close = raw.find("-->", i);
        if (close == std::string_view::npos) {
          i = raw.size();
        } else {
          in_comment = false;
          i = close + 3;
        }
        continue;
      }
      char c = raw[i];
      if (c == '<' && raw.substr(i, 4) == "<!--") {
        in_comment = true;
        i += 4;
        continue;
      }
      if (c == '#' && bracket == 0) break;
      if (c == '[') ++bracket;
      if (c == ']' && bracket > 0) --bracket;
      kept.push_back(c);
      ++i;
    }
    std::string_view t = trim(kept);
    if (t.empty()) continue;
    Line line;
    line.number = number;
    line.indented = !kept.empty() && (kept[0] == ' ' || kept[0] == '\t');
    line.text = std::string(t);
    out.push_back(std::move(line));
  }
  return out;
}

std::string upper(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'a' && c <= 'z') c = static_cast<char>(c - 'a' + 'A');
  }
  return out;
}

std::vector<std::string> split_words(std::string_view phrase) {
  std::vector<std::string> out;
  size_t i = 0;
  while (i < phrase.size()) {
    while (i < phrase.size() && (is_space(phrase[i]) || phrase[i] == '_')) ++i;
    size_t b = i;
    while (i < phrase.size() && !is_space(phrase[i]) && phrase[i] != '_') ++i;
    if (i > b) out.push_back(upper(phrase.substr(b, i - b)));
  }
  return out;
}

std::string join_words(const std::vector<std::string>& words) {
  std::string out;
  for (const auto& w : words) {
    if (!out.empty()) out.push_back(' ');
    out += w;
  }
  return out;
}

std::string plural_of(std::string_view w) {
  std::string s(w);
  if (s.empty()) return s;
  char last = s.back();
  if (last == 'S' || last == 'X' || last == 'Z' || ends_with(s, "CH") || ends_with(s, "SH")) {
    return s + "ES";
  }
  if (last == 'Y' && s.size() > 1 && !is_vowel(s[s.size() - 2])) {
    s.pop_back();
    return s + "IES";
  }
  return s + "S";
}

std::vector<std::string> regular_verb_forms(std::string_view verb) {
  std::vector<std::string> out;
  std::string v(verb);
  if (v.empty()) return out;
  out.push_back(plural_of(v));
  char last = v.back();
  bool consonant_y = last == 'Y' && v.size() > 1 && !is_vowel(v[v.size() - 2]);
  if (last == 'E') {
    out.push_back(v + "D");
  } else if (consonant_y) {
    out.push_back(v.substr(0, v.size() - 1) + "IED");
  } else {
    out.push_back(v + "ED");
  }
  if (ends_with(v, "IE")) {
    out.push_back(v.substr(0, v.size() - 2) + "YING");
  } else if (last == 'E' && v.size() > 2 && !is_vowel(v[v.size() - 2])) {
    out.push_back(v.substr(0, v.size() - 1) + "ING");
  } else {
    out.push_back(v + "ING");
  }
  return out;
}

bool read_file(const std::string& path, std::string& out, std::vector<Diagnostic>& problems) {
  std::error_code ec;
  if (std::filesystem::is_directory(path, ec)) {
    report(problems, path, 0, "'" + path + "' is a folder, not a dictionary file");
    return false;
  }
  std::ifstream in(path, std::ios::binary);
  if (!in) {
    report(problems, path, 0, "cannot open file '" + path + "' for reading");
    return false;
  }
  std::ostringstream buf;
  buf << in.rdbuf();
  if (in.bad()) {
    report(problems, path, 0, "error while reading file '" + path + "'");
    return false;
  }
  out = std::move(buf).str();
  return true;
}

}  // namespace vigil::dict::detail
