#include "actors.h"

#include <algorithm>
#include <string_view>

#include "actor_prefixes.h"
#include "vigil/pronouns.h"

namespace vigil::events {
namespace {

// True when `code` already holds `element` at a 3-character boundary (CAMEO codes are
// made of 3-character elements), so an agent never adds the same role twice.
bool has_element(const std::string& code, const std::string& element) {
  if (element.empty()) return true;
  for (size_t k = 0; k + element.size() <= code.size(); k += 3)
    if (code.compare(k, element.size(), element) == 0) return true;
  return false;
}

// Expands NE(pre NEC(e1 e2 ...) post) into NEC(NE(pre e1 post) NE(pre e2 post) ...).
bool expand_first_compound_ne(Linear& items) {
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != Item::Kind::kNe) continue;
    size_t end = matching_close(items, i);
    size_t nec = i + 1;
    while (nec < end && items[nec].kind != Item::Kind::kNec) ++nec;
    if (nec == end) continue;
    size_t nec_end = matching_close(items, nec);
    Linear pre(items.begin() + static_cast<long>(i) + 1, items.begin() + static_cast<long>(nec));
    Linear post(items.begin() + static_cast<long>(nec_end) + 1, items.begin() + static_cast<long>(end));
    Linear replacement;
    replacement.push_back(items[nec]);
    for (size_t k = nec + 1; k < nec_end; ++k) {
      if (items[k].kind != Item::Kind::kNe) continue;
      size_t element_end = matching_close(items, k);
      replacement.push_back(items[k]);
      replacement.insert(replacement.end(), pre.begin(), pre.end());
      for (size_t w = k + 1; w < element_end; ++w)
        if (items[w].kind == Item::Kind::kWord) replacement.push_back(items[w]);
      replacement.insert(replacement.end(), post.begin(), post.end());
      replacement.push_back(items[element_end]);
      k = element_end;
    }
    replacement.push_back(items[nec_end]);
    items.erase(items.begin() + static_cast<long>(i), items.begin() + static_cast<long>(end) + 1);
    items.insert(items.begin() + static_cast<long>(i), replacement.begin(), replacement.end());
    return true;
  }
  return false;
}

// "The use of force", "seized it by force", "met with force": force as violence, not an
// armed force (a unit is "a force", "the force", "forces").
bool is_force_as_violence(const std::vector<std::string_view>& v, size_t k, size_t length) {
  return length == 1 && v[k] == "FORCE" && k > 0 &&
         (v[k - 1] == "OF" || v[k - 1] == "BY" || v[k - 1] == "WITH");
}

// The word before item `i` (brackets skipped), or "".
std::string_view word_before(const Linear& items, size_t i) {
  while (i > 0) {
    --i;
    if (items[i].kind == Item::Kind::kWord) return items[i].text;
    if (items[i].kind == Item::Kind::kNe) return {};
  }
  return {};
}

// "Mr Hague" is a person, whatever place the name also is.
bool is_personal_title(std::string_view w) {
  return w == "MR" || w == "MR." || w == "MRS" || w == "MRS." || w == "MS" || w == "MS." ||
         w == "MISS" || w == "DR" || w == "DR.";
}

// Nouns for parts of a place: "the streets of La Paz" is where, not who.
bool is_place_part(std::string_view w) {
  static constexpr std::string_view kParts[] = {
      "STREETS", "STREET", "CENTRE", "CENTER", "OUTSKIRTS", "SUBURBS", "SUBURB", "HEART",
      "DOWNTOWN", "PARTS", "PART", "AREA", "AREAS", "REGION", "REGIONS", "CITY", "TOWN",
      "VILLAGE", "VILLAGES", "NORTH", "SOUTH", "EAST", "WEST", "BORDER", "BORDERS"};
  for (std::string_view k : kParts)
    if (w == k) return true;
  return false;
}

// Last words of company names ("Nippon Steel Corp", "CPC International Inc").
bool is_company_suffix(std::string_view w) {
  static constexpr std::string_view kSuffixes[] = {
      "INC", "INC.", "CORP", "CORP.", "CO", "CO.", "LTD", "LTD.", "PLC", "LLC",
      "CORPORATION", "INCORPORATED", "LIMITED", "GMBH", "AG", "BHD", "NV", "N.V."};
  for (std::string_view s : kSuffixes)
    if (w == s) return true;
  return false;
}

// A place or acronym inside a company's name does not make the company a government:
// "Nippon Steel Corp" is a Japanese business, "CPC International Inc" some business.
bool recode_company(const std::vector<std::string_view>& v, size_t actor_end, std::string& code) {
  for (size_t k = actor_end; k < v.size(); ++k) {
    if (!is_company_suffix(v[k])) continue;
    code = code.size() == 3 && starts_with_country(code) ? code + "BUS" : "---BUS";
    return true;
  }
  return false;
}

