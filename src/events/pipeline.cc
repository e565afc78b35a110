#include "vigil/pipeline.h"

#include <algorithm>
#include <filesystem>
#include <optional>
#include <cctype>

#include "context.h"
#include "nominal.h"
#include "vigil/nlp.h"
#include "vigil/prepositions.h"
#include "vigil/pronouns.h"

namespace vigil::events {
namespace {

Result<std::pair<std::shared_ptr<const dict::Dictionaries>, dict::PetrarchOptions>>
load_dictionaries(const PipelineConfig& config) {
  dict::DictionaryFiles files;
  dict::PetrarchOptions options;
  if (!config.petrarch_config.empty()) {
    auto ini = dict::read_petrarch_config(config.petrarch_config);
    if (!ini.ok()) return ini.status();
    files = ini.value().files;
    options = ini.value().options;
  } else {
    auto found = dict::load_dictionary_dir(config.dictionary_dir.empty() ? config.data_dir
                                                                      : config.dictionary_dir);
    if (!found.ok()) return found.status();
    files = found.value();
    // vigil's own default: events may lack a target (a protest, an arrest of unnamed
    // people); DocumentCoder keeps those only for kinds reported without one.
    options.require_dyad = false;
    options.unnamed_roles = true;
  }
  auto dicts = dict::load_dictionaries(files);
  if (!dicts.ok()) return dicts.status();
  return std::make_pair(dicts.value(), options);
}

// A domestic actor named without a country ("police", "protesters", "the opposition",
// "rights groups", "civil society organisations") takes `country`. IGOs and new-actor
// strings keep none; a transnational NGO is named, and its code has no "---" to fill
// (GUIDE: only transnational NGOs have no country).
void give_country(ActorOut& a, const std::string& country) {
  if (country.empty() || !a.country.empty() || a.code.rfind("---", 0) != 0) return;
  if (a.sector.empty() || a.sector == "IGO") return;
  if (names_many_states(a.text)) return;
  a.code = country + a.code.substr(3);
  a.country = country;
}

// The words of an actor named before an act noun, "another al-Shabab attack" -> "al-Shabab":
// tokens after the determiner or number, up to the noun at `noun`.
std::string words_before_act(const std::vector<syntax::Token>& tokens, size_t from, size_t noun) {
  std::string phrase;
  for (size_t j = from; j < noun; ++j) {
    const std::string& tag = tokens[j].tag;
    if (phrase.empty() && (tag == "DT" || tag == "CD" || tag == "PRP$")) continue;
    if (!phrase.empty()) phrase += ' ';
    phrase += tokens[j].text;
  }
  return phrase;
}

// Force suffered with no agent named ("five soldiers were killed") whose author the same
// sentence gives in an adverbial: "in an al-Shabab attack", "in an Israeli airstrike",
// "when militants stormed the base", "after rebels attacked". The author is the source.
void credit_unnamed_force(CodedEvent& e, const syntax::Tree& tree, const Pipeline& pipeline,
                          int32_t ordinal) {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root != "18" && root != "19" && root != "20") return;
  if (!(e.source.empty() || e.source == "---") || !e.source_text.empty() || e.verb_token < 0)
    return;
  const auto& tokens = tree.tokens;
  for (size_t k = static_cast<size_t>(e.verb_token) + 1; k + 1 < tokens.size(); ++k) {
    const std::string& w = tokens[k].text;
    if (w == ";" || w == "said" || w == "says") return;
    std::string phrase;
    if (w == "in") {
      // "in an al-Shabab attack": the act noun within five words.
      for (size_t j = k + 1; j < tokens.size() && j <= k + 5; ++j) {
        std::string upper = tokens[j].text;
        to_upper_ascii(upper);
        if (is_act_noun(upper)) {
          phrase = words_before_act(tokens, k + 1, j);
          break;
        }
        if (tokens[j].tag == "IN" || tokens[j].tag == ",") break;
      }
    } else if (w == "when" || w == "after") {
      // "when militants stormed the base": the clause's subject, up to its verb.
      size_t j = k + 1;
      while (j < tokens.size() && j <= k + 8 && tokens[j].tag.rfind("VB", 0) != 0 &&
             tokens[j].tag != "," && tokens[j].tag != "IN")
        ++j;
      if (j < tokens.size() && (tokens[j].tag == "VBD" || tokens[j].tag == "VBZ" ||
                                tokens[j].tag == "VBP"))
        phrase = words_before_act(tokens, k + 1, j);
    }
    if (phrase.empty() || is_actor_pronoun(phrase)) continue;
    const std::string author = pipeline.actor_code(phrase, ordinal);
    if (author.empty() || author == e.target) continue;
    to_upper_ascii(phrase);
    e.source = author;
    e.source_text = phrase;
    return;
  }
}

// Force, coercion and fighting (CAMEO 17-20): acts that hit the people where they fall.
bool is_force(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "17" || root == "18" || root == "19" || root == "20";
}

// A common noun between the verb and a place the sentence names ("attacked a village in
// Mali"): the act's object is a thing in that place, not the place's state as a party.
// An act noun is not such a thing: "broke up protests in Mombasa" is aimed at the
// protesters, "expand its offensive in Lebanon" at whoever the offensive is against.
bool names_a_thing_before(const std::vector<syntax::Token>& tokens, int32_t verb_token,
                          size_t place_begin) {
  if (verb_token < 0) return false;
  bool thing = false;
  for (size_t t = static_cast<size_t>(verb_token) + 1; t < tokens.size(); ++t) {
    if (tokens[t].begin == syntax::Token::kNoOffset || tokens[t].begin >= place_begin) break;
    if (tokens[t].tag != "NN" && tokens[t].tag != "NNS") continue;
    std::string word = tokens[t].text;
    to_upper_ascii(word);
    if (is_act_noun(word) || !find_nominal_events(tokens[t].text).empty()) return false;
    thing = true;
  }
  return thing;
}

// A police force's code: COP among its three-letter elements after the country or prefix
// ("USAEDUCOP", the university police).
bool names_police(std::string_view code) {
  for (size_t k = 3; k + 3 <= code.size(); k += 3)
    if (code.substr(k, 3) == "COP") return true;
  return false;
}

// An actor code a judgement can be aimed at: a state's or a known group's, not another
// voice of the judge.
bool is_known_author(const std::string& code, const std::string& judge) {
  return code != judge && (code.size() > 3 || starts_with_country(code));
}

// "Condemned the brutal character of these arrests", "the scale of the killings": the
// act a judgement's object says something of, named after "of" right after the object's
// head (upper case); "" when there is none.
std::string act_said_of(const CodedEvent& e, const syntax::Tree& tree) {
  const auto& tokens = tree.tokens;
  if (e.verb_token < 0) return {};
  auto in_noun_phrase = [](const syntax::Token& t) {
    return t.tag == "DT" || t.tag == "JJ" || t.tag == "CD" || t.tag == "PRP$" || t.tag == "RB" ||
           t.tag.rfind("NN", 0) == 0;
  };
  size_t k = static_cast<size_t>(e.verb_token) + 1;
  while (k < tokens.size() && k <= static_cast<size_t>(e.verb_token) + 6 &&
         in_noun_phrase(tokens[k]))
    ++k;
  if (k >= tokens.size() || tokens[k].text != "of") return {};
  // Past determiners and quantities ("many of these arrests") to the first noun.
  for (size_t j = k + 1; j < tokens.size() && j <= k + 6; ++j) {
    if (tokens[j].text == "of" || (in_noun_phrase(tokens[j]) && tokens[j].tag.rfind("NN", 0) != 0))
      continue;
    std::string upper = tokens[j].text;
    to_upper_ascii(upper);
    return is_act_noun(upper) ? upper : std::string();
  }
  return {};
}

// The head of a noun phrase as coded ("THE USE OF FORCE" -> "USE", "MILITARY FUNDING"
// -> "FUNDING"): the last word before a preposition, a comma or a relative clause.
std::string_view head_word(std::string_view phrase) {
  static constexpr std::string_view kStops[] = {"OF",   "IN",    "ON",   "AT",      "FOR",  "WITH",
                                                ",",    "WHICH", "WHO",  "THAT",    "TO",   "BY",
                                                "FROM", "AGAINST", "OVER", "ABOUT", "DURING", "AFTER",
                                                "BETWEEN", "AMONG", "INTO", "UNDER", "AMID",
                                                "ACROSS", "THROUGH", "TOWARD", "TOWARDS"};
  std::string_view head;
  size_t i = 0;
  while (i < phrase.size()) {
    const size_t space = phrase.find(' ', i);
    const std::string_view word = phrase.substr(i, space == std::string_view::npos ? std::string_view::npos : space - i);
    if (std::find(std::begin(kStops), std::end(kStops), word) != std::end(kStops)) break;
    head = word;
    if (space == std::string_view::npos) break;
    i = space + 1;
  }
  return head;
}

// "The group claimed responsibility for the attack on the base": who claims an act of force
// says they did it, and analysts code the act as the claimant's (besides the claim, 015).
// The act is the first act noun of force after "responsibility for"; its target the
// claim's, which must be named.
void add_claimed_attacks(const syntax::Tree& tree, std::vector<CodedEvent>& events) {
  const auto& tokens = tree.tokens;
  const size_t claims = events.size();
  for (size_t i = 0; i < claims; ++i) {
    const CodedEvent& claim = events[i];
    if (claim.code != "015" || claim.target.empty() || claim.target == "---" ||
        claim.verb_token < 0)
      continue;
    std::string_view code;
    for (size_t k = static_cast<size_t>(claim.verb_token) + 1;
         k < tokens.size() && k <= static_cast<size_t>(claim.verb_token) + 10 && code.empty();
         ++k) {
      std::string upper = tokens[k].text;
      to_upper_ascii(upper);
      const std::string_view root = std::string_view(act_noun_code(upper)).substr(0, 2);
      if (root == "18" || root == "19" || root == "20") code = act_noun_code(upper);
    }
    if (code.empty()) continue;
    CodedEvent act = claim;
    act.code = std::string(code);
    act.pattern = "claimed: " + act.code;
    act.pattern_file.clear();
    act.pattern_line = 0;
    events.push_back(std::move(act));
  }
}

// Aims `e` at the author of an act of one of `roots` (two digits each, "1819"): another
// act of the sentence, else the latest asserted act the document told (only the latest
// of that kind when `latest_told_only`, else the latest whose author is known).
void aim_at_author_of_act(CodedEvent& e, std::string_view roots,
                          const std::vector<CodedEvent>& sentence_events,
                          const std::vector<EventRecord>& told, bool latest_told_only) {
  auto of_that_kind = [roots](std::string_view code) {
    for (size_t i = 0; i + 1 < roots.size(); i += 2)
      if (code.substr(0, 2) == roots.substr(i, 2)) return true;
    return false;
  };
  for (const CodedEvent& other : sentence_events)
    if (&other != &e && of_that_kind(other.code) && is_known_author(other.source, e.source)) {
      e.target = other.source;
      return;
    }
  for (auto r = told.rbegin(); r != told.rend(); ++r) {
    if (r->modality != "asserted" || !of_that_kind(r->cameo)) continue;
    const bool known = is_known_author(r->source.code, e.source);
    if (known) e.target = r->source.code;
    if (known || latest_told_only) return;
  }
}

// Force aimed at an attack ("repelled the attack", "launched a counterattack") is aimed at
// its attackers: the author of the attack the sentence tells, else of the latest one the
// document told. An earlier attack is named by a definite noun ("the assault"), a new one
// ("launched an attack") is not; a counter-act answers an earlier act by its meaning. The
// subject's own attack ("stepped up the offensive") has no other party.
void aim_force_at_attackers(CodedEvent& e, const std::vector<CodedEvent>& sentence_events,
                            const std::vector<EventRecord>& told) {
  const std::string_view object = e.target_text;
  const std::string_view first = object.substr(0, object.find(' '));
  const std::string_view head = head_word(object);
  std::string first_lower(first);
  for (char& c : first_lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
  const bool definite = first.size() < object.size() && is_definite(first_lower);
  std::string_view roots = answered_act_roots(head);
  if (roots.empty() && definite) roots = act_noun_roots(head);
  if (roots.empty()) return;
  // The latest attack told is the one answered, whether or not its author is known.
  aim_at_author_of_act(e, roots, sentence_events, told, /*latest_told_only=*/true);
}

// "Condemned the arrests", "denounced these detentions", "boycotted the vote": criticism,
// rejection, praise or protest of an act named without its author (aim_at_author found no
// "by X") is aimed at its author. A decision ("the resolution", "the vote") is of whoever
// made it (`decisions`: each decision the document has told, with its author); another act
// is of the author of the latest such act the article has told, in this sentence or before.
// Force aimed at an act is aimed at the attackers (aim_force_at_attackers).
void aim_at_earlier_act(CodedEvent& e, const syntax::Tree& tree,
                        const std::vector<CodedEvent>& sentence_events,
                        const std::vector<EventRecord>& told,
                        const std::vector<std::pair<std::string, std::string>>& decisions) {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (!e.target.empty() && e.target != "---") return;
  if (root == "18" || root == "19" || root == "20")
    return aim_force_at_attackers(e, sentence_events, told);
  if (root != "05" && root != "11" && root != "12" && root != "14") return;
  std::string_view roots;
  std::string decision;
  for (size_t i = 0; i < e.target_text.size() && roots.empty() && decision.empty();) {
    const size_t space = e.target_text.find(' ', i);
    const size_t end = space == std::string::npos ? e.target_text.size() : space;
    const std::string_view word = std::string_view(e.target_text).substr(i, end - i);
    roots = act_noun_roots(word);
    decision = decision_noun(word);
    i = end + 1;
  }
  if (roots.empty() && decision.empty()) {
    const std::string act = act_said_of(e, tree);
    roots = act_noun_roots(act);
    decision = decision_noun(act);
  }
  if (!decision.empty()) {
    for (auto d = decisions.rbegin(); d != decisions.rend(); ++d)
      if (d->first == decision && is_known_author(d->second, e.source)) {
        e.target = d->second;
        return;
      }
    return;
  }
  if (roots.empty()) return;
  aim_at_author_of_act(e, roots, sentence_events, told, /*latest_told_only=*/false);
}

// "Demanded that the sailors be released", "called for the release of the editor": an
// appeal or demand whose object is people or things to be let go, named as the ones let go
// (a passive, or the noun "release") and not by who is to let them go ("urged Ostria to
// release them" names its addressee).
bool asks_release_of_object(const CodedEvent& e, const syntax::Tree& tree) {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if ((root != "02" && root != "10") || e.verb_token < 0) return false;
  const auto& tokens = tree.tokens;
  const size_t verb = static_cast<size_t>(e.verb_token);
  for (size_t k = verb + 1; k < tokens.size() && k <= verb + 12; ++k) {
    std::string w = tokens[k].text;
    to_upper_ascii(w);
    if (w == "." || w == ";") return false;
    if (w == "RELEASE" && tokens[k].tag.rfind("NN", 0) == 0) return true;
    const bool let_go = w == "RELEASED" || w == "FREED" || w == "RETURNED";
    if (!let_go) continue;
    std::string before = tokens[k - 1].text;
    if (tokens[k - 1].tag == "RB" && k - 1 > verb) before = tokens[k - 2].text;
    to_upper_ascii(before);
    return before == "BE" || before == "BEING";
  }
  return false;
}

// An appeal that people be released is addressed to whoever holds them (GUIDE 0253): the
// author of the latest arrest, detention or seizure told, in this sentence or before (of
// those people when one names them).
void address_release_to_holder(CodedEvent& e, const syntax::Tree& tree,
                               const std::vector<CodedEvent>& sentence_events,
                               const std::vector<EventRecord>& told) {
  if (!asks_release_of_object(e, tree)) return;
  auto holds = [](std::string_view code) { return code.substr(0, 2) == "17"; };
  std::string holder, holder_text;
  for (const CodedEvent& other : sentence_events)
    if (&other != &e && holds(other.code) && is_known_author(other.source, e.source) &&
        (holder.empty() || other.target == e.target)) {
      holder = other.source;
      holder_text = other.source_text;
    }
  for (auto r = told.rbegin(); r != told.rend() && holder.empty(); ++r)
    if (r->modality == "asserted" && holds(r->cameo) && is_known_author(r->source.code, e.source)) {
      holder = r->source.code;
      holder_text = r->source.text;
    }
  if (holder.empty()) return;
  e.target = holder;
  e.target_text = holder_text;
}

// The words of the subject of the clause whose verb is the token at `verb`: the noun
// phrase before the verb phrase that holds it ("the upper house of Ostria voted ..."); ""
// when the parse gives none.
std::string clause_subject(const syntax::Tree& tree, size_t verb) {
  int32_t node = -1;
  for (size_t n = 0; n < tree.nodes.size() && node < 0; ++n)
    if (tree.nodes[n].token == static_cast<int32_t>(verb)) node = static_cast<int32_t>(n);
  if (node < 0) return {};
  int32_t vp = tree.nodes[static_cast<size_t>(node)].parent;
  if (vp < 0 || tree.nodes[static_cast<size_t>(vp)].label != "VP") return {};
  while (true) {
    const int32_t up = tree.nodes[static_cast<size_t>(vp)].parent;
    if (up < 0 || tree.nodes[static_cast<size_t>(up)].label != "VP") break;
    vp = up;
  }
  const int32_t clause = tree.nodes[static_cast<size_t>(vp)].parent;
  if (clause < 0 || tree.nodes[static_cast<size_t>(clause)].label != "S") return {};
  const syntax::Node* subject = nullptr;
  for (int32_t child : tree.nodes[static_cast<size_t>(clause)].children) {
    if (child == vp) break;
    if (tree.nodes[static_cast<size_t>(child)].label == "NP")
      subject = &tree.nodes[static_cast<size_t>(child)];
  }
  if (subject == nullptr) return {};
  std::string words;
  for (int32_t t = subject->first_token; t <= subject->last_token; ++t)
    words += (words.empty() ? "" : " ") + tree.tokens[static_cast<size_t>(t)].text;
  return words;
}

// "The Security Council adopted a resolution", "Parliament voted on ...": each decision
// a clause of the sentence makes, with the author its subject names (as the sentence's
// coding resolved it, else as the dictionaries code it), is remembered for later judgements
// of it ("welcomed the resolution").
void remember_decisions(const syntax::Tree& tree, const SentenceCoding& coding,
                        const Pipeline& pipeline, int32_t ordinal,
                        std::vector<std::pair<std::string, std::string>>& decisions) {
  for (size_t k = 0; k < tree.tokens.size(); ++k) {
    const std::vector<std::string> made = decisions_made(tree.tokens, k);
    if (made.empty()) continue;
    std::string subject = clause_subject(tree, k);
    if (subject.empty() || is_actor_pronoun(subject)) continue;
    to_upper_ascii(subject);
    std::string author;
    for (const auto& [code, words] : coding.actors)
      if (words == subject) author = code;
    if (author.empty() || author.rfind("---", 0) == 0)
      author = pipeline.actor_code(subject, ordinal);
    if (author.empty() || author == "---") continue;
    for (const std::string& decision : made) decisions.emplace_back(decision, author);
  }
}

}  // namespace

int32_t ordinal_of(std::string_view iso_date) {
  std::string compact;
  for (char c : iso_date)
    if (c != '-') compact += c;
  return compact.size() == 8 ? dict::to_ordinal_date(compact) : -1;
}

Pipeline::Pipeline(Coder coder, std::shared_ptr<const Ontology> ontology,
                   std::shared_ptr<const nlp::Lexicon> lexicon,
                   std::shared_ptr<const discourse::Gazetteer> gazetteer, PipelineConfig config)
    : coder_(std::move(coder)), ontology_(std::move(ontology)), lexicon_(std::move(lexicon)),
      gazetteer_(std::move(gazetteer)), config_(std::move(config)) {}

Result<std::shared_ptr<const Pipeline>> Pipeline::create(const PipelineConfig& config) {
  auto dicts = load_dictionaries(config);
  if (!dicts.ok()) return dicts.status();
  auto ontology = Ontology::load(config.data_dir + "/cameo");
  if (!ontology.ok()) return ontology.status();
  auto lexicon = nlp::Lexicon::load();
  std::shared_ptr<const nlp::Lexicon> lex =
      lexicon.ok() ? lexicon.value() : nlp::Lexicon::closed_class_only();
  auto gazetteer = discourse::Gazetteer::load(config.data_dir + "/places");
  if (!gazetteer.ok()) return gazetteer.status();
  Coder coder(dicts.value().first, dicts.value().second);
  return std::shared_ptr<const Pipeline>(new Pipeline(std::move(coder), ontology.value(),
                                                      std::move(lex), gazetteer.value(), config));
}

std::string Pipeline::dictionary_line(const std::string& file, int line) const {
  namespace fs = std::filesystem;
  std::string folder = config_.dictionary_dir.empty() ? config_.data_dir : config_.dictionary_dir;
  if (!config_.petrarch_config.empty())
    folder = fs::path(config_.petrarch_config).parent_path().string();
  while (folder.size() > 1 && folder.back() == '/') folder.pop_back();
  std::string_view name = file;
  if (!folder.empty() && name.size() > folder.size() &&
      name.compare(0, folder.size(), folder) == 0 && name[folder.size()] == '/') {
    name.remove_prefix(folder.size() + 1);
  }
  return std::string(name) + ":" + std::to_string(line);
}

std::string Pipeline::actor_code(std::string_view phrase, int32_t ordinal_date) const {
  std::vector<syntax::Token> tokens = nlp::tokenize(phrase, 0, phrase.size());
  std::vector<std::string> words;
  for (const syntax::Token& t : tokens) {
    std::string w = t.text;
    to_upper_ascii(w);
    words.push_back(std::move(w));
  }
  std::string code = code_phrase(coder_.dictionaries(), {words.begin(), words.end()}, ordinal_date);
  return code == "---" ? std::string() : code;
}

ActorOut Pipeline::describe_actor(const std::string& code, const std::string& text) const {
  ActorOut a;
  a.code = code;
  a.text = text;
  if (code.size() < 3 || code[0] == '"') return a;
  std::string_view first(code.data(), 3);
  if (!starts_with_country(code)) {
    if (first != "---") a.sector = std::string(first);
    if (first == "---" && code.size() >= 6) a.sector = code.substr(3, 3);
  } else if (names_region(code)) {
    // "The West", "African nations": a region names no state, so no country (the GUIDE:
    // unnamed groups of states have none); the code stays the dictionary's ("WST").
    a.sector = code.size() >= 6 ? code.substr(3, 3) : std::string("GOV");
  } else {
    a.country = std::string(first);
    // A state named as a whole ("Canada condemned ...") acts through its government, as
    // analysts code it; the code stays the dictionary's ("CAN").
    a.sector = code.size() >= 6 ? code.substr(3, 3) : std::string("GOV");
  }
  return a;
}

std::string Pipeline::speaker_code(const discourse::Quote& q, int32_t ordinal_date) const {
  // "Amnesty International's director for the Middle East": a role owned by a body is that
  // body's, whatever region it covers.
  for (std::string_view mark : {std::string_view("'s "), std::string_view("\xE2\x80\x99s ")}) {
    const size_t at = q.speaker_role.find(mark);
    if (at == std::string::npos || at == 0) continue;
    std::string owner = actor_code(q.speaker_role.substr(0, at), ordinal_date);
    if (!owner.empty()) return owner;
  }
  std::string code = q.speaker_org.empty() ? std::string() : actor_code(q.speaker_org, ordinal_date);
  if (code.empty() && !q.speaker.empty()) code = actor_code(q.speaker, ordinal_date);
  return code;
}

// The verb dictionary's words of condemnation (&CONDEMNATION_WORDS), each phrase joined
// by spaces: "UNACCEPTABLE", "POLITICALLY MOTIVATED".
static std::vector<std::string> condemnation_phrases(const dict::Dictionaries& dicts) {
  std::vector<std::string> phrases;
  const auto found = dicts.verbs.synsets.find("CONDEMNATION_WORDS");
  if (found == dicts.verbs.synsets.end()) return phrases;
  for (const std::vector<std::string>& words : found->second) {
    std::string phrase;
    for (const std::string& w : words) phrase += (phrase.empty() ? "" : " ") + w;
    phrases.push_back(std::move(phrase));
  }
  return phrases;
}

DocumentCoder::DocumentCoder(std::shared_ptr<const Pipeline> pipeline)
    : pipeline_(std::move(pipeline)),
      parser_(std::make_unique<nlp::Parser>(pipeline_->lexicon())),
      condemnation_phrases_(condemnation_phrases(pipeline_->coder().dictionaries())) {}
DocumentCoder::DocumentCoder(const Pipeline& pipeline)
    : DocumentCoder(pipeline.shared_from_this()) {}
DocumentCoder::~DocumentCoder() = default;
DocumentCoder::DocumentCoder(DocumentCoder&&) noexcept = default;

// "The minister insisted he did not know": a statement (01x) whose target is a pronoun
// is the speaker talking about themself or the people just named, not a statement to or
// about another actor.
static bool is_statement_about_pronoun(const CodedEvent& e) {
  if (e.code.rfind("01", 0) != 0) return false;
  // A subject pronoun other than "you", or a third person's object form ("him", "them").
  const text::Pronoun* p = text::personal_pronoun(e.target_text);
  return p && p->person != 2 &&
         (p->is(text::kSubjectForm) || (p->person == 3 && p->is(text::kObjectForm)));
}

// Without a dyad requirement (vigil's own dictionaries), an event needs a known source,
// and an event without a target is kept only when its kind is commonly reported without
// one: protests (CAMEO 14), force posture (15), coercion such as arrests of unnamed people
// and curfews (17) and unconventional violence (18). Statements, appeals, threats and
// fights without a target were mostly misreadings on real news ("warned against placing
// too much weight on data", "pounds 14bn" read as a verb).
bool DocumentCoder::keep_one_sided(const CodedEvent& e) const {
  if (e.source == "---" || e.source.empty()) return false;
  if (e.target != "---" && !e.target.empty()) return true;
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  return root == "14" || root == "15" || root == "17" || root == "18";
}

// "The envoy met the junta and pressed for a return to civilian rule", "expelled the
// ambassador while freezing all new trade": an act addressed to a party (an appeal,
// demand, criticism, rejection, threat or sanction) that names none of its own, told after
// a meeting of the same actor in the sentence or another act of its kind, is addressed to
// that act's party (the object is left out as already known). Returns whether a party
// was found.
static bool aim_at_previous_party(CodedEvent& e, const std::vector<CodedEvent>& sentence_events) {
  static constexpr std::string_view kAddressed[] = {"02", "10", "11", "12", "13", "16"};
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (std::find(std::begin(kAddressed), std::end(kAddressed), root) == std::end(kAddressed))
    return false;
  if (e.source.empty() || e.source == "---" || e.verb_token < 0) return false;
  const CodedEvent* previous = nullptr;
  for (const CodedEvent& p : sentence_events) {
    const bool party_named = !p.target.empty() && p.target.rfind("---", 0) != 0;
    if (&p == &e || p.source != e.source || !party_named || p.target == e.source ||
        p.verb_token < 0 || p.verb_token >= e.verb_token)
      continue;
    const std::string_view kind = std::string_view(p.code).substr(0, 2);
    if (kind != "04" && kind != root) continue;
    if (!previous || p.verb_token > previous->verb_token) previous = &p;
  }
  if (!previous) return false;
  e.target = previous->target;
  e.target_text = previous->target_text;
  return true;
}

// What a cooperative act (CAMEO 04-08) is when its doer states that it will do it (its
// intention, 03x) or that it will not (its rejection, 12x): CAMEO gives each act both
// parallel codes. The first row whose act code prefixes the event's code applies.
struct StanceCodes {
  std::string_view act, intention, rejection;
};
static constexpr StanceCodes kStances[] = {
    {"061", "0311", "1211"}, {"062", "0312", "1212"}, {"063", "0313", "1213"},
    {"064", "0314", "121"},  {"06", "031", "121"},    {"071", "0331", "1221"},
    {"072", "0332", "1222"}, {"073", "0333", "1223"}, {"074", "0334", "1224"},
    {"07", "033", "122"},    {"081", "0351", "1241"}, {"082", "0352", "1242"},
    {"0831", "034", "1231"}, {"0832", "034", "1232"}, {"0833", "034", "1233"},
    {"0834", "034", "1234"}, {"083", "034", "123"},   {"084", "0353", "1243"},
    {"085", "0354", "1244"}, {"086", "0355", "1245"}, {"087", "0356", "1246"},
    {"08", "035", "124"},    {"057", "030", "127"},   {"05", "032", "120"},
    {"04", "036", "125"}};

static const StanceCodes* stance_codes(std::string_view code) {
  for (const StanceCodes& row : kStances)
    if (code.substr(0, row.act.size()) == row.act) return &row;
  return nullptr;
}

// "Pinera said he would meet opposition leaders", "Iran will free the sailors", "plans to
// sign a pact": a cooperative act the subject states it means to do is its expressed
// intent (CAMEO 03), which analysts code as the event, not a hypothetical act.
static std::string intention_code(std::string_view code) {
  const StanceCodes* row = stance_codes(code);
  return row ? std::string(row->intention) : std::string();
}

void DocumentCoder::code_as_intention(CodedEvent& e) const {
  if (!e.intended) return;
  std::string intent = intention_code(e.code);
  if (intent.empty()) return;
  e.code = std::move(intent);
  e.modality = "asserted";
}

// "The minister said the government would not repeal the pension law", "will never sign",
// "declined to meet the envoy", "has no intention to free them": a cooperative act its
// doer states it will not do is its rejection (CAMEO 12), an event, where a plain negated
// past ("did not repeal") is none.
static void code_as_refusal(CodedEvent& e) {
  if (!e.refused) return;
  const StanceCodes* row = stance_codes(e.code);
  if (!row) return;
  e.code = std::string(row->rejection);
  e.modality = "asserted";
  e.refused = false;
}

// Force by the police on a crowd ("police shot dead three protesters", "killed at least
// 12 people" at a protest), or by soldiers on protesters, is repression of the crowd (CAMEO
// 175, as analysts code it), not armed fighting (19x) or an unconventional attack (18x).
// Conversely, crowd-control force on an armed group ("attacked a rebel gathering") is
// fighting (190).
static std::string repression_code(const CodedEvent& e) {
  auto has = [](const std::string& code, std::string_view element) {
    for (size_t k = 0; k + 3 <= code.size(); k += 3)
      if (code.compare(k, 3, element) == 0) return true;
    return false;
  };
  const bool crowd = has(e.target, "CVL") || has(e.target, "EDU") || has(e.target, "LAB") ||
                     has(e.target, "OPP");
  if (e.code == "175") return !crowd && (has(e.target, "REB") || has(e.target, "MIL")) ? "190" : e.code;
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root != "18" && root != "19" && root != "20") return e.code;
  const bool protesters = e.target_text.find("PROTEST") != std::string::npos ||
                          e.target_text.find("DEMONSTRAT") != std::string::npos ||
                          e.target_text.find("CROWD") != std::string::npos;
  const bool police = has(e.source, "COP");
  const bool soldiers = has(e.source, "MIL");
  return crowd && (police || (soldiers && protesters)) ? "175" : e.code;
}

