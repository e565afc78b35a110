// The personal pronoun table (vigil/pronouns.h).
#include "vigil/pronouns.h"

#include <array>

namespace vigil::text {
namespace {

constexpr uint8_t kS = kSubjectForm, kO = kObjectForm, kP = kPossessiveForm, kR = kReflexiveForm;

// word, person, plural, gender, forms.
// clang-format off
constexpr std::array<Pronoun, 31> kPronouns = {{
    {"i",          1, false, 0, kS},
    {"me",         1, false, 0, kO},
    {"my",         1, false, 0, kP},
    {"mine",       1, false, 0, kP},
    {"myself",     1, false, 0, kR},
    {"we",         1, true, 0, kS},
    {"us",         1, true, 0, kO},
    {"our",        1, true, 0, kP},
    {"ours",       1, true, 0, kP},
    {"ourselves",  1, true, 0, kR},
    {"you",        2, true, 0, kS | kO},
    {"your",       2, true, 0, kP},
    {"yours",      2, true, 0, kP},
    {"yourself",   2, false, 0, kR},
    {"yourselves", 2, true, 0, kR},
    {"he",         3, false, 'm', kS},
    {"him",        3, false, 'm', kO},
    {"his",        3, false, 'm', kP},
    {"himself",    3, false, 'm', kR},
    {"she",        3, false, 'f', kS},
    {"her",        3, false, 'f', kO | kP},
    {"hers",       3, false, 'f', kP},
    {"herself",    3, false, 'f', kR},
    {"it",         3, false, 'n', kS | kO},
    {"its",        3, false, 'n', kP},
    {"itself",     3, false, 'n', kR},
    {"they",       3, true, 0, kS},
    {"them",       3, true, 0, kO},
    {"their",      3, true, 0, kP},
    {"theirs",     3, true, 0, kP},
    {"themselves", 3, true, 0, kR},
}};
// clang-format on

char lower_ascii(char c) { return c >= 'A' && c <= 'Z' ? static_cast<char>(c - 'A' + 'a') : c; }

bool equals_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t i = 0; i < word.size(); ++i)
    if (lower_ascii(word[i]) != lower[i]) return false;
  return true;
}

}  // namespace

const Pronoun* personal_pronoun(std::string_view word) {
  if (word.empty() || word.size() > 10) return nullptr;
  for (const Pronoun& p : kPronouns)
    if (equals_lower(word, p.word)) return &p;
  return nullptr;
}

bool is_third_person_subject(std::string_view word) {
  const Pronoun* p = personal_pronoun(word);
  return p && p->person == 3 && p->is(kSubjectForm);
}

}  // namespace vigil::text
