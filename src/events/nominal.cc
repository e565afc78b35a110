#include "nominal.h"

#include <algorithm>
#include <array>
#include <cctype>

namespace vigil::events {
namespace {

struct EventNoun {
  std::string_view word;  // lower case, matched as a whole word
  std::string_view code;
  std::string_view source_sector, target_sector;
  bool needs_crowd_or_police;  // "clashes" are a protest's only beside protesters or police
};

// Our table of event nouns (CAMEO codes from the CAMEO codebook; roles as analysts supply
// them: protesters protest against their government, police make arrests).
constexpr std::array<EventNoun, 19> kNouns = {{
    {"protest", "141", "CVL", "GOV", false},
    {"protests", "141", "CVL", "GOV", false},
    {"demonstration", "141", "CVL", "GOV", false},
    {"demonstrations", "141", "CVL", "GOV", false},
    {"rally", "141", "CVL", "GOV", false},
    {"rallies", "141", "CVL", "GOV", false},
    {"marches", "141", "CVL", "GOV", false},
    {"sit-in", "141", "CVL", "GOV", false},
    {"riot", "145", "CVL", "GOV", false},
    {"riots", "145", "CVL", "GOV", false},
    {"clash", "145", "CVL", "COP", true},
    {"clashes", "145", "CVL", "COP", true},
    {"skirmishes", "145", "CVL", "COP", true},
    {"arrest", "173", "COP", "CVL", false},
    {"arrests", "173", "COP", "CVL", false},
    {"detention", "173", "COP", "CVL", false},
    {"detentions", "173", "COP", "CVL", false},
    {"crackdown", "173", "COP", "CVL", false},
    {"roundup", "173", "COP", "CVL", false},
}};

constexpr std::array<std::string_view, 8> kCrowdOrPolice = {
    "protesters", "demonstrators", "police", "protestors", "security", "riot", "crowd", "crowds"};

// Nouns after which an event noun is a modifier of people, gear or a place ("protest site").
bool is_people_head(std::string_view w) {
  static constexpr std::array<std::string_view, 17> kHeads = {
      "police", "officers", "gear",       "squad",     "squads",     "control",
      "leader", "leaders",  "organisers", "organizers", "movement",  "movements",
      "group",  "groups",   "site",       "sites",      "camp"};
  return std::find(kHeads.begin(), kHeads.end(), w) != kHeads.end();
}

// Prepositions before a bare noun of custody that make it a state ("in detention", "under
// arrest") or a kind ("conditions of detention", "up for arrest").
bool is_state_preposition(std::string_view w) {
  static constexpr std::array<std::string_view, 6> kPrepositions = {"in",   "of",   "for",
                                                                    "under", "from", "into"};
  return std::find(kPrepositions.begin(), kPrepositions.end(), w) != kPrepositions.end();
}

// "lodged a (strong) protest", "filed protests": a complaint, not a demonstration.
bool lodged_before(const std::vector<std::string>& words, size_t k) {
  static constexpr std::array<std::string_view, 12> kLodge = {
      "lodge", "lodged", "lodges", "file", "filed", "files",
      "register", "registered", "voiced", "issued", "delivered", "expressed"};
  for (size_t back = 1; back <= 3 && back <= k; ++back)
    if (std::find(kLodge.begin(), kLodge.end(), words[k - back]) != kLodge.end()) return true;
  return false;
}

bool is_word_byte(char c) {
  return std::isalnum(static_cast<unsigned char>(c)) || c == '-' || (c & 0x80);
}

// The sentence's words in lower case (ASCII letters folded; other bytes kept). With
// `closes`, whether punctuation or the sentence's end follows each word (it ends a phrase).
std::vector<std::string> lower_words(std::string_view text, std::vector<bool>* closes = nullptr) {
  std::vector<std::string> words;
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && !is_word_byte(text[i])) ++i;
    size_t b = i;
    while (i < text.size() && is_word_byte(text[i])) ++i;
    if (i == b) continue;
    std::string w(text.substr(b, i - b));
    for (char& c : w) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    words.push_back(std::move(w));
    if (closes)
      closes->push_back(i == text.size() || !std::isspace(static_cast<unsigned char>(text[i])));
  }
  return words;
}

bool ends_with(std::string_view w, std::string_view suffix) {
  return w.size() > suffix.size() + 2 && w.substr(w.size() - suffix.size()) == suffix;
}

// "The use of force during protests,", "in dispersing demonstrations.": a bare plural that
// ends its phrase right after a word in -ing (a gerund, or "during", a preposition of the
// same make) names a kind of act, not acts that happened (those are anchored: "during
// protests in Lima", "during the protests").
bool names_kind_of_act(const std::vector<std::string>& words, const std::vector<bool>& closes,
                       size_t k) {
  if (k == 0 || !closes[k] || words[k].back() != 's') return false;
  return ends_with(words[k - 1], "ing");
}

// "Peaceful demonstrations are legitimate", "protests are a right": a plural event noun
// with no determiner, subject of a present "are" that says what it is (not "are continuing",
// "are planned"), is a generic statement about such acts.
bool generic_subject(const std::vector<std::string>& words, size_t k) {
  if (words[k].back() != 's' || k + 2 >= words.size() || words[k + 1] != "are") return false;
  if (k > 0 && is_definite(words[k - 1])) return false;
  const std::string& next = words[k + 2];
  return !ends_with(next, "ing") && !ends_with(next, "ed") && next != "being" && next != "not";
}

