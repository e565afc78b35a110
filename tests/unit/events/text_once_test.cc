// Issue 9, "text once": the event pipeline reads the document's analysis (one splitter,
// one place list, one dateline reader). One case per named fix, in sentences of our own,
// with vigil's own dictionaries (data/) and parser.
#include <gtest/gtest.h>

#include <memory>
#include <string>
#include <vector>

#include "news_case.h"
#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

// vigil's own dictionaries, all modalities (the news tests' loader).
const Pipeline& pipeline() { return news::own_pipeline(/*all_modalities=*/true); }

// "SRC TGT CODE @ PLACE" per event.
std::vector<std::string> code(const std::string& text) {
  Document doc;
  doc.id = "t";
  doc.date = "2021-05-10";
  doc.text = text;
  DocumentCoder coder(pipeline());
  std::vector<std::string> out;
  for (const EventRecord& e : coder.code(doc))
    out.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " @ " +
                  e.location_name);
  return out;
}

bool has(const std::vector<std::string>& events, const std::string& event) {
  for (const std::string& e : events)
    if (e == event) return true;
  return false;
}

// "through" was a place preposition for the pipeline but not for the place reader.
TEST(TextOnce, MarchThroughACityIsThere) {
  const auto events = code("Thousands of Hungarian protesters marched through Budapest on Sunday.");
  EXPECT_TRUE(has(events, "HUNCVL HUNGOV 141 @ Budapest")) << ::testing::PrintToString(events);
}

// A route locates the event but is neither its target nor its actors' country.
TEST(TextOnce, ARouteIsNoTarget) {
  const auto events = code("Zambia halted its copper exports through South Africa.");
  EXPECT_TRUE(has(events, "ZMB ZAF 163 @ South Africa")) << ::testing::PrintToString(events);
}

// Places are read once per document: "the city" is the city an earlier sentence named.
// (Read sentence by sentence, the second event was placed in Kenya only.)
TEST(TextOnce, TheCityIsTheCityNamedBefore) {
  const auto events = code(
      "Protesters gathered in Kisumu on Monday. Kenyan police fired tear gas at the protesters "
      "in the city.");
  EXPECT_TRUE(has(events, "KENCOP KENCVL 175 @ Kisumu")) << ::testing::PrintToString(events);
}

}  // namespace
}  // namespace vigil::events
