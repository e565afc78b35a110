// What a document has said so far, for reading its later sentences: who "he" and "the
// government" are, whose law "the new legislation" is, who arrested the demonstrators
// when the sentence does not say, whom the police "responded" to.
#pragma once

#include <cstdint>
#include <map>
#include <set>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/coder.h"
#include "vigil/dictionaries.h"
#include "vigil/nlp.h"
#include "vigil/tree.h"

namespace vigil::events {

class DocumentContext {
 public:
  /// `country` starts as the dateline's country ("" when none).
  /// `lexicon` (optional) tells names from common words: only a name may stand alone
  /// for an actor named before ("Annan"), and a thing ("the legislation") never does.
  DocumentContext(const dict::Dictionaries& dicts, int32_t ordinal_date, std::string country,
                  const nlp::Lexicon* lexicon = nullptr);

  /// Reads a sentence before it is coded: "China's new law", "its security laws" make
  /// China the owner of the laws, decisions and moves mentioned later.
  void observe_possessives(const syntax::Tree& tree);
  /// Reads a sentence before it is coded: "the U.N. envoy to Yemen, Ismail Ould Cheikh
  /// Ahmed, arrived": a name set off by commas after a noun phrase that names an actor is
  /// that actor's, so "Ahmed" later in the document is the envoy.
  void observe_appositions(const syntax::Tree& tree);
  /// Reads a sentence before it is coded: "a Chinese fishing boat" makes the boat China's,
  /// so "the boat's captain" later is Chinese.
  void observe_things_of_states(const syntax::Tree& tree);
  /// Reads every sentence of the document before any is coded: the organisations it names
  /// ("the Security Council"), so that "the Council" is that body even where the article
  /// says "the Council" before it names the body in full.
  void observe_organisation_names(const syntax::Tree& tree);
  /// Reads a sentence before it is coded: "The envoy to Norland arrived on Monday. Karl
  /// Ostrander told reporters ...": a person's full name, unknown to the dictionaries, that
  /// opens the sentence after one whose subject was a role named without a name is the
  /// holder of that role, so "Ostrander" later in the document is the envoy.
  void observe_role_holder(const syntax::Tree& tree);
  /// Reads a sentence before it is coded: the plural subject of its main clause
  /// ("loyalist troops"), whom "they" in the next sentence stands for.
  void observe_plural_subject(const syntax::Tree& tree);
  /// Reads a sentence's coded events: the last subject, country, police and protesters.
  void observe_events(const std::vector<CodedEvent>& events);

  /// Remembers the words that named an actor ("UN spokesman Stephane Dujarric"), so that
  /// "the spokesman" or "Dujarric" later in the document is that actor.
  void remember_names(const std::string& code, std::string_view text);

  /// Code for a noun phrase that names an actor by reference, or "" (ReferenceResolver).
  std::string resolve(const std::vector<std::string_view>& words, const std::string& code) const;

  /// Fills a role the sentence leaves implicit; returns "source", "target" or "" (none).
  /// An arrest, expulsion or crackdown with no named agent ("demonstrators faced
  /// arrest"), and a release from custody with none ("they were later freed"), is the
  /// police's: those of the sentence's place (`sentence_country`) when it
  /// names one, else the last police force named, else the police of `fallback_country`
  /// (the document's last place or dateline). A curfew or other restriction (172x) with
  /// no named agent is the government's of that place, on its people. A crackdown or a response with no named
  /// target ("the police responded with tear gas") is aimed at the last protesters named.
  /// An act on "the new legislation" or "the move" is aimed at its author ("China's
  /// national security law"), the last possessor of such a thing. A rejection with no
  /// named party ("refused to resign") is aimed at whoever last pressed the rejecting
  /// state for something: the source of the last appeal, demand or protest aimed at it.
  std::string fill_implicit_role(CodedEvent& event, const std::string& sentence_country,
                                 const std::string& fallback_country) const;

 private:
  void remember_artifact(const std::string& owner, std::vector<std::string> words);
  void remember_pressure(const CodedEvent& event);
  bool is_name(std::string_view upper_word) const;
  bool is_name_bearing(std::string_view upper_text) const;
  bool is_unnamed_role(const std::string& code, std::string_view upper_text) const;
  bool names_the_actor(const std::string& upper_word, bool head) const;
  bool describes_owned_artifact(std::string_view target_text) const;

  const dict::Dictionaries& dicts_;
  const nlp::Lexicon* lexicon_;
  int32_t ordinal_date_;
  std::string last_country_;
  std::string last_actor_;       // last named, non-generic source: "he", "they"
  std::string last_owner_;       // last possessor of a law, decision, move ...
  std::vector<std::string> owner_words_;  // the words that named the owner's laws ...
  std::string last_organisation_;  // last IGO, NGO or group named: "the bloc", "the group"
  std::string last_police_;      // last police force (…COP) in an event
  std::string last_armed_group_;  // last armed group named: "the rebels", "the militants"
  std::string last_protesters_;  // source of the last protest (14x)
  std::string last_held_;  // the last people arrested, expelled or released: "they were freed"
  std::string last_protesters_text_;
  /// Each state pressed so far (the country of the target of an appeal, a demand or a
  /// protest: 02, 10, 14) and the actor who pressed it last, with its words.
  struct Presser {
    std::string code, text;
    bool protest = false;  ///< pressed by protesting (14), not by words
  };
  std::map<std::string, Presser, std::less<>> pressed_by_;
  std::string last_sides_;       // "A/B": the last two parties acting on each other
  /// Each word that named an actor so far ("THE UN SECURITY COUNCIL" -> UN, SECURITY,
  /// COUNCIL) and the code of the latest actor it named: "the Council" later in the
  /// document is that actor.
  dict::WordMap<std::string> heads_;
  /// Each noun introduced with a state's adjective ("a Chinese fishing boat": BOAT) and
  /// that state's code.
  dict::WordMap<std::string> thing_states_;
  /// The head word of each organisation the document names anywhere ("COUNCIL" for "the
  /// Security Council", its first), for "the Council" when no earlier actor had that head.
  dict::WordMap<std::string> organisation_heads_;
  /// The organisation nouns the document capitalises after "the" ("the Coalition"): names
  /// of one body, not descriptions of whichever organisation was named last.
  std::set<std::string, std::less<>> organisation_names_;
  /// The first actor the document makes act: the voice of a statement ("The United
  /// States condemns ... We call on ..."), whom "we" outside a quotation stands for.
  std::string first_actor_;
  std::string last_voice_;  // the last actor that spoke (a verbal act), for "we"
  /// The role the last sentence's subject named without a person's name ("THE UN ENVOY":
  /// IGOUNO), for the name that opens the next sentence; "" once that sentence is read.
  std::string unnamed_role_;
  std::string plural_subject_;       // this sentence's plural subject ("---MIL"), or ""
  std::string last_plural_subject_;  // the sentence before's: "they"
  // Who "we" was the first time the document said it outside a quotation: one document,
  // one voice (a statement does not change its author midway).
  mutable std::string we_;
};

}  // namespace vigil::events
