// store_bench: the event store's speed (issue 12).
//
//   store_bench [--db PATH|URL] [--events N] [--queries N] [--copy-all] CORPUS.jsonl...
//   store_bench --db PATH|URL --query-only [--queries N]
//
// --db takes a SQLite file (deleted first) or a postgresql:// URL of an empty database.
// --query-only times step 3's queries on a store grown before (to measure again on a
// quieter machine).
//
// 1. Codes every document of the corpora (one thread, vigil's own dictionaries) and
//    reports documents/s: what `vigil code` does.
// 2. Stores the same coded documents into a fresh store (batches of 64, as `vigil
//    ingest -j 1`) and reports documents/s for storing alone and for coding + storing,
//    and the file's size.
// 3. Grows the store to at least N events (default 1,000,000) by storing the coded
//    documents that gave events again under new ids (--copy-all: every document), each
//    copy moved a week later (so that date filters select a part), then times grouped
//    queries (median of --queries runs, default 9).
#include <libpq-fe.h>
#include <sys/stat.h>

#include <algorithm>
#include <chrono>
#include <cstdio>
#include <cstring>
#include <filesystem>
#include <fstream>
#include <string>
#include <vector>

#include "vigil/pipeline.h"
#include "vigil/store.h"
#include "vigil/text.h"

namespace {

using Clock = std::chrono::steady_clock;

double seconds_since(Clock::time_point t) {
  return std::chrono::duration<double>(Clock::now() - t).count();
}

// "YYYY-MM-DD" moved by `days`; other strings unchanged.
std::string add_days(const std::string& iso, int days) {
  if (iso.size() != 10) return iso;
  using namespace std::chrono;
  const int y = std::stoi(iso.substr(0, 4));
  const unsigned m = static_cast<unsigned>(std::stoi(iso.substr(5, 2)));
  const unsigned d = static_cast<unsigned>(std::stoi(iso.substr(8, 2)));
  const year_month_day ymd{year{y}, month{m}, day{d}};
  if (!ymd.ok()) return iso;
  const year_month_day moved{sys_days{ymd} + std::chrono::days{days}};
  char buf[16];
  std::snprintf(buf, sizeof buf, "%04d-%02u-%02u", static_cast<int>(moved.year()),
                static_cast<unsigned>(moved.month()), static_cast<unsigned>(moved.day()));
  return buf;
}

double median_ms(vigil::store::Store& store, const vigil::store::EventFilter& filter,
                 const std::vector<vigil::store::GroupKey>& keys, int runs, size_t* groups) {
  std::vector<double> times;
  for (int i = 0; i < runs; ++i) {
    const auto t = Clock::now();
    auto rows = store.group(filter, keys);
    times.push_back(seconds_since(t) * 1000.0);
    if (!rows.ok()) {
      std::fprintf(stderr, "%s\n", rows.status().to_string().c_str());
      return -1;
    }
    *groups = rows.value().size();
  }
  std::sort(times.begin(), times.end());
  return times[times.size() / 2];
}

bool is_postgres(const std::string& db) {
  return db.starts_with("postgresql://") || db.starts_with("postgres://");
}

// Runs `sql` on a PostgreSQL database; the first value of the first row ("" if none).
std::string pg_value(const std::string& url, const std::string& sql) {
  PGconn* c = PQconnectdb(url.c_str());
  std::string out;
  if (PQstatus(c) == CONNECTION_OK) {
    PGresult* r = PQexec(c, sql.c_str());
    if (PQresultStatus(r) == PGRES_TUPLES_OK && PQntuples(r) > 0) out = PQgetvalue(r, 0, 0);
    if (PQresultStatus(r) != PGRES_TUPLES_OK && PQresultStatus(r) != PGRES_COMMAND_OK)
      std::fprintf(stderr, "%s: %s", sql.c_str(), PQresultErrorMessage(r));
    PQclear(r);
  }
  PQfinish(c);
  return out;
}

// The store's size in MB: the SQLite file with its WAL, or the PostgreSQL database.
double store_mb(const std::string& db) {
  if (is_postgres(db)) {
    const std::string bytes = pg_value(db, "SELECT pg_database_size(current_database())");
    return bytes.empty() ? 0.0 : std::stod(bytes) / 1e6;
  }
  double bytes = 0;
  for (const char* suffix : {"", "-wal"}) {
    struct stat st {};
    if (::stat((db + suffix).c_str(), &st) == 0) bytes += static_cast<double>(st.st_size);
  }
  return bytes / 1e6;
}

int time_queries(const std::string& db_path, int runs);

}  // namespace

