// vigil::Engine: opening, one document, many in input order, the bounded ordered stream,
// quotations, reading a document line and the data folder lookup.
#include <gtest/gtest.h>

#include <cstdlib>
#include <memory>
#include <optional>
#include <stdexcept>
#include <string>
#include <vector>

#include "vigil/vigil.h"

namespace {

using vigil::CodedResult;
using vigil::Document;
using vigil::Engine;

const Engine& engine() {
  static const Engine* e = [] {
    vigil::EngineOptions options;
    options.data_dir = VIGIL_DATA_DIR;
    auto opened = Engine::open(options);
    if (!opened.ok()) throw std::runtime_error(opened.status().to_string());
    return new Engine(std::move(opened).value());
  }();
  return *e;
}

Document doc(std::string id, std::string text) {
  Document d;
  d.id = std::move(id);
  d.date = "2020-06-01";
  d.text = std::move(text);
  return d;
}

// Documents whose events differ from one to the next, so that any reordering shows.
std::vector<Document> many_documents(size_t n) {
  const char* sources[] = {"Canada", "France", "Japan", "Brazil", "Kenya"};
  const char* targets[] = {"China", "Russia", "Iran"};
  std::vector<Document> docs;
  for (size_t i = 0; i < n; ++i) {
    docs.push_back(doc("d" + std::to_string(i), std::string(sources[i % 5]) + " condemned " +
                                                    targets[i % 3] + ". It was the " +
                                                    std::to_string(i) + "th statement."));
  }
  return docs;
}

std::vector<std::string> lines(const std::vector<CodedResult>& results) {
  std::vector<std::string> out;
  for (const CodedResult& r : results)
    for (const auto& e : r.events) out.push_back(vigil::to_json(e));
  return out;
}

// A coder shares ownership of its pipeline: kept after the Engine (or the shared_ptr it
// was made from) is gone, as a binding or a cache may keep one, it still codes.
TEST(Engine, CodersKeepTheirPipelineAlive) {
  vigil::EngineOptions options;
  options.data_dir = VIGIL_DATA_DIR;
  std::weak_ptr<const vigil::events::Pipeline> watched;
  std::optional<vigil::events::DocumentCoder> coder;
  {
    auto opened = Engine::open(options);
    ASSERT_TRUE(opened.ok()) << opened.status().to_string();
    watched = opened.value().pipeline();
    coder.emplace(*opened.value().pipeline());  // from a reference: still shared
  }
  ASSERT_FALSE(watched.expired()) << "the coder keeps the pipeline";
  const auto events = coder->code(doc("alive", "Canada condemned China."));
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].cameo, "111");
  coder.reset();
  EXPECT_TRUE(watched.expired()) << "and nothing else does";
}

TEST(Engine, OpenReportsWhatIsWrong) {
  vigil::EngineOptions options;
  options.petrarch_config = "/nonexistent/PETR_config.ini";
  auto opened = Engine::open(options);
  ASSERT_FALSE(opened.ok());
  EXPECT_NE(opened.status().to_string().find("/nonexistent/PETR_config.ini"), std::string::npos)
      << opened.status().to_string();
}

TEST(Engine, DataFolderIsVigilDataElseTheSourceTree) {
  const char* saved = std::getenv("VIGIL_DATA");
  const std::string kept = saved ? saved : "";
  setenv("VIGIL_DATA", "/somewhere/data", 1);
  EXPECT_EQ(vigil::default_data_dir(), "/somewhere/data");
  setenv("VIGIL_DATA", "", 1);
  EXPECT_EQ(vigil::default_data_dir(), VIGIL_DATA_DIR);
  unsetenv("VIGIL_DATA");
  EXPECT_EQ(vigil::default_data_dir(), VIGIL_DATA_DIR);
  if (saved) setenv("VIGIL_DATA", kept.c_str(), 1);
  EXPECT_GE(vigil::default_threads(), 1);
}

TEST(Engine, CodesOneDocument) {
  const CodedResult r = engine().code(doc("a", "Canada condemned China."));
  ASSERT_EQ(r.events.size(), 1u);
  EXPECT_EQ(r.events[0].doc_id, "a");
  EXPECT_EQ(r.events[0].source.code, "CAN");
  ASSERT_TRUE(r.events[0].target.has_value());
  EXPECT_EQ(r.events[0].target->code, "CHN");
  EXPECT_EQ(r.events[0].cameo, "111");
  EXPECT_EQ(r.sentences, 1u);
  EXPECT_TRUE(r.notes.empty());
}

