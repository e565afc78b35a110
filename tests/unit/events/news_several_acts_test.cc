// Sentences that hold several acts (GUIDE rule 8): each act is coded with its own roles.
// One case per mechanism, with vigil's own dictionaries (data/) and parser, in sentences
// written by us. Each case names an event that must appear ("SRC TGT CODE modality",
// target "-" when none) or, prefixed with '!', one that must not.
#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

struct Case {
  const char* name;
  const char* text;
  const char* expected;
};

const Case kCases[] = {
    // A gerund clause with no subject after "while", "after" ..., set off by the sentence's
    // last comma, is a second act of the sentence's subject, not a remark to drop.
    {"comma_while_gerund_is_the_subjects_act",
     "Norway called for calm in Kenya on Monday, while urging Kenyan protesters to leave the "
     "square.",
     "NOR KENCVL 0252 asserted"},
    {"comma_after_gerund_is_the_subjects_act",
     "Norway condemned the arrests on Monday, after meeting Kenyan officials in Oslo.",
     "NOR KENGOV 040 asserted"},
    // The clause modifies the sentence's last verb phrase even when other phrases stand
    // between them ("called for X to ... and for Y, while urging Z").
    {"while_gerund_after_a_list_of_appeals",
     "Norway called for Kenyan police to respect the law and for an inquiry into the deaths, "
     "while urging Kenyan protesters to leave the square.",
     "NOR KENCVL 0252 asserted"},
    // Each gerund of a coordination after the subordinator is the subject's act.
    {"coordinated_gerunds_share_the_subject",
     "Norway called for Kenyan police to respect the law and for an inquiry into the deaths, "
     "while urging Kenyan protesters to leave the square and praising Kenyan judges.",
     "NOR KENJUD 051 asserted"},
    // Tagger: an -ing word after "while", "after" ... before a name is a gerund with its
    // object, not an adjective ("after accusing Uganda").
    {"gerund_before_a_name_after_a_conjunction",
     "Kenya expelled the Ugandan envoy after accusing Uganda of meddling.",
     "KEN UGA 1123 asserted"},
    // Tagger: a noun-or-verb word after a gerund after a preposition is the gerund's object
    // ("in using force"), not a verb phrase of its own (the tag: tagger_test.cc).
    {"gerund_object_after_a_preposition",
     "Norway called for Kenyan police to show restraint in using force and for an inquiry "
     "into the deaths, while urging Kenyan protesters to leave the square.",
     "NOR KENCVL 0252 asserted"},
};

// vigil's own dictionaries and data, loaded once per modality setting.
const Pipeline& own_pipeline(bool all_modalities) {
  static std::shared_ptr<const Pipeline> pipelines[2];
  std::shared_ptr<const Pipeline>& p = pipelines[all_modalities ? 1 : 0];
  if (!p) {
    PipelineConfig config;
    config.data_dir = VIGIL_DATA_DIR;
    config.include_all_modalities = all_modalities;
    auto created = Pipeline::create(config);
    if (!created.ok()) ADD_FAILURE() << created.status().to_string();
    p = created.value();
  }
  return *p;
}

// The events of one document published on Friday 4 March 2022.
std::vector<EventRecord> code_text(const std::string& text, bool all_modalities = false) {
  Document doc;
  doc.id = "n";
  doc.date = "2022-03-04";
  doc.text = text;
  DocumentCoder coder(own_pipeline(all_modalities));
  return coder.code(doc);
}

class NewsSeveralActs : public ::testing::TestWithParam<Case> {};

TEST_P(NewsSeveralActs, Codes) {
  const Case& c = GetParam();
  std::vector<std::string> got;
  std::string want = c.expected;
  for (const EventRecord& e : code_text(c.text, /*all_modalities=*/true))
    got.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                  e.modality);
  const bool absent = !want.empty() && want[0] == '!';
  if (absent) want.erase(0, 1);
  const bool present = std::find(got.begin(), got.end(), want) != got.end();
  EXPECT_EQ(present, !absent) << c.text << "\n  " << (absent ? "must not give: " : "must give: ")
                              << want << "\n  got: " << ::testing::PrintToString(got);
}

INSTANTIATE_TEST_SUITE_P(Cases, NewsSeveralActs, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& info) {
                           return std::string(info.param.name);
                         });

}  // namespace
}  // namespace vigil::events
