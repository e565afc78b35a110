// vigil export: the store's events in the field's layouts (Phoenix, ICEWS, PLOVER, JSONL).
#include <cstdio>

#include "cli.h"
#include "commands.h"
#include "store_options.h"
#include "vigil/ontology.h"
#include "vigil/store.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelpHead = R"(usage: vigil export --db PATH|URL --format FORMAT [FILTERS]

Writes the stored events (all, or those matching the filters) to standard output in a
layout other event data tools read:

  phoenix-csv   Phoenix (Open Event Data Alliance) columns, comma-separated, header row
  icews-tsv     ICEWS columns, tab-separated, header row
  plover-json   one JSON array of PLOVER-typed events (events PLOVER does not cover,
                CAMEO root 01, are left out)
  jsonl         every field of vigil code, one event per line

Column lists and how each maps vigil's fields: docs/store.md. Each loads with pandas
(read_csv, read_table, read_json) and R (read.csv, read.delim, jsonlite) defaults.

  --db PATH|URL   the store (default vigil.db) or postgresql://...; opened read-only

Filters (as vigil query):
)";

}  // namespace

int run_export(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelpHead, stdout);
    std::fputs(kFilterHelp, stdout);
    return 0;
  }
  std::string db_path = "vigil.db", format_name;
  args.option("--db", db_path);
  args.option("--format", format_name);
  auto format = store::parse_export_format(format_name);
  if (!format) {
    std::fprintf(stderr,
                 "vigil export: --format takes phoenix-csv, icews-tsv, plover-json or jsonl%s\n",
                 format_name.empty() ? "" : (" (got '" + format_name + "')").c_str());
    return 2;
  }
  store::EventFilter filter;
  std::string error;
  if (!read_filter(args, filter, error)) {
    std::fprintf(stderr, "vigil export: %s\n", error.c_str());
    return 2;
  }
  if (std::string bad = args.unknown_option(); !bad.empty()) {
    std::fprintf(stderr, "vigil export: unknown option %s (see vigil export --help)\n",
                 bad.c_str());
    return 2;
  }
  if (!args.rest().empty()) {
    std::fprintf(stderr, "vigil export: unexpected argument '%s'\n", args.rest().front().c_str());
    return 2;
  }
  store::OpenOptions options;
  options.read_only = true;
  auto opened = store::Store::open(db_path, options);
  if (!opened.ok()) {
    std::fprintf(stderr, "vigil export: %s\n", opened.status().to_string().c_str());
    return 2;
  }
  // CAMEO names for ICEWS's "Event Text"; without the tables the column stays empty.
  std::shared_ptr<const Ontology> ontology;
  if (*format == store::ExportFormat::kIcewsTsv) {
    auto loaded = Ontology::load(data_dir() + "/cameo");
    if (loaded.ok()) ontology = loaded.value();
  }
  Status s = store::export_events(*opened.value(), filter, *format, stdout, ontology.get());
  if (!s.ok()) {
    std::fprintf(stderr, "vigil export: %s\n", s.to_string().c_str());
    return 1;
  }
  return 0;
}

}  // namespace vigil::cli
