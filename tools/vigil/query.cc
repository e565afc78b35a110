// vigil query: events from the store, filtered, grouped, or as a coalition.
#include <unistd.h>

#include <cstdio>
#include <string>
#include <vector>

#include "cli.h"
#include "commands.h"
#include "store_options.h"
#include "vigil/pipeline.h"
#include "vigil/store.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelpHead =
    R"(usage: vigil query --db PATH|URL [FILTERS] [--group-by KEY[,KEY]] [--coalition]
                   [--format table|csv|jsonl]

Reads events from a store written by "vigil ingest". With no --group-by or --coalition,
one row per event; "--format jsonl" writes every field of vigil code, one event per
line (with no filter: every stored event, in document order).

  --db PATH|URL        the store (default vigil.db) or postgresql://user@host/db;
                       it is opened read-only
  --format F           table (default when standard output is a terminal), csv (default
                       otherwise) or jsonl
  --group-by KEYS      counts per group: source-country, target-country, dyad (source
                       and target country), code, root, plover, day, week (its Monday),
                       month; several keys separated by commas. Columns: the keys,
                       count, goldstein_sum, goldstein_mean, first_date, last_date
  --coalition          who joined when: for each source actor among the matching events,
                       its first event (by event date) with the evidence, and how many
                       matching events it has. E.g. which governments criticised China:
                         vigil query --coalition --target-country CHN --root 11
                           --from 2020-05 --to 2020-07

Filters (all must hold; a list matches any of its items):
)";

struct Table {
  std::vector<std::string> header;
  std::vector<std::vector<std::string>> rows;
};

std::string csv_field(const std::string& v) {
  if (v.find_first_of(",\"\n\r") == std::string::npos) return v;
  std::string out = "\"";
  for (char c : v) {
    if (c == '"') out += '"';
    out += c;
  }
  return out + '"';
}

// Display width of UTF-8 text: code points (good enough for alignment of news text).
size_t width(const std::string& s) {
  size_t n = 0;
  for (unsigned char c : s) n += (c & 0xc0) != 0x80;
  return n;
}

std::string clip(const std::string& s, size_t max) {
  if (width(s) <= max) return s;
  std::string out;
  size_t n = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    const unsigned char c = static_cast<unsigned char>(s[i]);
    if ((c & 0xc0) != 0x80 && ++n > max - 1) break;
    out += s[i];
  }
  return out + "…";
}

std::string csv_line(const std::vector<std::string>& row) {
  std::string out;
  for (size_t i = 0; i < row.size(); ++i) {
    if (i) out += ',';
    out += csv_field(row[i]);
  }
  out += '\n';
  return out;
}

void print_table(const Table& t, bool csv) {
  std::string out;
  if (csv) {
    out = csv_line(t.header);
    for (const auto& row : t.rows) {
      out += csv_line(row);
      if (out.size() > (1 << 16)) {
        std::fwrite(out.data(), 1, out.size(), stdout);
        out.clear();
      }
    }
    std::fwrite(out.data(), 1, out.size(), stdout);
    return;
  }
  constexpr size_t kMaxWidth = 60;
  std::vector<size_t> widths(t.header.size());
  for (size_t i = 0; i < t.header.size(); ++i) widths[i] = width(t.header[i]);
  for (const auto& row : t.rows)
    for (size_t i = 0; i < row.size(); ++i)
      widths[i] = std::max(widths[i], std::min(kMaxWidth, width(row[i])));
  auto line = [&](const std::vector<std::string>& row) {
    std::string l;
    for (size_t i = 0; i < row.size(); ++i) {
      const std::string cell = clip(row[i], kMaxWidth);
      l += cell;
      if (i + 1 < row.size()) l += std::string(widths[i] - width(cell) + 2, ' ');
    }
    while (!l.empty() && l.back() == ' ') l.pop_back();
    return l + '\n';
  };
  out += line(t.header);
  for (const auto& row : t.rows) out += line(row);
  out += '(';
  out += std::to_string(t.rows.size());
  out += " rows)\n";
  std::fwrite(out.data(), 1, out.size(), stdout);
}

std::string number(double v, const char* format = "%.1f") {
  char buf[32];
  std::snprintf(buf, sizeof buf, format, v);
  return buf;
}

std::string target_code(const events::EventRecord& r) { return r.target ? r.target->code : ""; }
std::string target_country(const events::EventRecord& r) {
  return r.target ? r.target->country : "";
}

const std::vector<std::string> kEventHeader = {
    "doc_id",         "sentence_index", "date",      "event_date",     "source",
    "source_country", "source_sector",  "target",    "target_country", "target_sector",
    "cameo",          "cameo_root",     "goldstein", "quad_class",     "plover",
    "quote_speaker",  "sentence"};

std::vector<std::string> event_row(const events::EventRecord& r) {
  return {r.doc_id,
          std::to_string(r.sentence_index),
          r.date,
          r.event_date,
          r.source.code,
          r.source.country,
          r.source.sector,
          target_code(r),
          target_country(r),
          r.target ? r.target->sector : "",
          r.cameo,
          r.cameo_root,
          r.goldstein ? number(*r.goldstein) : "",
          r.quad_class ? std::to_string(r.quad_class) : "",
          r.plover_event,
          r.quote_speaker,
          r.sentence};
}

}  // namespace

