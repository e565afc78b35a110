#include "store_options.h"

#include <cstdlib>

namespace vigil::cli {

const char* const kFilterHelp =
    R"(  --source CODE[,CODE]        source actor code prefixes (CHN matches CHNGOV, CHNMIL...)
  --target CODE[,CODE]        target actor code prefixes
  --source-country ISO3[,..]  source country (ISO 3166-1 alpha-3, e.g. CAN)
  --target-country ISO3[,..]  target country
  --sector SECTOR[,..]        source sector (GOV, MIL, COP, NGO, IGO, ...)
  --target-sector SECTOR[,..] target sector
  --code CODE[,CODE]          CAMEO code prefixes (11 = 11x, 112 = 112x)
  --root RR[,RR]              CAMEO root codes (two digits, e.g. 11,12)
  --plover TYPE[,TYPE]        PLOVER event types (e.g. ACCUSE,THREATEN)
  --quad N[,N]                QuadClass 1-4 (1 verbal coop., 2 material coop.,
                              3 verbal conflict, 4 material conflict)
  --from DATE, --to DATE      event date range, inclusive (YYYY-MM-DD, YYYY-MM or YYYY);
                              an event dated by month or year matches only when that
                              whole period is inside the range
  --by-published              --from/--to (and day/week/month) use the publication date
  --text QUERY                full-text search of the event's sentence (SQLite FTS5:
                              words, "a phrase", AND/OR/NOT, prefix*)
  --doc ID[,ID]               document ids
  --limit N                   at most N rows
)";

namespace {

std::vector<std::string> split_list(const std::string& value, bool upper) {
  std::vector<std::string> out;
  std::string item;
  auto flush = [&] {
    size_t b = item.find_first_not_of(' '), e = item.find_last_not_of(' ');
    if (b != std::string::npos) out.push_back(item.substr(b, e - b + 1));
    item.clear();
  };
  for (char c : value) {
    if (c == ',') {
      flush();
    } else {
      item += upper && c >= 'a' && c <= 'z' ? static_cast<char>(c - 'a' + 'A') : c;
    }
  }
  flush();
  return out;
}

}  // namespace

bool read_filter(Args& args, store::EventFilter& f, std::string& error) {
  std::string v;
  const std::pair<const char*, std::vector<std::string>*> lists[] = {
      {"--source", &f.source},
      {"--target", &f.target},
      {"--source-country", &f.source_country},
      {"--target-country", &f.target_country},
      {"--sector", &f.source_sector},
      {"--source-sector", &f.source_sector},
      {"--target-sector", &f.target_sector},
      {"--code", &f.code},
      {"--root", &f.root},
      {"--plover", &f.plover},
  };
  for (const auto& [name, field] : lists) {
    while (args.option(name, v)) {
      for (std::string& item : split_list(v, true)) field->push_back(std::move(item));
      v.clear();
    }
  }
  for (std::string& r : f.root) {
    if (r.size() == 1 && r[0] >= '0' && r[0] <= '9') r = "0" + r;  // --root 4 = 04
    if (r.size() != 2 || r[0] < '0' || r[0] > '2' || r[1] < '0' || r[1] > '9') {
      error = "--root takes two-digit CAMEO roots 01-20, got '" + r + "'";
      return false;
    }
  }
  while (args.option("--doc", v)) {
    for (std::string& item : split_list(v, false)) f.doc.push_back(std::move(item));
  }
  if (args.option("--quad", v)) {
    for (const std::string& q : split_list(v, false)) {
      if (q.size() != 1 || q[0] < '1' || q[0] > '4') {
        error = "--quad takes QuadClass numbers 1-4, got '" + q + "'";
        return false;
      }
      f.quad.push_back(q[0] - '0');
    }
  }
  if (args.option("--from", v)) {
    f.from = store::date_bounds(v).first;
    if (f.from.empty()) {
      error = "--from takes a date YYYY-MM-DD, YYYY-MM or YYYY, got '" + v + "'";
      return false;
    }
  }
  if (args.option("--to", v)) {
    f.to = store::date_bounds(v).second;
    if (f.to.empty()) {
      error = "--to takes a date YYYY-MM-DD, YYYY-MM or YYYY, got '" + v + "'";
      return false;
    }
  }
  f.by_published = args.flag("--by-published");
  args.option("--text", f.text);
  if (args.option("--limit", v)) {
    char* end = nullptr;
    const long long n = std::strtoll(v.c_str(), &end, 10);
    if (v.empty() || *end || n < 1) {
      error = "--limit takes a positive number, got '" + v + "'";
      return false;
    }
    f.limit = static_cast<size_t>(n);
  }
  return true;
}

}  // namespace vigil::cli
