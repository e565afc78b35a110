// The linear form of a parsed sentence that the PETRARCH-style coder works on.
//
// PETRARCH's dictionaries are written for linear matching: a pattern is a sequence of
// words around a verb. So the tree is flattened into a sequence of items — phrase
// open/close markers, words, and noun phrases reduced to "NE" items that will carry an
// actor code — following PETRARCH's reading of TreeBank parses (docs/coder.md).
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"
#include "vigil/tree.h"

namespace vigil::events {

struct Item {
  enum class Kind : uint8_t {
    kOpen,     ///< a phrase or part-of-speech opens: label = "VP", "VBD", ","
    kClose,    ///< the matching close: label as for kOpen
    kWord,     ///< a word: text upper case
    kNe,       ///< a noun phrase that may name an actor; its words follow until kNeEnd
    kNeEnd,
    kNec,      ///< a compound noun phrase: a sequence of kNe ... kNeEnd until kNecEnd
    kNecEnd,
  };
  Kind kind = Kind::kWord;
  std::string text;            ///< label (open/close) or upper-case word
  int32_t token = -1;          ///< words: index into the tree's tokens
  std::string code = "---";    ///< kNe: the actor code once assigned
  const std::string* root = nullptr;  ///< kNe: root phrase of the actor found (dictionary-owned)
  const dict::ActorEntry* entry = nullptr;  ///< kNe: its dictionary entry (provenance)
  int32_t close = -1;          ///< openers: index of the matching close once indexed

  bool is_open() const { return kind == Kind::kOpen || kind == Kind::kNe || kind == Kind::kNec; }
  bool is_close() const {
    return kind == Kind::kClose || kind == Kind::kNeEnd || kind == Kind::kNecEnd;
  }
};

using Linear = std::vector<Item>;

/// Flattens `tree` as described above. Returns false (and a reason) when the tree is
/// unusable or looks like a dateline ("dateline" reason). With `relative_clauses` (vigil's
/// own reading) a relative clause whose pronoun is its subject keeps its verb phrase
/// ("(SBR (WHNP WHICH ~WHNP) (RS (VP ...) ~RS) ~SBR)"); else, as PETRARCH, it is words.
bool linearize(const syntax::Tree& tree, Linear& out, std::string& reason,
               bool relative_clauses = false);

/// Index of the item closing the open item at `open` (or `open` when not an opener).
/// Constant time after index_phrases(), a scan before.
size_t matching_close(const Linear& items, size_t open);

/// Records in each opener the index of its close. Call again after changing the items.
void index_phrases(Linear& items);

/// The items as one line, for tracing: "(VP (VBD CONDEMNED ~VBD) [NE:GON GONDOR] ~VP".
std::string describe(const Linear& items);

/// Words (upper case) of the items in [begin, end), skipping markers; views into `items`.
std::vector<std::string_view> words_between(const Linear& items, size_t begin, size_t end);

}  // namespace vigil::events