// "The possibility of a sit-in", "the threat of arrest", "fears of riots": nouns of what
// may happen, whose "of" names an act that has not happened.
bool is_potential_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kPotential = {
      "possibility", "threat",   "threats",    "risk", "risks",  "prospect",
      "fear",        "fears",    "likelihood", "danger", "chance", "spectre"};
  return std::find(kPotential.begin(), kPotential.end(), w) != kPotential.end();
}

// "Planned protests", "upcoming rallies", "with further protests planned": acts to come.
bool named_as_to_come(const std::vector<std::string>& words, size_t k) {
  static constexpr std::array<std::string_view, 6> kBefore = {
      "planned", "upcoming", "future", "possible", "potential", "proposed"};
  static constexpr std::array<std::string_view, 3> kAfter = {"planned", "expected", "scheduled"};
  if (k > 0 && std::find(kBefore.begin(), kBefore.end(), words[k - 1]) != kBefore.end())
    return true;
  return k + 1 < words.size() &&
         std::find(kAfter.begin(), kAfter.end(), words[k + 1]) != kAfter.end();
}

// The event noun at `k` is the object of a noun of what may happen: "the possibility of a
// (new) sit-in" (at most two words between "of" and the noun).
bool governed_by_potential(const std::vector<std::string>& words, size_t k) {
  for (size_t back = 1; back <= 3 && back + 1 <= k; ++back)
    if (words[k - back] == "of") return is_potential_noun(words[k - back - 1]);
  return false;
}

}  // namespace

bool is_definite(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kDefinite = {
      "the", "this", "these", "that", "those", "their", "its", "his", "her"};
  return std::find(kDefinite.begin(), kDefinite.end(), w) != kDefinite.end();
}

namespace {

// How an act noun names the party the act is done to (after the noun; its author comes
// before it, "Russia's attack", or after "by").
enum class Party : uint8_t {
  kUnnamed,  // no party the noun takes ("the coup", "violence")
  kOn,       // force "on" or "against" a party, or "of" a place ("shelling of rebel positions")
  kWith,     // talks "with" a party
  kOf,       // an act done to people named after "of" ("the arrest of the editor")
};

// Nouns that name acts (codebook roots: 04 consult, 14 protest, 15 force posture, 17
// coerce, 18 assault, 19 fight, 20 mass violence), one row each:
// - `roots`: the roots of the acts it can point back to ("the arrests" -> the arrests
//   told before); "" for nouns too broad for that ("violence", "violations");
// - `code`: the code of the act when the sentence names both its parties (or, for the
//   means of force, "killed in a drone strike", the kind of force); "" when the noun
//   alone does not say which act it is;
// - `committed`: an act someone commits and is judged for ("condemned the attack"),
//   unlike fighting or talks, which are no one's alone;
// - `made`: a decision an actor makes ("the resolution", "the vote"): its author is the
//   one who adopted, passed or announced it; `made_by` the verb that makes it by itself
//   ("voted" makes "the vote"), "" when only verbs of making do.
struct ActNoun {
  std::string_view word;  // lower case
  std::string_view roots;
  std::string_view code;
  Party party;
  bool committed;
  bool made = false;
  std::string_view made_by = {};
};
constexpr ActNoun kActNouns[] = {
    // Force.
    {"attack", "1819", "190", Party::kOn, true},
    {"attacks", "1819", "190", Party::kOn, true},
    {"assault", "1819", "190", Party::kOn, true},
    {"offensive", "19", "190", Party::kOn, true},
    {"incursion", "19", "190", Party::kOn, true},
    {"invasion", "19", "192", Party::kOn, true},
    {"occupation", "19", "", Party::kUnnamed, true},
    {"aggression", "19", "", Party::kUnnamed, true},
    {"airstrike", "19", "195", Party::kOn, true},
    {"airstrikes", "19", "195", Party::kOn, true},
    {"strike", "19", "195", Party::kUnnamed, true},
    {"strikes", "19", "195", Party::kUnnamed, true},
    {"bombing", "1819", "195", Party::kOn, true},
    {"bombings", "1819", "195", Party::kOn, true},
    {"bombardment", "19", "", Party::kUnnamed, true},
    {"shelling", "19", "194", Party::kOn, true},
    {"onslaught", "19", "", Party::kUnnamed, true},
    {"ambush", "1819", "", Party::kUnnamed, true},
    {"hostilities", "19", "", Party::kUnnamed, true},
    {"fighting", "", "190", Party::kOn, false},
    {"clashes", "", "190", Party::kOn, false},
    {"counterattack", "", "190", Party::kOn, false},
    {"shooting", "1819", "", Party::kUnnamed, true},
    {"shootings", "1819", "", Party::kUnnamed, true},
    {"raid", "1719", "", Party::kUnnamed, true},
    {"raids", "1719", "", Party::kUnnamed, true},
    {"blast", "", "", Party::kUnnamed, true},
    {"test", "", "", Party::kUnnamed, true},
    {"tests", "", "", Party::kUnnamed, true},
    // Force and coercion done to people.
    {"killing", "181920", "180", Party::kOf, true},
    {"killings", "181920", "180", Party::kOf, true},
    {"murder", "18", "180", Party::kOf, true},
    {"assassination", "18", "186", Party::kOf, true},
    {"execution", "1820", "180", Party::kOf, true},
    {"executions", "1820", "180", Party::kOf, true},
    {"abduction", "18", "181", Party::kOf, true},
    {"kidnapping", "18", "181", Party::kOf, true},
    {"massacre", "20", "", Party::kUnnamed, true},
    {"atrocities", "1820", "", Party::kUnnamed, true},
    {"arrest", "17", "173", Party::kOf, true},
    {"arrests", "17", "173", Party::kOf, true},
    {"detention", "17", "173", Party::kOf, true},
    {"detentions", "17", "173", Party::kOf, true},
    {"capture", "17", "173", Party::kOf, true},
    {"sentencing", "17", "", Party::kUnnamed, true},
    {"sentences", "17", "", Party::kUnnamed, true},
    {"crackdown", "17", "", Party::kUnnamed, true},
    {"repression", "17", "", Party::kUnnamed, true},
    {"persecution", "17", "", Party::kUnnamed, true},
    {"seizure", "1719", "", Party::kUnnamed, true},
    {"coup", "", "", Party::kUnnamed, true},
    {"takeover", "", "", Party::kUnnamed, true},
    {"violence", "", "", Party::kUnnamed, true},
    {"abuses", "", "", Party::kUnnamed, true},
    {"violations", "", "", Party::kUnnamed, true},
    {"use", "", "", Party::kUnnamed, true},
    // Decisions an actor makes: "condemned the resolution" is aimed at who adopted it.
    {"resolution", "", "", Party::kUnnamed, true, true},
    {"resolutions", "", "", Party::kUnnamed, true, true},
    {"vote", "", "", Party::kUnnamed, true, true, "vote"},
    {"decision", "", "", Party::kUnnamed, true, true, "decide"},
    {"decisions", "", "", Party::kUnnamed, true, true, "decide"},
    {"measure", "", "", Party::kUnnamed, true, true},
    {"measures", "", "", Party::kUnnamed, true, true},
    {"sanctions", "", "", Party::kUnnamed, true, true, "sanction"},
    {"law", "", "", Party::kUnnamed, true, true},
    {"bill", "", "", Party::kUnnamed, true, true},
    {"decree", "", "", Party::kUnnamed, true, true, "decree"},
    {"plan", "", "", Party::kUnnamed, true, true},
    {"ban", "", "", Party::kUnnamed, true, true, "ban"},
    {"curfew", "", "", Party::kUnnamed, true, true},
    // Talks.
    {"talks", "", "040", Party::kWith, false},
    {"negotiations", "", "046", Party::kWith, false},
    {"meeting", "", "040", Party::kWith, false},
    {"dialogue", "", "040", Party::kWith, false},
    {"discussions", "", "040", Party::kWith, false},
    {"summit", "", "040", Party::kWith, false},
};

const ActNoun* find_act_noun(std::string_view lower) {
  for (const ActNoun& a : kActNouns)
    if (a.word == lower) return &a;
  return nullptr;
}

// The row of an upper-case word.
const ActNoun* find_act_noun_upper(std::string_view upper) {
  std::string lower(upper);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return find_act_noun(lower);
}

}  // namespace

