// DayDeduplicator: one event per (source, target, code, day) across documents.
#include <gtest/gtest.h>

#include "vigil/dedup.h"

namespace vigil::events {
namespace {

EventRecord event(const std::string& doc, const std::string& src, const std::string& tgt,
                  const std::string& code, const std::string& day) {
  EventRecord r;
  r.doc_id = doc;
  r.source.code = src;
  if (!tgt.empty()) r.target = ActorOut{tgt, "", "", ""};
  r.cameo = code;
  r.event_date = day;
  return r;
}

TEST(DayDeduplicator, CountsDocumentsAndSourcesPerDay) {
  DayDeduplicator d;
  d.add(event("a", "CAN", "CHN", "111", "2020-05-28"), "Reuters");
  d.add(event("b", "CAN", "CHN", "111", "2020-05-28"), "AFP");
  d.add(event("c", "CAN", "CHN", "111", "2020-05-28"), "AFP");
  d.add(event("c", "CAN", "CHN", "111", "2020-05-29"), "AFP");  // another day
  d.add(event("d", "CAN", "CHN", "112", "2020-05-28"), "AFP");  // another code
  d.add(event("e", "CAN", "", "111", "2020-05-28"), "AFP");     // no target
  ASSERT_EQ(d.entries().size(), 4u);
  EXPECT_EQ(d.entries()[0].documents.size(), 3u);
  EXPECT_EQ(d.entries()[0].sources.size(), 2u);
  EXPECT_EQ(d.entries()[0].first.doc_id, "a");
  EXPECT_EQ(d.entries()[1].first.event_date, "2020-05-29");
  EXPECT_FALSE(d.entries()[3].first.target.has_value());
}

// Under --all, "Canada could condemn China" is not the condemnation another document
// reports: it neither takes the entry's place nor counts as one of its documents.
TEST(DayDeduplicator, ModalitiesAreNotMerged) {
  DayDeduplicator d;
  EventRecord maybe = event("a", "CAN", "CHN", "111", "2020-05-28");
  maybe.modality = "hypothetical";
  EventRecord done = event("b", "CAN", "CHN", "111", "2020-05-28");
  done.modality = "asserted";
  d.add(maybe, "Reuters");
  d.add(done, "AFP");
  ASSERT_EQ(d.entries().size(), 2u);
  EXPECT_EQ(d.entries()[1].first.modality, "asserted");
  EXPECT_EQ(d.entries()[1].documents, std::set<std::string>{"b"});
}

}  // namespace
}  // namespace vigil::events
