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

bool is_act_noun(std::string_view w) {
  static constexpr std::array<std::string_view, 44> kActs = {
      "ATTACK",     "ATTACKS",    "KILLING",    "KILLINGS",   "ARREST",     "ARRESTS",
      "DETENTION",  "DETENTIONS", "USE",        "SHOOTING",   "SHOOTINGS",  "BOMBING",
      "BOMBINGS",   "ASSAULT",    "CRACKDOWN",  "SEIZURE",    "INVASION",   "OCCUPATION",
      "ABDUCTION",  "EXECUTION",  "EXECUTIONS", "MURDER",     "SENTENCING", "SENTENCES",
      "RAID",       "RAIDS",      "STRIKES",    "VIOLENCE",   "COUP",       "TAKEOVER",
      "AGGRESSION", "INCURSION",  "OFFENSIVE",  "SHELLING",   "REPRESSION", "ABUSES",
      "VIOLATIONS", "ATROCITIES", "MASSACRE",   "TEST",       "TESTS",      "BLAST",
      "HOSTILITIES", "PERSECUTION"};
  return std::find(kActs.begin(), kActs.end(), w) != kActs.end();
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

}  // namespace vigil::events