// True when `w` ends one of the verb dictionary's envoys ("AMBASSADOR", "ENVOY": the
// &ENVOYS synset, the list the verbs read).
bool is_envoy_noun(const dict::Dictionaries& dicts, std::string_view w) {
  const auto envoys = dicts.verbs.synsets.find("ENVOYS");
  if (envoys == dicts.verbs.synsets.end()) return false;
  for (const std::vector<std::string>& phrase : envoys->second)
    if (!phrase.empty() && phrase.back() == w) return true;
  return false;
}

// "Norway's ambassador to the United States", "the Kenyan envoy to Chad": an envoy belongs
// to the state that sends them, named before the role; the state after "to" only hosts
// them. Returns the position of that "to" when the actor found starts after it, else 0.
size_t host_after_envoy(const dict::Dictionaries& dicts, const std::vector<std::string_view>& v,
                        size_t actor_begin) {
  size_t to = actor_begin;
  if (to >= 1 && v[to - 1] == "THE") --to;
  if (to < 3 || v[to - 1] != "TO" || !is_envoy_noun(dicts, v[to - 2])) return 0;
  return to - 1;
}

}  // namespace

namespace {

// The ASCII capital of each Latin-1 letter U+00C0..U+00FF (UTF-8 C3 80..C3 BF), or 0 for
// the signs among them (multiplication, division, thorn), which are kept as they are.
constexpr char kLatin1Capital[64] = {
    'A', 'A', 'A', 'A', 'A', 'A', 'A', 'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',
    'D', 'N', 'O', 'O', 'O', 'O', 'O', 0,   'O', 'U', 'U', 'U', 'U', 'Y', 0,   'S',
    'A', 'A', 'A', 'A', 'A', 'A', 'A', 'C', 'E', 'E', 'E', 'E', 'I', 'I', 'I', 'I',
    'D', 'N', 'O', 'O', 'O', 'O', 'O', 0,   'O', 'U', 'U', 'U', 'U', 'Y', 0,   'Y'};

}  // namespace

void to_upper_ascii(std::string& s) {
  size_t out = 0;
  for (size_t i = 0; i < s.size(); ++i) {
    char c = s[i];
    if (c >= 'a' && c <= 'z') {
      c = static_cast<char>(c - ('a' - 'A'));
    } else if (static_cast<unsigned char>(c) == 0xC3 && i + 1 < s.size()) {
      const unsigned char next = static_cast<unsigned char>(s[i + 1]);
      if (next >= 0x80 && next <= 0xBF && kLatin1Capital[next - 0x80] != 0) {
        c = kLatin1Capital[next - 0x80];  // "Pérez" is the dictionaries' "PEREZ"
        ++i;
      }
    }
    s[out++] = c;
  }
  s.resize(out);
}

bool starts_with_country(std::string_view code) {
  if (code.size() < 3 || code[0] == '"') return false;
  const std::string_view first = code.substr(0, 3);
  for (std::string_view prefix : kActorPrefixes)
    if (first == prefix) return false;
  // Not in the roles table: "UIS" (an unidentified state) and "---" (no country) stand in
  // a country's place too.
  return first != "UIS" && first != "---";
}

bool names_region(std::string_view code) {
  if (code.size() < 3) return false;
  const std::string_view first = code.substr(0, 3);
  for (std::string_view region : kActorRegions)
    if (first == region) return true;
  return false;
}

bool is_actor_pronoun(std::string_view w) { return text::is_third_person_subject(w); }

