// The store library on hand-made records: schema, idempotency, replacement, every field
// read back, each filter, grouping, the coalition view, and refusing files it must not
// touch.
#include "vigil/store.h"

#include <gtest/gtest.h>
#include <sqlite3.h>
#include <sys/stat.h>
#include <unistd.h>

#include <cctype>
#include <filesystem>
#include <fstream>
#include <string>

#include "pg_server.h"
#include "vigil/jsonl.h"

namespace vigil::store {
namespace {

namespace fs = std::filesystem;
using testing::PgServer;

enum class Engine { kSqlite, kPostgres };

std::string lower_name(std::string s) {
  for (char& c : s)
    c = std::isalnum(static_cast<unsigned char>(c)) ? static_cast<char>(std::tolower(c)) : '_';
  return s;
}

// A fresh store per test: a SQLite file in a temporary folder, or a new database on the
// tests' own PostgreSQL server.
class StoreTestBase {
 protected:
  void make(Engine engine, const std::string& suffix = "") {
    engine_ = engine;
    const std::string name =
        ::testing::UnitTest::GetInstance()->current_test_info()->name() + suffix;
    dir_ = fs::temp_directory_path() /
           ("vigil-store-test-" + std::to_string(getpid()) + "-" + lower_name(name));
    fs::remove_all(dir_);
    fs::create_directories(dir_);
    path_ = (dir_ / "events.db").string();
    if (engine == Engine::kPostgres) {
      database_ = "t" + std::to_string(getpid()) + "_" + lower_name(name).substr(0, 40);
      path_ = PgServer::get()->new_database(database_);
    }
  }
  void clean() {
    fs::permissions(dir_, fs::perms::owner_all, fs::perm_options::add);
    fs::remove_all(dir_);
    if (engine_ == Engine::kPostgres && PgServer::get())
      PgServer::get()->exec("postgres", "DROP DATABASE IF EXISTS " + database_);
  }

  std::unique_ptr<Store> open(OpenOptions options = {}) {
    auto s = Store::open(path_, options);
    EXPECT_TRUE(s.ok()) << s.status().to_string();
    return s.ok() ? std::move(s).value() : nullptr;
  }

  // A raw SQL statement on the store, outside it: the first column of every row.
  std::vector<std::string> column(const std::string& sql) {
    std::vector<std::string> out;
    if (engine_ == Engine::kPostgres) {
      // Only the first row is needed by callers that use raw(); lists use string_agg.
      out.push_back(PgServer::get()->exec(database_, sql));
      return out;
    }
    sqlite3* db = nullptr;
    sqlite3_open(path_.c_str(), &db);
    sqlite3_stmt* st = nullptr;
    if (sqlite3_prepare_v2(db, sql.c_str(), -1, &st, nullptr) == SQLITE_OK) {
      while (sqlite3_step(st) == SQLITE_ROW)
        out.push_back(sqlite3_column_text(st, 0)
                          ? reinterpret_cast<const char*>(sqlite3_column_text(st, 0))
                          : "");
    } else {
      out.push_back(std::string("error: ") + sqlite3_errmsg(db));
    }
    sqlite3_finalize(st);
    sqlite3_close(db);
    return out;
  }
  std::string raw(const std::string& sql) {
    auto c = column(sql);
    return c.empty() ? std::string() : c[0];
  }
  // The ids of a table's rows, "1,2,3", in id order.
  std::string ids(const std::string& table) {
    return raw(engine_ == Engine::kPostgres
                   ? "SELECT string_agg(id::text, ',' ORDER BY id) FROM " + table
                   : "SELECT group_concat(id) FROM (SELECT id FROM " + table + " ORDER BY id)");
  }