// What reading found (an impossible date, dropped) and what coding found (a sentence with
// no end, coded in pieces) come back with the events, with nothing else, in that order.
TEST(Engine, DiagnosticsComeBackWithTheEvents) {
  std::string text = "Canada condemned China";
  while (text.size() < 6000) text += " and the words went on";
  auto read = vigil::read_document(R"({"id": "diag", "date": "2021-02-29", "text": ")" + text +
                                   R"("})");
  ASSERT_TRUE(read.ok()) << read.status().to_string();
  const CodedResult r = engine().code(read.value());
  ASSERT_EQ(r.diagnostics.size(), 2u);
  EXPECT_EQ(r.diagnostics[0],
            "date \"2021-02-29\" is not a day of the calendar (year 1-9999, month 1-12, day "
            "within the month); the document has no date");
  EXPECT_EQ(r.diagnostics[1],
            "1 sentence is longer than 5000 bytes or 100 commas (no sentence end); coded in "
            "pieces");
  EXPECT_EQ(r.notes, std::vector<std::string>{r.diagnostics[1]});
  EXPECT_TRUE(engine().code(doc("clean", "Canada condemned China.")).diagnostics.empty());
}

// Provenance: the dictionary line of the rule and the actor entries that named both sides.
TEST(Engine, EventsSayWhichDictionaryLinesGaveThem) {
  const CodedResult r = engine().code(doc("prov", "Canada condemned China."));
  ASSERT_EQ(r.events.size(), 1u);
  const auto& e = r.events[0];
  EXPECT_EQ(e.rule_at.rfind("verbs/vigil.verbs.txt:", 0), 0u) << e.rule_at;
  EXPECT_EQ(e.source_entry.root, "CANADA");
  EXPECT_EQ(e.source_entry.at.rfind("actors/countries.actors.txt:", 0), 0u) << e.source_entry.at;
  EXPECT_EQ(e.target_entry.root, "CHINA");
  EXPECT_EQ(e.target_entry.at.rfind("actors/countries.actors.txt:", 0), 0u) << e.target_entry.at;
  EXPECT_NE(vigil::to_json(e).find(R"("source_entry": {"root": "CANADA", "at": "actors/)"),
            std::string::npos);
}

TEST(Engine, CopiesShareTheOpenedDataAndOutliveTheOriginal) {
  std::optional<Engine> copy;
  {
    vigil::EngineOptions options;
    options.data_dir = VIGIL_DATA_DIR;
    auto opened = Engine::open(options);
    ASSERT_TRUE(opened.ok());
    copy.emplace(opened.value());
    EXPECT_EQ(copy->pipeline().get(), opened.value().pipeline().get());
  }
  EXPECT_EQ(copy->code(doc("a", "Canada condemned China.")).events.size(), 1u);
}

TEST(Engine, CodeManyGivesInputOrderWhateverTheThreads) {
  const std::vector<Document> docs = many_documents(40);
  std::vector<CodedResult> one;
  for (const Document& d : docs) one.push_back(engine().code(d));
  ASSERT_EQ(lines(one).size(), 40u);
  for (int threads : {1, 2, 3, 8}) {
    const std::vector<CodedResult> got = engine().code_many(docs, threads);
    ASSERT_EQ(got.size(), docs.size()) << threads;
    for (size_t i = 0; i < docs.size(); ++i) {
      ASSERT_EQ(got[i].events.size(), 1u);
      EXPECT_EQ(got[i].events[0].doc_id, docs[i].id) << threads;
    }
    EXPECT_EQ(lines(got), lines(one)) << threads;
  }
  EXPECT_TRUE(engine().code_many({}, 4).empty());
}

TEST(Engine, StreamHoldsAtMostTheWindowInFlightAndEmitsInOrder) {
  const std::vector<Document> docs = many_documents(60);
  vigil::StreamOptions options;
  options.threads = 3;
  options.window_documents = 4;
  size_t next = 0, in_flight = 0, most_in_flight = 0;
  std::vector<std::string> emitted;
  const vigil::Status status = engine().code_stream(
      [&](Document& d) {
        if (next == docs.size()) return false;
        d = docs[next++];
        most_in_flight = std::max(most_in_flight, ++in_flight);
        return true;
      },
      [&](Document&& d, CodedResult&& r) {
        --in_flight;
        ASSERT_EQ(r.events.size(), 1u);
        EXPECT_EQ(r.events[0].doc_id, d.id);
        emitted.push_back(d.id);
      },
      options);
  ASSERT_TRUE(status.ok()) << status.to_string();
  ASSERT_EQ(emitted.size(), docs.size());
  for (size_t i = 0; i < docs.size(); ++i) EXPECT_EQ(emitted[i], docs[i].id);
  EXPECT_LE(most_in_flight, 4u);
  EXPECT_EQ(in_flight, 0u);
}