bool is_act_noun(std::string_view w) {
  const ActNoun* a = find_act_noun_upper(w);
  return a != nullptr && a->committed;
}

std::string_view act_noun_roots(std::string_view w) {
  const ActNoun* a = find_act_noun_upper(w);
  return a != nullptr && a->committed ? a->roots : std::string_view();
}

std::string_view act_noun_code(std::string_view w) {
  const ActNoun* a = find_act_noun_upper(w);
  return a != nullptr ? a->code : std::string_view();
}

std::string_view answered_act_roots(std::string_view w) {
  constexpr std::string_view kCounter = "COUNTER";
  if (w.substr(0, kCounter.size()) != kCounter) return {};
  w.remove_prefix(kCounter.size());
  if (!w.empty() && w.front() == '-') w.remove_prefix(1);
  return act_noun_roots(w);
}

std::vector<NominalEvent> find_nominal_events(std::string_view sentence) {
  std::vector<NominalEvent> out;
  std::vector<bool> closes;
  const std::vector<std::string> words = lower_words(sentence, &closes);
  bool crowd_or_police = false;
  for (const std::string& w : words)
    for (std::string_view c : kCrowdOrPolice)
      if (w == c) crowd_or_police = true;
  for (const EventNoun& noun : kNouns) {
    bool seen = false;
    for (const NominalEvent& e : out) seen = seen || e.code.substr(0, 2) == noun.code.substr(0, 2);
    if (seen || (noun.needs_crowd_or_police && !crowd_or_police)) continue;
    for (size_t k = 0; k < words.size(); ++k) {
      if (words[k] != noun.word) continue;
      // "Discussed the possibility of a sit-in", "with more protests planned": acts that
      // may happen, not ones that did.
      if (governed_by_potential(words, k) || named_as_to_come(words, k)) continue;
      // "Peaceful demonstrations are legitimate", "force used in dispersing protests": such
      // acts in general, not ones that took place.
      if (names_kind_of_act(words, closes, k) || generic_subject(words, k)) continue;
      // "riot police", "protest leaders": the noun names a kind of people, not an act.
      if (k + 1 < words.size() && is_people_head(words[k + 1])) continue;
      // "lodged a protest with Japan": a state's formal complaint (the verbs code it).
      if (noun.code == "141" && lodged_before(words, k)) continue;
      // "drew protest from the EU": a judgement voiced by others (find_nominal_acts).
      if (noun.code == "141" && k + 1 < words.size() && words[k + 1] == "from") continue;
      // "summoned the ambassador to protest", "moved to arrest": an infinitive is a verb,
      // which the verbs code.
      if (k > 0 && words[k - 1] == "to" && words[k].back() != 's') continue;
      // "remain in detention", "conditions of detention", "offered himself for arrest":
      // a bare singular after a preposition names a state or a kind of act, not one act.
      if (noun.code == "173" && words[k].back() != 's' && k > 0 &&
          is_state_preposition(words[k - 1]))
        continue;
      const std::string& w = words[k];
      NominalEvent e;
      e.code = std::string(noun.code);
      e.source_sector = std::string(noun.source_sector);
      e.target_sector = std::string(noun.target_sector);
      e.noun = w;
      e.refers_back = k > 0 && is_definite(words[k - 1]);
      for (char& c : e.noun) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      out.push_back(std::move(e));
      break;
    }
  }
  return out;
}

