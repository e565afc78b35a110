// The syntax tree: the seam between "how we read English" and "how we code events".
// Built either from a given Penn Treebank parse (read_ptb) or by vigil's own parser.
#pragma once

#include <cstddef>
#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"

namespace vigil::syntax {

/// A word of the sentence. `begin`/`end` are byte offsets into the document text; both are
/// kNoOffset when the word could not be aligned with the text.
struct Token {
  static constexpr uint32_t kNoOffset = UINT32_MAX;
  std::string text;   ///< surface form as in the parse ("n't", "-LRB-" kept as given)
  std::string tag;    ///< Penn Treebank part of speech (NNP, VBD, ...)
  std::string lemma;  ///< lower-case lemma when known, else empty
  uint32_t begin = kNoOffset;
  uint32_t end = kNoOffset;
};

/// A constituent. Preterminals (label = POS tag) have `token` >= 0 and no children.
struct Node {
  std::string label;           ///< NP, VP, S, SBAR, PP, ... or the POS tag of a preterminal
  int32_t parent = -1;         ///< index into Tree::nodes, -1 for the root
  std::vector<int32_t> children;
  int32_t token = -1;          ///< preterminals: index into Tree::tokens
  int32_t first_token = 0;     ///< first token covered (inclusive)
  int32_t last_token = -1;     ///< last token covered (inclusive)
};

/// An immutable-by-convention sentence tree. nodes[root] spans all tokens.
struct Tree {
  std::vector<Token> tokens;
  std::vector<Node> nodes;
  int32_t root = -1;

  bool empty() const { return root < 0; }
  /// Bracketed form "(ROOT (S (NP (NNP Arnor)) ...))" on one line; round-trips read_ptb.
  std::string to_string() const;
};

/// The deepest tree read_ptb accepts. Parsers' trees of news sentences stay far below
/// (tens of levels); the coder walks trees recursively, so a hostile parse of 100,000
/// nested brackets would otherwise overflow the stack (docs/hostile-input.md).
inline constexpr size_t kMaxTreeDepth = 1000;

/// Reads one Penn Treebank bracketed parse (any whitespace layout, as in PETRARCH XML).
/// `where` names the input for messages (e.g. a record id). Errors give the byte position
/// of the problem: unbalanced brackets, empty labels, trailing text, brackets nested
/// deeper than kMaxTreeDepth.
Result<Tree> read_ptb(std::string_view brackets, std::string_view where = {});

/// Sets token byte offsets by finding each token, in order, in `text` starting at
/// `offset`; tokens the text does not contain ("-LRB-", "``") are matched by their usual
/// spellings where possible and otherwise keep kNoOffset. Returns how many were aligned.
size_t align_tokens(Tree& tree, std::string_view text, size_t offset = 0);

}  // namespace vigil::syntax