// An event of the sentence has an actor named by words the dictionaries do not know
// ("the spokesman"): the document may know them from whom it quotes.
static bool names_someone_unknown(const SentenceCoding& coding) {
  for (const CodedEvent& e : coding.events)
    if ((e.source == "---" && !e.source_text.empty()) ||
        (e.target == "---" && !e.target_text.empty()))
      return true;
  return false;
}

// Sectors of a state's own organs.
// Acts done on the ground, in a place: protest (14), force posture (15), coercion (17),
// assault (18), fighting (19), mass violence (20).
static bool is_material_act(std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  return root == "14" || root == "15" || root >= "17";
}

// The numbers in an actor's words, in digits or words ("SOME 15 MEN": {15}, "EIGHT
// CHILDREN": {EIGHT}); the lexicon says which words are numbers.
static std::vector<std::string_view> numbers_in(std::string_view text,
                                                const nlp::Lexicon& lexicon) {
  std::vector<std::string_view> numbers;
  for (size_t i = 0; i < text.size();) {
    const size_t space = std::min(text.find(' ', i), text.size());
    const std::string_view word = text.substr(i, space - i);
    i = space + 1;
    if (word.empty()) continue;
    std::string lower(word);
    for (char& c : lower) c = static_cast<char>(std::tolower(static_cast<unsigned char>(c)));
    const bool digits = std::all_of(word.begin(), word.end(), [](char c) {
      return std::isdigit(static_cast<unsigned char>(c)) || c == ',';
    });
    if (digits || lexicon.closed_tag(lower) == "CD") numbers.push_back(word);
  }
  return numbers;
}