namespace {

// Civilians, students, workers, the opposition: a crowd, not an armed force.
bool is_crowd(const std::string& code) {
  for (std::string_view sector : {"CVL", "EDU", "LAB", "OPP"})
    for (size_t k = 0; k + 3 <= code.size(); k += 3)
      if (code.compare(k, 3, sector) == 0) return true;
  return false;
}

bool is_name_tag(const std::string& tag) { return tag == "NNP" || tag == "NNPS"; }

std::string lower_of(const std::string& s) {
  std::string l = s;
  for (char& c : l) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return l;
}

// The words of the noun phrase starting at token `k`: up to a comma, a verb, a preposition
// or a relative word (at most eight words).
std::string phrase_from(const std::vector<syntax::Token>& tokens, size_t k, size_t* end = nullptr) {
  std::string phrase;
  size_t j = k;
  for (; j < tokens.size() && j < k + 8; ++j) {
    const syntax::Token& t = tokens[j];
    const std::string& tag = t.tag;
    if (tag == "," || tag == "." || tag == "IN" || tag == "TO" || tag == "WDT" || tag == "WP" ||
        tag == "CC" || tag.rfind("VB", 0) == 0 || tag == ":" || tag == "POS")
      break;
    phrase += (phrase.empty() ? "" : " ") + t.text;
  }
  if (end) *end = j;
  return phrase;
}

// Nouns of a judgement voiced by others, with its code: "drew condemnation from X".
std::string_view judgement_noun_code(std::string_view lower) {
  static constexpr std::array<std::pair<std::string_view, std::string_view>, 9> kJudgements = {{
      {"condemnation", "111"}, {"condemnations", "111"}, {"criticism", "111"},
      {"protest", "111"},      {"protests", "111"},      {"outrage", "111"},
      {"rebuke", "111"},       {"censure", "111"},       {"praise", "051"}}};
  for (const auto& [word, code] : kJudgements)
    if (word == lower) return code;
  return {};
}

// "X drew condemnation from A, B and C", "condemnation came from A": a judgement noun
// voiced by the actors after "from", of the first actor the sentence names before it
// (or of its possessor: "the government's refusal drew protest from ...").
void add_drawn_judgements(const std::vector<syntax::Token>& tokens, const PhraseCoder& code_of,
                          std::vector<NominalAct>& out) {
  static constexpr std::array<std::string_view, 12> kDrawing = {
      "drew",    "drawn",  "draws",   "draw",     "sparked", "prompted",
      "triggered", "provoked", "attracted", "met", "faced", "received"};
  // A capitalised name or state adjective: "Russian", "the EU" (not "The").
  auto capitalized = [&tokens](const syntax::Token& t) {
    return !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0])) &&
           (is_name_tag(t.tag) || t.tag == "JJ");
  };
  for (size_t k = 0; k + 2 < tokens.size(); ++k) {
    if (tokens[k].tag.rfind("NN", 0) != 0) continue;
    const std::string noun = lower_of(tokens[k].text);
    const std::string_view code = judgement_noun_code(noun);
    if (code.empty()) continue;
    // The verb that draws it, past adjectives ("drew strong international protest").
    size_t b = k;
    while (b > 0 && (tokens[b - 1].tag == "JJ" || tokens[b - 1].tag == "DT" ||
                     tokens[b - 1].tag == "RB"))
      --b;
    const bool drawn = b > 0 && std::find(kDrawing.begin(), kDrawing.end(),
                                          lower_of(tokens[b - 1].text)) != kDrawing.end();
    const bool came = lower_of(tokens[k + 1].text) == "came" || lower_of(tokens[k + 1].text) == "poured";
    size_t from = k + 1 + (came ? 1 : 0);
    if (came && from < tokens.size() && lower_of(tokens[from].text) == "in") ++from;
    if (!(drawn || came) || from >= tokens.size() || lower_of(tokens[from].text) != "from") continue;
    // Who voices it: each actor of the list after "from".
    std::vector<std::pair<std::string, std::string>> voices;
    size_t list_end = from + 1;
    for (size_t j = from + 1; j < tokens.size();) {
      size_t end = 0;
      const std::string phrase = phrase_from(tokens, j, &end);
      const std::string source = phrase.empty() ? std::string() : code_of(phrase);
      if (!source.empty()) voices.emplace_back(source, phrase);
      list_end = std::max(end, j + 1);
      if (end >= tokens.size() || end == j) break;
      const std::string sep = lower_of(tokens[end].text);
      if (sep != "," && sep != "and") break;
      j = end + 1;
      if (j < tokens.size() && lower_of(tokens[j].text) == "and") ++j;
    }
    // Whose act: the first actor named before the noun, else after the list ("came from
    // A and B after C seized ...").
    std::string target, target_text;
    auto first_actor = [&](size_t begin, size_t end) {
      for (size_t j = begin; j < end && target.empty(); ++j) {
        if (!capitalized(tokens[j]) || (j > begin && capitalized(tokens[j - 1]))) continue;
        std::string run;
        for (size_t r = j; r < end && capitalized(tokens[r]); ++r)
          run += (run.empty() ? "" : " ") + tokens[r].text;
        target = code_of(run);
        target_text = run;
      }
    };
    first_actor(0, b);
    if (target.empty()) first_actor(list_end, tokens.size());
    if (target.empty()) continue;
    for (const auto& [source, phrase] : voices) {
      if (source == target) continue;
      NominalAct act;
      act.code = std::string(code);
      act.noun = tokens[k].text;
      for (char& c : act.noun) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
      act.source = source;
      act.source_text = phrase;
      act.target = target;
      act.target_text = target_text;
      act.first_token = static_cast<int32_t>(k);
      act.last_token = static_cast<int32_t>(list_end - 1);
      out.push_back(std::move(act));
    }
  }
}

