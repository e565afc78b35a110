#include "verbs.h"

#include <algorithm>
#include <array>
#include <cctype>
#include <string_view>

#include "compiled.h"
#include "patterns.h"
#include "skip_words.h"
#include "vigil/prepositions.h"
#include "vigil/pronouns.h"

namespace vigil::events {
namespace {

using Kind = Item::Kind;

bool is_markup(const Item& it) { return it.kind != Kind::kWord; }

bool is_verb_open(const Item& it) {
  return it.kind == Kind::kOpen && it.text.size() >= 2 && it.text[0] == 'V' && it.text[1] == 'B';
}

// The direct children of the phrase opened at `open`, as indexes of their openers.
std::vector<size_t> children(const Linear& items, size_t open) {
  std::vector<size_t> out;
  size_t end = matching_close(items, open);
  for (size_t k = open + 1; k < end; ++k) {
    out.push_back(k);
    k = matching_close(items, k);
  }
  return out;
}

bool is_be(std::string_view w) {
  static constexpr std::array<std::string_view, 8> kBe = {"IS",  "WAS", "BEEN",  "WERE",
                                                          "ARE", "BE",  "BEING", "AM"};
  return std::find(kBe.begin(), kBe.end(), w) != kBe.end();
}

// An adverb's word ("already", "also"), or the markup around it: between an auxiliary
// and its participle it changes nothing.
bool is_adverb_word(const Linear& items, size_t k) {
  const Item& it = items[k];
  if (it.kind == Kind::kWord) return k > 0 && items[k - 1].text.rfind("RB", 0) == 0;
  return (it.kind == Kind::kOpen || it.kind == Kind::kClose) &&
         (it.text == "ADVP" || it.text.rfind("RB", 0) == 0);
}

// Passive voice: down the chain of verb phrases headed by auxiliaries ("has been",
// "could be"), a past participle after a form of "be", with an agent "by" in its own
// phrase. Returns the participle's word index, or 0.
size_t passive_verb(const Linear& items, size_t vp) {
  bool after_be = false;
  size_t current = vp;
  while (true) {
    size_t next_vp = 0;
    size_t verb_word = 0;
    // The children of `current`, walked in place (children() would allocate).
    const size_t current_end = matching_close(items, current);
    for (size_t child = current + 1; child < current_end;
         child = matching_close(items, child) + 1) {
      if (verb_word == 0 && is_verb_open(items[child]) && child + 1 < items.size())
        verb_word = child + 1;
      if (next_vp == 0 && items[child].kind == Kind::kOpen && items[child].text == "VP")
        next_vp = child;
    }
    if (verb_word != 0 && items[verb_word - 1].text == "VBN" && after_be && current != vp) {
      size_t end = matching_close(items, current);
      for (size_t k = verb_word + 1; k < end; ++k)
        if (items[k].kind == Kind::kWord && items[k].text == "BY") return verb_word;
      return 0;
    }
    if (verb_word != 0 && is_be(items[verb_word].text)) after_be = true;
    if (next_vp == 0) return 0;
    current = next_vp;
  }
}

// "Protesters were arrested": a participle heading a verb phrase right under a form of
// "be" (or "get"), with no "by" agent. The subject is what was acted on; the agent is
// unnamed. (PETRARCH reads such clauses as active; vigil's own dictionaries do not.)
bool agentless_passive(const Linear& items, size_t vp, size_t verb_word, size_t vp_end) {
  if (verb_word == 0 || items[verb_word - 1].text != "VBN") return false;
  for (size_t k = verb_word + 1; k < vp_end; ++k)
    if (items[k].kind == Kind::kWord && items[k].text == "BY") return false;
  // The auxiliary: the last word before this verb phrase, inside the parent verb phrase
  // ("were also arrested": adverbs between do not count).
  for (size_t k = vp; k-- > 0;) {
    if (is_adverb_word(items, k)) continue;
    if (items[k].kind == Kind::kWord) {
      const std::string& w = items[k].text;
      return is_be(w) || w == "GET" || w == "GETS" || w == "GOT" || w == "GOTTEN";
    }
    if (items[k].kind == Kind::kOpen && items[k].text != "VP" && !is_verb_open(items[k]))
      return false;
  }
  return false;
}

// "Fifteen men detained on Tuesday", "those arrested": a past participle with no
// auxiliary before its phrase and no object after it describes what was done to the noun
// before it; the agent is unnamed.
bool reduced_passive(const Linear& items, size_t vp, size_t verb_word) {
  if (verb_word == 0 || items[verb_word - 1].text != "VBN") return false;
  for (size_t k = vp; k-- > 0;) {
    if (items[k].kind != Kind::kWord || is_adverb_word(items, k)) continue;
    const std::string& w = items[k].text;
    return !(is_be(w) || w == "HAS" || w == "HAVE" || w == "HAD" || w == "HAVING" || w == "GET" ||
             w == "GETS" || w == "GOT");
  }
  return false;
}

// Checks the extra words of a multi-word verb form around the verb at `verb`, stepping
// over markup and skip words. On success sets the span of the whole verb.
bool form_matches(const Linear& items, size_t verb, const dict::VerbForm& form, size_t& first,
                  size_t& last) {
  first = last = verb;
  size_t k = verb + 1;
  for (const std::string& w : form.after) {
    while (k < items.size() && (is_markup(items[k]) || (is_skip_word(items[k].text) && items[k].text != w))) ++k;
    if (k >= items.size() || items[k].text != w) return false;
    last = k++;
  }
  long b = static_cast<long>(verb) - 1;
  for (auto it = form.before.rbegin(); it != form.before.rend(); ++it) {
    while (b >= 0 && (is_markup(items[static_cast<size_t>(b)]) ||
                      (is_skip_word(items[static_cast<size_t>(b)].text) &&
                       items[static_cast<size_t>(b)].text != *it)))
      --b;
    if (b < 0 || items[static_cast<size_t>(b)].text != *it) return false;
    first = static_cast<size_t>(b--);
  }
  return true;
}

size_t matching_open(const Linear& items, size_t close) {
  int depth = 0;
  for (size_t k = close + 1; k-- > 0;) {
    if (items[k].is_close()) ++depth;
    if (items[k].is_open() && --depth == 0) return k;
  }
  return 0;
}

// True when the item at `k` lies inside a noun phrase that was read part by part (an
// apposition "Norland, a close ally of Westland,"): such commas do not end the subject.
bool inside_noun_phrase(const Linear& items, size_t k) {
  int depth = 0;
  for (size_t j = k; j-- > 0;) {
    if (items[j].is_close()) ++depth;
    if (items[j].is_open()) {
      if (depth == 0) return items[j].kind == Kind::kOpen && items[j].text == "NP";
      --depth;
    }
  }
  return false;
}

// The outermost compound an NE belongs to, or the NE itself.
size_t actor_unit(const Linear& items, size_t ne) {
  size_t unit = ne;
  int depth = 0;  // compounds closed (and so not enclosing) while walking back
  for (size_t k = ne; k-- > 0;) {
    const Item& it = items[k];
    if (it.kind == Kind::kNecEnd) {
      ++depth;
    } else if (it.kind == Kind::kNec) {
      if (depth == 0) unit = k;
      else --depth;
    } else if (it.kind != Kind::kNe && it.kind != Kind::kNeEnd && it.kind != Kind::kWord) {
      break;
    }
  }
  return unit;
}

// The words before the verb, nearest first, back to the sentence start or a comma.
// A complete verb phrase before the verb (the first of two coordinated ones) is stepped
// over: the subject of "X condemned Y and promised Z" is X, not Y; so is a comma right
// after one ("X destroyed tents, arrested leaders and ...").
size_t enclosing_open(const Linear& items, size_t k);

// The last verb phrase of `clause` before its part `part`, or `fallback` when there is none.
size_t verb_phrase_before(const Linear& items, size_t clause, size_t part, size_t fallback) {
  size_t found = fallback;
  for (const size_t child : children(items, clause)) {
    if (child >= part) break;
    if (items[child].text == "VP") found = child;
  }
  return found;
}

// "X expelled the envoy while freezing trade": a gerund clause with no subject of its own
// under "while", "after", "before", "by", "when", "since" or "upon" is done by the subject
// of the verb phrase it modifies. Returns where to read that subject back from: the open
// of the modified verb phrase, or `verb_first` when the verb heads no such clause.
size_t subject_of_adverbial_gerund(const Linear& items, size_t verb_first) {
  static constexpr std::array<std::string_view, 7> kSubordinators = {
      "WHILE", "AFTER", "BEFORE", "BY", "WHEN", "SINCE", "UPON"};
  const size_t tag = enclosing_open(items, verb_first);
  if (tag >= items.size() || items[tag].text != "VBG") return verb_first;
  size_t vp = enclosing_open(items, tag);
  if (vp >= items.size() || items[vp].text != "VP") return verb_first;
  // "while urging X and blocking Y": each gerund of a coordination heads the clause.
  auto coordinates_verb_phrases = [&](size_t up) {
    return up < items.size() && items[up].text == "VP" && items[up + 1].is_open() &&
           items[up + 1].text == "VP";
  };
  for (size_t up = enclosing_open(items, vp); coordinates_verb_phrases(up);
       up = enclosing_open(items, up))
    vp = up;
  const size_t clause = enclosing_open(items, vp);
  if (clause >= items.size() || items[clause].text != "S") return verb_first;
  const std::vector<size_t> parts = children(items, clause);
  if (parts.empty() || parts.front() != vp) return verb_first;  // a clause with a subject
  const size_t pp = enclosing_open(items, clause);
  // "Kenya rejected the report, accusing Uganda of lying": a gerund clause after a comma
  // closing the verb phrase it modifies.
  if (pp < items.size() && items[pp].text == "VP") {
    const std::vector<size_t> siblings = children(items, pp);
    const auto at = std::find(siblings.begin(), siblings.end(), clause);
    const bool after_comma = at != siblings.begin() && at != siblings.end() &&
                             items[*(at - 1)].text == "," && at + 1 == siblings.end();
    return after_comma ? pp : verb_first;
  }
  if (pp >= items.size() || (items[pp].text != "PP" && items[pp].text != "SBAR")) return verb_first;
  const std::vector<size_t> pp_parts = children(items, pp);
  if (pp_parts.size() < 2 || pp_parts.front() + 1 >= items.size()) return verb_first;
  const std::string_view word = items[pp_parts.front() + 1].text;
  if (std::find(kSubordinators.begin(), kSubordinators.end(), word) == kSubordinators.end())
    return verb_first;
  const size_t modified = enclosing_open(items, pp);
  if (modified >= items.size()) return verb_first;
  if (items[modified].text == "VP") return modified;
  // "X called for an inquiry, while urging Y to ...": the clause set off by a comma after
  // the sentence's verb phrase modifies that verb phrase all the same.
  return items[modified].text == "S" ? verb_phrase_before(items, modified, pp, verb_first)
                                     : verb_first;
}

size_t first_verb_child(const Linear& items, size_t vp);

// "Witnesses saw police beat protesters", parsed as two verb phrases: the verb phrase
// right before `close` (its close) is one of seeing or hearing with an object, whose NE
// is then returned (the one who does what was seen); else 0.
size_t perceived_actor(const Linear& items, size_t close) {
  static constexpr std::array<std::string_view, 10> kPerception = {
      "SAW", "SEEN", "SEE", "WATCHED", "WITNESSED", "HEARD", "FILMED", "OBSERVED", "SEES", "WATCH"};
  const size_t open = matching_open(items, close);
  const size_t verb = first_verb_child(items, open);
  if (verb == 0 || verb + 1 >= items.size() ||
      std::find(kPerception.begin(), kPerception.end(), items[verb + 1].text) == kPerception.end())
    return 0;
  // Its object: the NE whose end closes the phrase.
  const size_t last = close - 1;
  if (items[last].kind != Kind::kNeEnd) return 0;
  const size_t ne = matching_open(items, last);
  return ne < items.size() && items[ne].kind == Kind::kNe ? ne : 0;
}

Sequence upper_sequence(const Linear& items, size_t verb_first, bool own_reading = false) {
  Sequence seq;
  for (size_t k = subject_of_adverbial_gerund(items, verb_first); k-- > 1;) {
    const Item& it = items[k];
    // The verb phrase right before this one saw what this one does.
    if (own_reading && seq.empty() && it.kind == Kind::kClose && it.text == "VP") {
      if (const size_t seen = perceived_actor(items, k); seen != 0) {
        for (size_t j = matching_close(items, seen) + 1; j-- > seen;) {
          if (items[j].kind == Kind::kWord) seq.push_back({SeqKind::kWord, j});
          else if (items[j].kind == Kind::kNe) seq.push_back({SeqKind::kNeOpen, j});
          else if (items[j].kind == Kind::kNeEnd) seq.push_back({SeqKind::kNeClose, j});
        }
        break;
      }
    }
    if (it.kind == Kind::kClose && it.text == ",") {
      const size_t open = matching_open(items, k);
      const bool after_verb_phrase =
          open > 0 && items[open - 1].kind == Kind::kClose && items[open - 1].text == "VP";
      if (after_verb_phrase) {
        k = open;
        continue;
      }
      if (!inside_noun_phrase(items, open)) break;
    }
    if (it.kind == Kind::kClose && it.text == "VP") {
      k = matching_open(items, k);
      continue;
    }
    if (it.kind == Kind::kWord) {
      // Words of part-of-speech phrases and of NEs alike.
      seq.push_back({SeqKind::kWord, k});
    } else if (it.kind == Kind::kNe) {
      seq.push_back({SeqKind::kNeOpen, k});
    } else if (it.kind == Kind::kNeEnd) {
      seq.push_back({SeqKind::kNeClose, k});
    } else if (it.kind == Kind::kNec) {
      seq.push_back({SeqKind::kNecOpen, k});
    } else if (it.kind == Kind::kNecEnd) {
      seq.push_back({SeqKind::kNecClose, k});
    }
  }
  return seq;
}

// "(SBAR (IN AFTER) (S police cracked down ...))": a clause of time, cause or condition
// that modifies the verb. Its words are not the verb's complement.
bool opens_adverbial_clause(const Linear& items, size_t k) {
  // Not "if" or "unless": the condition of a threat names whom it threatens.
  static constexpr std::array<std::string_view, 12> kSubordinators = {
      "AFTER", "BEFORE", "WHEN",  "WHILE", "AS",     "BECAUSE", "SINCE",
      "UNTIL", "ONCE", "ALTHOUGH", "THOUGH", "WHEREAS"};
  if (!(items[k].kind == Kind::kOpen && items[k].text == "SBAR") || k + 2 >= items.size())
    return false;
  if (!(items[k + 1].kind == Kind::kOpen && items[k + 1].text == "IN")) return false;
  return std::find(kSubordinators.begin(), kSubordinators.end(), items[k + 2].text) !=
         kSubordinators.end();
}

// The words after the verb up to the end of its verb phrase. A relative clause's actors
// are its own verb's: in the verb's sequence it is words only. With `own_reading`, the
// sequence ends where an adverbial clause begins ("were held after police broke up a
// protest" holds no protest).
Sequence lower_sequence(const Linear& items, size_t verb_last, size_t vp_end,
                        bool own_reading = false) {
  Sequence seq;
  for (size_t k = verb_last + 1; k < vp_end; ++k) {
    const Item& it = items[k];
    if (own_reading && opens_adverbial_clause(items, k)) break;
    if (it.kind == Kind::kOpen && it.text == "SBR") {
      for (const size_t end = matching_close(items, k); k < end; ++k)
        if (items[k].kind == Kind::kWord) seq.push_back({SeqKind::kWord, k});
      continue;
    }
    switch (it.kind) {
      case Kind::kWord: seq.push_back({SeqKind::kWord, k}); break;
      case Kind::kNe: seq.push_back({SeqKind::kNeOpen, k}); break;
      case Kind::kNeEnd: seq.push_back({SeqKind::kNeClose, k}); break;
      case Kind::kNec: seq.push_back({SeqKind::kNecOpen, k}); break;
      case Kind::kNecEnd: seq.push_back({SeqKind::kNecClose, k}); break;
      default: break;
    }
  }
  return seq;
}

size_t enclosing_open(const Linear& items, size_t k);

// "signed a truce in Oslo", "met at the border": an actor named as the object of a
// preposition of place is where the act happened.
bool in_place_phrase(const Linear& items, size_t ne) {
  const size_t pp = enclosing_open(items, ne);
  if (pp >= items.size() || items[pp].text != "PP") return false;
  const std::vector<size_t> parts = children(items, pp);
  if (parts.empty() || parts.front() + 1 >= items.size()) return false;
  return text::is_locative_preposition(items[parts.front() + 1].text);
}

// Default target: the first compound or coded NE after the verb, else the first NE.
long default_target(const Linear& items, const Sequence& lower) {
  for (const SeqItem& s : lower) {
    if (s.kind == SeqKind::kNecOpen) return static_cast<long>(s.item);
    if (s.kind == SeqKind::kNeOpen && items[s.item].code != "---") return static_cast<long>(s.item);
  }
  for (const SeqItem& s : lower)
    if (s.kind == SeqKind::kNeOpen) return static_cast<long>(s.item);
  return -1;
}

// True when the words after the verb hold a compound or a coded NE.
bool names_coded_actor(const Linear& items, const Sequence& lower) {
  for (const SeqItem& s : lower)
    if (s.kind == SeqKind::kNecOpen || (s.kind == SeqKind::kNeOpen && items[s.item].code != "---"))
      return true;
  return false;
}

// Default source: the nearest compound or coded NE before the verb whose code differs
// from the target's, else the nearest such NE at all. With `new_actors` (the
// new_actor_length option) an uncoded target is a new actor named by its own words, so
// an uncoded NE before the verb is another actor, not the target's code again: "The
// council condemned the decision" has two new actors.
size_t enclosing_open(const Linear& items, size_t k);

// "The U.S. ambassador to China", "the UN envoy for Syria": an actor named in a phrase
// that modifies a noun phrase whose head already names an actor with a country or an
// organisation is a modifier, not the subject.
bool modifies_coded_head(const Linear& items, size_t ne) {
  size_t pp = enclosing_open(items, ne);
  // "(PP TO (NP [NE YEMEN] , ...))": the actor heads a noun phrase of its own in the phrase.
  if (pp < items.size() && items[pp].text == "NP") pp = enclosing_open(items, pp);
  if (pp >= items.size() || items[pp].text != "PP") return false;
  const size_t np = enclosing_open(items, pp);
  if (np >= items.size() || items[np].text != "NP") return false;
  for (size_t k = np + 1; k < pp; ++k)
    if (items[k].kind == Kind::kNe && items[k].code.rfind("---", 0) != 0) return true;
  return false;
}

long default_source(const Linear& items, const Sequence& upper, const std::string& target_code,
                    bool new_actors = false) {
  for (const SeqItem& s : upper) {
    if (s.kind == SeqKind::kNecOpen) return static_cast<long>(s.item);
    if (s.kind == SeqKind::kNeOpen && items[s.item].code != "---" &&
        items[s.item].code != target_code && !modifies_coded_head(items, s.item))
      return static_cast<long>(actor_unit(items, s.item));
  }
  const bool any_uncoded = new_actors && target_code == "---";
  for (const SeqItem& s : upper)
    if (s.kind == SeqKind::kNeOpen && (items[s.item].code != target_code || any_uncoded))
      return static_cast<long>(s.item);
  return -1;
}

// The innermost phrase enclosing item `k` (its opener's index), or items.size().
size_t enclosing_open(const Linear& items, size_t k) {
  int depth = 0;
  for (size_t j = k; j-- > 0;) {
    if (items[j].is_close()) {
      ++depth;
    } else if (items[j].is_open()) {
      if (depth == 0) return j;
      --depth;
    }
  }
  return items.size();
}

// "Germany, which later condemned Russia": a verb phrase that is the whole predicate of a
// relative clause whose relative pronoun is its subject. Returns the antecedent's NE
// opener (the actor the pronoun stands for), or 0 when `vp` is no such clause or the
// clause follows no actor.
// The relative clause ("RS", kept by the linear form) whose predicate `vp` is, or one of
// its coordinated predicates ("which killed twelve and wounded forty"); items.size() when
// there is none.
size_t relative_clause_of(const Linear& items, size_t vp) {
  size_t up = enclosing_open(items, vp);
  while (up < items.size() && items[up].text == "VP") up = enclosing_open(items, up);
  return up < items.size() && items[up].text == "RS" ? up : items.size();
}

bool in_relative_clause(const Linear& items, size_t vp) {
  return relative_clause_of(items, vp) < items.size();
}

// True when the noun phrases around item `ne` are the object of a preposition of place
// ("in the Somali capital, Mogadishu, which ..."): a place, no actor of a clause.
bool names_a_place_of(const Linear& items, size_t ne) {
  size_t up = enclosing_open(items, ne);
  while (up < items.size() && items[up].text == "NP") up = enclosing_open(items, up);
  if (up >= items.size() || items[up].text != "PP") return false;
  const std::vector<size_t> parts = children(items, up);
  return !parts.empty() && parts.front() + 1 < items.size() &&
         text::is_locative_preposition(items[parts.front() + 1].text);
}

size_t relative_antecedent(const Linear& items, size_t vp) {
  const size_t clause = relative_clause_of(items, vp);
  if (clause >= items.size()) return 0;
  const size_t sbar = enclosing_open(items, clause);
  if (sbar >= items.size() || items[sbar].text != "SBR" || sbar < 2) return 0;
  size_t before = sbar - 1;
  if (items[before].kind == Kind::kClose && items[before].text == ",")
    before = matching_open(items, before) - 1;
  if (before == 0 || items[before].kind != Kind::kNeEnd) return 0;
  const size_t ne = matching_open(items, before);
  if (ne >= items.size() || items[ne].kind != Kind::kNe || names_a_place_of(items, ne)) return 0;
  // "clashes between Thailand and Cambodia that have killed ...": the last of a pair is no
  // antecedent of its own.
  const size_t np = enclosing_open(items, ne);
  if (np < items.size() && np > 0 && items[np - 1].kind == Kind::kClose &&
      items[np - 1].text == "CCP")
    return 0;
  return ne;
}

// The antecedent of a relative clause as the only actor before its verb.
Sequence antecedent_sequence(const Linear& items, size_t ne) {
  Sequence seq;
  for (size_t k = matching_close(items, ne) + 1; k-- > ne;) {
    const Item& it = items[k];
    if (it.kind == Kind::kWord) seq.push_back({SeqKind::kWord, k});
    else if (it.kind == Kind::kNe) seq.push_back({SeqKind::kNeOpen, k});
    else if (it.kind == Kind::kNeEnd) seq.push_back({SeqKind::kNeClose, k});
  }
  return seq;
}

// "warned them not to march": the negation belongs to the infinitive after it, not to
// the verb whose phrase holds it.
bool negates_infinitive(const Linear& items, size_t negation_open) {
  for (size_t k = matching_close(items, negation_open) + 1; k < items.size(); ++k)
    if (items[k].kind == Kind::kWord) return items[k].text == "TO";
  return false;
}

// True when the verb's clause is a complement clause ("said [that] he would ...").
bool in_reported_clause(const Linear& items, size_t verb) {
  for (size_t k = enclosing_open(items, verb); k < items.size(); k = enclosing_open(items, k))
    if (items[k].kind == Kind::kOpen && items[k].text == "SBAR") return true;
  return false;
}

// How the verb's own clause presents its act.
struct Mood {
  bool negated = false;
  bool hypothetical = false;  // a modal or an intention: not (yet) done
  bool intended = false;      // "will / would / shall", "plans / intends / hopes to"
  bool refused = false;       // "refused to", "declined to": the subject will not do it
  bool act_negated = false;   // the negation denies the act or the intention to do it
  // The subject states it will not do the act: a negated intention, or a refusal.
  bool rejects() const { return refused || (act_negated && intended); }
};

// "has no intention to", "there are no plans to": a noun phrase of intention, negated by
// "no", that governs an infinitive denies the act the way "does not plan to" does.
bool denies_an_intention(const Linear& items, size_t ne) {
  static constexpr std::array<std::string_view, 8> kIntentNouns = {
      "PLAN", "PLANS", "INTENTION", "INTENTIONS", "DESIRE", "WISH", "WILLINGNESS", "READINESS"};
  if (items[ne].kind != Kind::kNe) return false;
  const std::vector<std::string_view> words =
      words_between(items, ne + 1, matching_close(items, ne));
  return words.size() >= 2 && words.front() == "NO" &&
         std::find(kIntentNouns.begin(), kIntentNouns.end(), words.back()) != kIntentNouns.end();
}

// Negation and modals among the auxiliaries of the verb's own clause: direct children of
// the verb phrases enclosing the verb, up to the first phrase that is not a verb phrase.
// With `can_assures` ("X can count on our support") "can" states what is offered, not
// what might be.
Mood mood_of(const Linear& items, size_t verb, bool can_assures = false) {
  static constexpr std::array<std::string_view, 9> kModal = {
      "WOULD", "COULD", "MAY", "MIGHT", "SHOULD", "MUST", "CAN", "SHALL", "OUGHT"};
  // Modals and future auxiliaries that state what the subject means to do.
  static constexpr std::array<std::string_view, 3> kIntent = {"WILL", "SHALL", "'LL"};
  static constexpr std::array<std::string_view, 4> kNot = {"NOT", "N'T", "NEVER", "NO"};
  // An infinitival clause ("must act to reverse ...") belongs to the clause above it.
  // With or without its own subject: "to reverse ...", "(allow) Norland to meet ...".
  auto infinitival = [&](size_t open) {
    if (items[open].text != "S") return false;
    for (size_t kid : children(items, open)) {
      if (items[kid].text != "VP") continue;
      std::vector<size_t> grandkids = children(items, kid);
      return !grandkids.empty() && items[grandkids.front()].text == "TO";
    }
    return false;
  };
  // A gerund clause ("considered accepting refugees") belongs to the clause above it too.
  auto gerund = [&](size_t open) {
    if (items[open].text != "S") return false;
    std::vector<size_t> kids = children(items, open);
    if (kids.empty() || items[kids.front()].text != "VP") return false;
    std::vector<size_t> grandkids = children(items, kids.front());
    return !grandkids.empty() && items[grandkids.front()].text == "VBG";
  };
  // Stems of verbs taking an infinitive (matched as prefixes of the inflected word).
  static constexpr std::array<std::string_view, 4> kDenying = {"REFUS", "FAIL", "DECLIN",
                                                               "REJECT"};
  // ... of which these say the subject will not do it (not "failed to").
  static constexpr std::array<std::string_view, 2> kRefusing = {"REFUS", "DECLIN"};
  static constexpr std::array<std::string_view, 13> kIntending = {
      "PLAN", "INTEND", "WANT", "HOPE", "SEEK", "SOUGHT", "TRY", "TRIE",
      "AIM", "EXPECT", "WISH", "PROPOS", "DESIGN"};
  Mood mood;
  // Verbs weighing an act, with an infinitive or a gerund: it has not happened yet
  // ("is considering accepting refugees", "weighed whether to", "mulls sending troops").
  static constexpr std::array<std::string_view, 9> kWeighing = {
      "CONSIDER", "RECONSIDER", "WEIGH", "MULL", "PONDER", "CONTEMPLAT", "ENVISAG", "DEBAT",
      "DISCUSS"};
  auto starts_with_any = [](std::string_view w, const auto& stems) {
    for (std::string_view stem : stems)
      if (w.substr(0, stem.size()) == stem) return true;
    return false;
  };
  auto is_verb_tag = [](std::string_view tag) {
    return tag.size() >= 2 && tag[0] == 'V' && tag[1] == 'B';
  };
  bool inside_infinitive = false;  // the phrase being read governs an infinitival clause
  bool inside_gerund = false;      // ... or a gerund clause
  // A verb other than one of intending or refusing governs the act ("will not have to
  // give up", "does not need to"): a negation above it denies that verb, not the act.
  bool under_other_verb = false;
  size_t phrase = enclosing_open(items, enclosing_open(items, verb));  // above the preterminal
  while (phrase < items.size() && items[phrase].kind == Kind::kOpen &&
         (items[phrase].text == "VP" || infinitival(phrase) || gerund(phrase))) {
    std::vector<size_t> kids = children(items, phrase);
    for (size_t i = 0; i < kids.size(); ++i) {
      if (items[kids[i]].text == "ADVP") {  // "never", "not even": adverbs inside ADVP
        std::vector<size_t> inner = children(items, kids[i]);
        kids.insert(kids.end(), inner.begin(), inner.end());
      }
    }
    // "will travel to X and hold talks with Y": a modal that opens the first of
    // coordinated verb phrases is the others' too.
    const bool coordinated = std::any_of(kids.begin(), kids.end(), [&](size_t kid) {
      return items[kid].text == "CC" || items[kid].text == "CCP";
    });
    if (coordinated && items[kids.front()].text == "VP" && verb > kids.front() &&
        verb > matching_close(items, kids.front())) {
      const std::vector<size_t> first = children(items, kids.front());
      if (!first.empty() && items[first.front()].text == "MD") kids.push_back(first.front());
    }
    for (size_t child : kids) {
      if (inside_infinitive && is_verb_tag(items[child].text) && child + 1 < items.size() &&
          !starts_with_any(items[child + 1].text, kDenying) &&
          !starts_with_any(items[child + 1].text, kIntending))
        under_other_verb = true;
    }
    for (size_t child : kids) {
      const Item& c = items[child];
      if (inside_infinitive && denies_an_intention(items, child)) {
        mood.negated = true;
        mood.refused = true;
      }
      if (c.kind != Kind::kOpen || child + 1 >= items.size()) continue;
      const std::string_view w = items[child + 1].text;
      if (c.text == "MD" && std::find(kModal.begin(), kModal.end(), w) != kModal.end() &&
          !(can_assures && w == "CAN"))
        mood.hypothetical = true;
      if (c.text == "MD" && std::find(kIntent.begin(), kIntent.end(), w) != kIntent.end())
        mood.intended = true;
      // "said he would meet": the future of a reported clause; a main clause's "would"
      // ("it would allow ...") is a condition, not an intention.
      if (c.text == "MD" && w == "WOULD" && in_reported_clause(items, verb)) mood.intended = true;
      if ((c.text == "RB" || c.text == "DT") && std::find(kNot.begin(), kNot.end(), w) != kNot.end() &&
          !negates_infinitive(items, child)) {
        mood.negated = true;
        mood.act_negated = mood.act_negated || !under_other_verb;
      }
      // The verb an infinitive depends on: "refused to", "failed to" deny it;
      // "plans to", "wants to", "hopes to" say it has not happened yet.
      if (is_verb_tag(c.text) && inside_infinitive) {
        if (starts_with_any(w, kDenying)) {
          mood.negated = true;
          mood.refused = mood.refused || starts_with_any(w, kRefusing);
        } else if (starts_with_any(w, kIntending)) {
          mood.hypothetical = true;
          mood.intended = true;
        }
      }
      if (is_verb_tag(c.text) && (inside_infinitive || inside_gerund) &&
          starts_with_any(w, kWeighing))
        mood.hypothetical = true;
    }
    inside_infinitive = infinitival(phrase);
    inside_gerund = gerund(phrase);
    phrase = enclosing_open(items, phrase);
  }
  return mood;
}

std::string modality_of(const Mood& mood) {
  if (mood.negated) return "negated";
  if (mood.hypothetical) return "hypothetical";
  return "asserted";
}

struct ActorCodes {
  std::vector<std::string> codes;
  std::vector<std::string> texts;
  std::vector<const dict::ActorEntry*> entries;  ///< the entry behind each code, or nullptr
  int32_t first_token = -1, last_token = -1;
};

std::string phrase_text(const Linear& items, size_t open) {
  std::string text;
  size_t end = matching_close(items, open);
  for (size_t k = open + 1; k < end; ++k) {
    if (items[k].kind != Kind::kWord) continue;
    if (!text.empty()) text += ' ';
    text += items[k].text;
  }
  return text;
}

void add_ne_code(const Linear& items, size_t ne, const dict::PetrarchOptions& options,
                 ActorCodes& out) {
  std::string code = items[ne].code;
  std::string text = phrase_text(items, ne);
  if (code == "---" && options.new_actor_length > 0) {
    size_t words = static_cast<size_t>(std::count(text.begin(), text.end(), ' ')) + 1;
    if (words <= static_cast<size_t>(options.new_actor_length)) code = "\"" + text + "\"";
  } else if (code == "---") {
    return;
  }
  // "A/B" codes name two actors at once.
  size_t start = 0;
  while (true) {
    size_t slash = code.find('/', start);
    out.codes.push_back(code.substr(start, slash - start));
    out.texts.push_back(text);
    out.entries.push_back(items[ne].entry);
    if (slash == std::string::npos) break;
    start = slash + 1;
  }
}

ActorCodes codes_at(const Linear& items, size_t open, const dict::PetrarchOptions& options) {
  ActorCodes out;
  size_t end = matching_close(items, open);
  for (size_t k = open; k <= end; ++k) {
    if (items[k].kind == Kind::kWord) {
      if (out.first_token < 0) out.first_token = items[k].token;
      out.last_token = items[k].token;
    }
  }
  if (items[open].kind == Kind::kNec) {
    // Every NE of the compound, including those of nested compounds.
    for (size_t k = open + 1; k < end; ++k) {
      if (items[k].kind != Kind::kNe) continue;
      add_ne_code(items, k, options, out);
      k = matching_close(items, k);
    }
  } else {
    add_ne_code(items, open, options, out);
  }
  if (out.codes.empty()) {
    out.codes.push_back("---");
    out.texts.push_back(phrase_text(items, open));
    out.entries.push_back(nullptr);
  }
  return out;
}

// A role the sentence does not name: one null actor, with no words of its own.
ActorCodes unnamed_actor(const ActorCodes& other) {
  ActorCodes none;
  none.codes.push_back("---");
  none.texts.emplace_back();
  none.entries.push_back(nullptr);
  none.first_token = other.first_token;
  none.last_token = other.last_token;
  return none;
}

void add_events(const ActorCodes& from, const ActorCodes& to, const std::string& code,
                bool passive, const CodedEvent& proto, std::vector<CodedEvent>& events) {
  for (size_t s = 0; s < from.codes.size(); ++s) {
    for (size_t t = 0; t < to.codes.size(); ++t) {
      // No self-reference; but a wrong's target is no party ("his predecessor is trying
      // to destabilise ..." keeps an uncoded doer for the document to resolve).
      if (from.codes[s] == to.codes[t] && !proto.alleged) continue;
      CodedEvent e = proto;
      e.source = from.codes[s];
      e.source_text = from.texts[s];
      e.target = to.codes[t];
      e.target_text = to.texts[t];
      e.source_from = {from.entries[s], e.source_text};
      e.target_from = {to.entries[t], e.target_text};
      if (passive) {
        std::swap(e.source, e.target);
        std::swap(e.source_text, e.target_text);
        std::swap(e.source_from, e.target_from);
      }
      e.code = code;
      e.passive = passive;
      events.push_back(std::move(e));
    }
  }
}

struct VerbHit {
  size_t vp_end = 0;
  size_t verb = 0;
  size_t first = 0, last = 0;
  const dict::VerbForm* form = nullptr;
  bool passive = false;
  bool feeling = false;  // a psychological verb: its subject feels, whatever the voice
  bool wrong = false;    // a wrong with no act of its own: only alleged by someone
  // "can count on": its "can" assures, it does not speculate
  bool assurance = false;
};

// The verb heading a verb phrase: its first child, or the first after leading adverbs
// ("also condemned", "never met"). Returns the verb's opener, or 0 when there is none.
size_t first_verb_child(const Linear& items, size_t vp) {
  size_t k = vp + 1;
  while (k < items.size() && items[k].kind == Kind::kOpen &&
         (items[k].text == "ADVP" || items[k].text == "RB")) {
    k = matching_close(items, k) + 1;
  }
  return k < items.size() && is_verb_open(items[k]) ? k : 0;
}

bool find_verb(const dict::Dictionaries& dicts, const Linear& items, size_t vp, size_t verb_open,
               VerbHit& hit) {
  hit.vp_end = matching_close(items, vp);
  size_t passive_word = passive_verb(items, vp);
  // "a movement backed by opposition groups": a participle after its noun, with its agent.
  if (passive_word == 0 && reduced_passive(items, vp, verb_open + 1)) {
    for (size_t k = verb_open + 2; k < hit.vp_end; ++k)
      if (items[k].kind == Kind::kWord && items[k].text == "BY") {
        passive_word = verb_open + 1;
        break;
      }
  }
  hit.passive = passive_word > 0;
  hit.verb = hit.passive ? passive_word : verb_open + 1;
  if (hit.verb >= items.size() || items[hit.verb].kind != Kind::kWord) return false;
  const auto* forms = dicts.verbs.find(items[hit.verb].text);
  if (!forms) return false;
  // The longest form that fits wins; between equal forms the later definition does,
  // as a verb listed again further down a dictionary replaces the earlier entry.
  size_t best_length = 0;
  for (const dict::VerbForm& form : *forms) {
    size_t first = 0, last = 0;
    if (!form_matches(items, hit.verb, form, first, last)) continue;
    size_t length = form.before.size() + form.after.size() + 1;
    if (hit.form == nullptr || length >= best_length) {
      hit.form = &form;
      hit.first = first;
      hit.last = last;
      best_length = length;
    }
  }
  if (hit.form == nullptr) return false;
  // "X is alarmed by Y": a feeling's passive names who feels it in its subject (verb
  // blocks named FEEL..., data/verbs/README.md). Not read here as Y's act on X, the
  // participle's own verb phrase is read next, as X's judgement of Y.
  const std::string& meaning = dicts.verbs.blocks[static_cast<size_t>(hit.form->block)].meaning;
  hit.feeling = meaning.rfind("FEEL", 0) == 0;
  hit.wrong = meaning.rfind("WRONG", 0) == 0;
  hit.assurance = meaning.rfind("ASSURANCE", 0) == 0;
  return !(hit.feeling && hit.passive);
}

// A pattern that describes the verb's agent by the words before it ("- &PROTESTERS *"):
// words or synsets there, and no '+' or '%' marking that place as the target.
bool describes_agent_before(const dict::Pattern& p) {
  using EK = dict::PatternElement::Kind;
  bool words = false;
  for (const dict::PatternElement& e : p.before) {
    if (e.kind == EK::kTarget || e.kind == EK::kCompound) return false;
    words = words || e.kind == EK::kWord || e.kind == EK::kSynset;
  }
  return words;
}

// A third-person pronoun ("he", "they") coded as an actor: the document resolved it, and
// when it resolved to the subject's own code it names the subject again.
bool names_the_subject_again(const Linear& items, size_t ne) {
  if (items[ne].kind != Kind::kNe || items[ne].code.rfind("---", 0) == 0) return false;
  const std::vector<std::string_view> words =
      words_between(items, ne + 1, matching_close(items, ne));
  return words.size() == 1 && is_actor_pronoun(words.front());
}

// Who did it to whom: linear indexes of the source and target NEs, or a role left unnamed.
struct Roles {
  long source = -1, target = -1;
  bool unnamed_source = false, unnamed_target = false;
  bool found() const {
    return (target >= 0 && (source >= 0 || unnamed_source)) || unnamed_target;
  }
};

// The pattern's $ and + where it has them, else the first actor after the verb as target
// and the nearest before it as source. With unnamed_roles a role may stay unnamed: the
// agent of "protesters were arrested", the source of "+ FACE * ARREST" ("demonstrators
// faced arrest"), the target of "protesters rallied".
Roles choose_roles(const Linear& items, const dict::PetrarchOptions& options, size_t vp,
                   const VerbHit& hit, const PatternMatch& match, const Sequence& upper,
                   const Sequence& lower) {
  Roles r;
  r.target = match.target >= 0 ? match.target : default_target(items, lower);
  if (options.unnamed_roles && !hit.passive && !hit.feeling &&
      (agentless_passive(items, vp, hit.verb, hit.vp_end) ||
       (match.target < 0 && !names_coded_actor(items, lower) && reduced_passive(items, vp, hit.verb)))) {
    r.target = default_source(items, upper, "");
    r.unnamed_source = true;
  } else if (r.target < 0 && options.unnamed_roles) {
    r.source = match.source >= 0 ? match.source : default_source(items, upper, "");
    r.unnamed_target = r.source >= 0;
  } else if (r.target >= 0) {
    if (match.source >= 0) {
      r.source = match.source;
    } else if (options.unnamed_roles && match.target >= 0 &&
               static_cast<size_t>(match.target) < hit.first) {
      r.unnamed_source = true;
    } else {
      r.source = default_source(items, upper, items[static_cast<size_t>(r.target)].code,
                                options.new_actor_length > 0);
    }
    // "Humala said he would ...", "declined to resign, saying that he ...": a pronoun after
    // the verb that stands for the subject itself is no other party; the act has no
    // target named (and a statement's reported clause is still read).
    if (options.unnamed_roles && r.source < 0 && !r.unnamed_source && match.target < 0 &&
        names_the_subject_again(items, static_cast<size_t>(r.target))) {
      r.target = -1;
      r.source = match.source >= 0 ? match.source : default_source(items, upper, "");
      r.unnamed_target = r.source >= 0;
    }
  }
  return r;
}

// The doer of a wrong that is only alleged (a verb of a WRONG block): the subject of its
// own clause, the nearest noun phrase before the verb, coded or not ("his predecessor is
// trying to destabilise the country"), or the agent after "by" in the passive ("the vote
// was rigged by the ruling party"). What was wronged is no party of the accusation: the
// target stays unnamed.
Roles wrong_roles(const Linear& items, const VerbHit& hit, const Sequence& upper,
                  const Sequence& lower) {
  Roles r;
  const Sequence& side = hit.passive ? lower : upper;
  bool after_by = !hit.passive;
  for (const SeqItem& s : side) {
    if (s.kind == SeqKind::kWord && items[s.item].text == "BY") after_by = true;
    if (!after_by || (s.kind != SeqKind::kNeOpen && s.kind != SeqKind::kNecOpen)) continue;
    r.source = static_cast<long>(actor_unit(items, s.item));
    r.unnamed_target = true;
    break;
  }
  return r;
}

// The noun of help in an NE that makes the actor owning it a wrong's co-agent ("the help
// of X", "X's backing", "the complicity of X"): its index, or 0 when there is none.
size_t help_noun(const Linear& items, size_t ne) {
  static constexpr std::array<std::string_view, 6> kHelp = {
      "HELP", "SUPPORT", "BACKING", "ASSISTANCE", "COMPLICITY", "CONNIVANCE"};
  const size_t end = matching_close(items, ne);
  for (size_t k = ne + 1; k < end; ++k)
    if (std::find(kHelp.begin(), kHelp.end(), items[k].text) != kHelp.end()) return k;
  return 0;
}

// The words naming the helper, without the noun of help: "X" of "the help of X" and of
// "X's backing" (the help itself is a thing, no actor).
std::string helper_words(const Linear& items, size_t ne, size_t noun) {
  const size_t end = matching_close(items, ne);
  size_t first = ne + 1, last = noun;  // [first, last)
  if (noun + 1 < end && items[noun + 1].text == "OF") {
    first = noun + 2;
    last = end;
  }
  std::string words;
  for (size_t k = first; k < last; ++k) {
    const std::string& w = items[k].text;
    if (items[k].kind != Kind::kWord || w == "'S" || (words.empty() && w == "THE")) continue;
    if (!words.empty()) words += ' ';
    words += w;
  }
  return words;
}

// "is trying to destabilise the country with the help of X": X, named after "with" in the
// wrong's verb phrase by a noun of help, did the wrong too and joins its doers.
void add_co_agents(const Linear& items, const Sequence& lower, const dict::PetrarchOptions& options,
                   ActorCodes& doers) {
  for (size_t k = 0; k + 1 < lower.size(); ++k) {
    if (lower[k].kind != SeqKind::kWord || items[lower[k].item].text != "WITH") continue;
    const SeqItem& next = lower[k + 1];
    const size_t noun = next.kind == SeqKind::kNeOpen ? help_noun(items, next.item) : 0;
    if (noun == 0) continue;
    const ActorCodes helper = codes_at(items, next.item, options);
    for (size_t h = 0; h < helper.codes.size(); ++h) {
      if (helper.codes[h] == "---") continue;
      doers.codes.push_back(helper.codes[h]);
      doers.texts.push_back(helper_words(items, next.item, noun));
      doers.entries.push_back(helper.entries[h]);
    }
  }
}

// A clause after the verb, inside its verb phrase: what "said", "announced" or "told
// reporters" reports ("said (SBAR they had arrested ...)").
bool has_complement_clause(const Linear& items, size_t verb_last, size_t vp_end) {
  for (size_t k = verb_last + 1; k < vp_end; ++k)
    if (items[k].kind == Kind::kOpen && (items[k].text == "SBAR" || items[k].text == "S"))
      return true;
  return false;
}

// True when the NE at `ne` is the object of "with" ("signed a pact with Ostria").
bool after_with(const Linear& items, size_t ne) {
  const size_t pp = enclosing_open(items, ne);
  if (pp >= items.size() || items[pp].text != "PP") return false;
  const std::vector<size_t> parts = children(items, pp);
  return !parts.empty() && parts.front() + 1 < items.size() &&
         items[parts.front() + 1].text == "WITH";
}

// True when the NE at `ne` lies in a finite clause complementing the verb ("agreed that
// Norland's troops would leave"): what is agreed or said, not a party to it.
bool in_that_clause(const Linear& items, size_t verb_last, size_t vp_end, size_t ne) {
  for (size_t k = verb_last + 1; k < vp_end && k < ne; ++k)
    if (items[k].kind == Kind::kOpen && items[k].text == "SBAR" && ne < matching_close(items, k))
      return true;
  return false;
}

// An agreement with an act in its complement ("agreed to impose sanctions"): the events
// of the agreement verb are [agreement, complement), those of its complement [complement,
// ...) up to the complement's end.
struct Decision {
  size_t end = 0;
  size_t agreement = 0;
  size_t complement = 0;
};

// A decision to press or coerce (10-20) is coded as that act; a decision to cooperate
// stays the agreement (030, an intent), without the cooperative act as done.
void settle_decision(Decision& d, std::vector<CodedEvent>& events) {
  const auto pressure = [](const CodedEvent& e) { return e.code.size() >= 2 && e.code[0] == '1'; };
  const bool decided_pressure =
      std::any_of(events.begin() + static_cast<long>(d.complement), events.end(), pressure);
  if (decided_pressure) {
    events.erase(events.begin() + static_cast<long>(d.agreement),
                 events.begin() + static_cast<long>(d.complement));
  } else {
    events.erase(events.begin() + static_cast<long>(d.complement), events.end());
  }
  d = Decision{};
}

// A subject pronoun other than "you", or "their" ("their forces"): vigil/pronouns.h.
bool is_personal_pronoun(std::string_view w) {
  const text::Pronoun* p = text::personal_pronoun(w);
  return p && p->person != 2 && (p->is(text::kSubjectForm) || p->word == "their");
}

// "its troops", "their fighters": a phrase owned by a third-person pronoun.
bool owned_by_speaker(std::string_view text) {
  const size_t space = text.find(' ');
  if (space == std::string_view::npos) return false;
  const text::Pronoun* p = text::personal_pronoun(text.substr(0, space));
  return p && p->person == 3 && p->is(text::kPossessiveForm);
}

// In reported speech the pronoun subject of the reported clause is the speaker: "police
// said they had arrested seven activists" is the police's arrest.
void attribute_reported(std::vector<CodedEvent>& events, size_t first) {
  for (size_t k = first; k < events.size(); ++k) {
    CodedEvent& e = events[k];
    if (e.reporter.empty() || e.reporter == "---") continue;
    if (is_personal_pronoun(e.source_text)) {
      e.source = e.reporter;
      e.source_text = e.reporter_text;
    } else if (e.source.size() > 3 && e.source.rfind("---", 0) == 0 &&
               e.reporter.rfind("---", 0) != 0 && owned_by_speaker(e.source_text)) {
      // "Russia said its troops had taken the town": the speaker's own troops; "the group
      // said its fighters ...": an armed group's fighters are the group.
      const std::string sector = e.source.substr(3);
      const bool of_a_state = starts_with_country(e.reporter) &&
                              e.reporter.find(sector, 3) == std::string::npos;
      e.source = of_a_state ? e.reporter.substr(0, 3) + sector : e.reporter;
    }
  }
}

// Kinds of act that two parties do to each other when they do them together: talks
// and meetings (04), cooperation and agreements (03, 05, 06), and fighting (19).
bool is_mutual(std::string_view code) {
  const std::string_view root = code.substr(0, 2);
  return root == "03" || root == "04" || root == "05" || root == "06" || root == "19";
}

// Verbs whose joint subject acts on each other: "exchanged", "swapped", "traded".
bool is_reciprocal_verb(std::string_view word) {
  static constexpr std::array<std::string_view, 3> kStems = {"EXCHANG", "SWAP", "TRADE"};
  for (std::string_view stem : kStems)
    if (word.substr(0, stem.size()) == stem) return true;
  return false;
}

size_t distinct_actors(const ActorCodes& actors) {
  std::vector<std::string_view> seen;
  for (const std::string& c : actors.codes)
    if (c != "---" && std::find(seen.begin(), seen.end(), c) == seen.end()) seen.push_back(c);
  return seen.size();
}

// "There should be respect for ...": the word before the verb phrase is an existential
// "there", so the obligation names no one who is to act.
bool existential_before(const Linear& items, size_t vp) {
  for (size_t k = vp; k-- > 0;) {
    if (items[k].kind != Kind::kWord) continue;
    return items[k].text == "THERE";
  }
  return false;
}

}  // namespace

void find_obligations(const dict::PetrarchOptions& options, const Linear& items,
                      std::vector<CodedEvent>& out) {
  for (size_t vp = 1; vp + 2 < items.size(); ++vp) {
    if (!(items[vp].kind == Kind::kOpen && items[vp].text == "VP")) continue;
    if (!(items[vp + 1].kind == Kind::kOpen && items[vp + 1].text == "MD")) continue;
    const std::string& modal = items[vp + 2].text;
    if (modal != "MUST" && modal != "SHOULD" && modal != "OUGHT") continue;
    if (existential_before(items, vp)) continue;
    Sequence upper = upper_sequence(items, vp);
    long subject = default_source(items, upper, "");
    if (subject < 0 || items[static_cast<size_t>(subject)].code == "---") continue;
    ActorCodes actor = codes_at(items, static_cast<size_t>(subject), options);
    // The verb: the first word after the modal that heads a verb phrase.
    std::string verb = modal;
    size_t end = matching_close(items, vp);
    for (size_t k = vp + 3; k < end; ++k) {
      if (is_verb_open(items[k]) && k + 1 < end) {
        verb += " " + items[k + 1].text;
        break;
      }
    }
    for (size_t a = 0; a < actor.codes.size(); ++a) {
      if (actor.codes[a] == "---") continue;
      CodedEvent e;
      e.target = actor.codes[a];
      e.target_text = actor.texts[a];
      e.target_from = {actor.entries[a], e.target_text};
      e.verb = verb;
      e.first_token = actor.first_token;
      e.last_token = std::max(actor.last_token, items[vp + 2].token);
      out.push_back(std::move(e));
    }
    vp = end;
  }
}

void code_verbs(const dict::Dictionaries& dicts, const CompiledVerbs& compiled,
                const dict::PetrarchOptions& options,
                const Linear& items, std::vector<CodedEvent>& events) {
  // The statement whose reported clause is being read: its end and its speaker.
  struct Report {
    size_t end = 0;
    std::string speaker, speaker_text;
  };
  Report report;
  const size_t first_event = events.size();
  int joint_acts = 0;
  Decision decision;
  // An adverbial clause read inside a coded verb phrase: where it ends, and where the
  // coded phrase ends (the reading resumes there).
  size_t clause_end = 0, resume_at = 0;
  for (size_t vp = 1; vp + 2 < items.size(); ++vp) {
    if (clause_end != 0 && vp >= clause_end) {
      vp = std::max(vp, resume_at);
      clause_end = resume_at = 0;
      if (vp + 2 >= items.size()) break;
    }
    if (vp >= report.end) report = Report{};
    if (decision.end != 0 && vp >= decision.end) settle_decision(decision, events);
    if (!(items[vp].kind == Kind::kOpen && items[vp].text == "VP")) continue;
    const size_t verb_open = first_verb_child(items, vp);
    if (verb_open == 0) continue;
    VerbHit hit;
    if (!find_verb(dicts, items, vp, verb_open, hit)) continue;

    const size_t first_of_verb = events.size();
    const dict::VerbBlock& block = dicts.verbs.blocks[static_cast<size_t>(hit.form->block)];
    // A relative clause's subject is its antecedent: none when that is no actor ("the
    // attack in the capital, which killed twelve"), never an actor named before it.
    const bool relative = options.unnamed_roles && in_relative_clause(items, vp);
    const size_t antecedent = relative ? relative_antecedent(items, vp) : 0;
    Sequence upper = antecedent != 0 ? antecedent_sequence(items, antecedent)
                     : relative      ? Sequence()
                                     : upper_sequence(items, hit.first, options.unnamed_roles);
    Sequence lower = lower_sequence(items, hit.last, hit.vp_end, options.unnamed_roles);
    PatternMatch match = best_pattern(compiled, static_cast<size_t>(hit.form->block), items,
                                      block.patterns, upper, lower);
    // "The protest camp was raided by police": in a passive clause the words before the
    // verb name what was acted on, not the agent a pattern there describes.
    if (match.pattern && describes_agent_before(*match.pattern) && !hit.feeling &&
        (hit.passive || agentless_passive(items, vp, hit.verb, hit.vp_end)))
      match = best_pattern(compiled, static_cast<size_t>(hit.form->block), items, block.patterns,
                           Sequence{}, lower);

    std::string code;
    CodedEvent proto;
    proto.reporter = report.speaker;
    proto.reporter_text = report.speaker_text;
    if (match.pattern && !match.pattern->code.is_null()) {
      code = match.pattern->code.forward;
      if (!match.pattern->code.reverse.empty()) code += ":" + match.pattern->code.reverse;
      proto.pattern = match.pattern->text;
      proto.pattern_file = match.pattern->file;
      proto.pattern_line = match.pattern->line;
    } else if (match.pattern) {
      // A matched pattern coded [---] names a sense of the verb that is no event ("struck
      // a balance", "fight corruption"): the verb's own code is not used (PETRARCH2 reads
      // "---" as code 0, no event).
      continue;
    } else if (!hit.form->code.is_null()) {
      code = hit.form->code.forward;
      if (!hit.form->code.reverse.empty()) code += ":" + hit.form->code.reverse;
      proto.pattern_file = block.file;  // the verb's own line gave the code
      proto.pattern_line = hit.form->line;
      match.source = match.target = -1;
    } else {
      continue;
    }
    const Roles roles = hit.wrong ? wrong_roles(items, hit, upper, lower)
                                  : choose_roles(items, options, vp, hit, match, upper, lower);
    if (roles.found()) {
      // Only an event needs these, and most coded verbs find no pair of actors.
      const Mood mood = mood_of(items, hit.verb, hit.assurance);
      proto.modality = modality_of(mood);
      proto.intended = mood.intended && !mood.negated;
      proto.refused = mood.rejects();
      proto.alleged = hit.wrong;
      for (size_t k = hit.first; k <= hit.last; ++k) {
        if (items[k].kind != Kind::kWord) continue;
        if (!proto.verb.empty()) proto.verb += ' ';
        proto.verb += items[k].text;
      }
      ActorCodes tgt, src;
      if (roles.unnamed_target) {
        src = codes_at(items, static_cast<size_t>(roles.source), options);
        // "Ethiopia and Eritrea signed an agreement": a joint act of several actors with
        // no other party is each one's act toward the others.
        tgt = unnamed_actor(src);
        if (hit.wrong) add_co_agents(items, lower, options, src);
      } else {
        tgt = codes_at(items, static_cast<size_t>(roles.target), options);
        src = roles.unnamed_source ? unnamed_actor(tgt)
                                   : codes_at(items, static_cast<size_t>(roles.source), options);
      }
      // "Ethiopia and Eritrea signed an agreement": a joint act of several actors with no
      // other party named is each one's act toward the others.
      // "Peru and Chile exchanged prisoners": a reciprocal verb's joint subject gives and
      // takes, each toward the other; what is exchanged is no party.
      // So is a joint subject acting on "each other" ("blamed each other"), or "each side"
      // on "the other" ("each side blamed the other").
      const bool each_other =
          !tgt.texts.empty() &&
          (tgt.texts.front() == "EACH OTHER" || tgt.texts.front() == "ONE ANOTHER" ||
           tgt.texts.front() == "THE OTHER" || tgt.texts.front() == "THE OTHER SIDE");
      const bool reciprocal = (is_reciprocal_verb(items[hit.verb].text) || each_other) &&
                              distinct_actors(src) >= 2 && !tgt.codes.empty() &&
                              tgt.codes.front().rfind("---", 0) == 0;
      // "Ethiopia and Eritrea signed an agreement in Asmara": the place of talks or an
      // agreement is no party to it. A party a pattern names ("steadfast in their support
      // for +") is one, whatever preposition comes before it.
      const bool agreed_in_a_place = code.rfind('1', 0) != 0 && !roles.unnamed_target &&
                                     match.target < 0 &&
                                     in_place_phrase(items, static_cast<size_t>(roles.target));
      // "Both sides agreed that X would withdraw": X is what was agreed, the sides agreed
      // with each other.
      const bool agreed_content =
          match.target < 0 && !roles.unnamed_target &&
          in_that_clause(items, hit.last, hit.vp_end, static_cast<size_t>(roles.target));
      // "Ethiopia and Eritrea signed the declaration": what is signed is a document; only
      // a party named after "with" signs with the subject.
      const bool signed_document = code == "057" && match.target < 0 && !roles.unnamed_target &&
                                   !after_with(items, static_cast<size_t>(roles.target));
      const bool no_party =
          distinct_actors(tgt) == 0 || agreed_in_a_place || agreed_content || signed_document;
      if (reciprocal || (is_mutual(code) && no_party && distinct_actors(src) >= 2)) {
        const int32_t first = tgt.first_token, last = tgt.last_token;
        tgt = src;
        tgt.first_token = std::min(first, src.first_token);
        tgt.last_token = std::max(last, src.last_token);
      }
      if (distinct_actors(src) > 1 || distinct_actors(tgt) > 1) proto.joint = ++joint_acts;
      const int32_t verb_token = items[hit.verb].token;
      proto.verb_token = verb_token;
      proto.first_token = std::min({src.first_token, tgt.first_token, verb_token});
      proto.last_token = std::max({src.last_token, tgt.last_token, verb_token});
      size_t colon = code.find(':');
      if (colon == std::string::npos) {
        // A wrong's doer is its source whatever the voice (wrong_roles).
        add_events(src, tgt, code, hit.passive && !hit.wrong, proto, events);
      } else {
        // Paired code: A for source->target, B for target->source; a null side takes
        // the other side's actors (and is then dropped as a self-reference).
        if (src.codes.front() == "---") src = tgt;
        else if (tgt.codes.front() == "---") tgt = src;
        add_events(src, tgt, code.substr(0, colon), hit.passive, proto, events);
        add_events(tgt, src, code.substr(colon + 1), hit.passive, proto, events);
      }
      // "agreed to impose sanctions": a bare agreement (030) to an act is read for that
      // act; see settle_decision.
      if (code == "030" && !match.pattern && has_complement_clause(items, hit.last, hit.vp_end)) {
        decision = Decision{hit.vp_end, first_of_verb, events.size()};
        vp = hit.last;
        continue;
      }
      // A statement's reported clause is read for its own events (reported speech); one
      // declining comment (011: "refused to say more about ...") reports nothing.
      if (code.rfind("01", 0) == 0 && code != "011" &&
          has_complement_clause(items, hit.last, hit.vp_end)) {
        if (report.end == 0) {
          report.end = hit.vp_end;
          report.speaker = src.codes.front();
          report.speaker_text = src.texts.front();
        }
        vp = hit.last;
        continue;
      }
    } else if (options.unnamed_roles && code.rfind("01", 0) == 0 && report.end == 0 &&
               has_complement_clause(items, hit.last, hit.vp_end)) {
      // "He said he would send aid": the statement names no other party (its clause's
      // pronoun is the speaker again), yet what it reports is read all the same.
      const long speaker = default_source(items, upper, "");
      const ActorCodes said_by =
          speaker >= 0 ? codes_at(items, static_cast<size_t>(speaker), options) : ActorCodes{};
      if (!said_by.codes.empty() && said_by.codes.front() != "---") {
        report.end = hit.vp_end;
        report.speaker = said_by.codes.front();
        report.speaker_text = said_by.texts.front();
        vp = hit.last;
        continue;
      }
    }
    // A coded verb phrase is not read again, but for a gerund clause of its own with no
    // subject ("expelled the envoy while freezing trade"): its verb is read next. (vigil's
    // own reading, with its own dictionaries; PETRARCH codes one event per verb phrase.)
    // So are the clauses of time or cause it holds ("called for calm after farmers urged
    // the government to act"), which have subjects of their own.
    const size_t coded_vp = vp;
    vp = hit.vp_end;
    for (size_t k = hit.last + 1; options.unnamed_roles && k < hit.vp_end; ++k) {
      // ("until X shows proof" is a condition, not an act).
      if (opens_adverbial_clause(items, k) && items[k + 2].text != "UNTIL") {
        clause_end = matching_close(items, k);
        resume_at = hit.vp_end;
        vp = k;
        break;
      }
      if (!items[k].is_open() || items[k].text != "VP") continue;
      const size_t verb = first_verb_child(items, k);
      // So is a relative clause's ("met Germany, which later condemned Russia").
      if (verb != 0 && verb + 1 < items.size() &&
          (subject_of_adverbial_gerund(items, verb + 1) == coded_vp ||
           relative_antecedent(items, k) != 0)) {
        vp = k - 1;
        break;
      }
    }
  }
  if (decision.end != 0) settle_decision(decision, events);
  attribute_reported(events, first_event);
  if (options.require_dyad) {
    std::erase_if(events, [](const CodedEvent& e) { return e.source == "---" || e.target == "---"; });
  }
  // One event per (source, target, code) in a sentence.
  std::vector<CodedEvent> unique;
  for (CodedEvent& e : events) {
    bool seen = std::any_of(unique.begin(), unique.end(), [&](const CodedEvent& u) {
      return u.source == e.source && u.target == e.target && u.code == e.code;
    });
    if (!seen) unique.push_back(std::move(e));
  }
  events = std::move(unique);
}

}  // namespace vigil::events
