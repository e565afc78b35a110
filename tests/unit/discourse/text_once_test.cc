// One list per fact (issue 9, "text once"): where two stages once kept their own copy of a
// word list or a rule and disagreed, each case here is a sentence of one of the two
// readings, and the stages must now agree.
#include <gtest/gtest.h>

#include <string>
#include <string_view>
#include <vector>

#include "vigil/discourse.h"
#include "vigil/nlp.h"

namespace {

namespace vd = vigil::discourse;

std::vector<std::string> split(std::string_view text) {
  std::vector<std::string> out;
  for (const auto& s : vigil::nlp::split_sentences(text))
    out.emplace_back(text.substr(s.begin, s.end - s.begin));
  return out;
}

// Honorifics: the splitter and the speaker reader share one list. "Mme." was in the
// speaker reader's list only, so the splitter cut "Mme. Dupont" in two.
TEST(TextOnce, HonorificsOneList) {
  EXPECT_TRUE(vigil::nlp::is_honorific_abbreviation("mme"));
  EXPECT_TRUE(vigil::nlp::is_honorific_abbreviation("maj"));
  EXPECT_FALSE(vigil::nlp::is_honorific_abbreviation("inc"));
  const auto s = split("Mme. Dupont opened the session. Delegates then voted.");
  ASSERT_EQ(s.size(), 2u);
  EXPECT_EQ(s[0], "Mme. Dupont opened the session.");
}

// Honorifics and their gender: one table in nlp (src/nlp/splitter.cc) gives the splitter
// its abbreviations and the speaker reader its honorifics and their gender ("Mme" and
// "Madam" are a woman's); the speaker reader kept the genders in a list of its own.
TEST(TextOnce, HonorificsGiveTheGenderFromTheOneTable) {
  EXPECT_EQ(vigil::nlp::honorific_gender("mr"), 'm');
  EXPECT_EQ(vigil::nlp::honorific_gender("sir"), 'm');
  EXPECT_EQ(vigil::nlp::honorific_gender("mrs"), 'f');
  EXPECT_EQ(vigil::nlp::honorific_gender("ms"), 'f');
  EXPECT_EQ(vigil::nlp::honorific_gender("mme"), 'f');
  EXPECT_EQ(vigil::nlp::honorific_gender("madam"), 'f');
  EXPECT_EQ(vigil::nlp::honorific_gender("dr"), 0);
  EXPECT_EQ(vigil::nlp::honorific_gender("gen"), 0);
  EXPECT_EQ(vigil::nlp::honorific_gender("miss"), 0);  // not read as an honorific (yet)
  EXPECT_EQ(vigil::nlp::honorific_gender("minister"), 0);
  EXPECT_TRUE(vigil::nlp::is_honorific("madam"));
  EXPECT_TRUE(vigil::nlp::is_honorific("mme"));
  EXPECT_FALSE(vigil::nlp::is_honorific_abbreviation("madam"));  // "Madam." ends a sentence
  EXPECT_FALSE(vigil::nlp::is_honorific_abbreviation("sir"));
}

// "he" is no one an honorific made a woman (and "she" no one it made a man); after a
// title of either ("Dr") the pronoun is the person named.
std::string speaker_of_pronoun(const std::string& honorific, const std::string& pronoun) {
  const std::string text = "Rin Tavo met " + honorific +
                           " Kel Ardo on Friday. Ardo left early.\n\n\"It was useful,\" " +
                           pronoun + " said.";
  const auto quotes = vd::find_quotes(text);
  if (quotes.size() != 1) return "(" + std::to_string(quotes.size()) + " quotes)";
  return quotes[0].speaker;
}

TEST(TextOnce, AnHonorificGivesTheSpeakersGender) {
  for (const char* woman : {"Mme", "Madam", "Mrs", "Ms"}) {
    EXPECT_EQ(speaker_of_pronoun(woman, "he"), "") << woman;
  }
  for (const char* man : {"Mr", "Sir"}) EXPECT_EQ(speaker_of_pronoun(man, "she"), "") << man;
  EXPECT_EQ(speaker_of_pronoun("Dr", "he"), "Kel Ardo");
  EXPECT_EQ(speaker_of_pronoun("Dr", "she"), "Kel Ardo");
}

// Sentences split once: the pipeline hands find_quotes the splitter's sentences that
// DocumentAnalysis read (not its sentences moved past the dateline); the quote reader then
// moves the dateline's sentence its own way and reads what it reads from the text alone.
std::string quotes_as_text(const std::vector<vd::Quote>& quotes) {
  std::string out;
  for (const vd::Quote& q : quotes)
    out += std::to_string(q.begin) + "-" + std::to_string(q.end) + " " + q.speaker + " (" +
           q.speaker_role + ", " + q.speaker_org + ") " + std::to_string(q.speaker_begin) + "-" +
           std::to_string(q.speaker_end) + " kind " + std::to_string(static_cast<int>(q.kind)) +
           (q.partial ? " partial" : "") + "\n";
  return out;
}

TEST(TextOnce, QuotesFromSentencesSplitOnce) {
  const std::string texts[] = {
      "KAMPALA \u2013 \u201cWe stay,\u201d she said. Mme Ana Opio, the mayor, agreed.\n\n"
      "\"It is calm,\" Opio told reporters.",
      "NAIROBI (Reuters) - Police chief Ole Sapit said the march was \"illegal\". He said:\n\n"
      "We will not allow it.",
      "\"Costs will fall,\" Anna Berg was quoted as saying. Berg called it \"a start\"."};
  for (const std::string& text : texts) {
    const vd::DocumentAnalysis analysis(text, nullptr);
    const auto split = vigil::nlp::split_sentences(text);
    ASSERT_EQ(analysis.split_sentences().size(), split.size());
    for (size_t k = 0; k < split.size(); ++k) {
      EXPECT_EQ(analysis.split_sentences()[k].begin, split[k].begin);
      EXPECT_EQ(analysis.split_sentences()[k].end, split[k].end);
    }
    const std::string once = quotes_as_text(vd::find_quotes(text, analysis.split_sentences()));
    EXPECT_FALSE(once.empty()) << text;
    EXPECT_EQ(once, quotes_as_text(vd::find_quotes(text))) << text;
  }
}

const vd::Gazetteer& gazetteer() {
  static const auto g = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
  EXPECT_TRUE(g.ok()) << g.status().to_string();
  return *g.value();
}

// Place prepositions: the place reader and the event pipeline kept two lists, and
// "through" was in the pipeline's only, so "marched through Budapest" located nothing.
TEST(TextOnce, ThroughIntroducesAPlace) {
  const std::string text = "Thousands of students marched through Budapest on Sunday.";
  const auto places = vd::find_places(text, 0, text.size(), gazetteer());
  ASSERT_EQ(places.size(), 1u);
  EXPECT_EQ(places[0].name, "Budapest");
  EXPECT_EQ(places[0].cue, "through");
  EXPECT_TRUE(vd::is_locative_cue("through"));
  EXPECT_TRUE(vd::is_locative_cue("In"));
  EXPECT_FALSE(vd::is_locative_cue("to"));  // "flew to Paris": a place, not the event's
  EXPECT_FALSE(vd::is_locative_cue(""));
}

// The document is read once: one splitter's sentences, then places sentence by sentence
// with "the city" remembered across them.
TEST(TextOnce, DocumentAnalysisReadsPlacesOnce) {
  const std::string text =
      "NAIROBI - Protesters gathered in Kisumu on Monday. Police fired tear gas in the city.\n\n"
      "Lawmakers in the country condemned the police.";
  const vd::DocumentAnalysis a(text, &gazetteer());
  ASSERT_EQ(a.sentences().size(), 3u);
  EXPECT_EQ(text.substr(a.sentences()[0].begin, 10), "Protesters");  // after the dateline
  ASSERT_TRUE(a.dateline());
  EXPECT_EQ(a.dateline()->name, "Nairobi");
  const auto second = a.places_in(a.sentences()[1].begin, a.sentences()[1].end);
  ASSERT_EQ(second.size(), 1u);
  EXPECT_EQ(second[0].name, "Kisumu");
  EXPECT_TRUE(second[0].anaphoric);
  EXPECT_EQ(second[0].cue, "in");
  // "The country" refers back within its sentence only.
  EXPECT_TRUE(a.places_in(a.sentences()[2].begin, a.sentences()[2].end).empty());
}

// "the city of Aleppo" names its city: it does not refer back to the city named before.
TEST(TextOnce, TheCityOfANameIsThatCity) {
  const std::string text = "Protests in Damascus spread to the city of Aleppo.";
  const auto places = vd::find_places(text, 0, text.size(), gazetteer());
  ASSERT_EQ(places.size(), 2u);
  EXPECT_EQ(places[1].name, "Aleppo");
  EXPECT_FALSE(places[1].anaphoric);
  // "the capital of Eritrea" is the capital named before, in Eritrea.
  const std::string asmara = "They met in Asmara, the capital of Eritrea.";
  const auto there = vd::find_places(asmara, 0, asmara.size(), gazetteer());
  ASSERT_GE(there.size(), 2u);
  EXPECT_EQ(there[1].name, "Asmara");
  EXPECT_TRUE(there[1].anaphoric);
}

// Sentence bounds: the quote and speaker readers ask the one splitter (nlp), so an
// abbreviation it knows ends a quotation's sentence exactly where it ends a parsed one.
// Their own splitter never ended a sentence after "Co." and took "3." in "6-3." for an
// initial: the organisation ran into the next sentence, and a quotation opening the next
// sentence was read as partial.
TEST(TextOnce, QuotationSentencesAreTheSplittersAfterACompany) {
  const std::string text =
      "\"Demand is weak,\" said Jane Roe, an economist at Acme Co. The company cut its "
      "forecast.";
  ASSERT_EQ(split(text).size(), 2u);
  EXPECT_EQ(split(text)[0], "\"Demand is weak,\" said Jane Roe, an economist at Acme Co.");
  const auto quotes = vd::find_quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].speaker, "Jane Roe");
  EXPECT_EQ(quotes[0].speaker_role, "economist");
  EXPECT_EQ(quotes[0].speaker_org, "Acme Co");
}