// "Clashes near the border after a truce between X and Y": a preposition of time,
// cause or concession opens an adjunct whose nouns are no party to the act before it.
bool opens_adjunct(std::string_view w) {
  static constexpr std::array<std::string_view, 12> kAdjuncts = {
      "despite", "after", "before", "amid",     "during",  "following",
      "since",   "until", "while",  "although", "because", "as"};
  return std::find(kAdjuncts.begin(), kAdjuncts.end(), w) != kAdjuncts.end();
}

// A possessive ending, "'s" or "'", however the tagger read it.
bool is_possessive(const syntax::Token& t) {
  return t.tag == "POS" || t.text == "'s" || t.text == "\xE2\x80\x99s";
}

// Who did the act named by the noun at `k`: "Russia's attack", "the government's arrest"
// (the phrase before a possessive), "an al-Shabab attack" (the names right before the
// noun, past its adjectives). Its code, or "" when none; `text` and `begin` say where.
std::string author_before(const std::vector<syntax::Token>& tokens, size_t k,
                          const PhraseCoder& code_of, std::string* text, size_t* begin) {
  size_t m = k;
  while (m > 0 && (tokens[m - 1].tag == "JJ" || tokens[m - 1].tag == "RB")) --m;
  const bool possessive = m > 0 && is_possessive(tokens[m - 1]);
  if (possessive) --m;
  const size_t name_end = m;
  // A possessor may be any noun phrase ("the government's"); otherwise only names modify.
  auto in_phrase = [&](const syntax::Token& t) {
    return is_name_tag(t.tag) || (possessive && (t.tag == "NN" || t.tag == "NNS" || t.tag == "JJ"));
  };
  while (m > 0 && in_phrase(tokens[m - 1]) && name_end - m < 6) --m;
  if (m == name_end) return {};
  std::string who;
  for (size_t j = m; j < name_end; ++j) who += (who.empty() ? "" : " ") + tokens[j].text;
  if (possessive && !is_name_tag(tokens[m].tag) && m > 0 && tokens[m - 1].tag == "DT")
    who = tokens[m - 1].text + " " + who;  // "the government": a definite description
  *text = who;
  *begin = m;
  return code_of(who);
}

// "In a drone strike", "in an airstrike" at `end`: the means of force named by an act noun
// of fighting; nullptr when the words at `end` name none.
const ActNoun* means_after(const std::vector<syntax::Token>& tokens, size_t end) {
  if (end >= tokens.size() || lower_of(tokens[end].text) != "in") return nullptr;
  // The noun phrase after "in": determiners, adjectives, numbers and nouns.
  for (size_t j = end + 1; j < tokens.size() && j <= end + 4; ++j) {
    const std::string& tag = tokens[j].tag;
    if (tag != "DT" && tag != "JJ" && tag != "CD" && tag.rfind("NN", 0) != 0) return nullptr;
    const ActNoun* means = find_act_noun(lower_of(tokens[j].text));
    if (means != nullptr && means->code.rfind("19", 0) == 0) return means;
  }
  return nullptr;
}

// Prepositions of an adjunct that places the subject's act at talks it took part in: "left
// Cairo following talks with X", "said at a meeting with X" ("before" is left out: those
// talks may not have taken place).
bool places_act_at_talks(std::string_view lower) {
  static constexpr std::array<std::string_view, 5> kAt = {"at", "after", "following", "during",
                                                          "in"};
  return std::find(kAt.begin(), kAt.end(), lower) != kAt.end();
}

// The preterminal of token `k`, or -1.
int32_t node_of_token(const syntax::Tree& tree, size_t k) {
  for (size_t n = 0; n < tree.nodes.size(); ++n)
    if (tree.nodes[n].token == static_cast<int32_t>(k)) return static_cast<int32_t>(n);
  return -1;
}