  Engine engine_ = Engine::kSqlite;
  fs::path dir_;
  std::string path_;
  std::string database_;
};

// Tests every engine must pass.
class StoreTest : public StoreTestBase, public ::testing::TestWithParam<Engine> {
 protected:
  void SetUp() override {
    if (GetParam() == Engine::kPostgres && !PgServer::get())
      GTEST_SKIP() << "no PostgreSQL server for the tests: " << PgServer::why();
    make(GetParam());
  }
  void TearDown() override { clean(); }
};

// Tests of what only a file can be (read-only, not SQLite, missing folder).
class SqliteFileTest : public StoreTestBase, public ::testing::Test {
 protected:
  void SetUp() override { make(Engine::kSqlite); }
  void TearDown() override { clean(); }
};

events::EventRecord event(const std::string& doc, int sentence, const std::string& src,
                          const std::string& src_country, const std::string& tgt,
                          const std::string& tgt_country, const std::string& cameo,
                          const std::string& event_date, double goldstein) {
  events::EventRecord r;
  r.doc_id = doc;
  r.sentence_index = sentence;
  r.sentence = "Sentence " + std::to_string(sentence) + " of " + doc + ".";
  r.date = "2020-06-15";
  r.event_date = event_date;
  r.source = {src, src_country, src.size() > 3 ? src.substr(3) : "", src + " words"};
  if (!tgt.empty()) r.target = events::ActorOut{tgt, tgt_country, "", tgt + " words"};
  r.cameo = cameo;
  r.cameo_root = cameo.substr(0, 2);
  r.goldstein = goldstein;
  r.quad_class = cameo < "06" ? 1 : cameo < "10" ? 2 : cameo < "15" ? 3 : 4;
  r.plover_event = cameo.substr(0, 2) == "11" ? "ACCUSE" : "";
  r.evidence_begin = 0;
  r.evidence_end = 8;
  r.verb = "SAID";
  return r;
}

CodedDocument document(const std::string& id, const std::string& text,
                       std::vector<events::EventRecord> events) {
  CodedDocument d;
  d.document.id = id;
  d.document.date = "2020-06-15";
  d.document.text = text;
  d.document.title = "Title of " + id;
  d.document.source = "Our Wire";
  d.document.url = "https://example.org/" + id;
  d.events = std::move(events);
  return d;
}

// Three documents of our own: who criticised China (root 11) and when.
std::vector<CodedDocument> corpus() {
  std::vector<CodedDocument> docs;
  auto e1 = event("a", 0, "CANGOV", "CAN", "CHNGOV", "CHN", "111", "2020-05-18", -2.0);
  e1.sentence = "Canada's government condemned Beijing on Monday.";
  auto e2 = event("a", 1, "AUSGOV", "AUS", "CHN", "CHN", "112", "2020-05", -2.0);
  e2.sentence = "Australia accused China of coercion in May.";
  docs.push_back(document("a",
                          "Canada's government condemned Beijing on Monday. Australia "
                          "accused China of coercion in May.",
                          {e1, e2}));
  auto e3 = event("b", 0, "CANGOV", "CAN", "CHN", "CHN", "111", "2020-06-03", -2.0);
  e3.sentence = "Ottawa again denounced the crackdown.";
  auto e4 = event("b", 2, "USAGOV", "USA", "CHN", "CHN", "111", "2020-07-01", -2.0);
  e4.sentence = "Washington criticised the law on July 1.";
  auto e5 = event("b", 3, "FRA", "FRA", "DEU", "DEU", "051", "2020-07-02", 3.4);
  e5.sentence = "France praised Germany.";
  docs.push_back(document("b",
                          "Ottawa again denounced the crackdown. Later. Washington "
                          "criticised the law on July 1. France praised Germany.",
                          {e3, e4, e5}));
  auto e6 = event("c", 0, "GBRGOV", "GBR", "CHN", "CHN", "111", "2020", -2.0);
  e6.sentence = "Britain condemned China this year.";
  auto e7 = event("c", 1, "KENCOP", "KEN", "KENCVL", "KEN", "173", "2020-08-10", -5.0);
  e7.sentence = "Kenyan police arrested protesters in August.";
  docs.push_back(document("c",
                          "Britain condemned China this year. Kenyan police arrested "
                          "protesters in August.",
                          {e6, e7}));
  return docs;
}

std::vector<std::string> ids_of(Store& s, const EventFilter& f) {
  std::vector<std::string> out;
  Status st = s.for_each_event(f, [&](const StoredEvent& e) {
    out.push_back(e.record.doc_id + ":" + std::to_string(e.record.sentence_index));
    return true;
  });
  EXPECT_TRUE(st.ok()) << st.to_string();
  return out;
}

TEST_P(StoreTest, NewStoreGetsTheSchemaVersionAndItsTables) {
  ASSERT_NE(open(), nullptr);
  if (GetParam() == Engine::kSqlite) {
    EXPECT_EQ(raw("PRAGMA user_version"), std::to_string(kSchemaVersion));
    EXPECT_EQ(raw("PRAGMA application_id"), std::to_string(0x5649474c));
    EXPECT_EQ(raw("PRAGMA journal_mode"), "wal");
    EXPECT_EQ(raw("SELECT name FROM sqlite_schema WHERE name = 'sentences_fts'"), "sentences_fts");
  } else {
    EXPECT_EQ(raw("SELECT value FROM vigil_meta WHERE key = 'schema_version'"),
              std::to_string(kSchemaVersion));
    EXPECT_EQ(raw("SELECT value FROM vigil_meta WHERE key = 'application'"), "vigil");
  }
  for (const char* table :
       {"documents", "sentences", "events", "event_records", "actors", "quotations", "runs"})
    EXPECT_EQ(raw(std::string("SELECT count(*) FROM ") + table), "0") << table;
}

TEST_P(StoreTest, AnOlderSchemaIsMigratedKeepingItsEvents) {
  { ASSERT_TRUE(open()->put(corpus(), {}).ok()); }
  // Version 1 had no event_records: events stored then are rebuilt from their columns.
  raw("DROP TABLE event_records");
  raw("DROP INDEX events_facts");     // version 3's
  raw("DROP INDEX events_sentence");  // version 4's (PostgreSQL's since version 1)
  const bool sqlite = GetParam() == Engine::kSqlite;
  raw(sqlite ? "PRAGMA user_version = 1"
             : "UPDATE vigil_meta SET value = '1' WHERE key = 'schema_version'");
  auto index = [&](const std::string& name) {
    return raw(sqlite ? "SELECT name FROM sqlite_schema WHERE name = '" + name + "'"
                      : "SELECT to_regclass('" + name + "')");
  };
  ASSERT_EQ(index("events_facts"), "");
  std::string before;
  {
    auto s = open();
    ASSERT_NE(s, nullptr);
    EXPECT_EQ(raw(sqlite ? "PRAGMA user_version"
                         : "SELECT value FROM vigil_meta WHERE key = 'schema_version'"),
              std::to_string(kSchemaVersion));
    EXPECT_EQ(index("events_facts"), "events_facts");
    EXPECT_EQ(index("events_sentence"), "events_sentence");
    // Versions 5 and 6: the indexes filters start from hold what grouped questions read.
    for (const std::string name : {"events_source_country", "events_target_country", "events_root",
                                   "events_source_code", "events_target_code"}) {
      const std::string definition =
          raw(sqlite ? "SELECT sql FROM sqlite_schema WHERE name = '" + name + "'"
                     : "SELECT indexdef FROM pg_indexes WHERE indexname = '" + name + "'");
      EXPECT_NE(definition.find("event_first, event_last"), std::string::npos) << definition;
      EXPECT_NE(definition.find("goldstein)"), std::string::npos) << definition;
    }
    ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                   EXPECT_EQ(e.json, output::to_json(e.record));
                   before += e.json;
                   return true;
                 }).ok());
  }
  std::string expected;
  for (const CodedDocument& d : corpus())
    for (const events::EventRecord& e : d.events) expected += output::to_json(e);
  EXPECT_EQ(before, expected);
}