int run_query(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelpHead, stdout);
    std::fputs(kFilterHelp, stdout);
    return 0;
  }
  std::string db_path = "vigil.db", format = isatty(STDOUT_FILENO) ? "table" : "csv", group_text;
  args.option("--db", db_path);
  args.option("--format", format);
  args.option("--group-by", group_text);
  const bool coalition = args.flag("--coalition");
  store::EventFilter filter;
  std::string error;
  if (!read_filter(args, filter, error)) {
    std::fprintf(stderr, "vigil query: %s\n", error.c_str());
    return 2;
  }
  if (format != "table" && format != "csv" && format != "jsonl") {
    std::fprintf(stderr, "vigil query: --format takes table, csv or jsonl (got '%s')\n",
                 format.c_str());
    return 2;
  }
  std::vector<store::GroupKey> keys;
  for (size_t b = 0; !group_text.empty() && b <= group_text.size();) {
    size_t e = group_text.find(',', b);
    if (e == std::string::npos) e = group_text.size();
    const std::string name = group_text.substr(b, e - b);
    auto key = store::parse_group_key(name);
    if (!key) {
      std::fprintf(stderr,
                   "vigil query: --group-by takes source-country, target-country, dyad, code, "
                   "root, plover, day, week or month (got '%s')\n",
                   name.c_str());
      return 2;
    }
    keys.push_back(*key);
    b = e + 1;
  }
  if (coalition && !keys.empty()) {
    std::fprintf(stderr, "vigil query: --coalition and --group-by do not go together\n");
    return 2;
  }
  if (std::string bad = args.unknown_option(); !bad.empty()) {
    std::fprintf(stderr, "vigil query: unknown option %s (see vigil query --help)\n", bad.c_str());
    return 2;
  }
  if (!args.rest().empty()) {
    std::fprintf(stderr, "vigil query: unexpected argument '%s' (see vigil query --help)\n",
                 args.rest().front().c_str());
    return 2;
  }
  store::OpenOptions options;
  options.read_only = true;
  auto opened = store::Store::open(db_path, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "vigil query: %s\n", opened.status().to_string().c_str());
    return 2;
  }
  store::Store& db = *opened.value();
  const bool jsonl = format == "jsonl";
  Table table;

  if (!keys.empty()) {
    auto rows = db.group(filter, keys);
    if (!rows.ok()) {
      std::fprintf(stderr, "vigil query: %s\n", rows.status().to_string().c_str());
      return 1;
    }
    for (store::GroupKey k : keys)
      for (std::string& c : store::group_key_columns(k)) table.header.push_back(std::move(c));
    for (const char* c : {"count", "goldstein_sum", "goldstein_mean", "first_date", "last_date"})
      table.header.push_back(c);
    for (const store::GroupRow& g : rows.value()) {
      if (jsonl) {
        std::string o = "{";
        for (size_t i = 0; i < g.keys.size(); ++i) {
          if (i) o += ", ";
          o += json_string(table.header[i]);
          o += ": ";
          o += g.keys[i].empty() ? "null" : json_string(g.keys[i]);
        }
        o += std::string(g.keys.empty() ? "" : ", ") + "\"count\": " + std::to_string(g.count) +
             ", \"goldstein_sum\": " + number(g.goldstein_sum) + ", \"goldstein_mean\": " +
             (g.goldstein_mean ? number(*g.goldstein_mean, "%.3f") : "null") +
             ", \"first_date\": " + (g.first_date.empty() ? "null" : json_string(g.first_date)) +
             ", \"last_date\": " + (g.last_date.empty() ? "null" : json_string(g.last_date)) +
             "}\n";
        std::fputs(o.c_str(), stdout);
        continue;
      }
      std::vector<std::string> row = g.keys;
      row.push_back(std::to_string(g.count));
      row.push_back(number(g.goldstein_sum));
      row.push_back(g.goldstein_mean ? number(*g.goldstein_mean, "%.3f") : "");
      row.push_back(g.first_date);
      row.push_back(g.last_date);
      table.rows.push_back(std::move(row));
    }
  } else if (coalition) {
    auto rows = db.coalition(filter);
    if (!rows.ok()) {
      std::fprintf(stderr, "vigil query: %s\n", rows.status().to_string().c_str());
      return 1;
    }
    table.header = {"source",         "source_country", "source_sector", "first_date",
                    "events",         "cameo",          "target",        "doc_id",
                    "sentence_index", "quote_speaker",  "evidence"};
    for (const store::StoredEvent& e : rows.value()) {
      const events::EventRecord& r = e.record;
      if (jsonl) {
        std::string line = e.json;
        line.pop_back();
        line += ", \"events\": ";
        line += std::to_string(e.count);
        line += ", \"evidence_text\": " + json_string(e.evidence) + "}\n";
        std::fputs(line.c_str(), stdout);
        continue;
      }
      table.rows.push_back({r.source.code, r.source.country, r.source.sector,
                            r.event_date.empty() ? r.date : r.event_date, std::to_string(e.count),
                            r.cameo, target_code(r), r.doc_id, std::to_string(r.sentence_index),
                            r.quote_speaker, e.evidence});
    }
  } else {
    table.header = kEventHeader;
    const bool csv = format == "csv";
    if (csv) std::fputs(csv_line(table.header).c_str(), stdout);
    Status s = db.for_each_event(filter, [&](const store::StoredEvent& e) {
      // jsonl and csv are streamed: a whole store is written without holding it.
      if (jsonl) {
        std::string line = e.json;
        line += '\n';
        std::fwrite(line.data(), 1, line.size(), stdout);
      } else if (csv) {
        const std::string line = csv_line(event_row(e.record));
        std::fwrite(line.data(), 1, line.size(), stdout);
      } else {
        table.rows.push_back(event_row(e.record));
      }
      return true;
    });
    if (!s.ok()) {
      std::fprintf(stderr, "vigil query: %s\n", s.to_string().c_str());
      return 1;
    }
    if (csv || jsonl) return 0;
  }
  if (!jsonl) print_table(table, format == "csv");
  return 0;
}

}  // namespace vigil::cli
