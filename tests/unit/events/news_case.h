// The harness of the news tests (issue 10): a case is a sentence of our own and an event
// that must appear ("SRC TGT CODE modality", target "-" when none; "@N" asks for the
// event's first mention to be sentence N) or, prefixed with '!', one that must not. Cases
// run with vigil's own dictionaries and --all semantics, so modality is visible.
#pragma once

#include <gtest/gtest.h>

#include <algorithm>
#include <memory>
#include <string>
#include <vector>

#include "vigil/pipeline.h"

namespace vigil::events::news {

struct Case {
  const char* name;
  const char* text;
  const char* expected;
};

// vigil's own dictionaries and data, loaded once per modality setting.
inline const Pipeline& own_pipeline(bool all_modalities) {
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
inline std::vector<EventRecord> code_text(const std::string& text, bool all_modalities = false) {
  Document doc;
  doc.id = "n";
  doc.date = "2022-03-04";
  doc.text = text;
  DocumentCoder coder(own_pipeline(all_modalities));
  return coder.code(doc);
}

// Checks one case (see the top of this file).
inline void expect_case(const Case& c) {
  std::vector<std::string> got;
  std::string want = c.expected;
  const bool by_sentence = want.find('@') != std::string::npos;
  for (const EventRecord& e : code_text(c.text, /*all_modalities=*/true))
    got.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                  e.modality + (by_sentence ? "@" + std::to_string(e.sentence_index) : ""));
  const bool absent = !want.empty() && want[0] == '!';
  if (absent) want.erase(0, 1);
  const bool present = std::find(got.begin(), got.end(), want) != got.end();
  EXPECT_EQ(present, !absent) << c.text << "\n  " << (absent ? "must not give: " : "must give: ")
                              << want << "\n  got: " << ::testing::PrintToString(got);
}

// Test names from the cases' names.
inline std::string case_name(const ::testing::TestParamInfo<Case>& info) { return info.param.name; }

}  // namespace vigil::events::news
