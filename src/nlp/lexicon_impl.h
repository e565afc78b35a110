// The lexicon's private representation, shared by the lexicon, tagger and parser.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/nlp.h"

namespace vigil::nlp {

/// Penn Treebank tags as small integers (names in kTagNames, same order).
enum class Tag : uint8_t {
  kNone,
  CC,
  CD,
  DT,
  EX,
  FW,
  IN,
  JJ,
  JJR,
  JJS,
  LS,
  MD,
  NN,
  NNS,
  NNP,
  NNPS,
  PDT,
  POS,
  PRP,
  PRPS,
  RB,
  RBR,
  RBS,
  RP,
  SYM,
  TO,
  UH,
  VB,
  VBD,
  VBG,
  VBN,
  VBP,
  VBZ,
  WDT,
  WP,
  WPS,
  WRB,
  Dollar,
  Pound,
  OpenQuote,
  CloseQuote,
  LRB,
  RRB,
  Comma,
  Period,
  Colon,
  kCount
};

inline constexpr std::string_view kTagNames[] = {
    "",    "CC",  "CD",  "DT",   "EX",  "FW",    "IN",    "JJ",   "JJR", "JJS", "LS",  "MD",
    "NN",  "NNS", "NNP", "NNPS", "PDT", "POS",   "PRP",   "PRP$", "RB",  "RBR", "RBS", "RP",
    "SYM", "TO",  "UH",  "VB",   "VBD", "VBG",   "VBN",   "VBP",  "VBZ", "WDT", "WP",  "WP$",
    "WRB", "$",   "#",   "``",   "''",  "-LRB-", "-RRB-", ",",    ".",   ":"};
static_assert(sizeof(kTagNames) / sizeof(kTagNames[0]) == static_cast<size_t>(Tag::kCount));

inline std::string_view tag_name(Tag t) { return kTagNames[static_cast<size_t>(t)]; }
Tag tag_from_name(std::string_view name);

inline bool is_noun(Tag t) { return t >= Tag::NN && t <= Tag::NNPS; }
inline bool is_verb(Tag t) { return t >= Tag::VB && t <= Tag::VBZ; }
inline bool is_finite_verb(Tag t) {
  return t == Tag::VBD || t == Tag::VBP || t == Tag::VBZ || t == Tag::MD;
}
inline bool is_adj(Tag t) { return t >= Tag::JJ && t <= Tag::JJS; }
inline bool is_adv(Tag t) { return t >= Tag::RB && t <= Tag::RBS; }

/// One lexicon entry: a word's WordNet classes with tagged-sense counts (a frequency
/// hint), its irregular bases and, for closed-class words, its tag and lemma.
struct LexEntry {
  static constexpr uint32_t kNoString = UINT32_MAX;
  uint8_t classes = 0;                ///< WordClass bits of the word as a lemma
  Tag closed = Tag::kNone;            ///< closed-class tag
  uint16_t freq[4] = {0, 0, 0, 0};    ///< tagged senses: noun, verb, adj, adv
  uint32_t closed_lemma = kNoString;  ///< pool offsets (NUL-terminated strings)
  uint32_t noun_base = kNoString;     ///< irregular plural -> singular
  uint32_t verb_base = kNoString;     ///< irregular verb form -> base
  uint32_t adj_base = kNoString;      ///< irregular comparative -> base
  uint8_t verb_irregular_kind = 0;    ///< 1 = past (VBD/VBN), 2 = VBN only, 3 = VBD only
  uint8_t flags = 0;                  ///< WordFlag bits (auxiliary forms, say-verbs, ...)
  /// WordNet lexicographer files of the word's noun senses, one bit per file number
  /// (4 noun.act, 14 noun.group, 18 noun.person ...; WordNet's lexnames).
  uint32_t noun_files = 0;
};

/// Word properties the tagger and parser test often; one bit test instead of string lists.
enum WordFlag : uint8_t {
  kBeForm = 1,       ///< be/get/become/remain/seem forms (passive and copula auxiliaries)
  kHaveForm = 2,     ///< have, has, had, having, 've
  kDoForm = 4,       ///< do, does, did
  kSayLemma = 8,     ///< lemma of a reporting verb (say, tell, add, ...)
  kTimeLemma = 16,   ///< lemma of a time noun (week, Monday, ...)
  kContextual = 32,  ///< closed-class word whose tag depends on context ("that", "'s", ...)
  kDayLemma = 64,    ///< a day named from today: today, yesterday, tomorrow, tonight, Monday
};

struct Lexicon::Impl {
  std::string pool;
  std::vector<LexEntry> entries;
  struct Slot {
    uint32_t key = 0;  // pool offset
    uint32_t len = 0;
    uint32_t entry = 0;  // entries index + 1; 0 = empty
    uint32_t hash = 0;
  };
  std::vector<Slot> slots;
  size_t count = 0;

  // FNV-1a, in steps so that the tagger can hash a word while it lower-cases it.
  static constexpr uint32_t kHashSeed = 2166136261u;
  static uint32_t hash_step(uint32_t h, char c) {
    return (h ^ static_cast<unsigned char>(c)) * 16777619u;
  }
  static uint32_t hash_of(std::string_view s) {
    uint32_t h = kHashSeed;
    for (char c : s) h = hash_step(h, c);
    return h;
  }
  const LexEntry* find(std::string_view word) const { return find(word, hash_of(word)); }
  /// Same, with the word's hash_of() already known.
  const LexEntry* find(std::string_view word, uint32_t h) const {
    if (slots.empty()) return nullptr;
    const size_t mask = slots.size() - 1;
    for (size_t i = h & mask;; i = (i + 1) & mask) {
      const Slot& s = slots[i];
      if (s.entry == 0) return nullptr;
      if (s.hash == h && s.len == word.size() &&
          std::string_view(pool.data() + s.key, s.len) == word)
        return &entries[s.entry - 1];
    }
  }
  LexEntry& get_or_add(std::string_view word);
  uint32_t intern(std::string_view s) {
    uint32_t off = static_cast<uint32_t>(pool.size());
    pool.append(s);
    pool.push_back('\0');
    return off;
  }
  std::string_view str(uint32_t off) const {
    return off == LexEntry::kNoString ? std::string_view() : std::string_view(pool.data() + off);
  }
  void grow();
};

/// Lower-case lemma of lower-case `lower` read as `tag` (Lexicon::lemma without parsing).
std::string lemma_for(const Lexicon::Impl& impl, std::string_view lower, Tag tag);
/// Same, with the word's own entry already looked up (impl.find(lower), may be null).
std::string lemma_for(const Lexicon::Impl& impl, std::string_view lower, Tag tag,
                      const LexEntry* entry);

/// WordFlag bits of a lower-case word (0 when unknown).
inline uint8_t word_flags(const Lexicon::Impl& impl, std::string_view lower) {
  const LexEntry* e = impl.find(lower);
  return e == nullptr ? 0 : e->flags;
}

/// Adds vigil's closed-class lists (determiners, pronouns, prepositions, auxiliaries, ...).
void add_closed_class(Lexicon::Impl& impl);

}  // namespace vigil::nlp