// The words of a subject noun phrase up to a comma, a bracket, a relative word or a verb
// ("A senior Ostrian delegation", "Norland's foreign minister").
std::string subject_words(const std::vector<syntax::Token>& tokens, const syntax::Node& np) {
  std::string words;
  for (int32_t j = np.first_token; j <= np.last_token; ++j) {
    const syntax::Token& t = tokens[static_cast<size_t>(j)];
    if (t.tag == "," || t.tag == "-LRB-" || t.tag == "WDT" || t.tag == "WP" ||
        t.tag.rfind("VB", 0) == 0)
      break;
    words += (words.empty() ? "" : " ") + t.text;
  }
  return words;
}

// "The delegation left Cairo following talks with X", "At a meeting with X, the envoy
// refused ...": talks named by the noun at `k` in an adjunct of time or occasion are those
// of the subject of the clause the adjunct belongs to. The subject's words, and the index
// of its first token in `begin`; "" when the noun is in no such adjunct (or heads a clause
// of its own: "after talks with X failed").
std::string subject_of_talks_adjunct(const syntax::Tree& tree, size_t k, size_t* begin) {
  int32_t n = node_of_token(tree, k);
  if (n < 0) return {};
  n = tree.nodes[static_cast<size_t>(n)].parent;
  while (n >= 0 && tree.nodes[static_cast<size_t>(n)].label == "NP")
    n = tree.nodes[static_cast<size_t>(n)].parent;
  if (n < 0) return {};
  // The adjunct: a prepositional phrase, or "following" read as a participle.
  const syntax::Node& adjunct = tree.nodes[static_cast<size_t>(n)];
  const std::string first = lower_of(tree.tokens[static_cast<size_t>(adjunct.first_token)].text);
  const bool prepositional = adjunct.label == "PP" && places_act_at_talks(first);
  if (!prepositional && !(adjunct.label == "VP" && first == "following")) return {};
  // The clause: the nearest S above the adjunct that has a subject, its NP before its VP
  // (a participle's own S has none).
  for (int32_t clause = adjunct.parent; clause >= 0;
       clause = tree.nodes[static_cast<size_t>(clause)].parent) {
    if (tree.nodes[static_cast<size_t>(clause)].label != "S") continue;
    for (int32_t child : tree.nodes[static_cast<size_t>(clause)].children) {
      const syntax::Node& c = tree.nodes[static_cast<size_t>(child)];
      if (c.label == "VP") break;
      if (c.label != "NP") continue;
      *begin = static_cast<size_t>(c.first_token);
      return subject_words(tree.tokens, c);
    }
  }
  return {};
}

// "Talks between A and B under the auspices of C", "... brokered by C", "... mediated by
// C": C mediates (045) between the parties of the talks named by the noun at `k`.
void add_mediation(const std::vector<syntax::Token>& tokens, size_t k, const NominalAct& talks,
                   const PhraseCoder& code_of, std::vector<NominalAct>& out) {
  for (size_t j = k + 1; j + 2 < tokens.size(); ++j) {
    const std::string w = lower_of(tokens[j].text);
    const std::string next = lower_of(tokens[j + 1].text);
    const bool auspices = w == "auspices" && next == "of";
    const bool by_mediator = (w == "brokered" || w == "mediated") && next == "by";
    if (!auspices && !by_mediator) continue;
    size_t end = 0;
    const std::string phrase = phrase_from(tokens, j + 2, &end);
    const std::string mediator = phrase.empty() ? std::string() : code_of(phrase);
    if (mediator.empty() || mediator == talks.source || mediator == talks.target) return;
    for (const auto& [party, text] : {std::pair{talks.source, talks.source_text},
                                      std::pair{talks.target, talks.target_text}}) {
      NominalAct act = talks;
      act.code = "045";
      act.source = mediator;
      act.source_text = phrase;
      act.target = party;
      act.target_text = text;
      act.last_token = static_cast<int32_t>(end) - 1;
      out.push_back(std::move(act));
    }
    return;
  }
}

}  // namespace

