// The JSON Lines writer: every field of a record, nulls, escapes, and the --dedup day
// counts, each compared with the exact line.
#include "vigil/jsonl.h"

#include <gtest/gtest.h>

namespace vigil::output {
namespace {

events::EventRecord bare() {
  events::EventRecord r;
  r.doc_id = "d1";
  r.sentence_index = 2;
  r.sentence = "Canada condemned China.";
  r.source = {"CAN", "CAN", "", "CANADA"};
  r.cameo = "111";
  r.cameo_root = "11";
  r.verb = "CONDEMNED";
  r.evidence_begin = 10;
  r.evidence_end = 33;
  return r;
}

constexpr const char* kBare =
    R"({"doc_id": "d1", "sentence_index": 2, "sentence": "Canada condemned China.", )"
    R"("date": null, "event_date": null, )"
    R"("source": {"code": "CAN", "country": "CAN", "sector": null, "text": "CANADA"}, )"
    R"("target": null, "cameo": "111", "cameo_root": "11", "goldstein": null, )"
    R"("quad_class": null, "plover": null, "quote": null, "location": null, )"
    R"("evidence": {"begin": 10, "end": 33, "verb": "CONDEMNED", "pattern": null, )"
    R"("implied": null, "mentions": [], "rule": null, "source_entry": null, )"
    R"("target_entry": null}, "modality": "asserted", "mentions": 1, )"
    R"("joint": null})";

TEST(JsonlWriter, BareRecordWritesNulls) { EXPECT_EQ(to_json(bare()), kBare); }

TEST(JsonlWriter, EveryField) {
  events::EventRecord r = bare();
  r.date = "2020-05-28";
  r.event_date = "2020-05";
  r.target = events::ActorOut{"CHNGOV", "CHN", "GOV", "CHINA"};
  r.goldstein = -2;
  r.quad_class = 3;
  r.plover_event = "ACCUSE";
  r.plover_mode = "disapprove";
  r.quote_speaker = "Trudeau";
  r.quote_text = "We condemn it";
  r.location_name = "Ottawa";
  r.location_country = "CAN";
  r.location_lat = 45.42153;
  r.location_lon = -75.69719;
  r.pattern = "* CHINA";
  r.implied_role = "target";
  r.mentions = 2;
  r.mention_spans = {{2, 10, 33}, {5, 80, 120}};
  r.joint = "2.1";
  r.rule_at = "verbs/cameo.verbs.txt:812";
  r.source_entry = {"CANADA", "actors/countries.actors.txt:40"};
  r.target_entry = {"CHINA", "actors/countries.actors.txt:52"};
  EXPECT_EQ(to_json(r),
            R"({"doc_id": "d1", "sentence_index": 2, "sentence": "Canada condemned China.", )"
            R"("date": "2020-05-28", "event_date": "2020-05", )"
            R"("source": {"code": "CAN", "country": "CAN", "sector": null, "text": "CANADA"}, )"
            R"("target": {"code": "CHNGOV", "country": "CHN", "sector": "GOV", "text": )"
            R"("CHINA"}, "cameo": "111", "cameo_root": "11", "goldstein": -2.0, )"
            R"("quad_class": 3, "plover": {"event": "ACCUSE", "mode": "disapprove"}, )"
            R"("quote": {"speaker": "Trudeau", "text": "We condemn it"}, )"
            R"("location": {"name": "Ottawa", "country": "CAN", "lat": 45.4215, )"
            R"("lon": -75.6972}, "evidence": {"begin": 10, "end": 33, "verb": "CONDEMNED", )"
            R"("pattern": "* CHINA", "implied": "target", "mentions": [{"sentence_index": )"
            R"(2, "begin": 10, "end": 33}, {"sentence_index": 5, "begin": 80, "end": 120}], )"
            R"("rule": "verbs/cameo.verbs.txt:812", "source_entry": {"root": "CANADA", "at": )"
            R"("actors/countries.actors.txt:40"}, "target_entry": {"root": "CHINA", "at": )"
            R"("actors/countries.actors.txt:52"}}, )"
            R"("modality": "asserted", "mentions": 2, "joint": "2.1"})");
}

TEST(JsonlWriter, LocationWithoutCoordinates) {
  events::EventRecord r = bare();
  r.location_name = "the capital";
  const std::string json = to_json(r);
  EXPECT_NE(json.find(R"("location": {"name": "the capital", "country": null, "lat": null, )"
                      R"("lon": null})"),
            std::string::npos)
      << json;
}

TEST(JsonlWriter, DedupEntryAddsDocumentsAndSources) {
  events::DayDeduplicator::Entry entry{bare(), {"d1", "d2", "d3"}, {"Reuters", "AFP"}};
  std::string expected = kBare;
  expected.pop_back();
  expected += R"(, "documents": 3, "sources": 2})";
  EXPECT_EQ(to_json(entry), expected);
}

TEST(JsonlWriter, StringsAreEscaped) {
  std::string out;
  const char raw[] =
      "a\"b\\c\nd\te\x01"
      "f\0g";  // 13 bytes, a NUL among them
  append_string(out, std::string_view(raw, sizeof raw - 1));
  EXPECT_EQ(out, R"("a\"b\\c\nd\te\u0001f\u0000g")");
  out.clear();
  append_string(out, "");
  EXPECT_EQ(out, R"("")");
  out.clear();
  append_string_or_null(out, "");
  EXPECT_EQ(out, "null");
  out.clear();
  append_string_or_null(out, "x");
  EXPECT_EQ(out, R"("x")");
}

}  // namespace
}  // namespace vigil::output
