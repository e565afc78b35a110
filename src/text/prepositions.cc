#include "vigil/prepositions.h"

#include <array>
#include <cctype>

namespace vigil::text {
namespace {

struct PlacePreposition {
  std::string_view word;  // lower case
  bool locative;          // says where the event happens
};

constexpr std::array<PlacePreposition, 17> kPlacePrepositions = {{
    {"in", true},     {"at", true},      {"near", true},     {"across", true},
    {"inside", true}, {"outside", true}, {"throughout", true}, {"around", true},
    {"into", true},   {"through", true}, {"from", false},    {"to", false},
    {"within", false}, {"over", false},  {"on", false},      {"toward", false},
    {"towards", false},
}};

const PlacePreposition* find(std::string_view word) {
  for (const PlacePreposition& p : kPlacePrepositions) {
    if (p.word.size() != word.size()) continue;
    bool same = true;
    for (size_t k = 0; k < word.size() && same; ++k)
      same = std::tolower(static_cast<unsigned char>(word[k])) == p.word[k];
    if (same) return &p;
  }
  return nullptr;
}

}  // namespace

bool is_place_preposition(std::string_view word) { return find(word) != nullptr; }

bool is_locative_preposition(std::string_view word) {
  const PlacePreposition* p = find(word);
  return p != nullptr && p->locative;
}

}  // namespace vigil::text