TEST_P(StoreTest, EveryFieldIsReadBackAsVigilCodeWroteIt) {
  auto s = open();
  events::EventRecord full =
      event("x", 4, "HKGCOP", "HKG", "HKGCVL", "HKG", "1724", "2020-05", -5.0);
  full.sentence = "Police said “we will act” — in Hong Kong.";
  full.plover_event = "COERCE";
  full.plover_mode = "arrest";
  full.quote_speaker = "A Spokesman";
  full.quote_text = "we will act";
  full.location_name = "Hong Kong";
  full.location_country = "HKG";
  full.location_lat = 22.3;
  full.location_lon = 114.17;
  full.evidence_begin = 3;
  full.evidence_end = 40;
  full.pattern = "* ACT";
  full.implied_role = "target";
  full.modality = "hypothetical";
  full.mentions = 3;
  events::EventRecord bare = event("x", 5, "NGO", "", "", "", "010", "", 0.0);
  bare.goldstein.reset();
  bare.quad_class = 0;
  bare.date = "";
  bare.source.text = "";
  ASSERT_TRUE(s->put({document("x", "text", {full, bare})}, {}).ok());
  std::vector<std::string> got, rebuilt;
  ASSERT_TRUE(s->for_each_event({}, [&](const StoredEvent& e) {
                 got.push_back(e.json);
                 rebuilt.push_back(output::to_json(e.record));
                 return true;
               }).ok());
  ASSERT_EQ(got.size(), 2u);
  EXPECT_EQ(got[0], output::to_json(full));
  EXPECT_EQ(got[1], output::to_json(bare));
  // The columns alone give the same line: every field is stored as a column too.
  EXPECT_EQ(rebuilt, got);
}