// "Some 15 men were arrested ... eight children were also detained": people counted
// differently are different groups, so acts done to them are different events, not
// mentions of one.
static bool counted_differently(const std::optional<ActorOut>& a, const std::optional<ActorOut>& b,
                                const nlp::Lexicon& lexicon) {
  if (!a || !b) return false;
  const std::vector<std::string_view> x = numbers_in(a->text, lexicon);
  const std::vector<std::string_view> y = numbers_in(b->text, lexicon);
  return !x.empty() && !y.empty() && x != y;
}

static bool is_state_sector(std::string_view sector) {
  return sector == "GOV" || sector == "COP" || sector == "MIL" || sector == "LEG" ||
         sector == "JUD" || sector == "SPY";
}

// Acts done in words to another party: appeals (02), demands (10), criticism (11),
// rejections (12) and threats (13).
static bool is_verbal_act(std::string_view cameo) {
  const std::string_view root = cameo.substr(0, 2);
  return root == "02" || root == "10" || root == "11" || root == "12" || root == "13";
}

// "Rebels seized the city of Goma", "shelled the town of Sake": force on a place the
// sentence names is force on its state (taken from its government, 192) or on its people
// (other force): the place's country, not the place as a non-actor.
static void aim_at_the_place_taken(CodedEvent& e, const std::vector<discourse::Place>& places,
                                   std::string_view text) {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if ((root != "18" && root != "19" && root != "20") || e.target != "---" || e.target_text.empty())
    return;
  for (const discourse::Place& p : places) {
    if (p.country.empty()) continue;
    std::string name(text.substr(p.begin, p.end - p.begin));
    to_upper_ascii(name);
    const size_t at = e.target_text.find(name);
    const bool whole_word = at != std::string::npos && (at == 0 || e.target_text[at - 1] == ' ') &&
                            (at + name.size() == e.target_text.size() ||
                             e.target_text[at + name.size()] == ' ');
    if (!whole_word) continue;
    e.target = p.country + (e.code == "192" ? "GOV" : "CVL");
    return;
  }
}