int main(int argc, char** argv) {
  std::string db_path = "store_bench.db";
  size_t target_events = 1000000;
  int runs = 9;
  bool all_copies = false;
  bool query_only = false;
  std::vector<std::string> corpora;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--db") == 0 && i + 1 < argc)
      db_path = argv[++i];
    else if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc)
      target_events = std::stoul(argv[++i]);
    else if (std::strcmp(argv[i], "--queries") == 0 && i + 1 < argc)
      runs = std::stoi(argv[++i]);
    else if (std::strcmp(argv[i], "--copy-all") == 0)
      all_copies = true;
    else if (std::strcmp(argv[i], "--query-only") == 0)
      query_only = true;
    else
      corpora.emplace_back(argv[i]);
  }
  if (query_only) return time_queries(db_path, runs);
  if (corpora.empty()) {
    std::fputs(
        "usage: store_bench [--db PATH|URL] [--events N] [--queries N] [--copy-all] "
        "CORPUS.jsonl...\n"
        "       store_bench --db PATH|URL --query-only [--queries N]\n",
        stderr);
    return 2;
  }
  if (!is_postgres(db_path))
    for (const char* suffix : {"", "-wal", "-shm"}) std::filesystem::remove(db_path + suffix);

  vigil::events::PipelineConfig config;
  config.data_dir = VIGIL_DATA_DIR;
  auto pipeline = vigil::events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  // 1. Coding alone (quotations included: ingest stores them).
  vigil::events::DocumentCoder coder(*pipeline.value());
  std::vector<vigil::store::CodedDocument> coded;
  size_t events = 0;
  auto t = Clock::now();
  for (const std::string& path : corpora) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", path.c_str());
      return 2;
    }
    vigil::text::JsonlReader reader(in, path);
    vigil::Document doc;
    while (reader.next(doc)) {
      vigil::store::CodedDocument& cd = coded.emplace_back();
      cd.events = coder.code(doc);
      cd.quotations = vigil::store::find_quotations(*pipeline.value(), doc);
      cd.document = std::move(doc);
      events += cd.events.size();
    }
  }
  const double t_code = seconds_since(t);
  const double n_docs = static_cast<double>(coded.size());
  std::printf("documents: %zu  events: %zu\n", coded.size(), events);
  std::printf("code (as vigil code -j 1):   %8.2f s  %8.0f documents/s\n", t_code, n_docs / t_code);

  // 2. Storing the same documents.
  auto opened = vigil::store::Store::open(db_path);
  if (!opened.ok()) {
    std::fprintf(stderr, "%s\n", opened.status().to_string().c_str());
    return 2;
  }
  vigil::store::Store& store = *opened.value();
  const vigil::store::Provenance provenance;
  t = Clock::now();
  for (size_t b = 0; b < coded.size(); b += 64) {
    std::vector<vigil::store::CodedDocument> batch(
        coded.begin() + static_cast<long>(b),
        coded.begin() + static_cast<long>(std::min(b + 64, coded.size())));
    if (auto r = store.put(batch, provenance); !r.ok()) {
      std::fprintf(stderr, "%s\n", r.status().to_string().c_str());
      return 1;
    }
  }
  const double t_store = seconds_since(t);
  auto file_mb = [&] { return store_mb(db_path); };
  std::printf("store only:                  %8.2f s  %8.0f documents/s\n", t_store,
              n_docs / t_store);
  std::printf("ingest (code + store):       %8.2f s  %8.0f documents/s\n", t_code + t_store,
              n_docs / (t_code + t_store));
  std::printf("store file: %.1f MB for %zu documents, %zu events\n", file_mb(), coded.size(),
              events);

  // 3. At least target_events events: copies under new ids, a week later each.
  size_t stored_events = events;
  t = Clock::now();
  for (int copy = 1; stored_events < target_events && events > 0; ++copy) {
    std::vector<vigil::store::CodedDocument> batch;
    for (const vigil::store::CodedDocument& cd : coded) {
      if (cd.events.empty() && !all_copies) continue;
      vigil::store::CodedDocument c = cd;
      c.document.id += "#" + std::to_string(copy);
      c.document.date = add_days(c.document.date, 7 * copy);
      for (vigil::events::EventRecord& e : c.events) {
        e.doc_id = c.document.id;
        e.date = add_days(e.date, 7 * copy);
        e.event_date = add_days(e.event_date, 7 * copy);
      }
      stored_events += c.events.size();
      batch.push_back(std::move(c));
      if (batch.size() == 512) {
        if (auto r = store.put(batch, provenance); !r.ok()) return 1;
        batch.clear();
      }
    }
    if (!batch.empty() && !store.put(batch, provenance).ok()) return 1;
  }
  const double t_grow = seconds_since(t);
  auto stats = store.stats();
  const auto totals = stats.ok() ? stats.value() : vigil::store::StoreStats{};
  std::printf(
      "grown to %lld documents, %lld events in %.1f s (%.0f events/s stored); file %.1f MB\n",
      static_cast<long long>(totals.documents), static_cast<long long>(totals.events), t_grow,
      static_cast<double>(stored_events - events) / t_grow, file_mb());
  opened.value().reset();  // closing runs PRAGMA optimize (planner statistics)
  if (is_postgres(db_path)) {
    // What autovacuum does in time: planner statistics, and the visibility map that lets
    // a question read only an index.
    pg_value(db_path, "VACUUM ANALYZE");
    std::printf("after VACUUM ANALYZE: database %.1f MB\n", file_mb());
  }
  return time_queries(db_path, runs);
}

