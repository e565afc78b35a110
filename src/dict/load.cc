// Loading a whole dictionary set: from a list of files, from a folder, or from a
// PETRARCH2 config (.ini) file.
#include <algorithm>
#include <charconv>
#include <filesystem>
#include <map>

#include "reader_util.h"
#include "vigil/dictionaries.h"

namespace vigil::dict {

namespace fs = std::filesystem;
using detail::report;
using detail::trim;

Result<std::shared_ptr<const Dictionaries>> load_dictionaries(const DictionaryFiles& files,
                                                              const LoadOptions& options) {
  auto dicts = std::make_shared<Dictionaries>();
  std::vector<Diagnostic> problems;
  bool unreadable = false, missing = false;
  // A file that cannot be read at all is fatal; its reader reports it at line 0.
  auto read = [&](const std::string& path, auto reader, auto& out) {
    const size_t before = problems.size();
    reader(path, out, problems);
    for (size_t i = before; i < problems.size(); ++i)
      if (problems[i].line == 0 && problems[i].file == path) {
        unreadable = true;
        std::error_code ec;
        if (!fs::exists(path, ec)) missing = true;
      }
  };
  if (!files.verbs.empty()) read(files.verbs, read_verb_file, dicts->verbs);
  for (const std::string& a : files.actors) read(a, read_actor_file, dicts->actors);
  if (!files.agents.empty()) read(files.agents, read_agent_file, dicts->agents);
  if (!files.discards.empty()) read(files.discards, read_discard_file, dicts->discards);
  if (!files.issues.empty()) read(files.issues, read_issue_file, dicts->issues);
  if (!problems.empty() && (unreadable || options.strict)) {
    std::string msg = std::to_string(problems.size()) + " problem" +
                      (problems.size() == 1 ? "" : "s") + " in the dictionaries";
    const StatusCode code = missing      ? StatusCode::kNotFound
                            : unreadable ? StatusCode::kIoError
                                         : StatusCode::kDataError;
    return Status::error(code, std::move(msg), std::move(problems));
  }
  dicts->skipped_lines = std::move(problems);
  return std::shared_ptr<const Dictionaries>(std::move(dicts));
}

Result<DictionaryFiles> load_dictionary_dir(const std::string& dir) {
  std::error_code ec;
  if (!fs::is_directory(dir, ec)) {
    const StatusCode code =
        fs::exists(dir, ec) ? StatusCode::kInvalidArgument : StatusCode::kNotFound;
    return Status::error(code, "not a folder: '" + dir + "'", {Diagnostic{dir, 0, "not a folder"}});
  }
  std::vector<std::string> paths;
  for (auto it = fs::recursive_directory_iterator(dir, ec);
       !ec && it != fs::recursive_directory_iterator(); it.increment(ec)) {
    if (it->is_regular_file(ec)) paths.push_back(it->path().string());
  }
  if (ec) {
    return Status::error(StatusCode::kIoError, "cannot read folder '" + dir + "'",
                         {Diagnostic{dir, 0, ec.message()}});
  }
  std::sort(paths.begin(), paths.end());
  DictionaryFiles files;
  std::vector<Diagnostic> problems;
  auto ends = [](const std::string& s, std::string_view tail) {
    return s.size() >= tail.size() && s.compare(s.size() - tail.size(), tail.size(), tail) == 0;
  };
  auto single = [&](std::string& slot, const std::string& path, const char* kind) {
    if (!slot.empty()) {
      report(problems, path, 0,
             std::string("second ") + kind + " file; only one is allowed (first: " + slot + ")");
      return;
    }
    slot = path;
  };
  for (const std::string& p : paths) {
    if (ends(p, ".verbs.txt")) single(files.verbs, p, "verbs");
    else if (ends(p, ".actors.txt")) files.actors.push_back(p);
    else if (ends(p, ".agents.txt")) single(files.agents, p, "agents");
    else if (ends(p, ".discards.txt")) single(files.discards, p, "discards");
    else if (ends(p, ".issues.txt")) single(files.issues, p, "issues");
  }
  if (!problems.empty()) {
    return Status::error(StatusCode::kDataError, "ambiguous dictionary folder '" + dir + "'",
                         std::move(problems));
  }
  return files;
}

// ---------------------------------------------------------------- config

namespace {

bool parse_bool(std::string_view v, bool& out) {
  std::string s = detail::upper(trim(v));
  if (s == "TRUE" || s == "YES" || s == "ON" || s == "1") {
    out = true;
    return true;
  }
  if (s == "FALSE" || s == "NO" || s == "OFF" || s == "0") {
    out = false;
    return true;
  }
  return false;
}

bool parse_int(std::string_view v, int& out) {
  v = trim(v);
  if (v.empty()) return false;
  auto [p, ec] = std::from_chars(v.data(), v.data() + v.size(), out);
  return ec == std::errc() && p == v.data() + v.size();
}

std::string lower(std::string_view s) {
  std::string out(s);
  for (char& c : out) {
    if (c >= 'A' && c <= 'Z') c = static_cast<char>(c - 'A' + 'a');
  }
  return out;
}

}  // namespace

bool PetrarchOptions::set(std::string_view name, std::string_view value) {
  std::string n = lower(trim(name));
  if (n == "require_dyad") return parse_bool(value, require_dyad);
  int* slot = n == "new_actor_length" ? &new_actor_length
              : n == "comma_min"      ? &comma_min
              : n == "comma_max"      ? &comma_max
              : n == "comma_bmin"     ? &comma_bmin
              : n == "comma_bmax"     ? &comma_bmax
              : n == "comma_emin"     ? &comma_emin
              : n == "comma_emax"     ? &comma_emax
                                      : nullptr;
  if (slot == nullptr) return false;
  int v = 0;
  if (!parse_int(value, v) || v < 0) return false;
  *slot = v;
  return true;
}

Result<PetrarchConfig> read_petrarch_config(const std::string& path) {
  std::vector<Diagnostic> problems;
  std::string text;
  if (!detail::read_file(path, text, problems)) {
    std::error_code ec;
    const StatusCode code = fs::exists(path, ec) ? StatusCode::kIoError : StatusCode::kNotFound;
    return Status::error(code, "cannot read PETRARCH config '" + path + "'", std::move(problems));
  }
  // A small INI reader with Python ConfigParser's rules: [section], "key = value" or
  // "key: value", keys case-insensitive, whole-line comments with '#' or ';', indented
  // lines continue the previous value. Later keys replace earlier ones.
  std::map<std::string, std::map<std::string, std::pair<std::string, int>>> ini;
  std::string section, last_key;
  int number = 0;
  size_t pos = 0;
  while (pos < text.size()) {
    size_t end = text.find('\n', pos);
    if (end == std::string::npos) end = text.size();
    std::string_view raw = std::string_view(text).substr(pos, end - pos);
    pos = end + 1;
    ++number;
    std::string_view t = trim(raw);
    if (t.empty() || t[0] == '#' || t[0] == ';') continue;
    if ((raw[0] == ' ' || raw[0] == '\t') && !last_key.empty()) {
      ini[section][last_key].first += " " + std::string(t);
      continue;
    }
    if (t[0] == '[') {
      size_t rb = t.find(']');
      if (rb == std::string_view::npos) {
        report(problems, path, number, "section header without ']'; expected [Section]");
        continue;
      }
      section = std::string(trim(t.substr(1, rb - 1)));
      last_key.clear();
      continue;
    }
    size_t sep = t.find_first_of("=:");
    if (sep == std::string_view::npos) {
      report(problems, path, number, "expected 'key = value', found '" + std::string(t) + "'");
      continue;
    }
    if (section.empty()) {
      report(problems, path, number, "option before any [Section] header");
      continue;
    }
    last_key = lower(trim(t.substr(0, sep)));
    ini[section][last_key] = {std::string(trim(t.substr(sep + 1))), number};
  }

  PetrarchConfig cfg;
  fs::path base = fs::path(path).parent_path();
  auto resolve = [&](std::string_view p) {
    fs::path fp{std::string(trim(p))};
    return (fp.is_absolute() || base.empty() ? fp : base / fp).lexically_normal().string();
  };
  auto& dicts = ini["Dictionaries"];
  auto get = [&](const char* key, std::string& out) {
    auto it = dicts.find(key);
    if (it != dicts.end() && !trim(it->second.first).empty()) out = resolve(it->second.first);
  };
  get("verbfile_name", cfg.files.verbs);
  get("agentfile_name", cfg.files.agents);
  get("discardfile_name", cfg.files.discards);
  get("issuefile_name", cfg.files.issues);
  if (auto it = dicts.find("actorfile_list"); it != dicts.end()) {
    std::string_view list = it->second.first;
    while (true) {
      size_t comma = list.find(',');
      std::string_view item = trim(list.substr(0, comma));
      if (!item.empty()) cfg.files.actors.push_back(resolve(item));
      if (comma == std::string_view::npos) break;
      list = list.substr(comma + 1);
    }
  }
  if (cfg.files.verbs.empty()) {
    report(problems, path, 0, "no verbfile_name in the [Dictionaries] section");
  }
  static const char* kKnown[] = {"new_actor_length", "require_dyad", "comma_min", "comma_max",
                                 "comma_bmin", "comma_bmax", "comma_emin", "comma_emax"};
  for (const auto& option : ini["Options"]) {
    const std::string& key = option.first;
    const auto& value = option.second;
    bool known = std::find_if(std::begin(kKnown), std::end(kKnown),
                              [&](const char* k) { return key == k; }) != std::end(kKnown);
    if (known && !cfg.options.set(key, value.first)) {
      report(problems, path, value.second,
             "bad value '" + value.first + "' for option " + key +
                 (key == "require_dyad" ? " (expected true or false)"
                                        : " (expected a whole number >= 0)"));
    }
  }
  if (!problems.empty()) {
    return Status::error(StatusCode::kDataError, "bad PETRARCH config '" + path + "'",
                         std::move(problems));
  }
  return cfg;
}

}  // namespace vigil::dict
