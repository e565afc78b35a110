#include "context.h"

#include <algorithm>
#include <array>
#include <cctype>

#include "vigil/coder.h"
#include "vigil/nlp.h"

namespace vigil::events {
namespace {

// Things an actor makes or decides that later sentences name by a definite description
// ("the new legislation", "this troubling move") and that stand for their author when
// they are the object of a verb ("condemned the new legislation" criticises China).
bool is_artifact(std::string_view word) {
  static constexpr std::array<std::string_view, 28> kArtifacts = {
      "LAW",      "LAWS",     "LEGISLATION", "BILL",      "BILLS",       "ACT",    "DECREE",
      "MEASURE",  "MEASURES", "DECISION",    "DECISIONS", "MOVE",        "MOVES",  "POLICY",
      "POLICIES", "PLAN",     "PLANS",       "PROPOSAL",  "PROPOSALS",   "RULING", "CRACKDOWN",
      "STEP",     "BAN",      "REGULATIONS", "RULES",     "AMENDMENTS",  "REFORM", "REFORMS"};
  for (std::string_view a : kArtifacts)
    if (word == a) return true;
  return false;
}

bool is_determiner(std::string_view word) {
  return word == "THE" || word == "THIS" || word == "THAT" || word == "THESE" || word == "THOSE";
}

// Parts of speech that may stand between a possessive and its head noun.
bool is_modifier_tag(std::string_view tag) {
  return tag.rfind("JJ", 0) == 0 || tag.rfind("NN", 0) == 0 || tag.rfind("RB", 0) == 0 ||
         tag == "VBN" || tag == "VBG" || tag == "HYPH" || tag == "CD";
}

std::string upper(std::string_view s) {
  std::string u(s);
  to_upper_ascii(u);
  return u;
}

// When the noun phrase starting at token `first` reaches an artifact head, its words up to
// the head (upper case: "NATIONAL SECURITY LAWS"); else nothing.
std::vector<std::string> artifact_words(const syntax::Tree& tree, size_t first) {
  std::vector<std::string> words;
  for (size_t k = first; k < tree.tokens.size() && k < first + 8; ++k) {
    const syntax::Token& t = tree.tokens[k];
    if (!is_modifier_tag(t.tag)) break;
    words.push_back(upper(t.text));
    if (is_artifact(words.back())) return words;
  }
  return {};
}

// Words that describe any law or decision without telling which: "the new legislation".
bool is_generic_modifier(std::string_view w) {
  static constexpr std::string_view kWords[] = {
      "NEW", "PROPOSED", "DRAFT", "CONTROVERSIAL", "CONTENTIOUS", "DISPUTED", "PLANNED",
      "LATEST", "RECENT", "SWEEPING", "TOUGH", "HARSH", "DRACONIAN", "TROUBLING", "SAME",
      "DANGEROUS", "PROBLEMATIC", "DEEPLY", "VERY", "WHOLE", "ENTIRE", "FINAL", "UNPRECEDENTED"};
  for (std::string_view k : kWords)
    if (w == k) return true;
  return false;
}

// "each side", "either side", "both sides", "the two sides"; "both countries", "the two
// governments", "the two leaders".
bool names_both_sides(const std::vector<std::string_view>& words) {
  if (words.empty()) return false;
  const std::string_view head = words.back();
  const bool sides = head == "SIDE" || head == "SIDES";
  const bool states = head == "COUNTRIES" || head == "NATIONS" || head == "GOVERNMENTS" ||
                      head == "LEADERS";
  if (!sides && !states) return false;
  const size_t first = words[0] == "THE" ? 1 : 0;
  if (words.size() != first + 2) return false;
  const std::string_view w = words[first];
  return w == "BOTH" || w == "TWO" || (sides && (w == "EACH" || w == "EITHER"));
}

bool is_generic(const std::string& code) { return code.empty() || code.rfind("---", 0) == 0; }

// "MR.", "MS", "DR." (upper case, with or without its period): nlp's honorifics.
bool is_honorific_word(std::string_view upper_word) {
  if (!upper_word.empty() && upper_word.back() == '.') upper_word.remove_suffix(1);
  std::string lower(upper_word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return nlp::is_honorific(lower);
}

// Words, not deeds: statements, appeals, intentions, praise, demands, criticism,
// rejections and threats.
bool is_verbal(const std::string& code) {
  const std::string_view root = std::string_view(code).substr(0, 2);
  return root == "01" || root == "02" || root == "03" || root == "05" || root == "10" ||
         root == "11" || root == "12" || root == "13";
}

// Nouns that describe an organisation without naming it: "the continental body", "the
// regional bloc", "the rebel group".
bool is_organisation_noun(std::string_view word) {
  static constexpr std::string_view kNouns[] = {"BODY", "BLOC", "ORGANISATION", "ORGANIZATION",
                                                "ALLIANCE", "GROUP", "MOVEMENT", "COALITION",
                                                "WATCHDOG", "AGENCY"};
  for (std::string_view n : kNouns)
    if (word == n) return true;
  return false;
}

// An organisation's code: an international body, an NGO, or a group within a country.
bool is_organisation(const std::string& code) {
  if (is_generic(code)) return false;
  if (!starts_with_country(code)) return true;
  for (std::string_view element : {"REB", "OPP", "PTY", "NGO", "IGO"})
    for (size_t k = 3; k + 3 <= code.size(); k += 3)
      if (code.compare(k, 3, element) == 0) return true;
  return false;
}

// The three-letter elements of a code include `element` ("HKGCOP" has COP).
bool has_element(const std::string& code, std::string_view element) {
  for (size_t k = 0; k + 3 <= code.size(); k += 3)
    if (code.compare(k, 3, element) == 0) return true;
  return false;
}

// Taking people into custody or letting them go: arrest and detention (173), expulsion
// (174), release (0841).
bool is_custody_act(std::string_view code) {
  return code == "173" || code == "174" || code == "0841";
}

bool is_response_verb(std::string_view verb) {
  return verb.rfind("RESPOND", 0) == 0 || verb.rfind("REACT", 0) == 0 ||
         verb.rfind("RETALIAT", 0) == 0;
}

}  // namespace

DocumentContext::DocumentContext(const dict::Dictionaries& dicts, int32_t ordinal_date,
                                 std::string country, const nlp::Lexicon* lexicon)
    : dicts_(dicts), lexicon_(lexicon), ordinal_date_(ordinal_date),
      last_country_(std::move(country)) {}

void DocumentContext::observe_possessives(const syntax::Tree& tree) {
  std::string sentence_owner;
  const auto& tokens = tree.tokens;
  for (size_t i = 0; i < tokens.size(); ++i) {
    const syntax::Token& t = tokens[i];
    if (t.tag == "POS") {
      // "China's", "Hong Kong's": the proper nouns before the possessive.
      size_t begin = i;
      while (begin > 0 && i - begin < 6 && tokens[begin - 1].tag.rfind("NNP", 0) == 0) --begin;
      if (begin == i) continue;
      std::vector<std::string> words;
      for (size_t k = begin; k < i; ++k) words.push_back(upper(tokens[k].text));
      std::string code = code_phrase(dicts_, {words.begin(), words.end()}, ordinal_date_);
      if (is_generic(code)) continue;
      sentence_owner = code;
      remember_artifact(code, artifact_words(tree, i + 1));
    } else if (t.tag == "PRP$") {
      const std::string word = upper(t.text);
      if (word != "ITS" && word != "THEIR") continue;
      const std::string owner = sentence_owner.empty() ? last_actor_ : sentence_owner;
      if (!owner.empty()) remember_artifact(owner, artifact_words(tree, i + 1));
    }
  }
}

void DocumentContext::observe_appositions(const syntax::Tree& tree) {
  const auto& tokens = tree.tokens;
  const auto is_name_tag = [](const std::string& tag) { return tag == "NNP" || tag == "NNPS"; };
  for (size_t comma = 1; comma + 2 < tokens.size(); ++comma) {
    if (tokens[comma].text != ",") continue;
    // The name: proper nouns only, closed by a comma or the sentence's end.
    size_t end = comma + 1;
    while (end < tokens.size() && is_name_tag(tokens[end].tag)) ++end;
    if (end - comma < 3 || end >= tokens.size() || (tokens[end].text != "," && tokens[end].tag != "."))
      continue;
    // The phrase before it, back to the clause's start, a comma or a verb.
    size_t begin = comma;
    while (begin > 0 && tokens[begin - 1].text != "," && tokens[begin - 1].tag.rfind("VB", 0) != 0)
      --begin;
    std::vector<std::string> words;
    for (size_t k = begin; k < comma; ++k) words.push_back(upper(tokens[k].text));
    const std::string code = code_phrase(dicts_, {words.begin(), words.end()}, ordinal_date_);
    // Only an organisation's or a state's person ("envoy", "minister"): a code with a
    // sector, not a bare state ("Yemen, Ismail ..." names no role).
    if (is_generic(code) || code.size() <= 3) continue;
    std::string name;
    for (size_t k = comma + 1; k < end; ++k) name += (name.empty() ? "" : " ") + tokens[k].text;
    remember_names(code, upper(name));
    comma = end - 1;
  }
}

void DocumentContext::observe_role_holder(const syntax::Tree& tree) {
  std::string role = std::move(unnamed_role_);
  unnamed_role_.clear();
  if (role.empty()) return;
  // The name: the proper nouns that open the sentence, then its verb.
  const auto& tokens = tree.tokens;
  size_t end = 0;
  while (end < tokens.size() && tokens[end].tag == "NNP") ++end;
  if (end < 2 || end >= tokens.size() || tokens[end].tag.rfind("VB", 0) != 0) return;
  std::vector<std::string> words;
  for (size_t k = 0; k < end; ++k) words.push_back(upper(tokens[k].text));
  if (!is_name(words.back()) ||
      code_phrase(dicts_, {words.begin(), words.end()}, ordinal_date_) != "---")
    return;
  std::string name;
  for (const std::string& w : words) name += (name.empty() ? "" : " ") + w;
  remember_names(role, name);
}

// "THE UN ENVOY", "THE FOREIGN MINISTER": a definite description of a role whose head is
// a common noun, not a name ("THE PRESIDENT JOHN ROE").
bool DocumentContext::is_unnamed_role(const std::string& code, std::string_view upper_text) const {
  if (code.size() <= 3 || is_generic(code) || upper_text.rfind("THE ", 0) != 0) return false;
  const size_t last_space = upper_text.rfind(' ');
  const std::string head(upper_text.substr(last_space + 1));
  return !is_name(head) && names_the_actor(head, true);
}

// The noun phrase before the verb phrase of the sentence's main clause, or null.
static const syntax::Node* main_subject(const syntax::Tree& tree) {
  if (tree.empty()) return nullptr;
  const syntax::Node* clause = &tree.nodes[static_cast<size_t>(tree.root)];
  while (clause->label != "S" && clause->children.size() == 1)
    clause = &tree.nodes[static_cast<size_t>(clause->children[0])];
  if (clause->label != "S") return nullptr;
  const syntax::Node* subject = nullptr;
  for (int32_t child : clause->children) {
    const syntax::Node& node = tree.nodes[static_cast<size_t>(child)];
    if (node.label == "VP") return subject;
    if (node.label == "NP") subject = &node;
  }
  return nullptr;
}

void DocumentContext::observe_plural_subject(const syntax::Tree& tree) {
  last_plural_subject_ = std::move(plural_subject_);
  plural_subject_.clear();
  const syntax::Node* subject = main_subject(tree);
  if (subject == nullptr || subject->last_token < subject->first_token) return;
  const std::string& head_tag = tree.tokens[static_cast<size_t>(subject->last_token)].tag;
  if (head_tag != "NNS" && head_tag != "NNPS") return;
  std::vector<std::string> words;
  for (int32_t t = subject->first_token; t <= subject->last_token; ++t)
    words.push_back(upper(tree.tokens[static_cast<size_t>(t)].text));
  const std::string code = code_phrase(dicts_, {words.begin(), words.end()}, ordinal_date_);
  if (code != "---" && !code.empty()) plural_subject_ = code;
}

void DocumentContext::observe_things_of_states(const syntax::Tree& tree) {
  const auto& tokens = tree.tokens;
  for (size_t k = 1; k + 1 < tokens.size(); ++k) {
    // A state's adjective is capitalised ("a Chinese boat"): most adjectives are not.
    if (tokens[k].tag != "JJ" || tokens[k].text.empty() ||
        !std::isupper(static_cast<unsigned char>(tokens[k].text[0])))
      continue;
    const std::string article = upper(tokens[k - 1].text);
    if (article != "A" && article != "AN" && article != "THE") continue;
    const std::string adjective = upper(tokens[k].text);
    const std::string code = code_phrase(dicts_, {std::string_view(adjective)}, ordinal_date_);
    if (code.size() != 3 || !starts_with_country(code)) continue;
    // The head: the last noun of the words that follow ("fishing boat").
    size_t head = 0;
    for (size_t j = k + 1; j < tokens.size() && j <= k + 4; ++j) {
      const std::string& tag = tokens[j].tag;
      if (tag.rfind("NN", 0) == 0 && tag != "NNP" && tag != "NNPS") head = j;
      else if (tag != "JJ" && tag != "VBG") break;
    }
    if (head != 0) thing_states_[upper(tokens[head].text)] = code;
  }
}

void DocumentContext::observe_organisation_names(const syntax::Tree& tree) {
  const auto& tokens = tree.tokens;
  // "the Coalition", "the Alliance": a capitalised organisation noun is a body's name.
  for (size_t k = 1; k < tokens.size(); ++k) {
    const std::string& word = tokens[k].text;
    if (!word.empty() && std::isupper(static_cast<unsigned char>(word[0])) &&
        upper(tokens[k - 1].text) == "THE" && is_organisation_noun(upper(word)))
      organisation_names_.insert(upper(word));
  }
  for (size_t k = 0; k < tokens.size();) {
    if (tokens[k].tag != "NNP" && tokens[k].tag != "NNPS") {
      ++k;
      continue;
    }
    size_t end = k;
    while (end < tokens.size() && (tokens[end].tag == "NNP" || tokens[end].tag == "NNPS")) ++end;
    const size_t begin = k;
    k = end;
    if (end - begin < 2) continue;  // "the Security Council", not "Kenya"
    // A body's name ends in a common noun ("Council", "Commission"); a person's or a
    // company's in a name, which names no body to refer to as "the X".
    if (!names_the_actor(upper(tokens[end - 1].text), true) || is_name(upper(tokens[end - 1].text)))
      continue;
    std::vector<std::string> words;
    for (size_t j = begin; j < end; ++j) words.push_back(upper(tokens[j].text));
    const std::string code = code_phrase(dicts_, {words.begin(), words.end()}, ordinal_date_);
    if (!is_organisation(code)) continue;
    organisation_heads_.emplace(words.back(), code);  // the first body named so stays
  }
}

void DocumentContext::remember_artifact(const std::string& owner, std::vector<std::string> words) {
  if (words.empty()) return;
  if (owner != last_owner_) owner_words_.clear();
  last_owner_ = owner;
  for (std::string& w : words) owner_words_.push_back(std::move(w));
}

bool DocumentContext::describes_owned_artifact(std::string_view text) const {
  const size_t first_space = text.find(' ');
  const size_t last_space = text.rfind(' ');
  if (first_space == std::string_view::npos || !is_determiner(text.substr(0, first_space)) ||
      !is_artifact(text.substr(last_space + 1)))
    return false;
  // Every word between says nothing new ("the new legislation") or was said of the owner's
  // own law ("the security law" after "its national security laws"); "the national anthem
  // bill" is another law.
  size_t at = first_space + 1;
  while (at < last_space) {
    size_t end = text.find(' ', at);
    const std::string_view w = text.substr(at, end - at);
    if (!is_generic_modifier(w) &&
        std::find(owner_words_.begin(), owner_words_.end(), w) == owner_words_.end())
      return false;
    at = end + 1;
  }
  return true;
}

// Two named parties of one sentence acting on each other ("clashes between A and B",
// "A and B exchanged prisoners"): "A/B", else "".
static std::string parties_facing_each_other(const std::vector<CodedEvent>& events) {
  for (const CodedEvent& e : events) {
    if (is_generic(e.source) || is_generic(e.target) || e.source == e.target) continue;
    for (const CodedEvent& back : events)
      if (back.source == e.target && back.target == e.source && back.code == e.code)
        return e.source + "/" + e.target;
  }
  return {};
}

void DocumentContext::observe_events(const std::vector<CodedEvent>& events) {
  if (std::string sides = parties_facing_each_other(events); !sides.empty())
    last_sides_ = std::move(sides);
  if (!events.empty() && is_unnamed_role(events.front().source, events.front().source_text))
    unnamed_role_ = events.front().source;
  // Backwards, so the sentence's first event (its main subject) is remembered last.
  for (auto e = events.rbegin(); e != events.rend(); ++e) {
    for (const std::string* code : {&e->target, &e->source}) {
      if (is_generic(*code)) continue;
      // "The West", "Africa": a region is no state that "the government" or "the country"
      // could be of.
      if (starts_with_country(*code) && !names_region(*code)) last_country_ = code->substr(0, 3);
      if (has_element(*code, "COP")) last_police_ = *code;
    }
    if (!is_generic(e->source)) last_actor_ = e->source;
    // The voice of a statement speaks first and in its own words: not an actor the
    // sentence only names in a noun ("Russia's attack"), nor an armed group.
    if (first_actor_.empty() && !is_generic(e->source) && e->pattern.rfind("nominal", 0) != 0 &&
        !has_element(e->source, "REB"))
      first_actor_ = e->source;
    if (is_verbal(e->code) && !is_generic(e->source) && e->source_text != "WE" &&
        !has_element(e->source, "REB"))
      last_voice_ = e->source;
    for (const auto& [code, text] : {std::pair{&e->source, &e->source_text},
                                      std::pair{&e->target, &e->target_text}})
      remember_names(*code, *text);
    if (is_custody_act(e->code) && !e->target.empty() && e->target != "---" &&
        !is_actor_pronoun(e->target_text))
      last_held_ = e->target;
    if (e->code.rfind("14", 0) == 0 && !e->source.empty() && e->source != "---") {
      last_protesters_ = e->source;
      last_protesters_text_ = e->source_text;
    }
    remember_pressure(*e);
  }
}

// Appeals, demands and protests (02, 10, 14) press their target's state to act; a
// rejection that names no party answers the last of them (fill_implicit_role).
void DocumentContext::remember_pressure(const CodedEvent& e) {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root != "02" && root != "10" && root != "11" && root != "14") return;
  // Protesters are often named without a country ("---CVL"): they are given one later.
  if (e.source.empty() || e.source == "---" || names_region(e.target)) return;
  // "The protests" against a government not yet named ("---GOV") press the article's own
  // government: kept under no country.
  const bool protest = root == "14";
  if (starts_with_country(e.target))
    pressed_by_[e.target.substr(0, 3)] = Presser{e.source, e.source_text, protest};
  else if (e.target == "---GOV")
    pressed_by_[""] = Presser{e.source, e.source_text, protest};
}

// The head of an actor's phrase ("COUNCIL"), a name ("DUJARRIC") or a role ("SPOKESMAN")
// names the actor; other words of a long phrase ("protest of a bill ...") do not, and a
// thing ("the new legislation" is China's law) never does.
bool DocumentContext::names_the_actor(const std::string& upper_word, bool head) const {
  if (lexicon_ == nullptr) return head;
  std::string lower = upper_word;
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  if (!lexicon_->closed_tag(lower).empty()) return false;
  if (head) return !lexicon_->names_thing(lower);
  return is_name(upper_word) || lexicon_->names_person_or_group(lower);
}

void DocumentContext::remember_names(const std::string& code, std::string_view text) {
  // A role without a country ("General Gilbert Diendere": ---MIL) still tells who the name
  // is; the event's place gives the country later.
  if (code.size() <= 3 || text.empty()) return;
  if (code.rfind("---", 0) == 0 && !is_name_bearing(text)) return;
  if (is_organisation(code)) last_organisation_ = code;
  if (has_element(code, "REB") && starts_with_country(code)) last_armed_group_ = code;
  std::string words = upper(text);
  for (char& c : words)
    if (c == ',' || c == '(' || c == ')') c = ' ';
  for (size_t at = 0; at < words.size();) {
    const size_t space = std::min(words.find(' ', at), words.size());
    std::string word = words.substr(at, space - at);
    const bool last = space == words.size();
    at = space + 1;
    if (word.size() < 3) continue;
    if (!names_the_actor(word, last)) continue;
    heads_[std::move(word)] = code;  // the latest actor named by the word
  }
}

// A phrase with a name in it ("GENERAL GILBERT DIENDERE"), not only common words ("THE
// SOLDIERS"): only a name is worth remembering for a role without a country.
bool DocumentContext::is_name_bearing(std::string_view upper_text) const {
  for (size_t at = 0; at < upper_text.size();) {
    const size_t space = std::min(upper_text.find(' ', at), upper_text.size());
    const std::string_view word = upper_text.substr(at, space - at);
    if (word.size() >= 3 && is_name(word)) return true;
    at = space + 1;
  }
  return false;
}

// A word WordNet does not know: a name ("ANNAN"), not a common word ("POLICE").
bool DocumentContext::is_name(std::string_view upper_word) const {
  if (lexicon_ == nullptr) return false;
  std::string lower(upper_word);
  for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  return lexicon_->classes(lower) == 0 && lexicon_->closed_tag(lower).empty();
}

namespace {

// "The country", "the Sahel nation", "the Horn of Africa nation", "the Andean country of 17
// million": a noun of one state heads the phrase (it ends it, or "of" follows it).
bool names_one_state(const std::vector<std::string_view>& words) {
  for (size_t k = 0; k < words.size(); ++k) {
    const std::string_view w = words[k];
    const bool state_noun = w == "COUNTRY" || w == "NATION" || w == "STATE";
    if (state_noun && (k + 1 == words.size() || words[k + 1] == "OF")) return true;
  }
  return false;
}

}  // namespace

std::string DocumentContext::resolve(const std::vector<std::string_view>& words,
                                     const std::string& code) const {
  // "Loyalist troops stormed the town. They also shelled the airport.": "they" is the
  // plural subject of the sentence before, whether or not it told an event.
  if (words.size() == 1 && words[0] == "THEY" && !last_plural_subject_.empty())
    return last_plural_subject_;
  if (words.size() == 1 && is_actor_pronoun(words[0])) return last_actor_;
  // "The South American country of 17 million", "the Horn of Africa nation": a region
  // whose head noun is one state is that region's state the document speaks of; "African
  // nations", "the West" stay the region.
  if (names_region(code)) return names_one_state(words) ? last_country_ : std::string();
  // Outside a quotation (inside one the speaker replaces it), "we" is the statement's voice:
  // the last actor that spoke, else the first one named.
  if (words.size() == 1 && words[0] == "WE") {
    if (we_.empty()) we_ = !last_voice_.empty() ? last_voice_ : first_actor_;
    return we_;
  }
  // "Annan said" after "U.N. envoy Kofi Annan urged ...": a surname alone is the person
  // named before in full.
  if (words.size() == 1 && code == "---") {
    if (const auto h = heads_.find(words[0]); h != heads_.end()) return h->second;
  }
  // "Mr. Perez Molina", "Ms Boyd" after "President Otto Perez Molina": an honorific before
  // the name of someone named before is that person; so is the full name ("Karl Ostrander"
  // after observe_role_holder made "Ostrander" the envoy).
  const auto full_name = [this](const std::vector<std::string_view>& w) {
    return std::all_of(w.begin(), w.end(), [this](std::string_view x) { return is_name(x); });
  };
  if (words.size() >= 2 && code == "---" && (is_honorific_word(words[0]) || full_name(words)) &&
      is_name(words.back())) {
    if (const auto h = heads_.find(words.back()); h != heads_.end()) return h->second;
  }
  // "the boat's captain" after "a Chinese fishing boat": a person of a thing of a state is
  // of that state.
  if (words.size() >= 3 && words[0] == "THE" && code == "---") {
    if (const auto t = thing_states_.find(words[1]); t != thing_states_.end()) return t->second;
  }
  // "Moreno's government" after "President Lenin Moreno": a sector whose possessor is a
  // person or body named before takes that actor's country.
  if (words.size() >= 2 && code.size() > 3 && code.rfind("---", 0) == 0) {
    const size_t owner = words[0] == "THE" ? 1 : 0;
    if (owner + 1 < words.size() && is_name(words[owner])) {
      if (const auto h = heads_.find(words[owner]);
          h != heads_.end() && starts_with_country(h->second))
        return h->second.substr(0, 3) + code.substr(3);
    }
  }
  // "Each side", "both sides", "the two sides": the two parties the document last told
  // acting on each other.
  if (!last_sides_.empty() && names_both_sides(words)) return last_sides_;
  if (words.empty() || !is_determiner(words[0])) return {};
  // "the Council" after "the UN Security Council": the actor named by that head word; else
  // the body the document names with that head elsewhere (its first sentences may say
  // "the Council" before naming it).
  if (words[0] == "THE" && words.size() >= 2 && code == "---") {
    if (const auto h = heads_.find(words.back()); h != heads_.end()) return h->second;
    if (words.size() == 2)
      if (const auto o = organisation_heads_.find(words.back()); o != organisation_heads_.end())
        return o->second;
  }
  // "the continental body", "the group": the organisation named last. Not "the
  // Coalition": a body's name says which body it is, whatever organisation came last.
  if (words[0] == "THE" && code == "---" && is_organisation_noun(words.back()) &&
      !organisation_names_.contains(words.back()))
    return last_organisation_;
  // "the rebels", "the militants": the armed group named last, not any group of the country
  // named last.
  if (words[0] == "THE" && code.rfind("---", 0) == 0 && has_element(code, "REB") &&
      !last_armed_group_.empty())
    return last_armed_group_;
  if (words[0] != "THE" || last_country_.empty()) return {};
  if (code.size() > 3) {  // "the government", but not "the international community"
    for (std::string_view w : words)
      if (names_many_states(w)) return {};
    return last_country_ + code.substr(3);
  }
  if (words.size() == 2 && (words[1] == "COUNTRY" || words[1] == "NATION")) return last_country_;
  return {};
}

std::string DocumentContext::fill_implicit_role(CodedEvent& e, const std::string& sentence_country,
                                                const std::string& fallback_country) const {
  // Release from custody (0841) is done by whoever holds the people: with no agent named
  // ("the students were released on Tuesday"), the same police as an arrest.
  const bool police_act = is_custody_act(e.code) || e.code == "175";
  // Unnamed, not merely unknown: "Robin McBryde picked up an injury" names its subject.
  const bool no_source = (e.source.empty() || e.source == "---") && e.source_text.empty();
  const bool no_target = e.target.empty() || e.target == "---";
  if (no_source && !no_target && police_act) {
    std::string police;
    if (!sentence_country.empty() && last_police_.rfind(sentence_country, 0) != 0)
      police = sentence_country + "COP";
    else if (!last_police_.empty())
      police = last_police_;
    else if (!fallback_country.empty())
      police = fallback_country + "COP";
    if (police.empty()) return {};
    e.source = police;
    e.source_text.clear();
    // "Twenty students were detained. They were freed on Sunday.": the pronoun subject of
    // such a passive is the people last held, not the last actor (who held them).
    if (is_actor_pronoun(e.target_text) && !last_held_.empty()) e.target = last_held_;
    return "source";
  }
  // A curfew, state of emergency or other administrative restriction (172x) with no
  // agent named ("the towns were placed under a curfew") is imposed by the government of
  // the place, else of the document's country; those restricted are its people.
  if (no_source && e.code.rfind("172", 0) == 0) {
    const std::string& state = !sentence_country.empty() ? sentence_country : fallback_country;
    if (state.empty()) return {};
    e.source = state + "GOV";
    e.source_text.clear();
    if (no_target || e.target == e.source) e.target = state + "CVL";
    return "source";
  }
  if (no_target && !last_owner_.empty() && last_owner_ != e.source &&
      describes_owned_artifact(e.target_text)) {
    e.target = last_owner_;  // "condemned the new legislation": China's law
    return "target";
  }
  // "Following the protests, the government promised reforms": a promise naming no one,
  // by a government of the protesters' own country (when they have none yet, the country
  // the story is in), answers the protesters.
  const std::string& protesters_country =
      is_generic(last_protesters_) ? fallback_country : last_protesters_;
  const bool promise_to_the_street = e.code.rfind("03", 0) == 0 && has_element(e.source, "GOV") &&
                                     !last_protesters_.empty() && protesters_country.size() >= 3 &&
                                     protesters_country.compare(0, 3, e.source, 0, 3) == 0;
  if (no_target && promise_to_the_street && last_protesters_ != e.source) {
    e.target = last_protesters_;
    e.target_text = last_protesters_text_;
    return "target";
  }
  // (Not defiance of a norm, 128, or a veto, 129: they answer no one's demand.)
  const bool refusal = e.code.rfind("12", 0) == 0 && e.code.rfind("128", 0) != 0 &&
                       e.code.rfind("129", 0) != 0;
  if (no_target && refusal && starts_with_country(e.source)) {
    auto presser = pressed_by_.find(std::string_view(e.source).substr(0, 3));
    const bool government = e.source.size() == 3 || has_element(e.source, "GOV");
    if (presser == pressed_by_.end() && government) presser = pressed_by_.find("");
    if (presser != pressed_by_.end() && presser->second.code != e.source) {
      // "refused to resign": to those who demanded it. Protesters named without a
      // country protested against their own state: the rejecting one.
      const Presser& p = presser->second;
      const bool domestic = p.protest && p.code.rfind("---", 0) == 0;
      e.target = domestic ? e.source.substr(0, 3) + p.code.substr(3) : p.code;
      e.target_text = p.text;
      return "target";
    }
  }
  const bool response = is_response_verb(e.verb) && e.code.size() >= 2 && e.code[0] == '1' &&
                        e.code[1] >= '5';
  if (no_target && (e.code == "175" || response) && !is_generic(e.source) &&
      !last_protesters_.empty() && last_protesters_ != e.source) {
    e.target = last_protesters_;
    e.target_text = last_protesters_text_;
    return "target";
  }
  return {};
}

}  // namespace vigil::events