// True when a word of `upper_text` is one of the verb dictionary's envoys ("AMBASSADOR",
// "DIPLOMATS": the &ENVOYS synset, one list for the verbs and this reading).
static bool names_an_envoy(std::string_view upper_text, const dict::Dictionaries& dicts) {
  const auto& synsets = dicts.verbs.synsets;
  const auto envoys = synsets.find("ENVOYS");
  if (envoys == synsets.end()) return false;
  // Each word position, against each phrase of the synset ("HIGH COMMISSIONER").
  std::vector<std::string_view> words;
  for (size_t i = 0; i < upper_text.size();) {
    const size_t space = std::min(upper_text.find(' ', i), upper_text.size());
    if (space > i) words.push_back(upper_text.substr(i, space - i));
    i = space + 1;
  }
  for (size_t k = 0; k < words.size(); ++k)
    for (const std::vector<std::string>& phrase : envoys->second)
      if (k + phrase.size() <= words.size() &&
          std::equal(phrase.begin(), phrase.end(), words.begin() + static_cast<long>(k)))
        return true;
  return false;
}

// "The Japanese ambassador was summoned", "two Canadian diplomats were expelled": a
// diplomatic act done to another state's envoy with no agent named is the host state's,
// the state the article names most after the envoy's own; expelling an envoy reduces
// relations (161), it is no police expulsion. An envoy recalled is recalled by their own
// state, from the host.
template <typename OtherState>
static bool host_state_acts_on_envoy(CodedEvent& e, const dict::Dictionaries& dicts,
                                     const OtherState& other_state) {
  const bool unnamed = (e.source.empty() || e.source == "---") && e.source_text.empty();
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (!unnamed || !starts_with_country(e.target) || (root != "11" && root != "16" && e.code != "174"))
    return false;
  if (!names_an_envoy(e.target_text, dicts)) return false;
  const std::string own = e.target.substr(0, 3);
  const std::string host = other_state(own);
  if (host.empty()) return false;
  // "Australia's envoy to Fiji will be recalled": a state recalls its own envoy, which
  // reduces its relations with the host (161).
  if (e.verb.rfind("RECALL", 0) == 0) {
    e.source = own + "GOV";
    e.target = host + "GOV";
    e.code = "161";
    return true;
  }
  e.source = host + "GOV";
  if (e.code == "174") e.code = "161";
  return true;
}

// "Deputy Minister Ostrov demanded that Norland free the sailors": an official of no
// named state who presses, criticises or threatens a state (02, 10-13) speaks for another
// state: the state whose statement reports the act, else the other state the article
// names most. Officials rarely make such demands of their own state in foreign news.
template <typename OtherState>
static std::string official_pressing_a_state(const CodedEvent& e, const EventRecord& r,
                                             const OtherState& other_state) {
  if (!r.source.country.empty() || r.source.sector != "GOV" || !r.target ||
      r.target->country.empty() || !is_verbal_act(r.cameo))
    return {};
  const std::string& pressed = r.target->country;
  if (starts_with_country(e.reporter) && !names_region(e.reporter) &&
      e.reporter.compare(0, 3, pressed) != 0)
    return e.reporter.substr(0, 3);
  return other_state(pressed);
}

// "The ministry said the ambassador was summoned": a state reporting a diplomatic act
// (criticism, rejection, reduced relations) done to someone, naming no agent, reports its
// own act.
void DocumentCoder::act_of_the_reporting_state(CodedEvent& e) const {
  const bool unnamed = (e.source.empty() || e.source == "---") && e.source_text.empty();
  if (!unnamed || e.reporter.empty() || !starts_with_country(e.reporter)) return;
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root != "11" && root != "12" && root != "16") return;
  if (e.target.compare(0, 3, e.reporter, 0, 3) == 0) return;  // its own people: not diplomacy
  e.source = e.reporter;
  e.source_text = e.reporter_text;
}

// Reported speech about a third party's coercion or violence ("Human Rights Watch said
// security forces had beaten demonstrators"), or its support of an armed group ("Chile
// said Peru was backing the rebels"), is the speaker's accusation of that party when the
// speaker is a critic of it: an NGO, an IGO, the opposition, civilians, or another state.
// An authority or a news medium reporting the same is reporting a fact.
void DocumentCoder::read_as_accusation(CodedEvent& e) const {
  if (e.reporter.empty() || e.reporter == "---" || e.reporter == e.source) return;
  if (e.source.empty() || e.source == "---") return;
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  const bool coercion = root == "17" || root == "18";
  const bool violence = root == "19" || root == "20";
  // Support (05) or aid (07): "backing the rebels" is 072 with the generic word, 051 with
  // the group's name.
  const bool arming = (root == "05" || root == "07") &&
                      pipeline_->describe_actor(e.target, e.target_text).sector == "REB";
  if (!coercion && !violence && !arming) return;
  // "The university police department said 23 protesters were arrested": police telling of
  // arrests that name no one who made them tell of their own.
  if (coercion && e.source_text.empty() && names_police(e.reporter)) {
    e.source = e.reporter;
    e.source_text = e.reporter_text;
    return;
  }
  const ActorOut speaker = pipeline_->describe_actor(e.reporter, e.reporter_text);
  const ActorOut accused = pipeline_->describe_actor(e.source, e.source_text);
  const std::string& s = speaker.sector;
  // The two sides of an armed conflict (a state's organs and the rebels it fights) only
  // allege each other's acts.
  const bool other_side = (is_state_sector(s) && accused.sector == "REB") ||
                          (s == "REB" && is_state_sector(accused.sector));
  const bool critic = s == "NGO" || s == "IGO" || s == "OPP" || s == "CVL" || other_side ||
                      (!speaker.country.empty() && !accused.country.empty() &&
                       speaker.country != accused.country);
  if (!critic) return;
  e.target = e.source;
  e.target_text = e.source_text;
  e.source = e.reporter;
  e.source_text = e.reporter_text;
  // Accused of human rights abuses, of aggression, of backing armed groups (no sub-code).
  e.code = coercion ? "1122" : violence ? "1123" : "112";
  e.pattern = "reported: " + e.verb;
}

// "The president said his predecessor is trying to destabilise the country": a wrong with
// no act of its own (CodedEvent::alleged) is the accusation of its doers by whoever says
// it, asserted whatever the mood of the wrong ("want to topple him"), unless denied. A
// wrong that no one is said to allege names no target (wrong_roles in the coder) and is
// dropped with the other events missing a side.
static void read_alleged_wrong(CodedEvent& e) {
  if (!e.alleged || e.modality == "negated") return;
  if (e.reporter.empty() || e.reporter == "---" || e.reporter == e.source) return;
  e.target = e.source;
  e.target_text = e.source_text;
  e.target_from = e.source_from;
  e.source = e.reporter;
  e.source_text = e.reporter_text;
  e.source_from = {};
  e.modality = "asserted";
  e.intended = false;
  e.alleged = false;
  e.pattern = "alleged: " + e.verb;
}

// "Thousands joined the protests", "arrests of activists": an event noun is the event of
// the actors a reader supplies (protesters against their government, the police), whose
// country is the event's place or the article's (see give_country). A sentence whose verbs
// already coded an act of the same kind does not give it twice, nor does "the protests"
// once the article has told of protests (`told`: the document's events so far).
void DocumentCoder::add_nominal_events(std::string_view sentence,
                                       const std::vector<EventRecord>& told,
                                       std::vector<CodedEvent>& events) {
  // "Canada condemned China over the arrests": the act criticised or demanded of is the
  // target's own (China's police), not the article's country's.
  std::string criticised;
  for (const CodedEvent& e : events) {
    const std::string_view root = std::string_view(e.code).substr(0, 2);
    if ((root == "10" || root == "11" || root == "12" || root == "13") && e.target.size() >= 3 &&
        starts_with_country(e.target) && !names_region(e.target))
      criticised = e.target.substr(0, 3);
  }
  for (const NominalEvent& n : find_nominal_events(sentence)) {
    const bool coded = std::any_of(events.begin(), events.end(), [&](const CodedEvent& e) {
      return e.code.compare(0, 2, n.code, 0, 2) == 0;
    });
    const bool told_before =
        n.refers_back && std::any_of(told.begin(), told.end(), [&](const EventRecord& r) {
          return r.cameo.compare(0, 2, n.code, 0, 2) == 0;
        });
    if (coded || told_before) continue;
    CodedEvent e;
    const std::string owner = criticised.empty() ? std::string("---") : criticised;
    e.source = owner + n.source_sector;
    e.target = owner + n.target_sector;
    e.code = n.code;
    e.verb = n.noun;
    e.pattern = "nominal: " + n.noun;
    events.push_back(std::move(e));
  }
}