TEST(Engine, StreamBytesWindowLetsOneLargeDocumentThrough) {
  const std::vector<Document> docs = many_documents(10);
  vigil::StreamOptions options;
  options.threads = 2;
  options.window_bytes = 1;  // every document is over it: one at a time
  size_t next = 0, in_flight = 0, most_in_flight = 0, emitted = 0;
  const vigil::Status status = engine().code_stream(
      [&](Document& d) {
        if (next == docs.size()) return false;
        d = docs[next++];
        most_in_flight = std::max(most_in_flight, ++in_flight);
        return true;
      },
      [&](Document&&, CodedResult&&) {
        --in_flight;
        ++emitted;
      },
      options);
  ASSERT_TRUE(status.ok());
  EXPECT_EQ(emitted, docs.size());
  EXPECT_EQ(most_in_flight, 1u);
}

TEST(Engine, StreamStopsWhenACallbackThrows) {
  const std::vector<Document> docs = many_documents(30);
  vigil::StreamOptions options;
  options.threads = 2;
  size_t next = 0, emitted = 0;
  const vigil::Status status = engine().code_stream(
      [&](Document& d) {
        if (next == docs.size()) return false;
        d = docs[next++];
        return true;
      },
      [&](Document&&, CodedResult&&) {
        if (emitted == 3) throw std::runtime_error("disk full");
        ++emitted;
      },
      options);
  ASSERT_FALSE(status.ok());
  EXPECT_EQ(status.message(), "writing results: disk full");
  EXPECT_EQ(emitted, 3u);

  next = 0;
  const vigil::Status reading = engine().code_stream(
      [&](Document& d) {
        if (next == 2) throw std::runtime_error("connection lost");
        d = docs[next++];
        return true;
      },
      [&](Document&&, CodedResult&&) {}, options);
  ASSERT_FALSE(reading.ok());
  EXPECT_EQ(reading.message(), "reading documents: connection lost");
}

TEST(Engine, QuotationsWithTheirSpeakers) {
  const Document d = doc("q", "\xE2\x80\x9CWe will keep marching,\xE2\x80\x9D said Alex Neve, secretary "
                              "general of Amnesty International. Critics called it a \xE2\x80\x9Cso-called\xE2\x80\x9D reform.");
  const std::vector<vigil::Quotation> quotes = engine().quotes(d);
  ASSERT_GE(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].doc_id, "q");
  EXPECT_EQ(quotes[0].text, "We will keep marching");
  EXPECT_EQ(d.text.substr(quotes[0].begin, quotes[0].end - quotes[0].begin), quotes[0].text);
  EXPECT_EQ(quotes[0].kind, vigil::discourse::QuoteKind::kFull);
  EXPECT_EQ(quotes[0].speaker, "Alex Neve");
  EXPECT_EQ(quotes[0].speaker_code, "NGO") << vigil::to_json(quotes[0]);
  EXPECT_EQ(vigil::to_json(quotes[0]),
            "{\"doc_id\": \"q\", \"text\": \"We will keep marching\", \"kind\": \"full\", "
            "\"speaker\": \"Alex Neve\", \"speaker_role\": \"secretary general\", "
            "\"speaker_org\": \"Amnesty International\", \"speaker_code\": \"NGO\", "
            "\"begin\": 3, \"end\": 24}");
  // Asked for by kind: only that kind.
  for (const vigil::Quotation& q : engine().quotes(d, {vigil::discourse::QuoteKind::kPartial}))
    EXPECT_EQ(q.kind, vigil::discourse::QuoteKind::kPartial);
}

TEST(ReadDocument, ReadsAsVigilCodeReadsItsInput) {
  auto d = vigil::read_document(R"({"id": "x", "text": "Hello.", "date": "1 June 2020", "source": "BBC"})");
  ASSERT_TRUE(d.ok()) << d.status().to_string();
  EXPECT_EQ(d.value().id, "x");
  EXPECT_EQ(d.value().date, "2020-06-01");
  EXPECT_EQ(d.value().source, "BBC");
  EXPECT_TRUE(d.value().diagnostics.empty());

  auto undated = vigil::read_document(R"({"id": "x", "text": "Hello.", "date": "06/01/2020"})");
  ASSERT_TRUE(undated.ok());
  EXPECT_EQ(undated.value().date, "");
  ASSERT_EQ(undated.value().diagnostics.size(), 1u);

  auto no_text = vigil::read_document(R"({"id": "x"})");
  ASSERT_FALSE(no_text.ok());
  EXPECT_EQ(no_text.status().message(), "missing string field \"text\"");
  EXPECT_FALSE(vigil::read_document("").ok());
  EXPECT_FALSE(vigil::read_document("{\"id\": \"a\", \"text\": \"b\"}\n{}").ok());
}

}  // namespace