TEST_P(StoreTest, SameIdAndContentChangesNothing) {
  auto s = open();
  auto first = s->put(corpus(), {});
  ASSERT_TRUE(first.ok());
  EXPECT_EQ(first.value().inserted, 3u);
  EXPECT_EQ(first.value().events, 7u);
  const std::string event_ids = ids("events");
  const std::string stored_at = raw("SELECT max(stored_at) FROM documents");
  auto again = s->put(corpus(), {});
  ASSERT_TRUE(again.ok());
  EXPECT_EQ(again.value().unchanged, 3u);
  EXPECT_EQ(again.value().inserted + again.value().replaced + again.value().events, 0u);
  EXPECT_EQ(ids("events"), event_ids);
  EXPECT_EQ(raw("SELECT max(stored_at) FROM documents"), stored_at);
  EXPECT_EQ(raw("SELECT count(*) FROM runs"), "1");
  auto hashes = s->stored_hashes({"a", "zzz"});
  ASSERT_TRUE(hashes.ok());
  ASSERT_EQ(hashes.value().size(), 1u);
  EXPECT_EQ(hashes.value().at("a"), content_hash(corpus()[0].document));
}

TEST_P(StoreTest, NewContentReplacesTheDocumentsEventsSentencesAndQuotations) {
  auto s = open();
  auto docs = corpus();
  docs[1].quotations.push_back({0, 6, "Someone", "", "", "CAN", false});
  ASSERT_TRUE(s->put(docs, {}).ok());
  CodedDocument changed = docs[1];
  changed.document.text = "Washington criticised the law.";
  changed.events = {event("b", 0, "USAGOV", "USA", "CHN", "CHN", "111", "2020-07-01", -2.0)};
  changed.events[0].sentence = "Washington criticised the law.";
  changed.quotations.clear();
  auto r = s->put({changed}, {});
  ASSERT_TRUE(r.ok());
  EXPECT_EQ(r.value().replaced, 1u);
  EXPECT_EQ(ids_of(*s, EventFilter{.doc = {"b"}}), std::vector<std::string>{"b:0"});
  EXPECT_EQ(raw("SELECT count(*) FROM sentences WHERE document = (SELECT id FROM documents "
                "WHERE doc_id = 'b')"),
            "1");
  EXPECT_EQ(raw("SELECT count(*) FROM quotations"), "0");
  EXPECT_EQ(raw("SELECT text FROM documents WHERE doc_id = 'b'"), "Washington criticised the law.");
  EXPECT_EQ(ids_of(*s, EventFilter{.text = "denounced"}), std::vector<std::string>{});
  EXPECT_EQ(ids_of(*s, EventFilter{.text = "Washington"}), std::vector<std::string>{"b:0"});
  auto stats = s->stats();
  ASSERT_TRUE(stats.ok());
  EXPECT_EQ(stats.value().documents, 3);
  EXPECT_EQ(stats.value().events, 5);
}