// True when the words of `phrase` (upper case) follow a preposition that says where in
// the sentence ("in the Belgian capital").
static bool after_locative_preposition(const std::vector<syntax::Token>& tokens,
                                       std::string_view phrase) {
  for (size_t k = 1; k < tokens.size(); ++k) {
    if (!text::is_locative_preposition(tokens[k - 1].text)) continue;
    std::string words;  // the sentence's words from k, as long as the phrase
    for (size_t j = k; j < tokens.size() && words.size() < phrase.size(); ++j)
      words += (words.empty() ? "" : " ") + tokens[j].text;
    to_upper_ascii(words);
    if (words == phrase) return true;
  }
  return false;
}

// "Russia's attack on Ukraine", "clashes between Thailand and Cambodia", "talks between X
// and Y": an act of force or talks named by a noun with both parties named is theirs,
// unless the sentence's verbs coded such an act between them already.
void DocumentCoder::add_nominal_acts(const syntax::Tree& tree, int32_t ordinal,
                                     const ReferenceResolver& resolver,
                                     std::vector<CodedEvent>& events) const {
  // A party the dictionaries do not know may be one the document named before ("he",
  // "Mr. Ostrander" after "envoy Karl Ostrander").
  const PhraseCoder code_of = [&](const std::string& phrase) {
    std::string code = pipeline_->actor_code(phrase, ordinal);
    if (!code.empty()) return code;
    std::string upper = phrase;
    to_upper_ascii(upper);
    std::vector<std::string_view> words;
    for (size_t i = 0; i < upper.size();) {
      const size_t space = std::min(upper.find(' ', i), upper.size());
      if (space > i) words.emplace_back(upper.data() + i, space - i);
      i = space + 1;
    }
    code = words.empty() ? std::string() : resolver(words, "---");
    return code.rfind("---", 0) == 0 ? std::string() : code;
  };
  int joint = 0;
  for (const CodedEvent& e : events) joint = std::max(joint, e.joint);
  std::string last_pair;
  for (NominalAct& act : find_nominal_acts(tree, code_of)) {
    // A verb whose party of the same kind is the noun's own phrase ("spoke to reporters
    // after talks with X", "talks with X" read as whom the envoy spoke with) names the
    // act the noun names: the noun's reading replaces it.
    std::erase_if(events, [&act](const CodedEvent& e) {
      return e.pattern.rfind("nominal: ", 0) != 0 && e.code.compare(0, 2, act.code, 0, 2) == 0 &&
             e.target == act.target && head_word(e.target_text) == act.noun;
    });
    const bool coded = std::any_of(events.begin(), events.end(), [&](const CodedEvent& e) {
      return e.code.compare(0, 2, act.code, 0, 2) == 0 && e.source == act.source &&
             e.target == act.target;
    });
    if (coded) continue;
    // "The government's arrest of the editor": the parties the sentence names replace the
    // ones a reader would supply for the bare noun (add_nominal_events), and the noun read
    // as a verb of another subject ("Iraq condemned Turkey's killing of ...": not Iraq's).
    std::erase_if(events, [&act](const CodedEvent& e) {
      const bool nominal = e.pattern.rfind("nominal: ", 0) == 0;
      const bool supplied = nominal && e.pattern == "nominal: " + act.noun && e.source_text.empty();
      const bool misread =
          !nominal && e.verb == act.noun && e.target == act.target && e.source != act.source;
      return supplied || misread;
    });
    CodedEvent e;
    e.source = act.source;
    e.target = act.target;
    e.source_text = act.source_text;
    e.target_text = act.target_text;
    to_upper_ascii(e.source_text);
    to_upper_ascii(e.target_text);
    e.code = act.code;
    e.verb = act.noun;
    e.pattern = "nominal: " + act.noun;
    e.first_token = act.first_token;
    e.last_token = act.last_token;
    // The two sides of "clashes (talks) between X and Y" come as a pair: one joint act.
    const std::string pair = act.target + "|" + act.source;
    if (pair == last_pair) e.joint = joint;
    else if (act.noun == "CLASHES" || act.noun == "FIGHTING" || act.code.rfind("04", 0) == 0)
      e.joint = ++joint;
    last_pair = act.source + "|" + act.target;
    events.push_back(std::move(e));
  }
}

// "We urge Turkey to ...," said the spokeswoman for the Swedish government: inside a
// quotation, a first-person source is the quotation's speaker.
void DocumentCoder::speak_in_quotes(std::vector<CodedEvent>& events, const syntax::Tree& tree,
                                    int32_t ordinal,
                                    const std::vector<discourse::Quote>& quotes) const {
  for (CodedEvent& e : events) {
    if (e.first_token < 0 || static_cast<size_t>(e.first_token) >= tree.tokens.size()) continue;
    const size_t at = tree.tokens[static_cast<size_t>(e.first_token)].begin;
    if (at == syntax::Token::kNoOffset) continue;
    // "Our support" as a source ("X can count on our support") is the speaker's too.
    const bool first_person =
        e.source_text == "WE" || e.source_text == "I" || e.source_text == "US" ||
        (e.source == "---" &&
         (e.source_text.rfind("OUR ", 0) == 0 || e.source_text.rfind("MY ", 0) == 0));
    for (const discourse::Quote& q : quotes) {
      if (q.partial || at < q.begin || at >= q.end) continue;
      const std::string code = q.speaker.empty() ? std::string() : speaker_code(q, ordinal);
      if (code.empty()) break;
      if (first_person) {
        e.source = code;
        e.source_text = q.speaker;
      } else if (e.reporter.empty()) {
        // "They are destroying freedom of the press," said X: a third party's act in a
        // quotation is what the speaker says of it (read_as_accusation decides).
        e.reporter = code;
        e.reporter_text = q.speaker;
      }
      break;
    }
  }
}

// A noun phrase whose head names a thing, not a person, group or place ("the use of
// force", "military funding"; WordNet's noun categories decide) is no actor,
// whatever country word modifies it: a thing does not act, and is acted on only as the
// object of criticism, praise or demands (whose target is then its owner: "Russia's
// attack", "Ukrainian sovereignty").
bool DocumentCoder::names_a_thing(std::string_view phrase, const syntax::Tree& tree) const {
  const std::string_view head = head_word(phrase);
  const text::Pronoun* pronoun = text::personal_pronoun(head);
  if (head.empty() ||
      (pronoun && pronoun->person != 2 && pronoun->is(text::kSubjectForm)) || head == "THEM")
    return false;
  if (!pipeline_->actor_code(head, -1).empty()) return false;  // an actor or agent word
  for (const syntax::Token& t : tree.tokens) {  // the word as the sentence has it
    if (t.text.size() != head.size()) continue;
    std::string upper = t.text;
    to_upper_ascii(upper);
    if (upper != head) continue;
    if (t.tag == "NNP" || t.tag == "NNPS") return false;  // a name
    return pipeline_->lexicon()->names_thing(t.lemma);
  }
  return false;
}

void DocumentCoder::drop_things_as_actors(CodedEvent& e, const syntax::Tree& tree) const {
  // "A Chinese Foreign Ministry statement said ...": a document speaks for its author, the
  // actor that names it.
  const bool authored_document = e.code.rfind("01", 0) == 0 &&
                                 discourse::names_a_document(head_word(e.source_text));
  if (!e.source_text.empty() && !authored_document && names_a_thing(e.source_text, tree))
    e.source = "---";
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  // Words, appeals, praise, demands, criticism, threats, protests and sanctions about a
  // thing are about its owner; material acts (meetings, aid, force) on a thing are not
  // acts on an actor.
  static constexpr std::string_view kAboutOwner[] = {"01", "02", "05", "08", "10", "11",
                                                     "12", "13", "14", "16"};
  // Signing (057) is done to a document, not said about it: the document is no party.
  const bool signed_document = e.code == "057";
  // Force on a thing the phrase itself gives an owner ("attacked the presidential
  // compound", "shelled rebel positions") is force on that owner.
  const bool owned_target_of_force = (root == "18" || root == "19" || root == "20") &&
                                     e.target.size() > 3;
  const bool owner_is_target =
      owned_target_of_force ||
      (!signed_document &&
       std::find(std::begin(kAboutOwner), std::end(kAboutOwner), root) != std::end(kAboutOwner));
  // "Spoke by phone with X", "a video call with X": the means of talks is named before the
  // party it reaches.
  const bool talks_with_party = root == "04" && e.target_text.find(" WITH ") != std::string::npos;
  if (!owner_is_target && !talks_with_party && !e.target_text.empty() &&
      names_a_thing(e.target_text, tree))
    e.target = "---";
}

// A person the dictionaries do not know ("Annan urged ...") is known to the document when
// it quotes them with a role or organisation ("said Kofi Annan, the UN envoy"): the
// actor is the quotation speaker's. Matched on the surname, as articles name people.
void DocumentCoder::know_by_quotes(std::string& code, const std::string& text, int32_t ordinal,
                                   const std::vector<discourse::Quote>& quotes) const {
  if ((code != "---" && !code.empty()) || text.empty()) return;
  std::vector<std::string_view> words;
  for (size_t i = 0; i < text.size();) {
    const size_t space = text.find(' ', i);
    words.push_back(std::string_view(text).substr(i, space == std::string::npos ? std::string::npos : space - i));
    if (space == std::string::npos) break;
    i = space + 1;
  }
  for (const discourse::Quote& q : quotes) {
    if (q.speaker.empty()) continue;
    std::string surname = q.speaker.substr(q.speaker.rfind(' ') + 1);
    to_upper_ascii(surname);
    if (surname.size() < 3 || std::find(words.begin(), words.end(), surname) == words.end()) continue;
    const std::string known = speaker_code(q, ordinal);
    if (known.empty()) continue;
    code = known;
    return;
  }
}

// Criticism, rejection or praise of an act named without its author ("condemned the
// attack, which was carried out by the ADF") is aimed at the author the sentence names
// after "by", after the verb. (Possessives, "Russia's attack", are coded as actors already.)
void DocumentCoder::aim_at_author(CodedEvent& e, const syntax::Tree& tree, int32_t ordinal) const {
  const std::string_view root = std::string_view(e.code).substr(0, 2);
  if (root != "05" && root != "11" && root != "12") return;
  // The target as the sentence names it: nothing coded, or an act ("the killing of a
  // journalist") whose words only look like an actor.
  const size_t space = e.target_text.find(' ');
  const std::string_view head = std::string_view(e.target_text).substr(
      space != std::string::npos && e.target_text.rfind("THE ", 0) == 0 ? space + 1 : 0);
  const bool act = is_act_noun(head.substr(0, head.find(' ')));
  if (e.target != "---" && !e.target.empty() && !act) return;
  const auto& tokens = tree.tokens;
  const size_t from = e.last_token >= 0 ? static_cast<size_t>(e.last_token) : 0;
  for (size_t k = from; k + 1 < tokens.size(); ++k) {
    if (tokens[k].text != "by") continue;
    // The author's words: up to punctuation or a word that starts another phrase.
    std::string phrase;
    for (size_t j = k + 1; j < tokens.size(); ++j) {
      const std::string& w = tokens[j].text;
      if (w == "," || w == "." || w == ";" || w == "in" || w == "on" || w == "against" ||
          w == "at" || w == "during" || w == "which" || w == "who" || w == "that")
        break;
      if (!phrase.empty()) phrase += ' ';
      phrase += w;
    }
    const std::string author = pipeline_->actor_code(phrase, ordinal);
    if (author.empty() || author == e.source) return;
    to_upper_ascii(phrase);
    e.target = author;
    e.target_text = phrase;
    return;
  }
}

