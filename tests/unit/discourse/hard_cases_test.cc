// Hard cases for quotations, time expressions and places, written by us. Each case that
// passes counts toward the accuracy printed at the end of each suite; cases marked as a
// known gap are measured but not required (they document what the readers cannot do yet).
// The fresh cases (held out, measured before tuning) are exact too: each passes or is
// named, with its reason, in kFreshGaps, and a gap that starts passing fails its test.
#include <gtest/gtest.h>

#include <cstdio>
#include <map>
#include <optional>
#include <string>
#include <vector>

#include "vigil/discourse.h"

namespace vd = vigil::discourse;

namespace {

struct Tally {
  int passed = 0;
  int total = 0;
  void print(const char* what) const {
    std::printf("[ hard cases ] %s: %d of %d pass\n", what, passed, total);
  }
};

// The fresh cases that fail today, by name (quotes) or text (dates, places), with why.
const std::map<std::string, std::string> kFreshGaps = {
    {"Voting ends on the 5th of November.",
     "a day without a year is taken as the last one before publication (2019-11-05), even "
     "when the verb speaks of the future"},
    {"Saudi Arabia and the UAE cut ties with Qatar.",
     "'with' is not a place cue: Qatar is found without it"},
    {"Rohingya refugees fled Rakhine State for Cox’s Bazar.",
     "'for' after a verb of flight is not read as a place cue"},
};

// Checks one fresh case: passes, or fails as a listed gap (printed); counts it in `t`.
void expect_fresh(const std::string& key, const std::string& why, Tally& t) {
  ++t.total;
  if (why.empty()) ++t.passed;
  const auto gap = kFreshGaps.find(key);
  if (gap == kFreshGaps.end()) {
    EXPECT_EQ(why, "") << key;
  } else if (why.empty()) {
    ADD_FAILURE() << key << " is listed as a known gap (" << gap->second
                  << ") but now passes: remove it from kFreshGaps";
  } else {
    std::printf("  known gap: %s: %s (%s)\n", key.c_str(), why.c_str(), gap->second.c_str());
  }
}

// ------------------------------------------------------------------ quotations

struct ExpectedQuote {
  std::string starts;   // the quoted text starts with this
  std::string speaker;  // "" = none
  bool partial = false;
  std::optional<std::string> role = std::nullopt;
  std::optional<std::string> org = std::nullopt;
};

struct QuoteCase {
  std::string name;
  std::string text;
  std::vector<ExpectedQuote> quotes;
  bool known_gap = false;
};

std::string check_quotes(const QuoteCase& c) {
  auto got = vd::find_quotes(c.text);
  if (got.size() != c.quotes.size())
    return "expected " + std::to_string(c.quotes.size()) + " quotes, got " +
           std::to_string(got.size());
  for (size_t i = 0; i < got.size(); ++i) {
    const auto& g = got[i];
    const auto& e = c.quotes[i];
    std::string qt = c.text.substr(g.begin, g.end - g.begin);
    std::string where = "quote " + std::to_string(i) + " [" + qt.substr(0, 40) + "]: ";
    if (qt.compare(0, e.starts.size(), e.starts) != 0) return where + "wrong text";
    if (g.speaker != e.speaker) return where + "speaker '" + g.speaker + "' != '" + e.speaker + "'";
    if (g.partial != e.partial) return where + "partial " + std::to_string(g.partial);
    if (e.role && g.speaker_role != *e.role) return where + "role '" + g.speaker_role + "'";
    if (e.org && g.speaker_org != *e.org) return where + "org '" + g.speaker_org + "'";
    if (!g.speaker.empty() && g.speaker_end <= g.speaker_begin) return where + "no speaker span";
  }
  return "";
}

const std::vector<QuoteCase>& quote_cases() {
  static const std::vector<QuoteCase> cases = {
      {"verb before, comma", "Alex Neve said, “The law must be withdrawn before it is too late.”",
       {{"The law must", "Alex Neve"}}},
      {"verb after", "“The law must be withdrawn before it is too late,” Alex Neve said.",
       {{"The law must", "Alex Neve"}}},
      {"said X, Role at Org",
       "“We will keep fighting for the people of this city,” said Avvy Go, Clinic Director at "
       "the Chinese and Southeast Asian Legal Clinic.",
       {{"We will keep", "Avvy Go", false, "Clinic Director",
         "Chinese and Southeast Asian Legal Clinic"}}},
      {"split quote with surname",
       "Alex Neve spoke in Ottawa on Monday. “This is a dark day for freedom in the region,” Neve "
       "said. “Nobody should be fooled by the promises made in Beijing.”",
       {{"This is a dark", "Alex Neve"}, {"Nobody should", "Alex Neve"}}},
      {"pronoun after a named subject",
       "Maria Lopez, a lawyer for the families, spoke after the hearing. “The court ignored "
       "every piece of evidence we brought,” she said.",
       {{"The court", "Maria Lopez", false, "lawyer", "families"}}},
      {"according to",
       "“The protests will continue until every demand is met,” according to Joshua Wong, a "
       "student leader.",
       {{"The protests", "Joshua Wong", false, "student leader"}}},
      {"short quote in the reporting clause: its subject speaks",
       "The minister called the report “deeply biased” and left the room.",
       {{"deeply biased", "The minister", true}}},
      {"long embedded phrase",
       "The legislation targets “separatism, subversion of state power, terrorism and foreign "
       "interference.”",
       {{"separatism", "", true}}},  // no verb of saying: the law's words, nobody's speech
      {"quote over two paragraphs",
       "Sarah Kim said: “The first thing we saw was the smoke over the square.\n\n“Then the "
       "police arrived and started arresting people at random.”",
       {{"The first thing", "Sarah Kim"}, {"Then the police", "Sarah Kim"}}},
      {"paragraph that is only a quote",
       "“We have no choice but to keep digging,” said Omar Haddad, spokesman for the Syrian "
       "Civil Defence.\n\n“Our teams are exhausted and the shelling has not stopped for three "
       "days.”",
       {{"We have no choice", "Omar Haddad", false, "spokesman", "Syrian Civil Defence"},
        {"Our teams", "Omar Haddad"}}},
      {"straight quotes, role words before the name",
       "\"We reject these accusations completely and firmly,\" Foreign Ministry spokesman Zhao "
       "Lijian told reporters.",
       {{"We reject", "Zhao Lijian", false, "spokesman"}}},
      {"indirect speech with a short quote",
       "The statement, signed by 30 groups, said the law was \"a death knell\" for freedoms.",
       {{"a death knell", "The statement", true}}},  // no issuer named: the document
      {"title before the name",
       "“Canada stands with the people of Hong Kong,” Foreign Minister François-Philippe "
       "Champagne said.",
       {{"Canada stands", "François-Philippe Champagne", false, "Foreign Minister"}}},
      {"possessive organisation",
       "Amnesty International’s Agnès Callamard said, “Torture is never justified under any "
       "circumstances.”",
       {{"Torture", "Agnès Callamard", false, std::nullopt, "Amnesty International"}}},
      {"said X, Role, Org (French)",
       "“The risk is real and it is growing every week,” said Jean Tremblay, Directeur, Ligue "
       "des droits et libertés.",
       {{"The risk", "Jean Tremblay", false, "Directeur", "Ligue des droits et libertés"}}},
      {"question then capitalised attribution",
       "Joshua Wong arrived at the court on Monday. “Why should anyone trust these promises "
       "now?” Wong asked.",
       {{"Why should", "Joshua Wong"}}},
      {"honorific and surname",
       "Peter Obi rejected the result. “The vote was rigged from the very start,” Mr. Obi said.",
       {{"The vote", "Peter Obi"}}},
      {"quote that ends its sentence is not attributed to the next one",
       "“We will keep marching, whatever they do to us.” The police said they arrested 12 "
       "people.",
       {{"We will keep", ""}}},
      {"colon at the end of the previous paragraph",
       "In a statement, the ministry said:\n\n“All those responsible will be brought to justice "
       "without delay.”",
       {{"All those", "the ministry"}}},
      {"single quotes inside are ignored",
       "“They told us ‘go home or face arrest’ and then they charged,” said Lam Wing-kee.",
       {{"They told us", "Lam Wing-kee"}}},
      {"tweeted", "“Hong Kong is being silenced one law at a time,” tweeted Nathan Law.",
       {{"Hong Kong is", "Nathan Law"}}},
      {"object of urge is partial",
       "Human Rights Watch urged Beijing to “immediately release all those detained for "
       "peaceful protest.”",
       {{"immediately", "Human Rights Watch", true}}},
      {"organisation as speaker",
       "“The authorities must stop this crackdown now,” Amnesty International said in a "
       "statement.",
       {{"The authorities", "Amnesty International"}}},
      {"several sentences in one quote",
       "Neve said: “The first step is clear. Canada must speak with its allies. Silence is not "
       "an option.”",
       {{"The first step", "Neve"}}},
      {"short full quote with attribution",
       "“We will fight on,” he said. Earlier, Jimmy Lai had been arrested.",
       {{"We will fight on", "", false}}},
      {"pronoun continues the last speaker",
       "“The ruling is a disgrace to the rule of law,” said Emily Lau. “We will appeal,” she "
       "added, “and we will win in the end.”",
       {{"The ruling", "Emily Lau"}, {"We will appeal", "Emily Lau"},
        {"and we will win", "Emily Lau"}}},
      {"straight quotes over a paragraph break",
       "Mr. Chan said: \"First, the police must leave the campus right now.\n\n\"Second, every "
       "detained student must be freed today.\"",
       {{"First, the police", "Chan"}, {"Second", "Chan"}}},
      {"verb after a long apposition",
       "“This is the end of one country, two systems as we know it,” Dennis Kwok, a pro-democracy "
       "lawmaker, said.",
       {{"This is the end", "Dennis Kwok", false, "pro-democracy lawmaker"}}},
      {"pronoun after a sentence that is a quote",
       "“Sales fell sharply in the final quarter,” said Anna Berg, an analyst at Nordbank. "
       "“Nobody expected the slump to last this long,” she told a conference.",
       {{"Sales fell", "Anna Berg", false, "analyst", "Nordbank"}, {"Nobody expected", "Anna Berg"}}},
      {"pronoun after a reported-speech sentence",
       "Trauma surgeon Dr Lina Farah said she had treated dozens of wounded. “Most of them were "
       "children under ten years old,” she explained.",
       {{"Most of them", "Lina Farah"}}},
      {"acronym organisation with an article",
       "The WTO said in its report: “Trade rules will have to change for everyone involved.”",
       {{"Trade rules", "WTO"}}},
      {"MP as a title", "“Every death in custody is one too many,” Labour MP Helen Ward said.",
       {{"Every death", "Helen Ward", false, "Labour MP"}}},
      {"relative clause is not a role",
       "“The show has changed what juries expect from evidence,” said Tom Reyes, who teaches "
       "forensic science at Ohio State University.",
       {{"The show", "Tom Reyes", false, ""}}},
  };
  return cases;
}

// Written after the readers were done and measured once before any change for them: the
// first measurement was quotes 5/8, dates 7/8, places 5/8 (17 of 24). Three readers' fixes
// followed (verb-first titles, colon attribution, short own-sentence quotes, "5th of
// November", "Washington Post"); what still fails is listed by name in kFreshGaps.
const std::vector<QuoteCase>& fresh_quote_cases() {
  static const std::vector<QuoteCase> cases = {
      {"said X of Org",
       "“Beijing has broken its promise to the world,” said Chris Patten, the last governor "
       "of Hong Kong.",
       {{"Beijing has", "Chris Patten", false, "last governor", "Hong Kong"}}},
      {"X says present tense",
       "Dolkun Isa says: “Our people are disappearing into camps by the hundreds of thousands.”",
       {{"Our people", "Dolkun Isa"}}},
      {"attribution in the middle of one sentence",
       "“If the bill passes,” Lee warned, “nobody in this city will be safe from extradition.”",
       {{"If the bill", "Lee"}, {"nobody in this", "Lee"}}},
      {"two speakers in turn",
       "“We want dialogue and nothing else,” said Tenzin Dorje. “There will be no dialogue "
       "with separatists,” said Wang Lin, a government spokesman.",
       {{"We want", "Tenzin Dorje"}, {"There will be", "Wang Lin", false, "government spokesman"}}},
      {"verb first, title and name after",
       "“Sanctions will follow any use of force against protesters,” warned EU foreign policy "
       "chief Josep Borrell.",
       {{"Sanctions", "Josep Borrell"}}},
      {"short full quote standing alone after a named speaker",
       "Ruth Okafor, who chairs the commission, was blunt. “This is a cover-up.”",
       {{"This is a cover-up", "Ruth Okafor"}}},
      {"quote in the headline-style colon form",
       "Spokesman Hua Chunying: “The so-called report is full of lies and fabrications.”",
       {{"The so-called", "Hua Chunying"}}},
      {"scare quotes in a long sentence with a speaker nearby",
       "The government described the detentions as “vocational training” in a statement on "
       "Tuesday.",
       {{"vocational training", "The government", true}}},
  };
  return cases;
}

TEST(HardCases, FreshQuotes) {
  Tally t;
  for (const auto& c : fresh_quote_cases()) expect_fresh(c.name, check_quotes(c), t);
  t.print("fresh quotes");
  EXPECT_EQ(t.total, 8);
}

TEST(HardCases, Quotes) {
  Tally t;
  for (const auto& c : quote_cases()) {
    std::string why = check_quotes(c);
    ++t.total;
    if (why.empty()) ++t.passed;
    if (!c.known_gap) {
      EXPECT_EQ(why, "") << c.name;
    } else if (!why.empty()) {
      std::printf("  known gap: %s: %s\n", c.name.c_str(), why.c_str());
    }
  }
  t.print("quotes");
  EXPECT_GE(t.total, 25);
}

// ------------------------------------------------------------------ time expressions

struct DateCase {
  std::string text;
  std::string published;
  std::string want;              // ResolvedDate::text of the first expression ("" = none)
  std::string precision = "";    // "" = do not check
  std::string range_begin = "";  // "" = do not check
  std::string range_end = "";
  bool known_gap = false;
};

const std::vector<DateCase>& date_cases() {
  static const std::vector<DateCase> cases = {
      {"On Thursday, the congress voted.", "2020-06-01", "2020-05-28", "day"},
      // A weekday is the most recent such day on or before publication (the news reports
      // the day's events); "last Monday" on a Monday is a week back.
      {"The group met on Monday.", "2020-06-01", "2020-06-01", "day"},
      {"The group met last Monday.", "2020-06-01", "2020-05-25", "day"},
      {"Last week, Canada released a statement.", "2020-06-01", "2020-05-25", "week",
       "2020-05-25", "2020-05-31"},
      {"Troops withdrew yesterday.", "2020-03-01", "2020-02-29", "day"},
      {"The talks collapsed two days ago.", "2021-01-01", "2020-12-30", "day"},
      {"It began a week ago.", "2020-06-01", "2020-05-25", "day"},
      {"Prices rose last month.", "2020-01-15", "2019-12", "month", "2019-12-01", "2019-12-31"},
      {"Last year, millions marched.", "2020-06-01", "2019", "year", "2019-01-01", "2019-12-31"},
      {"Arrests have doubled this year.", "2020-06-01", "2020", "year", "2020-01-01",
       "2020-06-01"},
      {"The ban was imposed earlier this month.", "2020-06-20", "2020-06", "month"},
      {"The law was announced in May.", "2020-06-01", "2020-05", "month"},
      {"Elections were held in July.", "2020-06-01", "2019-07", "month"},
      {"The deadline passed on June 30.", "2020-06-01", "2019-06-30", "day"},
      {"The handover took effect on June 30, 2019, officials said.", "2020-06-01", "2019-06-30",
       "day"},
      {"Protests began on 30 June.", "2020-07-02", "2020-06-30", "day"},
      {"He has been detained since 2019.", "2020-06-01", "2019", "range", "2019-01-01",
       "2020-06-01"},
      {"The bill was drafted in 2019.", "2020-06-01", "2019", "year"},
      {"In recent days, thousands protested.", "2020-06-01", "2020-06-01", "range", "", "2020-06-01"},
      {"The leaders met the day before.", "2020-06-01", "2020-05-31", "day"},
      {"Police will patrol the streets tonight.", "2020-06-01", "2020-06-01", "day"},
      {"This morning, the police raided the offices.", "2020-06-01", "2020-06-01", "day"},
      {"Protesters may face arrest.", "2020-06-01", "", ""},
      {"The vote was held on March 3rd.", "2020-06-01", "2020-03-03", "day"},
      {"The attacks of Sept. 11, 2001 changed everything.", "2020-06-01", "2001-09-11", "day"},
      {"Last Thursday the court ruled.", "2020-06-05", "2020-06-04", "day"},
      {"Clashes continued in the past few days.", "2020-06-01", "2020-06-01", "range",
       "2020-05-29", "2020-06-01"},
      {"The report was published on 2020-05-28 in Geneva.", "2020-06-01", "2020-05-28", "day"},
      {"Demonstrations are planned for this week.", "2020-06-04", "2020-06-01", "week",
       "2020-06-01", "2020-06-04"},
      {"The ceasefire collapsed in March 2019.", "2020-06-01", "2019-03", "month"},
      {"The army moved in three weeks ago.", "2020-06-01", "2020-05-11", "day"},
      {"Since May, 200 people have been detained.", "2020-06-01", "2020-05", "month"},
      {"The trial opened on Dec. 24.", "2021-01-05", "2020-12-24", "day"},
      {"The court will rule on Thursday.", "2020-06-01", "2020-06-04", "day"},
      {"Elections will be held in July.", "2020-06-01", "2020-07", "month"},
      {"The summit is due to open on June 30.", "2020-06-01", "2020-06-30", "day"},
      {"Talks resume next week.", "2020-06-01", "2020-06-08", "week", "2020-06-08",
       "2020-06-14"},
      {"The army said it would withdraw next Friday.", "2020-06-01", "2020-06-05", "day"},
      {"Next year, the law takes effect.", "2020-06-01", "2021", "year"},
      {"They’ll vote in January, officials said.", "2020-06-01", "2021-01", "month"},
  };
  return cases;
}

// Measured before tuning (see fresh_quote_cases).
const std::vector<DateCase>& fresh_date_cases() {
  static const std::vector<DateCase> cases = {
      {"Three days ago, the rebels took the airport.", "2021-03-10", "2021-03-07", "day"},
      {"The blockade began in late August.", "2021-09-15", "2021-08", "month"},
      {"On Sunday night, shelling resumed.", "2022-02-23", "2022-02-20", "day"},
      {"Over the past week, 40 people were detained.", "2020-06-01", "2020-06-01", "range",
       "2020-05-25", "2020-06-01"},
      {"The agreement signed on January 15, 2020 collapsed.", "2021-05-01", "2020-01-15", "day"},
      {"Earlier this year, the army seized power.", "2021-06-01", "2021", "year"},
      {"The protests that started in 2019 continue.", "2020-06-01", "2019", "year"},
      {"Voting ends on the 5th of November.", "2020-06-01", "2020-11-05", "day"},
  };
  return cases;
}

TEST(HardCases, FreshDates) {
  Tally t;
  for (const auto& c : fresh_date_cases()) {
    auto found = vd::find_time_expressions(c.text, 0, c.text.size());
    std::string got = found.empty() ? "(none)" : vd::resolve(found[0], c.published).text;
    std::string prec = found.empty() ? "" : vd::to_string(vd::resolve(found[0], c.published).precision);
    bool ok = got == c.want && (c.precision.empty() || prec == c.precision);
    expect_fresh(c.text, ok ? "" : "got " + got + " " + prec, t);
  }
  t.print("fresh dates");
  EXPECT_EQ(t.total, 8);
}

TEST(HardCases, Dates) {
  Tally t;
  for (const auto& c : date_cases()) {
    auto found = vd::find_time_expressions(c.text, 0, c.text.size());
    std::string why;
    if (c.want.empty()) {
      if (!found.empty()) why = "found an expression where none is";
    } else if (found.empty()) {
      why = "no expression found";
    } else {
      auto r = vd::resolve(found[0], c.published);
      if (r.text != c.want) why = "got " + r.text;
      if (!c.precision.empty() && c.precision != vd::to_string(r.precision))
        why += " precision " + std::string(vd::to_string(r.precision));
      if (!c.range_begin.empty() && r.range_begin != c.range_begin)
        why += " range_begin " + r.range_begin;
      if (!c.range_end.empty() && r.range_end != c.range_end) why += " range_end " + r.range_end;
      if (r.begin != found[0].begin || r.end <= r.begin) why += " bad span";
    }
    ++t.total;
    if (why.empty()) ++t.passed;
    if (!c.known_gap) {
      EXPECT_EQ(why, "") << c.text;
    } else if (!why.empty()) {
      std::printf("  known gap: %s: %s\n", c.text.c_str(), why.c_str());
    }
  }
  t.print("dates");
  EXPECT_GE(t.total, 30);
}

// ------------------------------------------------------------------ places

std::shared_ptr<const vd::Gazetteer> gazetteer() {
  static auto g = [] {
    auto r = vd::Gazetteer::load(std::string(VIGIL_DATA_DIR) + "/places");
    EXPECT_TRUE(r.ok()) << (r.ok() ? "" : r.status().to_string());
    return r.ok() ? r.value() : nullptr;
  }();
  return g;
}

struct PlaceCase {
  std::string text;
  // Expected places in order, as "name/country[/cue][/anaphoric]"; a name given with
  // "@" only is checked for its country ("Hong Kong@HKG").
  std::vector<std::string> want;
  bool known_gap = false;
};

std::string describe(const vd::Place& p) {
  std::string s = p.name + "/" + p.country;
  if (!p.cue.empty()) s += "/" + p.cue;
  if (p.anaphoric) s += "/anaphoric";
  return s;
}

const std::vector<PlaceCase>& place_cases() {
  static const std::vector<PlaceCase> cases = {
      {"Police fired tear gas in Hong Kong on Sunday.", {"Hong Kong/HKG/in"}},
      {"Thousands marched across China.", {"China/CHN/across"}},
      {"The law applies in Hong Kong. It poses a threat to rights in the city.",
       {"Hong Kong/HKG/in", "Hong Kong/HKG/in/anaphoric"}},
      {"China’s parliament approved the law.", {"China/CHN"}},
      {"Canada, the United Kingdom, the United States and Australia condemned it.",
       {"Canada/CAN", "United Kingdom/GBR", "United States/USA", "Australia/AUS"}},
      {"Protests spread to New York and Los Angeles.",
       {"New York/USA/to", "Los Angeles/USA"}},
      {"Fighting resumed near Goma, in eastern Democratic Republic of the Congo.",
       {"Goma/COD/near", "Democratic Republic of the Congo/COD"}},
      {"The junta seized power in Myanmar, and the country has been in turmoil since.",
       {"Myanmar/MMR/in", "Myanmar/MMR/anaphoric"}},
      {"They ate roast turkey in a chinese restaurant.", {}},
      {"Talks were held in Mexico City.", {"Mexico City/MEX/in"}},
      {"Rallies took place in São Paulo and in Sao Paulo.",
       {"Sao Paulo/BRA/in", "Sao Paulo/BRA/in"}},
      {"The U.S. and Russia traded accusations in Geneva.",
       {"United States/USA", "Russia/RUS", "Geneva/CHE/in"}},
      {"Refugees fled from Kyiv to Lviv.", {"Kyiv/UKR/from", "Lviv/UKR/to"}},
      {"Officials in Beijing and Taipei exchanged warnings.",
       {"Beijing/CHN/in", "Taipei/TWN"}},
      {"Ivory Coast and Burma were both named.", {"Ivory Coast/CIV", "Myanmar/MMR"}},
      {"Hong Kong police arrested 53 people.", {"Hong Kong/HKG"}},
      {"Floods hit Texas, Quebec and Quebec City.",
       {"Texas/USA", "Quebec/CAN", "Quebec City/CAN"}},
      {"Troops massed near Georgia's border with Russia.", {"Georgia/GEO/near", "Russia/RUS"}},
      {"Alex Jordan visited the South China Sea, then Yesterday Ottawa replied.",
       {"Ottawa/CAN"}},
      {"In Kenya and Uganda, officials said.", {"Kenya/KEN/in", "Uganda/UGA"}},
  };
  return cases;
}

// Measured before tuning (see fresh_quote_cases).
const std::vector<PlaceCase>& fresh_place_cases() {
  static const std::vector<PlaceCase> cases = {
      {"Shelling hit Donetsk and Luhansk overnight.", {"Donetsk/UKR", "Luhansk/UKR"}},
      {"Thousands gathered outside the parliament in Tbilisi.", {"Tbilisi/GEO/in"}},
      {"Uyghurs in Xinjiang face mass detention.", {"Xinjiang/CHN/in"}},
      {"Aid reached Gaza City on Monday; the city had been cut off for weeks.",
       {"Gaza City/PSE", "Gaza City/PSE/anaphoric"}},
      {"Police in Minneapolis, Minnesota, arrested dozens.",
       {"Minneapolis/USA/in", "Minnesota/USA"}},
      {"Saudi Arabia and the UAE cut ties with Qatar.",
       {"Saudi Arabia/SAU", "United Arab Emirates/ARE", "Qatar/QAT/with"}},
      {"Rohingya refugees fled Rakhine State for Cox’s Bazar.",
       {"Rakhine/MMR", "Cox's Bazar/BGD/for"}},
      {"The Washington Post reported clashes in Khartoum.", {"Khartoum/SDN/in"}},
  };
  return cases;
}

TEST(HardCases, FreshPlaces) {
  auto g = gazetteer();
  ASSERT_NE(g, nullptr);
  Tally t;
  for (const auto& c : fresh_place_cases()) {
    std::vector<std::string> names;
    for (const auto& p : vd::find_places(c.text, 0, c.text.size(), *g)) names.push_back(describe(p));
    std::string why;
    if (names != c.want) {
      why = "got:";
      for (const auto& n : names) why += " " + n;
    }
    expect_fresh(c.text, why, t);
  }
  t.print("fresh places");
  EXPECT_EQ(t.total, 8);
}

// Every fresh gap names a fresh case (a renamed case must take its gap along).
TEST(HardCases, FreshGapsNameCases) {
  for (const auto& [key, reason] : kFreshGaps) {
    bool found = false;
    for (const auto& c : fresh_quote_cases()) found = found || c.name == key;
    for (const auto& c : fresh_date_cases()) found = found || c.text == key;
    for (const auto& c : fresh_place_cases()) found = found || c.text == key;
    EXPECT_TRUE(found) << "fresh gap names no case: " << key;
  }
}

TEST(HardCases, Places) {
  auto g = gazetteer();
  ASSERT_NE(g, nullptr);
  Tally t;
  for (const auto& c : place_cases()) {
    auto got = vd::find_places(c.text, 0, c.text.size(), *g);
    std::vector<std::string> names;
    std::string why;
    for (const auto& p : got) {
      names.push_back(describe(p));
      if (p.end <= p.begin || p.end > c.text.size()) why = "bad span";
    }
    if (names != c.want) {
      why = "got:";
      for (const auto& n : names) why += " " + n;
    }
    ++t.total;
    if (why.empty()) ++t.passed;
    if (!c.known_gap) {
      EXPECT_EQ(why, "") << c.text;
    } else if (!why.empty()) {
      std::printf("  known gap: %s: %s\n", c.text.c_str(), why.c_str());
    }
  }
  t.print("places");
  EXPECT_GE(t.total, 15);
}

struct DatelineCase {
  std::string text;
  std::string want;  // "Name/COUNTRY", or "" for no dateline
};

TEST(HardCases, Datelines) {
  auto g = gazetteer();
  ASSERT_NE(g, nullptr);
  const std::vector<DatelineCase> cases = {
      {"OTTAWA – The Canadian government must act.", "Ottawa/CAN"},
      {"BEIJING, March 21 (Xinhua) -- China said on Sunday ...", "Beijing/CHN"},
      {"CAIRO: Egypt's president met ...", "Cairo/EGY"},
      {"WASHINGTON (Reuters) - The United States on Monday ...", "Washington/USA"},
      {"NEW YORK, June 1 (Reuters) - Stocks fell.", "New York/USA"},
      {"The Canadian government must act – now.", ""},
      {"HONG KONG — Police fired tear gas.", "Hong Kong/HKG"},
      {"UN WARNS OF FAMINE IN YEMEN AS FIGHTING SPREADS - report", ""},
      {"  KYIV, Ukraine — Explosions shook the capital.", "Kyiv/UKR"},
      {"STAMFORD, Conn., March 3 - The company said ...", "Stamford/USA"},
      {"DALLAS/FORT WORTH, Texas, March 3 -", "Dallas/USA"},
      {"SMALLTOWN, Ruritania - Nothing is known.", "Smalltown/"},
  };
  Tally t;
  for (const auto& c : cases) {
    auto d = vd::dateline_place(c.text, vigil::nlp::find_dateline(c.text), g.get());
    std::string got = d ? d->name + "/" + d->country : "";
    EXPECT_EQ(got, c.want) << c.text;
    ++t.total;
    if (got == c.want) ++t.passed;
  }
  t.print("datelines");
}

}  // namespace