TEST_P(StoreTest, EachFilter) {
  auto s = open();
  ASSERT_TRUE(s->put(corpus(), {}).ok());
  using V = std::vector<std::string>;
  EXPECT_EQ(ids_of(*s, {}), (V{"a:0", "a:1", "b:0", "b:2", "b:3", "c:0", "c:1"}));
  EXPECT_EQ(ids_of(*s, {.source = {"CAN"}}), (V{"a:0", "b:0"}));
  EXPECT_EQ(ids_of(*s, {.source = {"CANGOVX"}}), V{});
  EXPECT_EQ(ids_of(*s, {.target = {"CHNGOV"}}), (V{"a:0"}));
  EXPECT_EQ(ids_of(*s, {.target = {"CHN"}}), (V{"a:0", "a:1", "b:0", "b:2", "c:0"}));
  EXPECT_EQ(ids_of(*s, {.source_country = {"USA", "GBR"}}), (V{"b:2", "c:0"}));
  EXPECT_EQ(ids_of(*s, {.target_country = {"KEN"}}), (V{"c:1"}));
  EXPECT_EQ(ids_of(*s, {.source_sector = {"COP"}}), (V{"c:1"}));
  EXPECT_EQ(ids_of(*s, {.code = {"112"}}), (V{"a:1"}));
  EXPECT_EQ(ids_of(*s, {.code = {"05"}}), (V{"b:3"}));
  EXPECT_EQ(ids_of(*s, {.root = {"17", "05"}}), (V{"b:3", "c:1"}));
  EXPECT_EQ(ids_of(*s, {.plover = {"ACCUSE"}}), (V{"a:0", "a:1", "b:0", "b:2", "c:0"}));
  EXPECT_EQ(ids_of(*s, {.quad = {4}}), (V{"c:1"}));
  // A month-dated event (a:1, 2020-05) is inside May..July; a year-dated one (c:0) is not.
  EXPECT_EQ(ids_of(*s, {.from = "2020-05-01", .to = "2020-07-31"}),
            (V{"a:0", "a:1", "b:0", "b:2", "b:3"}));
  EXPECT_EQ(ids_of(*s, {.from = "2020-05-18", .to = "2020-05-31"}), (V{"a:0"}));
  EXPECT_EQ(ids_of(*s, {.from = "2020-07-02"}), (V{"b:3", "c:1"}));
  EXPECT_EQ(ids_of(*s, {.from = "2020-06-15", .to = "2020-06-15", .by_published = true}).size(),
            7u);
  EXPECT_EQ(ids_of(*s, {.from = "2020-06-16", .by_published = true}), V{});
  EXPECT_EQ(ids_of(*s, {.text = "\"Kenyan police\""}), (V{"c:1"}));
  EXPECT_EQ(ids_of(*s, {.doc = {"c", "a"}}), (V{"a:0", "a:1", "c:0", "c:1"}));
  EXPECT_EQ(ids_of(*s, {.limit = 2}), (V{"a:0", "a:1"}));
  EXPECT_EQ(ids_of(*s, {.source = {"CAN"}, .code = {"111"}, .from = "2020-06-01"}), (V{"b:0"}));
  // A value that looks like SQL is only ever a value.
  EXPECT_EQ(ids_of(*s, {.source = {"' OR 1=1 --"}}), V{});
}

TEST_F(SqliteFileTest, MalformedTextQueryIsTheUsersError) {
  auto s = open();
  ASSERT_TRUE(s->put(corpus(), {}).ok());
  Status st = s->for_each_event({.text = "\"unclosed"}, [](const StoredEvent&) { return true; });
  ASSERT_FALSE(st.ok());
  EXPECT_NE(st.message().find("not a valid full-text query"), std::string::npos) << st.message();
}