// A quotation's speaker as an actor: by their organisation when it is known ("Amnesty
// International Canada"), else by their name; "" when the dictionaries know neither. (Not
// by a role: "the UN envoy to Syria" names Syria, whom the envoy does not speak for.)
std::string DocumentCoder::speaker_code(const discourse::Quote& q, int32_t ordinal) const {
  return pipeline_->speaker_code(q, ordinal);
}
// Who speaks in a sentence: the speaker of the quotation it lies in, else the subject of
// the sentence's own statement ("Campbell said the UK should ..."), else the document's
// source when it is an organisation speaking for itself (a press release), not a news
// medium reporting others. Empty when unknown.
std::pair<std::string, std::string> DocumentCoder::speaker_at(
    const Document& doc, size_t begin, size_t end, int32_t ordinal,
    const std::vector<discourse::Quote>& quotes,
    const std::vector<CodedEvent>& sentence_events) const {
  for (const discourse::Quote& q : quotes) {
    if (q.partial || q.begin >= end || q.end <= begin) continue;
    if (q.speaker.empty()) return {};
    return {speaker_code(q, ordinal), q.speaker};
  }
  for (const CodedEvent& e : sentence_events) {
    if (e.code.rfind("01", 0) == 0 && !e.source.empty() && e.source != "---")
      return {e.source, e.source_text};
  }
  if (doc.source.empty()) return {};
  std::string code = pipeline_->actor_code(doc.source, ordinal);
  if (pipeline_->describe_actor(code, doc.source).sector == "MED") return {};
  return {code, doc.source};
}

// "X must / should act", said by someone, is that speaker's appeal to X (CAMEO 020).
void DocumentCoder::add_appeals(const Document& doc, std::vector<CodedEvent>& found, size_t begin,
                                size_t end, int32_t ordinal,
                                const std::vector<discourse::Quote>& quotes,
                                std::vector<CodedEvent>& events) const {
  if (found.empty()) return;
  auto [speaker_code, speaker_name] = speaker_at(doc, begin, end, ordinal, quotes, events);
  if (speaker_code.empty()) return;
  for (CodedEvent& e : found) {
    if (e.target == speaker_code) continue;
    e.source = speaker_code;
    e.source_text = speaker_name;
    e.code = "020";
    e.pattern = "appeal: " + e.verb;
    events.push_back(std::move(e));
  }
}

// "“The Canadian position is a blatant interference,” the ministry said": a quotation that
// judges an actor it names with a word of condemnation is its speaker's criticism of that
// actor (111), when the sentence codes no criticism of its own. A quotation that says what
// the judged actor should do ("Japan should withdraw its unfair measures") is an appeal
// (GUIDE: "should" in advocacy); its judgement describes what it appeals against.
void DocumentCoder::add_quoted_judgement(const syntax::Tree& tree, size_t begin, size_t end,
                                         int32_t ordinal,
                                         const std::vector<discourse::Quote>& quotes,
                                         const std::vector<CodedEvent>& obligations,
                                         std::vector<CodedEvent>& events) const {
  for (const CodedEvent& e : events)
    if (e.code.rfind("11", 0) == 0 || e.code.rfind("12", 0) == 0) return;
  const discourse::Quote* quote = nullptr;
  for (const discourse::Quote& q : quotes)
    if (!q.partial && q.begin < end && q.end > begin && !q.speaker.empty()) quote = &q;
  if (quote == nullptr) return;
  const std::string speaker = speaker_code(*quote, ordinal);
  if (speaker.empty()) return;
  std::string judgement, target, target_text;
  int32_t first = -1, last = -1;
  const auto& tokens = tree.tokens;
  for (size_t k = 0; k < tokens.size(); ++k) {
    const syntax::Token& t = tokens[k];
    if (t.begin == syntax::Token::kNoOffset || t.begin < quote->begin || t.end > quote->end) continue;
    if (first < 0) first = static_cast<int32_t>(k);
    last = static_cast<int32_t>(k);
    std::string word = t.text;
    to_upper_ascii(word);
    std::string two = k + 1 < tokens.size() ? word + ' ' + tokens[k + 1].text : std::string();
    to_upper_ascii(two);
    for (const std::string& j : condemnation_phrases_)
      if (judgement.empty() && (j == word || j == two)) judgement = j;
    // A run of capitalised names and adjectives ("Canadian", "the United States") that
    // the dictionaries know as another actor is the one judged.
    const bool capitalised = !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0]));
    const bool name_word = t.tag.rfind("NNP", 0) == 0 || (t.tag == "JJ" && capitalised);
    if (!target.empty() || !name_word) continue;
    std::string run;
    size_t j = k;
    for (; j < tokens.size() && (tokens[j].tag.rfind("NNP", 0) == 0 || tokens[j].tag == "JJ") &&
           std::isupper(static_cast<unsigned char>(tokens[j].text[0]));
         ++j)
      run += (run.empty() ? "" : " ") + tokens[j].text;
    const std::string code = pipeline_->actor_code(run, ordinal);
    if (!code.empty() && code != speaker && code.compare(0, 3, speaker, 0, 3) != 0) {
      target = code;
      target_text = run;
      to_upper_ascii(target_text);
    }
  }
  if (judgement.empty() || target.empty()) return;
  for (const CodedEvent& o : obligations)
    if (o.target == target) return;
  CodedEvent e;
  e.source = speaker;
  e.source_text = quote->speaker;
  e.target = target;
  e.target_text = target_text;
  e.code = "111";
  e.verb = judgement;
  e.pattern = "quoted judgement: " + judgement;
  e.first_token = first;
  e.last_token = last;
  events.push_back(std::move(e));
}