namespace {

int time_queries(const std::string& db_path, int runs) {
  vigil::store::OpenOptions read;
  read.read_only = true;
  auto reader = vigil::store::Store::open(db_path, read);
  if (!reader.ok()) {
    std::fprintf(stderr, "%s\n", reader.status().to_string().c_str());
    return 1;
  }
  // The most frequent target country, for a realistic dyadic question.
  auto countries = reader.value()->group({}, {vigil::store::GroupKey::kTargetCountry});
  std::string country = "USA";
  if (countries.ok())
    for (const auto& row : countries.value())
      if (!row.keys[0].empty()) {
        country = row.keys[0];
        break;
      }
  auto months = reader.value()->group({}, {vigil::store::GroupKey::kMonth});
  std::string from = "1987-03-01", to = "1987-05-31";
  if (months.ok() && months.value().size() > 3) {
    // Three of the busiest months' span: the first busy month and two after it.
    std::string first = months.value()[0].keys[0];
    if (first.size() == 7) {
      from = first + "-01";
      to = vigil::store::date_bounds(add_days(from, 70).substr(0, 7)).second;
    }
  }
  struct Query {
    const char* name;
    vigil::store::EventFilter filter;
    std::vector<vigil::store::GroupKey> keys;
  };
  vigil::store::EventFilter dyadic;
  dyadic.target_country = {country};
  dyadic.quad = {3, 4};
  dyadic.from = from;
  dyadic.to = to;
  vigil::store::EventFilter roots;
  roots.root = {"11", "12"};
  roots.from = from;
  roots.to = to;
  vigil::store::EventFilter code_prefix;
  code_prefix.source = {country};
  const std::vector<Query> queries = {
      {"--target-country C --quad 3,4 --from/--to (3 months) --group-by source-country",
       dyadic,
       {vigil::store::GroupKey::kSourceCountry}},
      {"--root 11,12 --from/--to (3 months) --group-by dyad",
       roots,
       {vigil::store::GroupKey::kDyad}},
      {"--source C --group-by month", code_prefix, {vigil::store::GroupKey::kMonth}},
      {"(no filter) --group-by root", {}, {vigil::store::GroupKey::kRoot}},
  };
  auto stats = reader.value()->stats();
  const long long total_events = stats.ok() ? static_cast<long long>(stats.value().events) : 0;
  std::printf("queries over %lld events (C = %s, %s .. %s), median of %d:\n", total_events,
              country.c_str(), from.c_str(), to.c_str(), runs);
  for (const Query& q : queries) {
    size_t groups = 0;
    const double ms = median_ms(*reader.value(), q.filter, q.keys, runs, &groups);
    std::printf("  %8.1f ms  %4zu groups  %s\n", ms, groups, q.name);
  }
  return 0;
}

}  // namespace