TEST_P(StoreTest, GroupsCountSumMeanAndDates) {
  auto s = open();
  ASSERT_TRUE(s->put(corpus(), {}).ok());
  auto rows = s->group({.target_country = {"CHN"}}, {GroupKey::kSourceCountry});
  ASSERT_TRUE(rows.ok()) << rows.status().to_string();
  ASSERT_EQ(rows.value().size(), 4u);
  EXPECT_EQ(rows.value()[0].keys, std::vector<std::string>{"CAN"});
  EXPECT_EQ(rows.value()[0].count, 2);
  EXPECT_DOUBLE_EQ(rows.value()[0].goldstein_sum, -4.0);
  EXPECT_DOUBLE_EQ(*rows.value()[0].goldstein_mean, -2.0);
  EXPECT_EQ(rows.value()[0].first_date, "2020-05-18");
  EXPECT_EQ(rows.value()[0].last_date, "2020-06-03");
  EXPECT_EQ(rows.value()[1].keys, std::vector<std::string>{"AUS"});  // ties: by key
  EXPECT_EQ(rows.value()[3].keys, std::vector<std::string>{"USA"});

  auto dyads = s->group({.root = {"05"}}, {GroupKey::kDyad});
  ASSERT_TRUE(dyads.ok());
  ASSERT_EQ(dyads.value().size(), 1u);
  EXPECT_EQ(dyads.value()[0].keys, (std::vector<std::string>{"FRA", "DEU"}));

  auto months = s->group({}, {GroupKey::kMonth});
  ASSERT_TRUE(months.ok());
  std::vector<std::string> got;
  for (const GroupRow& r : months.value()) got.push_back(r.keys[0] + "=" + std::to_string(r.count));
  EXPECT_EQ(got, (std::vector<std::string>{"2020-05=2", "2020-07=2", "2020=1", "2020-06=1",
                                           "2020-08=1"}));

  auto weeks = s->group({.source = {"CAN"}}, {GroupKey::kWeek});
  ASSERT_TRUE(weeks.ok());
  ASSERT_EQ(weeks.value().size(), 2u);
  EXPECT_EQ(weeks.value()[0].keys[0], "2020-05-18");  // a Monday stays
  EXPECT_EQ(weeks.value()[1].keys[0], "2020-06-01");  // Wednesday 3 June -> Monday 1 June

  auto by_code_root = s->group({}, {GroupKey::kRoot, GroupKey::kPlover});
  ASSERT_TRUE(by_code_root.ok());
  EXPECT_EQ(by_code_root.value()[0].keys, (std::vector<std::string>{"11", "ACCUSE"}));
  EXPECT_EQ(by_code_root.value()[0].count, 5);

  auto none = s->group({.source = {"ZZZ"}}, {});
  ASSERT_TRUE(none.ok());
  EXPECT_TRUE(none.value().empty());
}

TEST_P(StoreTest, CoalitionGivesEachSourcesFirstEventWithEvidence) {
  auto s = open();
  auto docs = corpus();
  ASSERT_TRUE(s->put(docs, {}).ok());
  auto rows = s->coalition(
      {.target_country = {"CHN"}, .root = {"11"}, .from = "2020-05-01", .to = "2020-07-31"});
  ASSERT_TRUE(rows.ok()) << rows.status().to_string();
  std::vector<std::string> got;
  for (const StoredEvent& e : rows.value())
    got.push_back(e.record.source.code + " " + e.record.event_date + " " + std::to_string(e.count) +
                  " " + e.evidence);
  // Evidence spans are bytes [0, 8) of each document's text.
  EXPECT_EQ(got,
            (std::vector<std::string>{"AUSGOV 2020-05 1 Canada's", "CANGOV 2020-05-18 2 Canada's",
                                      "USAGOV 2020-07-01 1 Ottawa a"}));
}

TEST_P(StoreTest, RefusesADatabaseOfAnotherProgramAndLeavesIt) {
  raw("CREATE TABLE people(name TEXT)");
  raw("INSERT INTO people VALUES ('Ada')");
  for (bool read_only : {false, true}) {
    auto s = Store::open(path_, {.read_only = read_only});
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.status().message().find("not a vigil event store"), std::string::npos);
    EXPECT_NE(s.status().message().find("people"), std::string::npos) << s.status().message();
  }
  EXPECT_EQ(raw("SELECT name FROM people"), "Ada");
  if (GetParam() == Engine::kSqlite) {
    EXPECT_EQ(raw("SELECT count(*) FROM sqlite_schema"), "1");
    EXPECT_EQ(raw("PRAGMA user_version"), "0");
  } else {
    EXPECT_EQ(raw("SELECT count(*) FROM information_schema.tables WHERE table_schema = 'public'"),
              "1");
  }
}