std::vector<EventRecord> DocumentCoder::code(const Document& doc,
                                             std::vector<std::string>* diagnostics) {
  std::vector<EventRecord> out;
  const int32_t ordinal = ordinal_of(doc.date);

  struct SentenceWork {
    size_t begin, end;
    syntax::Tree tree;
  };
  std::vector<SentenceWork> sentences;
  // The document read once: sentences, dateline and places (one splitter, one reader each).
  const discourse::DocumentAnalysis analysis(doc.text, pipeline_->gazetteer());
  if (!doc.given_sentences.empty()) {
    for (const Document::GivenSentence& g : doc.given_sentences) {
      ++sentences_;
      auto tree = syntax::read_ptb(g.parse, g.id);
      if (!tree.ok()) {
        if (diagnostics) diagnostics->push_back(tree.status().to_string());
        continue;
      }
      syntax::align_tokens(tree.value(), doc.text, g.begin);
      sentences.push_back({g.begin, g.end, std::move(tree).value()});
    }
  } else {
    const std::vector<nlp::SentenceSpan>& spans = analysis.sentences();
    sentences_ += spans.size();  // all of them count as read, even after a story discard
    for (const nlp::SentenceSpan& span : spans) {  // after the dateline
      if (span.begin >= span.end) continue;
      // Most news sentences name no actor at all, and parsing is the dearest step: a
      // sentence that cannot give an event keeps its index but is not parsed.
      nlp::tokenize(doc.text, span.begin, span.end, tokens_);
      const Screening screening = pipeline_->coder().screen(tokens_);
      if (screening == Screening::kDiscardStory) return out;  // PETRARCH: a story discard
      if (screening == Screening::kSkip) {
        sentences.push_back({span.begin, span.end, syntax::Tree()});
        continue;
      }
      ++parsed_;
      SentenceWork& work = sentences.emplace_back(SentenceWork{span.begin, span.end, {}});
      work.tree.tokens = std::move(tokens_);
      parser_->parse_tokenized(doc.text, span, work.tree);
    }
  }

  // Quotations are read only when a sentence needs them (most documents have no events).
  std::optional<std::vector<discourse::Quote>> quotes_found;
  auto quotes = [&]() -> const std::vector<discourse::Quote>& {
    if (!quotes_found) quotes_found = discourse::find_quotes(doc.text, analysis.split_sentences());
    return *quotes_found;
  };
  const discourse::Gazetteer* gazetteer = pipeline_->gazetteer();
  std::optional<discourse::Place> dateline;
  if (gazetteer) dateline = analysis.dateline();

  std::vector<const syntax::Tree*> parsed_trees;
  for (const SentenceWork& w : sentences)
    if (!w.tree.empty()) parsed_trees.push_back(&w.tree);
  // The states the article is about, the most named first.
  const std::vector<std::string> document_countries =
      this->document_countries(analysis, parsed_trees, ordinal);
  const std::string document_country =
      document_countries.empty() ? std::string() : document_countries.front();
  // The state the article is about other than `own`: a state addresses others.
  auto foreign_country = [&document_countries](const std::string& own) {
    for (const std::string& c : document_countries)
      if (c != own) return c;
    return std::string();
  };
  // Event nouns are read with vigil's own dictionaries; PETRARCH's codes verbs only.
  const bool own_dictionaries = pipeline_->config().petrarch_config.empty();
  DocumentContext context(pipeline_->coder().dictionaries(), ordinal,
                          dateline ? dateline->country : std::string(), pipeline_->lexicon().get());
  if (own_dictionaries)
    for (const syntax::Tree* tree : parsed_trees) context.observe_organisation_names(*tree);
  const ReferenceResolver resolver = [&context](const std::vector<std::string_view>& words,
                                                const std::string& code) {
    return context.resolve(words, code);
  };
  std::optional<discourse::Place> last_place;
  std::string last_day;  // the last day a sentence with events named
  size_t quotes_told = 0;  // quotations whose speakers the context has been told
  // The decisions told so far, with their authors (remember_decisions).
  std::vector<std::pair<std::string, std::string>> decisions;

  for (size_t s = 0; s < sentences.size(); ++s) {
    const SentenceWork& work = sentences[s];
    std::string_view sentence_text(doc.text.data() + work.begin, work.end - work.begin);
    SentenceCoding coding;
    if (!work.tree.empty()) {
      // Speakers quoted so far are actors the document has named ("said Jane Roe, the
      // ministry's spokeswoman": "the spokeswoman" later is that ministry). Quotations are
      // dear to find: read them for this only once a sentence needs them (below) or an
      // event already did.
      auto learn_speakers = [&]() {
        for (; quotes_told < quotes().size() && quotes()[quotes_told].speaker_end <= work.begin;
             ++quotes_told) {
          const discourse::Quote& q = quotes()[quotes_told];
          if (q.speaker.empty()) continue;
          context.remember_names(speaker_code(q, ordinal),
                                 q.speaker + ' ' + q.speaker_role + ' ' + q.speaker_org);
        }
      };
      if (quotes_found) learn_speakers();
      context.observe_possessives(work.tree);
      if (own_dictionaries) {
        context.observe_appositions(work.tree);
        context.observe_role_holder(work.tree);
        context.observe_plural_subject(work.tree);
        context.observe_things_of_states(work.tree);
      }
      coding = pipeline_->coder().code(work.tree, ordinal, resolver);
      if (!quotes_found && names_someone_unknown(coding)) {
        learn_speakers();
        coding = pipeline_->coder().code(work.tree, ordinal, resolver);
      }
      if (coding.outcome == SentenceOutcome::kDiscardStory) return {};
    }
    for (const auto& [code, words] : coding.actors) context.remember_names(code, words);
    if (own_dictionaries && !work.tree.empty())
      remember_decisions(work.tree, coding, *pipeline_, ordinal, decisions);
    if (own_dictionaries) add_nominal_events(sentence_text, out, coding.events);
    if (own_dictionaries && !work.tree.empty()) add_nominal_acts(work.tree, ordinal, resolver, coding.events);
    if (own_dictionaries && !work.tree.empty()) add_claimed_attacks(work.tree, coding.events);
    if (own_dictionaries && !work.tree.empty())
      add_quoted_judgement(work.tree, work.begin, work.end, ordinal, quotes(), coding.obligations,
                           coding.events);
    if (coding.events.empty() && coding.obligations.empty()) continue;
    // When and where, read once per sentence, and only once an event of it is kept
    // (many sentences' events are all filtered out below, and these readers are dear).
    // Time is read on the sentence alone (the reader looks back through the text it is
    // given, which would make long documents quadratic); places come from the analysis.
    discourse::ResolvedDate when;
    std::optional<discourse::Place> where, route;
    bool located = false;
    struct LocativePlace {
      std::string name;  // "in Nairobi": upper case, as actor texts are
      size_t begin = 0;  // where the name begins in the document
    };
    std::vector<LocativePlace> locative_places;
    auto locate = [&]() {
      if (located) return;
      located = true;
      when = discourse::sentence_date(sentence_text, 0, sentence_text.size(), doc.date);
      if (gazetteer) {
        // Only a place introduced as one ("in Hong Kong", "across China") locates the
        // event; a country named as an actor does not. The places were read over the whole
        // document, so "the city" is the city an earlier sentence named.
        for (const discourse::Place& p : analysis.places_in(work.begin, work.end)) {
          if (p.country.empty() || !discourse::is_locative_cue(p.cue)) continue;
          // A route ("marched through Budapest", "exports through South Africa") is
          // where the event went, but neither whom it was aimed at nor whose its actors are.
          if (p.cue == "through") {
            if (!route) route = p;
            continue;
          }
          if (!where) where = p;
          std::string name(doc.text.substr(p.begin, p.end - p.begin));
          to_upper_ascii(name);
          locative_places.push_back({std::move(name), p.begin});
        }
      }
    };
    // Else the acting state's own territory (police, army, government act at home), else
    // the target's (not for protests: crowds protest at home, against whomever), else the
    // place of the document's previous event, else the dateline.
    auto place_for = [&](const ActorOut& source, const std::optional<ActorOut>& target,
                         std::string_view cameo) -> std::optional<discourse::Place> {
      if (where) return where;
      if (route) return route;
      const bool protest = cameo.substr(0, 2) == "14";
      for (const ActorOut* a : {&source, target && !protest ? &*target : nullptr}) {
        if (!a || a->country.empty() || !gazetteer) continue;
        if (const discourse::GazetteerEntry* c = gazetteer->country(a->country)) {
          discourse::Place p;
          p.name = c->name;
          p.country = c->country;
          p.lat = c->lat;
          p.lon = c->lon;
          return p;
        }
      }
      if (last_place) return last_place;
      if (dateline && !dateline->country.empty()) return dateline;
      return std::nullopt;
    };
    if (own_dictionaries)
      for (CodedEvent& e : coding.events) code_as_refusal(e);
    std::vector<std::string> implied_roles(coding.events.size());
    for (size_t k = 0; k < coding.events.size(); ++k) {
      const CodedEvent& e = coding.events[k];
      if (!e.source.empty() && e.source != "---" && !e.target.empty() && e.target != "---")
        continue;
      locate();
      if (own_dictionaries && gazetteer)
        aim_at_the_place_taken(coding.events[k], analysis.places_in(work.begin, work.end),
                               doc.text);
      if (own_dictionaries && (e.target.empty() || e.target == "---") &&
          aim_at_previous_party(coding.events[k], coding.events)) {
        implied_roles[k] = "target";
        continue;
      }
      if (own_dictionaries && host_state_acts_on_envoy(coding.events[k],
                                                       pipeline_->coder().dictionaries(),
                                                       foreign_country)) {
        implied_roles[k] = "source";
        continue;
      }
      // The police who arrested "fifteen Kenyan men" are, failing a place or a police
      // force named before, Kenya's.
      std::string fallback = starts_with_country(e.target) && !names_region(e.target)
                                 ? e.target.substr(0, 3)
                             : last_place                   ? last_place->country
                             : dateline                     ? dateline->country
                                                            : document_country;
      implied_roles[k] = context.fill_implicit_role(
          coding.events[k], where ? where->country : std::string(), fallback);
    }
    context.observe_events(coding.events);
    speak_in_quotes(coding.events, work.tree, ordinal, quotes());
    for (CodedEvent& e : coding.events) {
      know_by_quotes(e.source, e.source_text, ordinal, quotes());
      know_by_quotes(e.target, e.target_text, ordinal, quotes());
    }
    for (CodedEvent& e : coding.events) {
      if (own_dictionaries) drop_things_as_actors(e, work.tree);
      act_of_the_reporting_state(e);
      read_as_accusation(e);
      read_alleged_wrong(e);
      aim_at_author(e, work.tree, ordinal);
      if (own_dictionaries) aim_at_earlier_act(e, work.tree, coding.events, out, decisions);
      if (own_dictionaries) address_release_to_holder(e, work.tree, coding.events, out);
      if (own_dictionaries) credit_unnamed_force(e, work.tree, *pipeline_, ordinal);
      if (own_dictionaries) code_as_intention(e);
    }
    if (!coding.obligations.empty()) {
      add_appeals(doc, coding.obligations, work.begin, work.end, ordinal, quotes(), coding.events);
      implied_roles.resize(coding.events.size());
    }
    for (size_t k = 0; k < coding.events.size(); ++k) {
      const CodedEvent& e = coding.events[k];
      // A bare statement ("X said ...") is what the speaker's words carry, not an event
      // an analyst codes: it is written only with --all, as modality "statement".
      const std::string modality =
          e.modality == "asserted" && e.code.rfind("01", 0) == 0 ? "statement" : e.modality;
      if (modality != "asserted" && !pipeline_->config().include_all_modalities) continue;
      if (!keep_one_sided(e)) continue;
      if (is_statement_about_pronoun(e)) continue;
      locate();
      EventRecord r;
      r.doc_id = doc.id;
      r.sentence_index = static_cast<int>(s);
      r.sentence = std::string(sentence_text);
      r.date = doc.date;
      // A sentence that names no time tells more of the occasion the article is telling:
      // the day the last dated sentence gave ("protesters marched on Tuesday. Police
      // fired tear gas."), else the publication date.
      // A date of a noun ("the 26 February riots") dates a said or done act only when the
      // act is of that kind: force, protest or coercion, not words about it.
      const std::string_view act = std::string_view(e.code).substr(0, 2);
      const bool force_or_protest =
          act == "14" || act == "17" || act == "18" || act == "19" || act == "20";
      const bool words_about_it = when.of_a_noun && !force_or_protest;
      const bool dated = when.end > when.begin && !when.text.empty() && !words_about_it;
      // A verb in the present tense in the article's own words ("Kinshasa accuses Kigali",
      // "the EU condemns") tells what holds as the article is published, not the day an
      // earlier sentence told (a quotation's present is when it was said).
      const auto& sentence_tokens = work.tree.tokens;
      const bool quoted = std::any_of(quotes().begin(), quotes().end(), [&](const auto& q) {
        return q.begin < work.end && q.end > work.begin;
      });
      // (Third person singular only: "beat", "hit", "put" are past and present alike.)
      const bool present_tense = !quoted && e.verb_token >= 0 &&
                                 static_cast<size_t>(e.verb_token) < sentence_tokens.size() &&
                                 sentence_tokens[static_cast<size_t>(e.verb_token)].tag == "VBZ";
      r.event_date = dated            ? when.text
                     : present_tense  ? doc.date
                     : !last_day.empty() ? last_day
                                         : doc.date;
      r.modality = modality;
      r.source = pipeline_->describe_actor(e.source, e.source_text);
      // "Police arrested dozens in Nairobi": a place introduced as one is where, not whom.
      // But criticism of what happened somewhere ("condemned the coup in Niger") is aimed
      // at that state, and a visit to a place ("arrived in Asmara") is a visit to its state.
      const bool aimed_at_place = e.code.rfind("11", 0) == 0 || e.code.rfind("12", 0) == 0 ||
                                  e.code == "042";
      // The place may be named with its description ("in the Finnish capital Helsinki").
      const auto target_place =
          aimed_at_place
              ? locative_places.end()
              : std::find_if(locative_places.begin(), locative_places.end(),
                             [&](const LocativePlace& p) {
                               return e.target_text == p.name ||
                                      (e.target.size() == 3 &&
                                       e.target_text.find(" " + p.name) != std::string::npos);
                             });
      bool target_is_place = target_place != locative_places.end();
      // "Ministers met in the Belgian capital": talks held in a place named by its
      // description are held there, not with its state.
      const bool talks_in_described_place =
          e.code.rfind("04", 0) == 0 && e.code != "042" && e.code != "043" &&
          e.target.size() == 3 && discourse::is_place_noun(head_word(e.target_text)) &&
          after_locative_preposition(work.tree.tokens, e.target_text);
      if (talks_in_described_place) {
        CodedEvent one_sided = e;
        one_sided.target = "---";
        if (!keep_one_sided(one_sided)) continue;
      }
      // "Troops attacked a village in Mali": force on what the sentence places in a state
      // (the village, its market) is force on that state's people.
      if (target_is_place && e.target.size() == 3 && is_force(e.code) &&
          names_a_thing_before(work.tree.tokens, e.verb_token, target_place->begin)) {
        r.target = pipeline_->describe_actor(e.target + "CVL", e.target_text);
        target_is_place = false;
      } else if (e.target != "---" && !target_is_place && !talks_in_described_place) {
        r.target = pipeline_->describe_actor(e.target, e.target_text);
      }
      if (target_is_place) {
        CodedEvent one_sided = e;
        one_sided.target = "---";
        if (!keep_one_sided(one_sided)) continue;
      }
      r.cameo = repression_code(e);
      const Ontology& onto = pipeline_->ontology();
      if (const CameoEvent* known = onto.find(r.cameo)) {
        r.cameo_root = known->root;
        r.goldstein = known->goldstein;
        r.quad_class = known->quad_class;
        r.plover_event = known->plover.event;
        r.plover_mode = known->plover.mode;
      } else {
        r.cameo_root = r.cameo.substr(0, 2);
      }
      r.evidence_begin = work.begin;
      r.evidence_end = work.end;
      const auto& tokens = work.tree.tokens;
      if (e.first_token >= 0 && e.last_token >= 0 &&
          static_cast<size_t>(e.last_token) < tokens.size()) {
        const auto& first = tokens[static_cast<size_t>(e.first_token)];
        const auto& last = tokens[static_cast<size_t>(e.last_token)];
        if (first.begin != syntax::Token::kNoOffset && last.end != syntax::Token::kNoOffset) {
          r.evidence_begin = first.begin;
          r.evidence_end = last.end;
        }
      }
      // "said he would meet them on Tuesday": an intention is dated by its saying; a time
      // after the intended act's verb is that act's, not the intention's.
      if (dated && e.intended && e.code.rfind("03", 0) == 0 && e.verb_token >= 0 &&
          static_cast<size_t>(e.verb_token) < tokens.size() &&
          when.begin >= tokens[static_cast<size_t>(e.verb_token)].begin)
        r.event_date = !last_day.empty() ? last_day : doc.date;
      // An event inside a quotation is the speaker's claim (its first-person source was
      // made the speaker by speak_in_quotes).
      for (const discourse::Quote& q : quotes()) {
        if (q.partial || r.evidence_begin < q.begin || r.evidence_begin >= q.end) continue;
        r.quote_speaker = q.speaker;
        r.quote_text = doc.text.substr(q.begin, q.end - q.begin);
        // A quotation's words were said when its attribution says ("..., she said late
        // Monday"), which may lie in a later sentence than the event's.
        const bool attributed_elsewhere = q.speaker_end > work.end || q.speaker_begin < work.begin;
        if (!dated && q.speaker_end > q.speaker_begin && attributed_elsewhere) {
          const size_t from = std::min(q.end, q.speaker_begin);
          size_t to = doc.text.find('.', std::max(q.speaker_end, from));
          to = to == std::string::npos ? doc.text.size() : std::min(to, from + 200);
          const discourse::ResolvedDate said = discourse::sentence_date(doc.text, from, to, doc.date);
          if (said.end > said.begin && !said.text.empty()) r.event_date = said.text;
        }
        break;
      }
      // A domestic actor named without a country is of the place the sentence names,
      // else of the other actor's state ("Georgian police ... protesters") or the state
      // whose rebels or opposition it faces ("al-Shabab ... a government soldier"), else
      // of the country the article is about.
      std::string home = where ? where->country : official_pressing_a_state(e, r, foreign_country);
      // (A state's organ or its domestic opponents, not a news agency: "Reuters" says
      // nothing of where.)
      // An accuser is not of the state it accuses ("the president said Ostria's leader
      // helped the plotters"): an accusation takes no country from its target.
      const bool accusation = r.cameo.rfind("11", 0) == 0;
      for (const ActorOut* a : {&r.source, r.target && !accusation ? &*r.target : nullptr})
        if (home.empty() && a && !a->country.empty() && a->code.size() > 3 &&
            (is_state_sector(a->sector) || a->sector == "REB" || a->sector == "OPP"))
          home = a->country;
      if (home.empty()) home = document_country;
      // A visitor comes from elsewhere: "the Prime Minister arrived in Kyiv" is another
      // state's, the one the article names most after the visited one.
      const std::string_view visited = r.target && !r.target->country.empty()
                                           ? std::string_view(r.target->country)
                                           : where ? std::string_view(where->country)
                                                   : std::string_view();
      if ((r.cameo == "042" || r.cameo == "043") && !visited.empty())
        home = foreign_country(std::string(visited));
      give_country(r.source, home);
      if (r.target) {
        // What a state says to "the government" or "all parties" is said to the country
        // the article is about, not to its own: an appeal, demand, criticism, rejection or
        // threat by a state official to its own state is rare in foreign news.
        const std::string addressed = foreign_country(r.source.country);
        const bool verbal =
            is_verbal_act(r.cameo) && r.source.sector == "GOV" && !addressed.empty();
        const bool own_state_by_reference =
            r.target->country == r.source.country && !r.source.country.empty() &&
            pipeline_->actor_code(e.target_text, ordinal).rfind("---", 0) == 0;
        if (verbal && own_state_by_reference) {
          r.target->country.clear();
          r.target->code = "---" + r.target->code.substr(3);
        }
        // The people a state's armed forces strike abroad ("Saudi-led warplanes ...
        // killing eight people" in a story about Yemen) are of the country the article is
        // about, not of the state that strikes.
        const std::string_view root = std::string_view(r.cameo).substr(0, 2);
        const bool force_abroad = (root == "18" || root == "19" || root == "20") && !where &&
                                  is_state_sector(r.source.sector) && !document_country.empty() &&
                                  home == r.source.country && document_country != home;
        give_country(*r.target, verbal && !where ? addressed
                                : force_abroad   ? document_country
                                                 : home);
      }
      // A protest with no target named is against the protesters' own government; an
      // arrest or a raid of people not named is of the state's civilians.
      if (!r.target && !r.source.country.empty()) {
        const std::string_view root = std::string_view(r.cameo).substr(0, 2);
        if (root == "14" || root == "17") {
          r.target = pipeline_->describe_actor(r.source.country + (root == "14" ? "GOV" : "CVL"), "");
          r.implied_role = "target";
        }
      }
      if (std::optional<discourse::Place> place = place_for(r.source, r.target, r.cameo)) {
        r.location_name = place->name;
        r.location_country = place->country;
        r.location_lat = place->lat;
        r.location_lon = place->lon;
        if (modality == "asserted") last_place = place;  // --all adds events, never moves these
      }
      if (modality == "asserted" && dated && !when.of_a_noun &&
          when.precision == discourse::Precision::kDay && when.text <= doc.date)
        last_day = when.text;
      r.mention_spans.push_back({r.sentence_index, work.begin, work.end});
      if (e.joint > 0) r.joint = std::to_string(s) + "." + std::to_string(e.joint);
      r.verb = e.verb;
      r.pattern = e.pattern;
      if (!e.pattern_file.empty())
        r.rule_at = pipeline_->dictionary_line(e.pattern_file, e.pattern_line);
      // An entry is written only for the actor it named: the pipeline may have replaced
      // an actor since (a reference resolved, a speaker, roles swapped).
      auto entry_of = [&](const CodedEvent::ActorFrom& from, const std::string& text,
                          const ActorOut* out, EventRecord::EntryOut& to) {
        if (!from.entry || from.text != text || !out || out->text != text) return;
        to.root = from.entry->root;
        to.at = pipeline_->dictionary_line(from.entry->file, from.entry->line);
      };
      entry_of(e.source_from, e.source_text, &r.source, r.source_entry);
      entry_of(e.target_from, e.target_text, r.target ? &*r.target : nullptr, r.target_entry);
      r.implied_role = implied_roles[k];
      out.push_back(std::move(r));
    }
  }
  return merge_mentions(std::move(out));
}

