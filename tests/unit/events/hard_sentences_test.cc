// Hard sentences for negation, modality and coreference, written by us, run through the
// whole pipeline (vigil's own parser) with the fictional test dictionary. The measured
// accuracy is printed ("hard sentences: N/M") and reported in docs/status.md; the test
// asserts a floor below it so that regressions show.
#include <gtest/gtest.h>

#include <algorithm>
#include <cstdio>

#include "vigil/pipeline.h"

namespace vigil::events {
namespace {

struct Case {
  const char* text;
  const char* expected;  // "SRC TGT CODE modality" of one event that must appear, or "" for none
};

// Norland (NOR), Sudmark (SUD), Ostria (OST), Westland (WES); CONDEMN 111, MEET 036,
// ARREST 173, ACCUSE 112; Helga Voss is SUDGOV from mid-2018, Baran Tor NORGOV 2010-15.
const Case kCases[] = {
    // Negation
    {"Norland did not condemn Sudmark.", "NOR SUD 111 negated"},
    {"Norland didn't condemn Sudmark.", "NOR SUD 111 negated"},
    {"Norland never condemned Sudmark.", "NOR SUD 111 negated"},
    {"Norland has not condemned Sudmark.", "NOR SUD 111 negated"},
    {"Norland will not meet Sudmark.", "NOR SUD 036 negated"},
    {"Norland refused to condemn Sudmark.", ""},
    {"Norland condemned Sudmark, not Ostria.", "NOR SUD 111 asserted"},
    // Modality
    {"Norland would condemn Sudmark.", "NOR SUD 111 hypothetical"},
    {"Norland could arrest Sudmark protesters.", "NOR SUDCVL 173 hypothetical"},
    {"Norland may meet Sudmark next week.", "NOR SUD 036 hypothetical"},
    {"Norland might condemn Sudmark.", "NOR SUD 111 hypothetical"},
    {"Norland should condemn Sudmark.", "NOR SUD 111 hypothetical"},
    {"Norland must condemn Sudmark.", "NOR SUD 111 hypothetical"},
    {"Norland can meet Sudmark.", "NOR SUD 036 hypothetical"},
    {"Norland will meet Sudmark.", "NOR SUD 036 asserted"},
    {"Norland met Sudmark on Monday.", "NOR SUD 036 asserted"},
    {"Norland has condemned Sudmark.", "NOR SUD 111 asserted"},
    {"Norland is condemning Sudmark.", "NOR SUD 111 asserted"},
    {"Sudmark was condemned by Norland.", "NOR SUD 111 asserted"},
    {"Sudmark could be condemned by Norland.", "NOR SUD 111 hypothetical"},
    // Coreference
    {"Helga Voss met Ostria. She condemned Sudmark.", "SUDGOV SUD 111 asserted"},
    {"Helga Voss met Ostria. She later condemned Westland.", "SUDGOV WES 111 asserted"},
    {"Norland condemned Sudmark. The government also condemned Ostria.", "NORGOV OST 111 asserted"},
    {"Norland condemned Sudmark. The police arrested Ostria protesters.", "NORCOP OSTCVL 173 asserted"},
    {"Westland met Ostria. They condemned Sudmark.", "WES SUD 111 asserted"},
    {"Norland met Ostria. Norland then condemned Sudmark.", "NOR SUD 111 asserted"},
    // Appeals from obligations said by someone
    {"\xE2\x80\x9CNorland must release the prisoners,\xE2\x80\x9D said Helga Voss.", "SUDGOV NOR 020 asserted"},
    {"\xE2\x80\x9CWestland should act now,\xE2\x80\x9D Helga Voss said.", "SUDGOV WES 020 asserted"},
    // Roles named elsewhere (written together with co_actors.cc and context.cc)
    {"Norland, along with Ostria, condemned Sudmark.", "OST SUD 111 asserted"},
    {"Norland, along with Ostria, condemned Sudmark.", "NOR SUD 111 asserted"},
    {"Alongside Westland, Ostria condemned Sudmark.", "WES SUD 111 asserted"},
    {"Norland condemned Sudmark together with Ostria.", "OST SUD 111 asserted"},
    {"Norland police condemned Ostria. Sudmark protesters were arrested.", "NORCOP SUDCVL 173 asserted"},
    {"Ostria protesters were arrested by Norland police.", "NORCOP OSTCVL 173 asserted"},
    {"Norland police condemned Ostria. Many Sudmark demonstrators faced arrest.", "NORCOP SUDCVL 173 asserted"},
    {"Sudmark's new law angered Ostria. Norland condemned the new legislation.", "NOR SUD 111 asserted"},
    {"Norland condemned Sudmark's decision to close the border. Ostria denounced the move.", "OST SUD 111 asserted"},
    {"Sudmark met Ostria. Ostria protesters protested the legislation.", "OSTCVL - 141 asserted"},
    {"Sudmark's new security law angered Ostria. Norland condemned the security law.", "NOR SUD 111 asserted"},
    {"Sudmark's new security law angered Ostria. Ostria protesters protested the anthem bill.", "OSTCVL - 141 asserted"},
    {"Ostria protesters protested. Norland police responded with tear gas.", "NORCOP OSTCVL 175 asserted"},
    // Nothing
    {"It would also allow Norland to meet Sudmark.", ""},
    {"Norland and Sudmark.", ""},
    {"Norland condemned Sudmark. Ostria read its horoscope.", ""},  // a story discard
};

std::vector<std::string> code(const Pipeline& p, const std::string& text) {
  Document doc;
  doc.id = "h";
  doc.date = "2019-06-01";
  doc.text = text;
  DocumentCoder coder(p);
  std::vector<std::string> out;
  for (const EventRecord& e : coder.code(doc))
    out.push_back(e.source.code + " " + (e.target ? e.target->code : "-") + " " + e.cameo + " " +
                  e.modality);
  return out;
}

TEST(HardSentences, NegationModalityCoreference) {
  PipelineConfig config;
  config.data_dir = VIGIL_DATA_DIR;
  config.dictionary_dir = std::string(VIGIL_TEST_DATA_DIR) + "/golden/coder";
  config.include_all_modalities = true;
  auto pipeline = Pipeline::create(config);
  ASSERT_TRUE(pipeline.ok()) << pipeline.status().to_string();
  size_t passed = 0;
  for (const Case& c : kCases) {
    std::vector<std::string> got = code(*pipeline.value(), c.text);
    const std::string want = c.expected;
    bool ok = want.empty() ? std::none_of(got.begin(), got.end(), [](const std::string& e) {
                               return e.find("asserted") != std::string::npos;
                             })
                           : std::find(got.begin(), got.end(), want) != got.end();
    if (ok) {
      ++passed;
    } else {
      std::printf("  miss: %s\n    want: %s\n    got: %s\n", c.text, want.empty() ? "(nothing asserted)" : want.c_str(),
                  ::testing::PrintToString(got).c_str());
    }
  }
  const size_t total = sizeof(kCases) / sizeof(kCases[0]);
  std::printf("hard sentences: %zu/%zu\n", passed, total);
  EXPECT_GE(passed * 10, total * 7) << "fell below 70%";
}

}  // namespace
}  // namespace vigil::events