TEST_F(SqliteFileTest, RefusesAFileThatIsNotSqlite) {
  { std::ofstream(path_) << "id,name\n1,Ada\n"; }
  auto s = Store::open(path_);
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("not a SQLite database"), std::string::npos)
      << s.status().message();
  std::ifstream in(path_);
  std::string content((std::istreambuf_iterator<char>(in)), {});
  EXPECT_EQ(content, "id,name\n1,Ada\n");
}

TEST_P(StoreTest, RefusesANewerSchemaAndLeavesIt) {
  { ASSERT_TRUE(open()->put(corpus(), {}).ok()); }
  raw(GetParam() == Engine::kSqlite
          ? "PRAGMA user_version = 99"
          : "UPDATE vigil_meta SET value = '99' WHERE key = 'schema_version'");
  for (bool read_only : {false, true}) {
    auto s = Store::open(path_, {.read_only = read_only});
    ASSERT_FALSE(s.ok());
    EXPECT_NE(s.status().message().find("schema version 99, newer than this vigil reads"),
              std::string::npos)
        << s.status().message();
  }
  EXPECT_EQ(raw("SELECT count(*) FROM events"), "7");
}

TEST_F(SqliteFileTest, ReadOnlyFileIsRefusedForWritingAndReadable) {
  { ASSERT_TRUE(open()->put(corpus(), {}).ok()); }
  fs::permissions(path_, fs::perms::owner_read | fs::perms::group_read | fs::perms::others_read);
  auto w = Store::open(path_);
  ASSERT_FALSE(w.ok());
  EXPECT_NE(w.status().message().find("read-only"), std::string::npos) << w.status().message();
  auto r = Store::open(path_, {.read_only = true});
  ASSERT_TRUE(r.ok()) << r.status().to_string();
  EXPECT_EQ(ids_of(*r.value(), {.source = {"USA"}}), std::vector<std::string>{"b:2"});
  EXPECT_FALSE(r.value()->put(corpus(), {}).ok());
}

TEST_F(SqliteFileTest, WrongPathsSayWhatIsWrongAndCreateNothing) {
  auto missing_folder = Store::open((dir_ / "no" / "such" / "x.db").string());
  ASSERT_FALSE(missing_folder.ok());
  EXPECT_NE(missing_folder.status().message().find("does not exist"), std::string::npos);
  auto reading_missing = Store::open(path_, {.read_only = true});
  ASSERT_FALSE(reading_missing.ok());
  EXPECT_NE(reading_missing.status().message().find("no such store"), std::string::npos);
  EXPECT_FALSE(fs::exists(path_));
  auto folder = Store::open(dir_.string());
  ASSERT_FALSE(folder.ok());
  EXPECT_NE(folder.status().message().find("is a folder"), std::string::npos);
}

TEST_F(SqliteFileTest, AnEmptyFileBecomesAStore) {
  { std::ofstream(path_).flush(); }
  auto s = open();
  ASSERT_NE(s, nullptr);
  EXPECT_TRUE(s->put(corpus(), {}).ok());
}

TEST_F(SqliteFileTest, DateBounds) {
  EXPECT_EQ(date_bounds("2020-02"),
            (std::pair<std::string, std::string>{"2020-02-01", "2020-02-29"}));
  EXPECT_EQ(date_bounds("2021-02").second, "2021-02-28");
  EXPECT_EQ(date_bounds("2020").second, "2020-12-31");
  EXPECT_EQ(date_bounds("2020-06-03").first, "2020-06-03");
  EXPECT_EQ(date_bounds("June").first, "");
  EXPECT_EQ(date_bounds("2020-13").first, "");
}