std::string code_phrase(const dict::Dictionaries& dicts, const std::vector<std::string_view>& words,
                        int32_t ordinal_date, const std::string** root,
                        const dict::ActorEntry** found) {
  // "Saudi-led warplanes", "US-led forces": the leader's name within the word is the actor.
  constexpr std::string_view kLed = "-LED";
  const auto led = [kLed](std::string_view w) {
    return w.size() > kLed.size() && w.substr(w.size() - kLed.size()) == kLed;
  };
  std::vector<std::string_view> leaders;
  if (std::any_of(words.begin(), words.end(), led)) {
    leaders = words;
    for (std::string_view& w : leaders)
      if (led(w)) w.remove_suffix(kLed.size());
  }
  const std::vector<std::string_view>& v = leaders.empty() ? words : leaders;
  std::string code;
  size_t actor_begin = 0, actor_end = 0;
  // The actor is the longest dictionary phrase in the noun phrase, the first of equals:
  // "China's National People's Congress" is the congress (CHNLEG), not China with agents.
  dict::PhraseMatch best;
  const auto find_actor = [&](size_t end) {
    best = dict::PhraseMatch{};
    for (size_t k = 0; k < end; ++k) {
      dict::PhraseMatch m = dicts.actors.index.longest_match(v, k);
      if (m.length > best.length && k + m.length <= end) {
        best = m;
        actor_begin = k;
      }
    }
  };
  find_actor(v.size());
  if (best.length > 0) {
    const size_t to = host_after_envoy(dicts, v, actor_begin);
    const dict::PhraseMatch host = best;
    const size_t host_begin = actor_begin;
    if (to > 0) find_actor(to);
    if (best.length == 0) {  // no sender named: the host is all the phrase says
      best = host;
      actor_begin = host_begin;
    }
  }
  // A place name after a personal title is a surname ("Mr Hague"), not the place.
  if (best.length > 0 && actor_begin > 0 && is_personal_title(v[actor_begin - 1]) &&
      dicts.actors.entries[static_cast<size_t>(best.entry)].code_on(ordinal_date).size() == 3)
    best = dict::PhraseMatch{};
  // "the streets of La Paz", "the outskirts of Kabul": a place, not its government (but
  // "the City of London Police", "the Centre of Indian Trade Unions" name bodies).
  if (best.length > 0 && actor_begin >= 2 && v[actor_begin - 1] == "OF" &&
      is_place_part(v[actor_begin - 2]) && actor_begin + best.length == v.size())
    best = dict::PhraseMatch{};
  if (best.length > 0) {
    const dict::ActorEntry& entry = dicts.actors.entries[static_cast<size_t>(best.entry)];
    code = entry.code_on(ordinal_date);
    if (code.empty()) code = "---";
    if (root) *root = &entry.root;
    if (found) *found = &entry;
    actor_end = actor_begin + best.length;
    if (recode_company(v, actor_end, code)) return code;
  }
  // "traders in Paris": the place gives the country, the agent before it the role; a
  // capital read as its government ("Paris" = FRAGOV) would make traders officials.
  const bool located_agent = best.length > 0 && actor_begin > 0 &&
                             (v[actor_begin - 1] == "IN" || v[actor_begin - 1] == "AT") &&
                             code.size() > 3 && starts_with_country(code);
  std::vector<const dict::AgentEntry*> agents;
  bool agent_before_actor = false;
  for (size_t k = 0; k < v.size(); ++k) {
    if (k >= actor_begin && k < actor_end) continue;
    dict::PhraseMatch m = dicts.agents.index.longest_match(v, k);
    if (m.length == 0 || is_force_as_violence(v, k, m.length)) continue;
    if (k < actor_begin) agent_before_actor = true;
    agents.push_back(&dicts.agents.entries[static_cast<size_t>(m.entry)]);
    k += m.length - 1;
  }
  if (agents.empty()) return code.empty() ? "---" : code;
  if (located_agent && agent_before_actor) code.resize(3);
  if (code.empty()) code = "---";
  // "former" officials are elites, whatever office they held (TABARI manual 5.4).
  if (std::find(words.begin(), words.end(), "FORMER") != words.end()) return code + "ELI";
  for (const dict::AgentEntry* agent : agents) {
    if (has_element(code, agent->code)) break;  // PETRARCH stops at the first repeat
    code = agent->goes_before ? agent->code + code : code + agent->code;
  }
  return code;
}

bool names_many_states(std::string_view upper_words) {
  for (std::string_view word : {"INTERNATIONAL", "WORLD", "GLOBAL"})
    if (upper_words.find(word) != std::string_view::npos) return true;
  // "more governments", "other countries": states in the plural.
  for (std::string_view word : {"GOVERNMENTS", "COUNTRIES", "NATIONS", "STATES"}) {
    const size_t at = upper_words.rfind(word);
    if (at != std::string_view::npos && at + word.size() == upper_words.size() &&
        upper_words.find("UNITED") == std::string_view::npos)
      return true;
  }
  return false;
}

void code_noun_phrases(const dict::Dictionaries& dicts, Linear& items, int32_t ordinal_date,
                       const ReferenceResolver* resolver, const syntax::Tree* tree) {
  while (expand_first_compound_ne(items)) {
  }
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].kind != Item::Kind::kNe) continue;
    size_t end = matching_close(items, i);
    // Reused per thread: one vector for all the noun phrases of all sentences.
    thread_local std::vector<std::string_view> words;
    words.clear();
    size_t last_word = i;
    for (size_t k = i + 1; k < end && k < items.size(); ++k)
      if (items[k].kind == Item::Kind::kWord) {
        words.push_back(items[k].text);
        last_word = k;
      }
    // "The coalition assured us": the pronoun "us" (the first person plural, resolved as
    // "we"), not "US", the United States; the linear form is upper case, the text is not.
    if (tree && words.size() == 1 && words[0] == "US" && items[last_word].token >= 0 &&
        static_cast<size_t>(items[last_word].token) < tree->tokens.size() &&
        tree->tokens[static_cast<size_t>(items[last_word].token)].text == "us")
      words[0] = "WE";
    // "Took the island by force": a phrase of its own after the preposition.
    if (words.size() == 1 && is_force_as_violence({word_before(items, i), words[0]}, 1, 1)) {
      items[i].code = "---";
      continue;
    }
    items[i].code = code_phrase(dicts, words, ordinal_date, &items[i].root, &items[i].entry);
    // "The South American country" (SAM) is one state of the region: the document says
    // which, as it does for "the country".
    if (resolver && (items[i].code.rfind("---", 0) == 0 || names_region(items[i].code))) {
      std::string resolved = (*resolver)(words, items[i].code);
      if (!resolved.empty()) {
        items[i].code = std::move(resolved);
        items[i].entry = nullptr;  // the document named it, not this entry
      }
    }
  }
}

}  // namespace vigil::events
