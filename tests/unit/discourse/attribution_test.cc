// Golden cases for every attribution form `find_quotes` handles, one behaviour per case, in
// sentences written for this test (no news text is copied here). Each case lists every
// quotation the text holds, in order, with its kind and speaker exactly.
#include <gtest/gtest.h>

#include <optional>
#include <string>
#include <vector>

#include "vigil/discourse.h"

namespace vd = vigil::discourse;

namespace {

struct Want {
  std::string starts;  // the quoted text starts with this
  vd::QuoteKind kind;
  std::string speaker;  // "" = none
  std::optional<std::string> role = std::nullopt;
  std::optional<std::string> org = std::nullopt;
};

struct Case {
  const char* name;
  std::string text;
  std::vector<Want> want;
};

std::string check(const Case& c) {
  auto got = vd::find_quotes(c.text);
  std::string all;
  for (const auto& g : got)
    all += " [" + c.text.substr(g.begin, g.end - g.begin).substr(0, 30) + " | " +
           vd::to_string(g.kind) + " | " + g.speaker + "]";
  if (got.size() != c.want.size())
    return "expected " + std::to_string(c.want.size()) + " quotes, got" + all;
  for (size_t i = 0; i < got.size(); ++i) {
    const auto& g = got[i];
    const auto& w = c.want[i];
    std::string qt = c.text.substr(g.begin, g.end - g.begin);
    std::string where = "quote " + std::to_string(i) + " [" + qt.substr(0, 40) + "]: ";
    if (qt.compare(0, w.starts.size(), w.starts) != 0) return where + "wrong text";
    if (g.kind != w.kind) return where + "kind " + vd::to_string(g.kind);
    if (g.speaker != w.speaker) return where + "speaker '" + g.speaker + "' != '" + w.speaker + "'";
    if (w.role && g.speaker_role != *w.role) return where + "role '" + g.speaker_role + "'";
    if (w.org && g.speaker_org != *w.org) return where + "org '" + g.speaker_org + "'";
    if (g.partial != (g.kind != vd::QuoteKind::kFull && g.kind != vd::QuoteKind::kBlock))
      return where + "partial flag disagrees with kind";
  }
  return "";
}

using K = vd::QuoteKind;

const std::vector<Case>& cases() {
  static const std::vector<Case> c = {
      // --- quotations inside a sentence: the subject of the reporting clause speaks
      {"partial quote, named subject with a title",
       "Senator Mara Ellison called the bill \"a death blow\" for small farms.",
       {{"a death blow", K::kPartial, "Mara Ellison", "Senator"}}},
      {"one-word quote someone is reported to have said",
       "Mara Ellison leads the farm caucus. Ellison described the vote as \"shameful\".",
       {{"shameful", K::kPartial, "Mara Ellison"}}},
      {"whole clause starting mid-sentence, pronoun after",
       "Judge Alma Ortiz spoke to the press on Monday.\n\nThe \"raids on our clients must end,\" "
       "she said.",
       {{"raids on our clients", K::kPartial, "Alma Ortiz"}}},
      {"subject of 'said' across a subordinate clause",
       "As the talks stalled, Premier Jonas Berg said the offer was \"final and fair\".",
       {{"final and fair", K::kPartial, "Jonas Berg", "Premier"}}},
      {"apposition, then an auxiliary before the verb",
       "Lucia Park leads the province. Park, a former judge, has promised a \"clean "
       "government\".",
       {{"clean government", K::kPartial, "Lucia Park"}}},
      {"'with X saying': the subject of the participle",
       "Turnout fell sharply in the capital, with many saying the vote was \"pointless\".",
       {{"pointless", K::kPartial, "many"}}},
      {"'what is called': a passive names nobody",
       "The plan goes through as what is called an \"urgent item\" in the assembly.",
       {{"urgent item", K::kScare, ""}}},
      {"a comma inside closing marks before the verb",
       "Minister Ada Novak, quoting the \"Charter of the Coast,\" said the ports would "
       "\"stay open to all\".",
       {{"Charter of the Coast", K::kName, ""}, {"stay open to all", K::kPartial, "Ada Novak"}}},
      {"coordinated verb takes the earlier subject",
       "Governor Lucia Park praised the deal as \"historic\" and accused critics of \"bad "
       "faith\".",
       {{"historic", K::kPartial, "Lucia Park"}, {"bad faith", K::kPartial, "Lucia Park"}}},
      {"a description before the name gives role and organisation",
       "\"Calm must return,\" the spokesperson for the Office of the Harbour Board, Ida Wren, "
       "told reporters.",
       {{"Calm must return", K::kFull, "Ida Wren", "spokesperson",
         "Office of the Harbour Board"}}},
      {"a possessive description before the name",
       "Freedonia's foreign minister, Ada Novak, said the deal was \"fair\".",
       {{"fair", K::kPartial, "Ada Novak", "foreign minister", "Freedonia"}}},
      {"a participle clause after the name is no role",
       "Minister Ada Novak, quoting from the charter, said the ports would stay \"open\".",
       {{"open", K::kPartial, "Ada Novak", "Minister", ""}}},
      {"description then name in apposition",
       "The region's governor, Lucia Park, rejected the report as \"fiction\".",
       {{"fiction", K::kPartial, "Lucia Park"}}},
      {"a group as speaker",
       "Thousands marched downtown, and some protesters shouted \"Shame!\" at the police.",
       {{"Shame!", K::kChant, "some protesters"}}},
      {"relative clause: the antecedent speaks",
       "Police used pepper spray against the students, who chanted \"no more fees\".",
       {{"no more fees", K::kChant, "the students"}}},
      {"passive: nobody named",
       "The editor was detained and accused of \"spreading falsehoods\".",
       {{"spreading falsehoods", K::kScare, ""}}},
      {"name of a law is not speech",
       "Parliament passed the so-called \"Clean Streets Act\" on Friday.",
       {{"Clean Streets Act", K::kName, ""}}},
      {"nickname inside a name",
       "Rebel leader Tomas \"The Fox\" Alvarez said the \"ceasefire is dead\".",
       // (the nickname splits the name: only the surname is read)
       {{"The Fox", K::kName, ""}, {"ceasefire is dead", K::kPartial, "Alvarez"}}},
      {"scare quotes nobody said",
       "The \"reforms\" left the old rules in place.", {{"reforms", K::kScare, ""}}},
      {"headline", "Minister vows \"no retreat\" on water tax\n\nThe minister spoke on Monday.",
       {{"no retreat", K::kHeadline, ""}}},

      // --- marks
      {"single quotation marks as delimiters",
       "The mayor, Tomas Lindqvist, said the plan was 'dead on arrival' and left.",
       {{"dead on arrival", K::kPartial, "Tomas Lindqvist"}}},
      {"apostrophes are not quotation marks",
       "The workers' union said it's ready to talk.", {}},
      {"no space before the next opening mark",
       "\xE2\x80\x9CWe will fight on,\xE2\x80\x9D said Ines Duval.\xE2\x80\x9CNobody will "
       "silence us.\xE2\x80\x9D",
       {{"We will fight on", K::kFull, "Ines Duval"}, {"Nobody will", K::kFull, "Ines Duval"}}},
      {"reversed curly marks",
       "A police official said officers were on \xE2\x80\x9Droutine patrol\xE2\x80\x9D at the "
       "time.",
       {{"routine patrol", K::kPartial, "A police official"}}},
      {"nested single quotes stay inside",
       "\"They called it 'a mistake', and it was,\" said Rita Moss.",
       {{"They called it 'a mistake'", K::kFull, "Rita Moss"}}},
      {"guillemets", "The envoy Paul Roux said: \xC2\xABThe ceasefire holds.\xC2\xBB",
       {{"The ceasefire holds.", K::kFull, "Paul Roux"}}},
      {"double backticks",
       "``Turnout was high,'' said observer Nadia Kerr.",
       {{"Turnout was high", K::kFull, "Nadia Kerr"}}},

      // --- titles, descriptions and documents resolved to who the article names
      {"title resolved to the minister named earlier",
       "Immigration Minister Sofia Brandt announced the rule on Monday.\n\n\"We are closing a "
       "loophole,\" the immigration minister said.",
       {{"We are closing", K::kFull, "Sofia Brandt"}}},
      {"description resolved to a person named later",
       "\"The talks are over,\" the envoy said.\n\nThe envoy, Omar Haddad, left Geneva on "
       "Friday.",
       {{"The talks are over", K::kFull, "Omar Haddad"}}},
      {"'the group' resolved to the organisation",
       "The Riverside Tenants Union organised the march.\n\n\"We will not stop,\" the group "
       "said.",
       {{"We will not stop", K::kFull, "Riverside Tenants Union"}}},
      {"a statement speaks for its issuer",
       "The Northland Fisheries Ministry said in a statement that quotas would fall.\n\n"
       "\"Stocks are at historic lows,\" the statement said.",
       {{"Stocks are at", K::kFull, "Northland Fisheries Ministry"}}},
      {"'said a statement from X': the issuer",
       "\"The port stays shut,\" said a statement from the Harbour Authority.",
       {{"The port stays shut", K::kFull, "Harbour Authority"}}},
      {"'said a statement' with no issuer named: the document",
       "\"The port stays shut,\" said a statement released on Monday.",
       {{"The port stays shut", K::kFull, "a statement"}}},
      {"'it said' after an organisation's statement",
       "In a statement, the Harbour Authority said the port would reopen.\n\n\"Safety comes "
       "first,\" it said.",
       {{"Safety comes first", K::kFull, "Harbour Authority"}}},
      {"'the body' resolved to the council",
       "The Regional Security Council said it was \"alarmed\" by the attack.\n\n\"We condemn it "
       "in the strongest terms,\" the 12-member body added.",
       {{"alarmed", K::kPartial, "Regional Security Council"},
        {"We condemn it", K::kFull, "Regional Security Council"}}},
      {"acronym with the initial of 'of'",
       "The League of Coastal Towns met on Friday.\n\n\"Our ports stay open,\" the LOCT "
       "said.",
       {{"Our ports stay open", K::kFull, "League of Coastal Towns"}}},
      {"'the statement read'",
       "The Harbour Police said in a statement that the pier was closed.\n\n\"Nobody was "
       "hurt,\" the statement read.",
       {{"Nobody was hurt", K::kFull, "Harbour Police"}}},
      {"a participle clause opening the sentence is not the speaker",
       "Issuing a statement on Monday, Foreign Minister Ada Novak said the talks would "
       "resume.\n\"We expect progress this week.\"",
       {{"We expect progress", K::kFull, "Ada Novak"}}},
      {"an acronym the article defines stays",
       "The Union of Coastal States (UCS) \"regrets the decision,\" the bloc said.",
       {{"regrets the decision", K::kPartial, "UCS"}}},
      {"a capitalised word is never the verb",
       "The envoy called the plan \"unworkable\" in talks with the United States.",
       {{"unworkable", K::kPartial, "The envoy"}}},
      {"a group that is not a definite description stays as written",
       "The Coastal Workers Federation met on Friday, after which members of the local "
       "movement described the deal as \"a betrayal\".",
       {{"a betrayal", K::kPartial, "members of the local movement"}}},
      {"'the bloc' is an organisation named, not an earlier description",
       "The regional bloc \"firmly\" condemned the raid.\n\nThe Union of Coastal States "
       "(UCS) \"mourns the victims,\" the bloc said.",
       {{"firmly", K::kPartial, "The regional bloc"}, {"mourns the victims", K::kPartial, "UCS"}}},
      {"a lower-case group just before the verb",
       "Rebels shelled the \"safe\" depot near the port, a supply base for the army, "
       "officials said.",
       {{"safe", K::kPartial, "officials"}}},
      {"'it' after a passive with the issuer ('confirmed by the X in a statement')",
       "The truce was confirmed by the Harbour Ministry in a statement.\n\nIt said the deal "
       "was \"a fair outcome\".",
       {{"a fair outcome", K::kPartial, "Harbour Ministry"}}},
      {"'it' looks back two sentences at most",
       "The Harbour Authority said the port was open. Ships came in. Trade rose. Prices fell.\n"
       "\nIt called the change \"welcome\".",
       {{"welcome", K::kScare, ""}}},
      {"'he' continues the last speaker only when that was a person",
       "\"We will reopen,\" the Harbour Authority said.\n\nThe mayor spoke later. He called "
       "it \"a good day\".",
       {{"We will reopen", K::kFull, "Harbour Authority"}, {"a good day", K::kScare, ""}}},
      {"'as' opens a clause only after a comma",
       "Ola Lind, who left to stand as a candidate in the election, had warned of \"hard "
       "times\".",
       {{"hard times", K::kPartial, "Ola Lind"}}},
      {"a title of a place is the name",
       "The Archbishop of Lindholm said: \"We pray for calm.\"",
       {{"We pray for calm.", K::kFull, "Archbishop of Lindholm"}}},
      {"acronym resolved to the full name",
       "The Coastal Workers Federation opposed the deal.\n\n\"This deal sells us out,\" the "
       "CWF said.",
       {{"This deal sells", K::kFull, "Coastal Workers Federation"}}},

      // --- pronouns, inverted and interrupted attributions
      {"pronoun: the last named person",
       "Judge Alma Ortiz adjourned the hearing.\n\n\"The court needs more time,\" she said.",
       {{"The court needs", K::kFull, "Alma Ortiz"}}},
      {"pronoun: the speaking subject, not a person named in passing",
       "Rita Moss met Karl Ostrova on Monday, Moss said.\n\n\"It went well,\" she said.",
       {{"It went well", K::kFull, "Rita Moss"}}},
      {"pronoun: a person of the pronoun's gender",
       "Judge Alma Ortiz met Tom Hale on Monday. Ortiz said her court was ready. Hale said he "
       "would wait.\n\n\"We will see,\" she said.",
       {{"We will see", K::kFull, "Alma Ortiz"}}},
      {"pronoun: an honorific gives the gender",
       "Ms Vera Holm and Mr Ivan Petrov met on Friday. Mr Petrov left early.\n\n\"It was "
       "useful,\" she said.",
       {{"It was useful", K::kFull, "Vera Holm"}}},
      {"inverted: said spokesman NAME",
       "\"The border stays closed,\" said spokesman Piet Vos.",
       {{"The border stays", K::kFull, "Piet Vos", "spokesman"}}},
      {"NAME in CITY said",
       "Rosa Keller in Lisbon said the door remained \"open to talks\".",
       {{"open to talks", K::kPartial, "Rosa Keller"}}},
      {"interrupted attribution",
       "\"We did not choose this war,\" said Defence Minister Karl Ostrova, \"but we will end "
       "it.\"",
       {{"We did not choose", K::kFull, "Karl Ostrova", "Defence Minister"},
        {"but we will end", K::kFull, "Karl Ostrova"}}},
      {"title with 'of': the name is the last words",
       "\"The treaty stands,\" said Secretary of State Lena Varga.",
       {{"The treaty stands", K::kFull, "Lena Varga", "Secretary of State"}}},
      {"abbreviated title with a full stop",
       "\"The bill is dead,\" said Rep. Tom Hale of the budget committee.",
       {{"The bill is dead", K::kFull, "Tom Hale"}}},
      {"'was quoted as saying'",
       "\"Costs will fall,\" Anna Berg was quoted as saying.",
       {{"Costs will fall", K::kFull, "Anna Berg"}}},
      {"inverted: a description and its organisation",
       "\"Prices will hold,\" said a trader at Northbank Securities.",
       {{"Prices will hold", K::kFull, "a trader", "trader", "Northbank Securities"}}},
      {"'one ...' is a description",
       "\"Nobody expected this,\" one senior diplomat said.",
       {{"Nobody expected this", K::kFull, "one senior diplomat"}}},
      {"a day word before the name is not part of it",
       "Yesterday Halvard Corp said it was \"ready to sell\".",
       {{"ready to sell", K::kPartial, "Halvard Corp"}}},
      {"a bracket after the name is not the name",
       "Senator Ruth Vale (D-Ore.) called the plan \"reckless\".",
       {{"reckless", K::kPartial, "Ruth Vale"}}},
      {"a one-word name later called 'he' is a person",
       "Growth will slow, Baranov said. \"We are ready,\" he added.",
       {{"We are ready", K::kFull, "Baranov"}}},
      {"a country that speaks is not 'he'",
       "Minister Omar Haddad met reporters. Saudi Arabia said it would cut output.\n\n\"We "
       "will act,\" he said.",
       {{"We will act", K::kFull, "Omar Haddad"}}},
      {"inverted: a possessive organisation, role words, then the name",
       "\"We will tour again,\" said the band's singer Tom Ashby.",
       {{"We will tour again", K::kFull, "Tom Ashby", "singer", "band"}}},
      {"inverted: an article and an age before the name",
       "\"I want to stay,\" admitted the 28-year-old Oduya.",
       {{"I want to stay", K::kFull, "Oduya"}}},
      {"a description that speaks is 'he' later",
       "The official said the sale was near.\n\n\"The price is fair,\" he said.",
       {{"The price is fair", K::kFull, "The official"}}},
      {"a person named by kin is a person",
       "His sister, Ella Brant, spoke to reporters.\n\n\"We miss him,\" she said.",
       {{"We miss him", K::kFull, "Ella Brant"}}},
      {"an apposition that ends at the verb",
       "Lena Varga, head of the city's new transport unit told the forum it would expand.\n\n"
       "\"We want more buses,\" she said.",
       {{"We want more buses", K::kFull, "Lena Varga"}}},
      {"a person's statement",
       "Mr Lindqvist resigned on Friday.\n\n\"I regret nothing,\" Mr Lindqvist's statement "
       "said.",
       {{"I regret nothing", K::kFull, "Lindqvist"}}},
      {"an honorific inside a capitalised run starts the name",
       "Speaking in Harlow Mr Dale said the plan was \"dead\".",
       {{"dead", K::kPartial, "Dale"}}},
      {"'X of the Y said': Y is not the speaker",
       "Anna Pohl of the Daily Courier said the film was \"moving\".",
       {{"moving", K::kPartial, "Anna Pohl"}}},
      {"an occupation capitalised at the sentence start is a title",
       "Writer Nils Berg asked: \"Who pays for this?\"",
       {{"Who pays for this?", K::kFull, "Nils Berg", "Writer"}}},
      {"the person the previous sentence is about, after an organisation's name",
       "Harbour Trust executive director Ola Lind criticised the plan.\n\n\"It makes no "
       "sense.\"",
       {{"It makes no sense.", K::kFull, "Ola Lind"}}},
      {"a middle initial stays inside the name",
       "\"Margins will recover,\" said Thomas J. Vane, the chief executive.",
       {{"Margins will recover", K::kFull, "Thomas J. Vane"}}},
      {"'Another ...' is a description",
       "Another angry trader complained: \"Nobody saw this coming.\"",
       {{"Nobody saw this coming.", K::kFull, "Another angry trader"}}},
      {"'quoted X as saying'",
       "State radio quoted Defence Minister Karl Ostrova as saying the army was \"ready for "
       "anything\".",
       {{"ready for anything", K::kPartial, "Karl Ostrova", "Defence Minister"}}},
      {"an inverted description is 'he' later",
       "\"We cannot comment,\" said a spokesman for Halvard Bank. \"The review goes on,\" he "
       "said.",
       {{"We cannot comment", K::kFull, "a spokesman", "spokesman", "Halvard Bank"},
        {"The review goes on", K::kFull, "a spokesman"}}},
      {"according to",
       "\"Prices will rise,\" according to Hana Mori, chief economist at the Bank of Westland.",
       {{"Prices will rise", K::kFull, "Hana Mori", "chief economist", "Bank of Westland"}}},
      {"participle 'adding' introduces a full quote",
       "Rita Moss said the vote was fair, adding, \"We accept the result.\"",
       {{"We accept the result.", K::kFull, "Rita Moss"}}},

      // --- continued paragraphs, block quotes, signatures
      {"paragraph continuing the previous speaker",
       "\"We expected this,\" said Nadia Kerr.\n\n\"The vote was never going to be close.\"",
       {{"We expected this", K::kFull, "Nadia Kerr"}, {"The vote was never", K::kFull, "Nadia Kerr"}}},
      {"quotation over two paragraphs",
       "Nadia Kerr said: \"The vote was fair.\n\n\"We accept it.\"",
       {{"The vote was fair.", K::kFull, "Nadia Kerr"}, {"We accept it.", K::kFull, "Nadia Kerr"}}},
      {"unmarked paragraphs after 'X said:'",
       "Foreign Minister Ada Novak said:\n\nWe condemn the attack on the embassy.\n\nWe stand "
       "with the families of the victims.",
       {{"We condemn the attack", K::kBlock, "Ada Novak"},
        {"We stand with", K::kBlock, "Ada Novak"}}},
      {"unmarked paragraphs after 'X said:' with Windows line ends",
       "Foreign Minister Ada Novak said:\r\n\r\nWe condemn the attack on the embassy.\r\n",
       {{"We condemn the attack", K::kBlock, "Ada Novak"}}},
      {"a signature line names the speaker",
       "\"We call for calm in the capital.\n\n\"We urge every side to show restraint.\"\n\n"
       "- Ana Ruiz, Minister of Foreign Affairs",
       {{"We call for calm", K::kFull, "Ana Ruiz"}, {"We urge every side", K::kFull, "Ana Ruiz"}}},
      {"the person the previous sentence is about",
       "The council's chair, Ruth Okafor, read the declaration aloud.\n\n\"This council stands "
       "united against the attack.\"",
       {{"This council stands", K::kFull, "Ruth Okafor"}}},
  };
  return c;
}

TEST(Attribution, EveryForm) {
  for (const auto& c : cases()) EXPECT_EQ(check(c), "") << c.name;
}

TEST(Attribution, KindNames) {
  for (K k : {K::kFull, K::kPartial, K::kBlock, K::kHeadline, K::kChant, K::kName, K::kScare}) {
    K back = K::kFull;
    ASSERT_TRUE(vd::quote_kind_from_string(vd::to_string(k), &back));
    EXPECT_EQ(back, k);
  }
  K unused = K::kFull;
  EXPECT_FALSE(vd::quote_kind_from_string("quip", &unused));
}

}  // namespace