TEST_F(SqliteFileTest, ContentHashCoversEveryContentField) {
  Document d;
  d.id = "a";
  d.text = "x";
  const std::string h = content_hash(d);
  EXPECT_EQ(h.size(), 16u);
  Document other_id = d;
  other_id.id = "b";
  EXPECT_EQ(content_hash(other_id), h);
  for (auto field :
       {&Document::date, &Document::title, &Document::source, &Document::url, &Document::text}) {
    Document changed = d;
    changed.*field += "y";
    EXPECT_NE(content_hash(changed), h);
  }
}

// The schema is written once for both engines (schema.cc): same tables, same columns in
// the same order, same indexes. Only the full-text machinery differs (FTS5's tables on
// SQLite; the tsv column and its index on PostgreSQL).
TEST(BothEngines, HaveTheSameTablesColumnsAndIndexes) {
  if (!PgServer::get()) GTEST_SKIP() << "no PostgreSQL server for the tests: " << PgServer::why();
  struct Side : StoreTestBase {
    using StoreTestBase::clean;
    using StoreTestBase::make;
    using StoreTestBase::open;
    using StoreTestBase::raw;
  } sqlite, postgres;
  postgres.make(Engine::kPostgres, "_pg");
  sqlite.make(Engine::kSqlite, "_sqlite");
  ASSERT_NE(sqlite.open(), nullptr);
  ASSERT_NE(postgres.open(), nullptr);
  const std::string tables = sqlite.raw(
      "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'table' "
      "AND name NOT LIKE 'sentences_fts%' ORDER BY name)");
  EXPECT_EQ(tables, "actors,documents,event_records,events,quotations,runs,sentences");
  EXPECT_EQ(postgres.raw("SELECT string_agg(table_name, ',' ORDER BY table_name) FROM "
                         "information_schema.tables WHERE table_schema = current_schema() "
                         "AND table_name <> 'vigil_meta'"),
            tables);
  for (const char* table :
       {"actors", "documents", "event_records", "events", "quotations", "runs", "sentences"}) {
    EXPECT_EQ(postgres.raw(std::string("SELECT string_agg(column_name, ',' ORDER BY "
                                       "ordinal_position) FROM information_schema.columns WHERE "
                                       "table_schema = current_schema() AND column_name <> 'tsv' "
                                       "AND table_name = '") +
                           table + "'"),
              sqlite.raw(std::string("SELECT group_concat(name) FROM pragma_table_info('") + table +
                         "')"))
        << table;
  }
  const std::string indexes = sqlite.raw(
      "SELECT group_concat(name) FROM (SELECT name FROM sqlite_schema WHERE type = 'index' AND "
      "name NOT LIKE 'sqlite_autoindex%' ORDER BY name)");
  EXPECT_NE(indexes.find("events_facts"), std::string::npos) << indexes;
  // PostgreSQL names the indexes of primary keys and UNIQUE constraints; SQLite does not.
  EXPECT_EQ(postgres.raw("SELECT string_agg(indexname, ',' ORDER BY indexname) FROM pg_indexes "
                         "WHERE schemaname = current_schema() AND indexname NOT LIKE '%_pkey' "
                         "AND indexname NOT LIKE '%_key' AND indexname <> 'sentences_tsv'"),
            indexes);
  sqlite.clean();
  postgres.clean();
}

TEST(PostgresStore, AServerThatIsNotThereIsAClearMessage) {
  auto s = Store::open("postgresql://nobody:secret@127.0.0.1:1/none");
  ASSERT_FALSE(s.ok());
  EXPECT_NE(s.status().message().find("cannot connect"), std::string::npos) << s.status().message();
  EXPECT_EQ(s.status().message().find("secret"), std::string::npos) << "the password is shown";
}

INSTANTIATE_TEST_SUITE_P(Engines, StoreTest, ::testing::Values(Engine::kSqlite, Engine::kPostgres),
                         [](const ::testing::TestParamInfo<Engine>& param) {
                           return param.param == Engine::kSqlite ? "SQLite" : "PostgreSQL";
                         });

}  // namespace
}  // namespace vigil::store
