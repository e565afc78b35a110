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

// Determiners that make a bare event noun point back ("the arrests came after ...").
bool is_definite(std::string_view w) {
  static constexpr std::array<std::string_view, 9> kDefinite = {
      "the", "this", "these", "that", "those", "their", "its", "his", "her"};
  return std::find(kDefinite.begin(), kDefinite.end(), w) != kDefinite.end();
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

// The sentence's words in lower case (ASCII letters folded; other bytes kept).
std::vector<std::string> lower_words(std::string_view text) {
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
  }
  return words;
}

}  // namespace

namespace {

// Nouns that name an act someone commits, with the CAMEO roots of the acts they name
// (codebook roots: 14 protest, 15 force posture, 17 coerce, 18 assault, 19 fight,
// 20 mass violence); "" for nouns too broad to point back to one kind of act.
struct CommittedAct {
  std::string_view word;  // upper case
  std::string_view roots;  // two digits each
};
constexpr std::array<CommittedAct, 50> kActs = {{
    {"ATTACK", "1819"},      {"ATTACKS", "1819"},     {"KILLING", "181920"},
    {"KILLINGS", "181920"},  {"ARREST", "17"},        {"ARRESTS", "17"},
    {"DETENTION", "17"},     {"DETENTIONS", "17"},    {"USE", ""},
    {"SHOOTING", "1819"},    {"SHOOTINGS", "1819"},   {"BOMBING", "1819"},
    {"BOMBINGS", "1819"},    {"ASSAULT", "1819"},     {"CRACKDOWN", "17"},
    {"SEIZURE", "1719"},     {"INVASION", "19"},      {"OCCUPATION", "19"},
    {"ABDUCTION", "18"},     {"EXECUTION", "1820"},   {"EXECUTIONS", "1820"},
    {"MURDER", "18"},        {"SENTENCING", "17"},    {"SENTENCES", "17"},
    {"RAID", "1719"},        {"RAIDS", "1719"},       {"STRIKES", "19"},
    {"VIOLENCE", ""},        {"COUP", ""},            {"TAKEOVER", ""},
    {"AGGRESSION", "19"},    {"INCURSION", "19"},     {"OFFENSIVE", "19"},
    {"SHELLING", "19"},      {"REPRESSION", "17"},    {"ABUSES", ""},
    {"VIOLATIONS", ""},      {"ATROCITIES", "1820"},  {"MASSACRE", "20"},
    {"TEST", ""},            {"TESTS", ""},           {"BLAST", ""},
    {"HOSTILITIES", "19"},   {"PERSECUTION", "17"},   {"AIRSTRIKE", "19"},
    {"AIRSTRIKES", "19"},    {"STRIKE", "19"},        {"AMBUSH", "1819"},
    {"BOMBARDMENT", "19"},   {"ONSLAUGHT", "19"},
}};

const CommittedAct* find_act_noun(std::string_view w) {
  for (const CommittedAct& a : kActs)
    if (a.word == w) return &a;
  return nullptr;
}

}  // namespace

bool is_act_noun(std::string_view w) { return find_act_noun(w) != nullptr; }

std::string_view act_noun_roots(std::string_view w) {
  const CommittedAct* a = find_act_noun(w);
  return a != nullptr ? a->roots : std::string_view();
}

std::vector<NominalEvent> find_nominal_events(std::string_view sentence) {
  std::vector<NominalEvent> out;
  const std::vector<std::string> words = lower_words(sentence);
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

// Nouns of acts between two parties, with the code the act takes: force (CAMEO 19x), done
// "on" or "against" the other party, and talks (04x), held "with" it.
struct ActNoun {
  std::string_view noun, code;
  bool talks;
};
const ActNoun* act_noun(const std::string& lower) {
  static constexpr ActNoun kActs[] = {
      {"attack", "190", false},      {"attacks", "190", false},     {"assault", "190", false},
      {"offensive", "190", false},   {"incursion", "190", false},   {"invasion", "192", false},
      {"airstrike", "195", false},   {"airstrikes", "195", false},  {"bombing", "195", false},
      {"bombings", "195", false},    {"shelling", "194", false},    {"fighting", "190", false},
      {"clashes", "190", false},     {"counterattack", "190", false},
      {"talks", "040", true},        {"negotiations", "046", true}, {"meeting", "040", true},
      {"summit", "040", true}};
  for (const ActNoun& a : kActs)
    if (lower == a.noun) return &a;
  return nullptr;
}

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

}  // namespace

std::vector<NominalAct> find_nominal_acts(const syntax::Tree& tree, const PhraseCoder& code_of) {
  std::vector<NominalAct> out;
  const auto& tokens = tree.tokens;
  add_drawn_judgements(tokens, code_of, out);
  for (size_t k = 0; k < tokens.size(); ++k) {
    if (tokens[k].tag.rfind("NN", 0) != 0) continue;
    const std::string noun = lower_of(tokens[k].text);
    const ActNoun* kind = act_noun(noun);
    if (kind == nullptr) continue;
    NominalAct act;
    act.code = std::string(kind->code);
    act.noun = tokens[k].text;
    for (char& c : act.noun) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    act.first_token = act.last_token = static_cast<int32_t>(k);
    // Who: "Russia's attack", "an al-Shabab attack" (the names right before the noun, past
    // its adjectives), or "the attack by the ADF".
    size_t m = k;
    while (m > 0 && (tokens[m - 1].tag == "JJ" || tokens[m - 1].tag == "RB")) --m;
    if (m > 0 && tokens[m - 1].tag == "POS") --m;
    size_t name_end = m;
    while (m > 0 && is_name_tag(tokens[m - 1].tag) && name_end - m < 6) --m;
    if (m < name_end) {
      std::string who;
      for (size_t j = m; j < name_end; ++j) who += (who.empty() ? "" : " ") + tokens[j].text;
      act.source = code_of(who);
      act.source_text = who;
      act.first_token = static_cast<int32_t>(m);
    }
    // On whom: "on Ukraine", "against the base"; "by" names who when nothing before did.
    // "Between X and Y": each side on the other.
    for (size_t j = k + 1; j + 1 < tokens.size() && j <= k + 12; ++j) {
      const std::string w = lower_of(tokens[j].text);
      if (tokens[j].tag.rfind("VB", 0) == 0 || w == ",") break;
      const bool toward = kind->talks ? w == "with" : (w == "on" || w == "against");
      if (!toward && w != "by" && w != "between") continue;
      size_t end = 0;
      const std::string phrase = phrase_from(tokens, j + 1, &end);
      const std::string actor = phrase.empty() ? std::string() : code_of(phrase);
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
    if (act.source.empty() || act.target.empty() || act.source == act.target) continue;
    // Clashes of a crowd with the police are a violent protest (145), not fighting.
    const bool crowd = !kind->talks && (is_crowd(act.source) || is_crowd(act.target));
    if (crowd && (noun == "clashes" || noun == "fighting")) {
      if (!out.empty() && out.back().code == act.code && out.back().noun == act.noun)
        out.back().code = "145";
      act.code = "145";
    }
    out.push_back(std::move(act));
  }
  return out;
}

}  // namespace vigil::events
