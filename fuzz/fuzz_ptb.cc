// libFuzzer target: the Penn Treebank reader and token alignment.
// Invariants checked: no crash; an accepted tree prints to brackets that read back to the
// same print; spans and parent links are consistent; alignment stays inside the text.
#include <cstdint>
#include <cstdlib>
#include <string_view>

#include "vigil/tree.h"

extern "C" int LLVMFuzzerTestOneInput(const uint8_t* data, size_t size) {
  const std::string_view input(reinterpret_cast<const char*>(data), size);
  vigil::Result<vigil::syntax::Tree> tree = vigil::syntax::read_ptb(input, "fuzz");
  if (!tree.ok()) {
    if (tree.status().message().empty()) std::abort();
    return 0;
  }
  vigil::syntax::Tree& t = tree.value();
  const std::string printed = t.to_string();
  vigil::Result<vigil::syntax::Tree> again = vigil::syntax::read_ptb(printed);
  if (!again.ok() || again.value().to_string() != printed) std::abort();
  for (size_t i = 0; i < t.nodes.size(); ++i) {
    const vigil::syntax::Node& n = t.nodes[i];
    if (n.first_token > n.last_token) std::abort();
    for (int32_t c : n.children) {
      if (t.nodes[static_cast<size_t>(c)].parent != static_cast<int32_t>(i)) std::abort();
    }
  }
  // The input itself as "text": every word of the tree occurs in it somewhere.
  vigil::syntax::align_tokens(t, input);
  for (const vigil::syntax::Token& tok : t.tokens) {
    if (tok.begin == vigil::syntax::Token::kNoOffset) continue;
    if (tok.begin > tok.end || tok.end > input.size()) std::abort();
  }
  return 0;
}