namespace {

// A decision as the document remembers it: its table word without a plural "s"
// ("sanctions" and "sanction" are one).
std::string decision_key(std::string_view lower) {
  std::string key(lower);
  if (key.size() > 3 && key.back() == 's') key.pop_back();
  return key;
}

// Verbs by which an actor makes a decision named as their object ("adopted a resolution",
// "imposed sanctions", "took the decision"), as lemmas.
bool is_verb_of_making(std::string_view lemma) {
  static constexpr std::array<std::string_view, 15> kMaking = {
      "adopt",  "pass",  "approve", "vote",    "announce", "impose", "introduce", "issue",
      "unveil", "enact", "sign",    "declare", "take",     "make",   "reach"};
  return std::find(kMaking.begin(), kMaking.end(), lemma) != kMaking.end();
}

// The words of the tree node `n`.
std::string node_words(const syntax::Tree& tree, int32_t n) {
  const syntax::Node& node = tree.nodes[static_cast<size_t>(n)];
  std::string words;
  for (int32_t t = node.first_token; t <= node.last_token; ++t)
    words += (words.empty() ? "" : " ") + tree.tokens[static_cast<size_t>(t)].text;
  return words;
}

// The last child of `parent` labelled NP before the child `before`; -1 when none.
int32_t noun_phrase_before(const syntax::Tree& tree, int32_t parent, int32_t before) {
  int32_t found = -1;
  for (int32_t child : tree.nodes[static_cast<size_t>(parent)].children) {
    if (child == before) break;
    if (tree.nodes[static_cast<size_t>(child)].label == "NP") found = child;
  }
  return found;
}

// Who does what the phrase at token `k` is attached to: the subject of its clause; for a
// clause with none, the object of the verb it complements ("prompted the council to meet
// at X's request": the council) or the antecedent of a relative clause ("Germany, which
// took the role at X's request"). -1 when the tree gives none.
int32_t doer_of_phrase_at(const syntax::Tree& tree, size_t k) {
  int32_t cur = -1;
  for (size_t n = 0; n < tree.nodes.size() && cur < 0; ++n)
    if (tree.nodes[n].token == static_cast<int32_t>(k)) cur = static_cast<int32_t>(n);
  while (cur >= 0) {
    const int32_t up = tree.nodes[static_cast<size_t>(cur)].parent;
    if (up < 0) return -1;
    const std::string& label = tree.nodes[static_cast<size_t>(up)].label;
    if (label == "S" && tree.nodes[static_cast<size_t>(cur)].label == "VP") {
      if (const int32_t subject = noun_phrase_before(tree, up, cur); subject >= 0) return subject;
      const int32_t above = tree.nodes[static_cast<size_t>(up)].parent;
      if (above >= 0 && tree.nodes[static_cast<size_t>(above)].label == "VP")
        if (const int32_t object = noun_phrase_before(tree, above, up); object >= 0) return object;
    }
    if (label == "SBAR") {
      const int32_t head = tree.nodes[static_cast<size_t>(up)].parent;
      if (head >= 0 && tree.nodes[static_cast<size_t>(head)].label == "NP")
        return noun_phrase_before(tree, head, up);
    }
    cur = up;
  }
  return -1;
}

// "Met at Russia's request", "came at the request of the government": a request told as
// the occasion of an act is its author's appeal (020) to whoever did the act.
void add_requested_acts(const syntax::Tree& tree, const PhraseCoder& code_of,
                        std::vector<NominalAct>& out) {
  const auto& tokens = tree.tokens;
  for (size_t k = 0; k + 2 < tokens.size(); ++k) {
    if (lower_of(tokens[k].text) != "at") continue;
    std::string requester, requester_text;
    size_t last = k;
    if (lower_of(tokens[k + 1].text) == "the" && lower_of(tokens[k + 2].text) == "request" &&
        k + 4 < tokens.size() && lower_of(tokens[k + 3].text) == "of") {
      size_t end = 0;
      requester_text = phrase_from(tokens, k + 4, &end);
      if (!requester_text.empty()) requester = code_of(requester_text);
      last = end - 1;
    } else {
      // "at Russia's request", "at the government's request".
      size_t noun = k + 1;
      while (noun < tokens.size() && noun < k + 7 && lower_of(tokens[noun].text) != "request")
        ++noun;
      if (noun >= tokens.size() || noun >= k + 7) continue;
      size_t begin = 0;
      requester = author_before(tokens, noun, code_of, &requester_text, &begin);
      if (begin != k + 1 && !(begin == k + 2 && tokens[k + 1].tag == "DT")) continue;
      last = noun;
    }
    if (requester.empty()) continue;
    const int32_t doer = doer_of_phrase_at(tree, k);
    if (doer < 0) continue;
    NominalAct act;
    act.target_text = node_words(tree, doer);
    act.target = code_of(act.target_text);
    if (act.target.empty() || act.target == requester) continue;
    act.code = "020";
    act.noun = "REQUEST";
    act.source = requester;
    act.source_text = requester_text;
    act.first_token = static_cast<int32_t>(k);
    act.last_token = static_cast<int32_t>(last);
    out.push_back(std::move(act));
  }
}

}  // namespace

std::string decision_noun(std::string_view upper_word) {
  const ActNoun* a = find_act_noun_upper(upper_word);
  return a != nullptr && a->made ? decision_key(a->word) : std::string();
}

std::vector<std::string> decisions_made(const std::vector<syntax::Token>& tokens, size_t verb) {
  std::vector<std::string> made;
  if (verb >= tokens.size() || tokens[verb].tag.rfind("VB", 0) != 0) return made;
  const std::string lemma =
      tokens[verb].lemma.empty() ? lower_of(tokens[verb].text) : tokens[verb].lemma;
  // "Parliament voted": the verb makes its own noun ("the vote").
  for (const ActNoun& a : kActNouns)
    if (a.made && a.made_by == lemma) {
      made.push_back(decision_key(a.word));
      break;
    }
  if (!is_verb_of_making(lemma)) return made;
  // Its object: "a resolution", "new measures", "on a bill", "Resolution 1701".
  for (size_t j = verb + 1; j < tokens.size() && j <= verb + 5; ++j) {
    const syntax::Token& t = tokens[j];
    const std::string w = lower_of(t.text);
    const ActNoun* a = find_act_noun(w);
    if (a != nullptr && a->made) {
      if (std::find(made.begin(), made.end(), decision_key(w)) == made.end())
        made.push_back(decision_key(w));
      break;
    }
    const bool modifier = t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "PRP$" ||
                          t.tag == "RB" || t.tag.rfind("NN", 0) == 0 || w == "on";
    if (!modifier) break;
  }
  return made;
}