TEST(TextOnce, QuotationSentencesAreTheSplittersAfterAScore) {
  const std::string text =
      "The court ruled 6-3. \"This is a sad day for the country,\" said John Doe, a lawyer.";
  ASSERT_EQ(split(text).size(), 2u);
  const auto quotes = vd::find_quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, vd::QuoteKind::kFull);
  EXPECT_EQ(quotes[0].speaker, "John Doe");
}

// An honorific the splitter does not end a sentence at ("Dr. Jane Roe") keeps the name
// whole for the speaker reader too.
TEST(TextOnce, HonorificNeitherEndsASentenceNorAName) {
  const std::string text =
      "Officials met Dr. Jane Roe in Paris. Roe said the plan was \"a disgrace\" and left.";
  ASSERT_EQ(split(text).size(), 2u);
  EXPECT_EQ(split(text)[0], "Officials met Dr. Jane Roe in Paris.");
  const auto quotes = vd::find_quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, vd::QuoteKind::kPartial);
  EXPECT_EQ(quotes[0].speaker, "Jane Roe");
}

// One dateline reader: the place DocumentAnalysis gives is the dateline whose span it
// skips, also for a capitalised place with an agency (the discourse stage's own reader
// read capitals only, so "Lusaka (Wirenews) -" was skipped but gave no place).
TEST(TextOnce, CapitalisedDatelineGivesItsPlace) {
  const std::string text = "Lusaka (Wirenews) - Miners marched on Monday.";
  const vd::DocumentAnalysis a(text, &gazetteer());
  ASSERT_EQ(a.sentences().size(), 1u);
  EXPECT_EQ(text.substr(a.sentences()[0].begin, 6), "Miners");
  ASSERT_TRUE(a.dateline());
  EXPECT_EQ(a.dateline()->name, "Lusaka");
  EXPECT_EQ(a.dateline()->country, "ZMB");
  EXPECT_EQ(text.substr(a.dateline()->begin, a.dateline()->end - a.dateline()->begin), "Lusaka");
}

// An agency alone is skipped and names no place.
TEST(TextOnce, AgencyDatelineHasNoPlace) {
  const std::string text = "(Wirenews) - Miners marched on Monday.";
  const vd::DocumentAnalysis a(text, &gazetteer());
  ASSERT_EQ(a.sentences().size(), 1u);
  EXPECT_EQ(text.substr(a.sentences()[0].begin, 6), "Miners");
  EXPECT_FALSE(a.dateline());
}

// The quote reader reads the same dateline: a quotation right after it opens the
// sentence, so it is a full quotation, not a partial one.
TEST(TextOnce, QuotationAfterTheDatelineIsFull) {
  const std::string text =
      "HARARE \xE2\x80\x93 \xE2\x80\x9CThe vote was stolen,\xE2\x80\x9D Tendai Moyo told "
      "reporters on Monday.";
  const auto quotes = vd::find_quotes(text);
  ASSERT_EQ(quotes.size(), 1u);
  EXPECT_EQ(quotes[0].kind, vd::QuoteKind::kFull);
  EXPECT_EQ(quotes[0].speaker, "Tendai Moyo");
}

}  // namespace