// The country an article is about, for actors it names without one ("police",
// "protesters"): the country its places name most, the dateline counting as three
// mentions. "" when no place is named.
std::vector<std::string> DocumentCoder::document_countries(const discourse::DocumentAnalysis& analysis,
                                            const std::vector<const syntax::Tree*>& trees,
                                            int32_t ordinal) const {
  std::vector<std::pair<std::string, int>> counts;
  auto add = [&counts](const std::string& country, int weight) {
    if (country.empty()) return;
    for (auto& [c, n] : counts) {
      if (c == country) {
        n += weight;
        return;
      }
    }
    counts.emplace_back(country, weight);
  };
  if (analysis.dateline()) add(analysis.dateline()->country, 3);
  // Counted over the whole text as one run (the dateline's name and "the country" across
  // sentences included), as this weighting was measured.
  if (const discourse::Gazetteer* gazetteer = pipeline_->gazetteer())
    for (const discourse::Place& p :
         discourse::find_places(analysis.text(), 0, analysis.text().size(), *gazetteer))
      add(p.country, 1);
  // An article that names no place often names a state by its people's adjective
  // ("Sri Lankan troops", "Saudi police"): such words the actor dictionary codes as a state
  // alone, in the sentences that were parsed. (Not counted beside places: a press release
  // from Ottawa about Hong Kong names the Canadian government often.)
  auto capitalized = [](const syntax::Token& t) {
    return !t.text.empty() && std::isupper(static_cast<unsigned char>(t.text[0])) &&
           (t.tag == "JJ" || t.tag == "NNP" || t.tag == "NNPS");
  };
  auto state_named = [&](const std::string& words) {
    if (pipeline_->gazetteer() && pipeline_->gazetteer()->lookup(words)) return std::string();
    std::string code = pipeline_->actor_code(words, ordinal);
    const bool state = code.size() == 3 && starts_with_country(code) &&
                       (!pipeline_->gazetteer() || pipeline_->gazetteer()->country(code));
    return state ? code : std::string();
  };
  // Most named first; between equals, the first named.
  auto best_of = [&counts]() {
    std::stable_sort(counts.begin(), counts.end(),
                     [](const auto& a, const auto& b) { return a.second > b.second; });
    std::vector<std::string> ranked;
    for (const auto& [country, n] : counts) ranked.push_back(country);
    return ranked;
  };
  if (!counts.empty()) return best_of();
  for (const syntax::Tree* tree : trees) {
    const std::vector<syntax::Token>& tokens = tree->tokens;
    for (size_t k = 0; k < tokens.size(); ++k) {
      if (!capitalized(tokens[k])) continue;
      // Two words first: "Sri Lankan", "Saudi Arabian".
      if (k + 1 < tokens.size() && capitalized(tokens[k + 1])) {
        const std::string two = state_named(tokens[k].text + " " + tokens[k + 1].text);
        if (!two.empty()) {
          add(two, 1);
          ++k;
          continue;
        }
      }
      add(state_named(tokens[k].text), 1);
    }
  }
  return best_of();
}

// One event per (source, target, code, date) per document, and per place for acts done on
// the ground; later mentions are counted. Protests last year and protests this week are
// two events; so are arrests in Nairobi and arrests in Mombasa on the same day (but an
// appeal is one appeal wherever the sentences that repeat it are set).
std::vector<EventRecord> DocumentCoder::merge_mentions(std::vector<EventRecord> records) const {
  const nlp::Lexicon& lexicon = *pipeline_->lexicon();
  std::vector<EventRecord> out;
  for (EventRecord& r : records) {
    auto same = std::find_if(out.begin(), out.end(), [&](const EventRecord& o) {
      return o.source.code == r.source.code && o.cameo == r.cameo &&
             o.event_date == r.event_date && o.modality == r.modality &&
             (o.location_name == r.location_name || !is_material_act(r.cameo)) &&
             !(is_material_act(r.cameo) && counted_differently(o.target, r.target, lexicon)) &&
             (o.target ? o.target->code : "") == (r.target ? r.target->code : "");
    });
    if (same != out.end()) {
      ++same->mentions;
      same->mention_spans.insert(same->mention_spans.end(), r.mention_spans.begin(),
                                 r.mention_spans.end());
      continue;
    }
    out.push_back(std::move(r));
  }
  return out;
}

}  // namespace vigil::events
