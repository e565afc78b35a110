// Whole documents from raw text with vigil's own parser and a fictional dictionary
// (tests/golden/coder): modality, coreference, dates, places, quotes, appeals, dedup.
// Hard cases written by us; the pass count is reported in docs/status.md.
#include <gtest/gtest.h>

#include <algorithm>

#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

const Pipeline& pipeline(bool all) {
  static std::shared_ptr<const Pipeline> with_all, asserted_only;
  auto& slot = all ? with_all : asserted_only;
  if (!slot) {
    PipelineConfig config;
    config.data_dir = VIGIL_DATA_DIR;
    config.dictionary_dir = std::string(VIGIL_TEST_DATA_DIR) + "/golden/coder";
    config.include_all_modalities = all;
    auto p = Pipeline::create(config);
    if (!p.ok()) ADD_FAILURE() << p.status().to_string();
    slot = p.value();
  }
  return *slot;
}

// "SRC TGT CODE modality date" per event.
std::vector<std::string> code(const std::string& text, bool all = false,
                              const std::string& date = "2020-06-01") {
  Document doc;
  doc.id = "t";
  doc.date = date;
  doc.text = text;
  DocumentCoder coder(pipeline(all));
  std::vector<std::string> out;
  for (const EventRecord& e : coder.code(doc))
    out.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                  e.modality + " " + e.event_date);
  return out;
}

using V = std::vector<std::string>;

TEST(Document, PlainAssertion) {
  EXPECT_EQ(code("Norland condemned Sudmark."), V{"NOR SUD 111 asserted 2020-06-01"});
}

TEST(Document, NegationIsKeptOutByDefault) {
  EXPECT_TRUE(code("Norland did not condemn Sudmark.").empty());
  EXPECT_EQ(code("Norland did not condemn Sudmark.", true), V{"NOR SUD 111 negated 2020-06-01"});
  EXPECT_EQ(code("Norland never condemned Sudmark.", true), V{"NOR SUD 111 negated 2020-06-01"});
}

TEST(Document, ModalsAreHypothetical) {
  for (const char* modal : {"would", "could", "may", "might", "should"}) {
    const std::string text = std::string("Norland ") + modal + " condemn Sudmark.";
    EXPECT_TRUE(code(text).empty()) << text;
    EXPECT_EQ(code(text, true), V{"NOR SUD 111 hypothetical 2020-06-01"}) << text;
  }
}

TEST(Document, FutureWithWillIsAsserted) {
  EXPECT_EQ(code("Norland will meet Sudmark.").size(), 2u);  // paired code: both directions
}

TEST(Document, RelativeDates) {
  EXPECT_EQ(code("On Thursday, Norland condemned Sudmark."), V{"NOR SUD 111 asserted 2020-05-28"});
  EXPECT_EQ(code("Last year, Norland condemned Sudmark."), V{"NOR SUD 111 asserted 2019"});
  EXPECT_EQ(code("Yesterday Norland condemned Sudmark."), V{"NOR SUD 111 asserted 2020-05-31"});
}

TEST(Document, PronounTakesTheLastSource) {
  V got = code("Helga Voss met Ostria. She condemned Sudmark.", false, "2019-06-01");
  EXPECT_NE(std::find(got.begin(), got.end(), "SUDGOV SUD 111 asserted 2019-06-01"), got.end())
      << ::testing::PrintToString(got);
}

TEST(Document, DefiniteGovernmentTakesTheLastCountry) {
  V got = code("Norland condemned Sudmark. The government also condemned Ostria.");
  EXPECT_NE(std::find(got.begin(), got.end(), "NORGOV OST 111 asserted 2020-06-01"), got.end())
      << ::testing::PrintToString(got);
}

TEST(Document, QuotedObligationIsTheSpeakersAppeal) {
  Document doc;
  doc.id = "q";
  doc.date = "2019-06-01";
  doc.text = "\xE2\x80\x9CNorland must release the prisoners,\xE2\x80\x9D said Helga Voss.";
  DocumentCoder coder(pipeline(false));
  std::vector<EventRecord> events = coder.code(doc);
  auto appeal = std::find_if(events.begin(), events.end(), [](const EventRecord& e) {
    return e.cameo == "020" && e.target && e.target->code == "NOR";
  });
  ASSERT_NE(appeal, events.end());
  EXPECT_EQ(appeal->source.code, "SUDGOV");
  EXPECT_EQ(appeal->quote_speaker, "Helga Voss");
}

TEST(Document, OneEventPerDocumentWithMentions) {
  Document doc;
  doc.id = "d";
  doc.date = "2020-06-01";
  doc.text = "Norland condemned Sudmark. Norland denounced Sudmark again.";
  DocumentCoder coder(pipeline(false));
  std::vector<EventRecord> events = coder.code(doc);
  ASSERT_EQ(events.size(), 1u);
  EXPECT_EQ(events[0].mentions, 2);
}

}  // namespace
}  // namespace vigil::events