std::vector<NominalAct> find_nominal_acts(const syntax::Tree& tree, const PhraseCoder& code_of) {
  std::vector<NominalAct> out;
  const auto& tokens = tree.tokens;
  add_drawn_judgements(tokens, code_of, out);
  add_requested_acts(tree, code_of, out);
  for (size_t k = 0; k < tokens.size(); ++k) {
    // (The tagger may read "Turkey's killing" as a verb after "is": a possessive's noun.)
    const bool noun_tag = tokens[k].tag.rfind("NN", 0) == 0 ||
                          (tokens[k].tag == "VBG" && k > 0 && is_possessive(tokens[k - 1]));
    if (!noun_tag) continue;
    const std::string noun = lower_of(tokens[k].text);
    const ActNoun* kind = find_act_noun(noun);
    if (kind == nullptr || kind->code.empty() || kind->party == Party::kUnnamed) continue;
    NominalAct act;
    act.code = std::string(kind->code);
    act.noun = tokens[k].text;
    for (char& c : act.noun) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    act.first_token = act.last_token = static_cast<int32_t>(k);
    size_t who_begin = k;
    act.source = author_before(tokens, k, code_of, &act.source_text, &who_begin);
    if (act.source.empty() && kind->party == Party::kWith) {
      act.source_text = subject_of_talks_adjunct(tree, k, &who_begin);
      if (!act.source_text.empty()) act.source = code_of(act.source_text);
      // "Protesters rallied during talks with X": a crowd is there, not at the table.
      if (is_crowd(act.source)) act.source.clear();
    }
    if (!act.source.empty()) act.first_token = static_cast<int32_t>(std::min(who_begin, k));
    // On whom: "on Ukraine", "against the base"; "by" names who when nothing before did.
    // "Between X and Y": each side on the other.
    for (size_t j = k + 1; j + 1 < tokens.size() && j <= k + 12; ++j) {
      const std::string w = lower_of(tokens[j].text);
      if (tokens[j].tag.rfind("VB", 0) == 0 || w == "," || opens_adjunct(w)) break;
      // Right after the noun, "of" names whom an act is done to ("the arrest of the
      // editor") or where force is done ("the shelling of rebel positions").
      const bool of_object = w == "of" && j == k + 1 && kind->party != Party::kWith;
      const bool toward =
          of_object || (kind->party == Party::kWith
                            ? w == "with"
                            : kind->party == Party::kOn && (w == "on" || w == "against"));
      if (!toward && w != "by" && w != "between") continue;
      size_t end = 0;
      std::string phrase = phrase_from(tokens, j + 1, &end);
      std::string actor = phrase.empty() ? std::string() : code_of(phrase);
      // "An attack on the headquarters of the militia": a place or thing of an actor stands
      // for it.
      // So do the leaders of the parties to talks, named by their office ("between the
      // presidents of A and B").
      const bool of_parties = w == "between" && actor.rfind("---", 0) == 0;
      if ((actor.empty() || of_parties) && (toward || w == "between") &&
          end + 1 < tokens.size() && lower_of(tokens[end].text) == "of") {
        phrase = phrase_from(tokens, end + 1, &end);
        actor = phrase.empty() ? std::string() : code_of(phrase);
      }
      if (actor.empty()) continue;
      if (w == "by") {
        if (!act.source.empty()) continue;
        act.source = actor;
        act.source_text = phrase;
      } else if (w == "between") {
        if (end >= tokens.size() || lower_of(tokens[end].text) != "and") break;
        size_t other_end = 0;
        const std::string other = phrase_from(tokens, end + 1, &other_end);
        const std::string other_code = other.empty() ? std::string() : code_of(other);
        if (other_code.empty()) break;
        act.source = actor;
        act.source_text = phrase;
        act.target = other_code;
        act.target_text = other;
        act.last_token = static_cast<int32_t>(other_end) - 1;
        NominalAct back = act;
        std::swap(back.source, back.target);
        std::swap(back.source_text, back.target_text);
        out.push_back(std::move(back));
        break;
      } else if (act.target.empty()) {
        act.target = actor;
        act.target_text = phrase;
        act.last_token = static_cast<int32_t>(end) - 1;
      }
    }
    // "The killing of the commander (by X) in an airstrike": force of that kind.
    for (size_t j = k + 1; j < tokens.size() && j <= k + 12; ++j) {
      if (tokens[j].tag.rfind("VB", 0) == 0 || tokens[j].text == "," ||
          opens_adjunct(tokens[j].text))
        break;
      if (const ActNoun* means = means_after(tokens, j)) {
        act.code = std::string(means->code);
        break;
      }
    }
    if (act.source.empty() || act.target.empty() || act.source == act.target) continue;
    // Clashes of a crowd with the police are a violent protest (145), not fighting.
    const bool crowd =
        kind->party != Party::kWith && (is_crowd(act.source) || is_crowd(act.target));
    if (crowd && (noun == "clashes" || noun == "fighting")) {
      if (!out.empty() && out.back().code == act.code && out.back().noun == act.noun)
        out.back().code = "145";
      act.code = "145";
    }
    if (kind->party == Party::kWith) add_mediation(tokens, k, act, code_of, out);
    out.push_back(std::move(act));
  }
  return out;
}

}  // namespace vigil::events
