// English personal pronouns: one table that the coder (actor pronouns, reported speech),
// the pipeline (statements about a pronoun, things that are not actors) and the discourse
// readers (a speaker given as "he", a name's gender) all read, so that they agree on
// which words are pronouns and what each one is.
//
// All functions are pure and thread-safe.
#pragma once

#include <cstdint>
#include <string_view>

namespace vigil::text {

/// The grammatical forms a pronoun word takes (a bitmask: "her" is an object and a
/// possessive determiner).
enum PronounForm : uint8_t {
  kSubjectForm = 1,     ///< "he", "they", "I"
  kObjectForm = 2,      ///< "him", "them", "me"
  kPossessiveForm = 4,  ///< "his", "their", "my" (determiners and "hers", "theirs")
  kReflexiveForm = 8,   ///< "himself", "themselves"
};

/// One personal pronoun word.
struct Pronoun {
  std::string_view word;  ///< lower case
  uint8_t person = 3;     ///< 1, 2 or 3
  bool plural = false;    ///< "we", "they" (and "you", which may be either)
  char gender = 0;        ///< 'm' ("he"), 'f' ("she"), 'n' ("it"), 0 (any other)
  uint8_t forms = 0;      ///< PronounForm bits
  bool is(PronounForm form) const { return (forms & form) != 0; }
};

/// The personal pronoun `word` is, in any ASCII case ("HE", "he", "He"); nullptr for any
/// other word (including "one", "this" and relative pronouns).
const Pronoun* personal_pronoun(std::string_view word);

/// True for the subject form of a third-person pronoun, in any case: "he", "she", "it",
/// "they". The pronouns that stand for an actor named before them.
bool is_third_person_subject(std::string_view word);

}  // namespace vigil::text
