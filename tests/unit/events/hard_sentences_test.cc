// Hard sentences for negation, modality and coreference, written by us, run through the
// whole pipeline (vigil's own parser) with the fictional test dictionary, one test per
// sentence (issue 9: a regression names its sentence; no percentage floor). Exact: every
// case passes or is listed, with its reason, in kKnownGaps, and a listed gap that starts
// passing fails (remove it from the list).
#include <gtest/gtest.h>

#include <algorithm>
#include <cctype>
#include <map>
#include <memory>
#include <string>

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
    {"Norland failed to meet Sudmark.", "NOR SUD 036 negated"},
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
    // (A protest with no target named is against the protesters' government, never
    // against the owner of another law named earlier.)
    {"Sudmark met Ostria. Ostria protesters protested the legislation.", "OSTCVL OSTGOV 141 asserted"},
    {"Sudmark's new security law angered Ostria. Norland condemned the security law.", "NOR SUD 111 asserted"},
    {"Sudmark's new security law angered Ostria. Ostria protesters protested the anthem bill.", "OSTCVL OSTGOV 141 asserted"},
    {"Ostria protesters protested. Norland police responded with tear gas.", "NORCOP OSTCVL 175 asserted"},
    // Known gaps (kKnownGaps says why)
    {"Neither Norland nor Sudmark condemned Ostria.", "NOR OST 111 negated"},
    {"Norland denied that it had condemned Sudmark.", "NOR SUD 111 negated"},
    {"If Norland condemns Sudmark, Ostria will protest.", "NOR SUD 111 hypothetical"},
    {"Norland and Ostria met. Both condemned Sudmark.", "NOR SUD 111 asserted"},
    {"Norland, which met Ostria, condemned Sudmark.", "NOR SUD 111 asserted"},
    {"Sudmark said Norland had condemned it.", "NOR SUD 111 asserted"},
    // Nothing
    {"It would also allow Norland to meet Sudmark.", ""},
    {"Norland and Sudmark.", ""},
    {"Norland condemned Sudmark. Ostria read its horoscope.", ""},  // a story discard
};

// Sentences vigil does not code right yet, by their text, with why.
const std::map<std::string, std::string> kKnownGaps = {
    {"Neither Norland nor Sudmark condemned Ostria.",
     "'neither ... nor' does not negate: both condemnations are asserted"},
    {"Norland denied that it had condemned Sudmark.",
     "an act said to be denied is asserted (only 'refused to' and negations are read)"},
    {"If Norland condemns Sudmark, Ostria will protest.",
     "a condition ('if') is not read as hypothetical"},
    {"Norland and Ostria met. Both condemned Sudmark.",
     "'both' is not resolved to the two actors named before"},
    {"Norland, which met Ostria, condemned Sudmark.",
     "a relative clause between subject and verb: no event at all"},
    {"Sudmark said Norland had condemned it.",
     "'it' is not resolved to the reporting subject"},
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

// One test per sentence, so a regression names the sentence it broke.
class HardSentences : public ::testing::TestWithParam<Case> {
 protected:
  static void SetUpTestSuite() {
    PipelineConfig config;
    config.data_dir = VIGIL_DATA_DIR;
    config.dictionary_dir = std::string(VIGIL_TEST_DATA_DIR) + "/golden/coder";
    config.include_all_modalities = true;
    auto created = Pipeline::create(config);
    ASSERT_TRUE(created.ok()) << created.status().to_string();
    pipeline_ = created.value();
  }
  static void TearDownTestSuite() { pipeline_.reset(); }
  static std::shared_ptr<const Pipeline> pipeline_;
};
std::shared_ptr<const Pipeline> HardSentences::pipeline_;

TEST_P(HardSentences, Codes) {
  const Case& c = GetParam();
  const std::vector<std::string> got = code(*pipeline_, c.text);
  const std::string want = c.expected;
  const bool passes =
      want.empty() ? std::none_of(got.begin(), got.end(),
                                  [](const std::string& e) {
                                    return e.find("asserted") != std::string::npos;
                                  })
                   : std::find(got.begin(), got.end(), want) != got.end();
  const auto gap = kKnownGaps.find(c.text);
  if (gap != kKnownGaps.end()) {
    EXPECT_FALSE(passes) << c.text << "\n  is listed as a known gap (" << gap->second
                         << ") but now passes: remove it from kKnownGaps";
    return;
  }
  EXPECT_TRUE(passes) << c.text << "\n  want: " << (want.empty() ? "nothing asserted" : want)
                      << "\n  got: " << ::testing::PrintToString(got);
}

// Every known gap names a case.
TEST(HardSentencesGaps, EveryGapNamesACase) {
  for (const auto& [text, reason] : kKnownGaps)
    EXPECT_TRUE(std::any_of(std::begin(kCases), std::end(kCases),
                            [&text = text](const Case& c) { return text == c.text; }))
        << "known gap names no case: " << text;
}

// The test's name is the sentence's words ("Norland_did_not_condemn_Sudmark"), with the
// case's index added when another case has the same sentence.
std::string case_name(size_t index) {
  std::string name;
  for (const char* p = kCases[index].text; *p != '\0'; ++p) {
    const unsigned char ch = static_cast<unsigned char>(*p);
    if (std::isalnum(ch) != 0) name += static_cast<char>(ch);
    else if (!name.empty() && name.back() != '_') name += '_';
  }
  while (!name.empty() && name.back() == '_') name.pop_back();
  for (size_t k = 0; k < index; ++k)
    if (std::string(kCases[k].text) == kCases[index].text) return name + "_" + std::to_string(index);
  return name;
}

INSTANTIATE_TEST_SUITE_P(Sentences, HardSentences, ::testing::ValuesIn(kCases),
                         [](const ::testing::TestParamInfo<Case>& param) {
                           return case_name(param.index);
                         });

}  // namespace
}  // namespace vigil::events
