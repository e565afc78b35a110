// The public Parser: tokenize, tag, run the grammar, copy the scratch tree out in preorder.
#include <algorithm>
#include <climits>
#include <utility>

#include "parser_impl.h"

namespace vigil::nlp {
namespace {

// Gives the scratch tokens to the output tree. A reused tree has room: swap, and the
// scratch takes the tree's old vector for the next sentence. A new tree (the pipeline keeps
// one per sentence) gets one allocation of the exact size, and the scratch keeps its
// capacity, instead of the tokenizer growing a new vector from nothing every sentence.
void hand_over(std::vector<syntax::Token>& from, std::vector<syntax::Token>& to) {
  if (to.capacity() >= from.size()) {
    to.swap(from);
    return;
  }
  to.clear();
  to.reserve(from.size());
  for (syntax::Token& t : from) to.push_back(std::move(t));
}

}  // namespace

Parser::Parser(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), scratch_(std::make_unique<Scratch>(*lexicon_)) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

void Parser::parse(std::string_view text, const SentenceSpan& span, syntax::Tree& out) {
  Scratch& sc = *scratch_;
  tokenize(text, span.begin, span.end, sc.tokens);
  sc.tagger.run(sc.tokens, sc.tags);
  out.root = -1;
  if (sc.tokens.empty()) {
    out.tokens.clear();
    out.nodes.clear();
    return;
  }
  sc.nodes.clear();
  sc.pos = 0;
  sc.n = sc.tokens.size();
  sc.dateline_tokens = 0;
  if (sc.tokens[0].text.size() >= 2 && sc.tags[0] == Tag::NNP) {
    const Dateline d = find_dateline(text, span.begin);
    if (d.found() && d.begin == sc.tokens[0].begin) {
      while (sc.dateline_tokens < sc.n && sc.tokens[sc.dateline_tokens].end <= d.end)
        ++sc.dateline_tokens;
    }
  }
  int32_t root = sc.parse_sentence();
  hand_over(sc.tokens, out.tokens);
  sc.emit_tree(root, out);
}

syntax::Tree Parser::parse(std::string_view text, const SentenceSpan& span) {
  syntax::Tree tree;
  parse(text, span, tree);
  return tree;
}

syntax::Tree Parser::parse_tagged(std::vector<syntax::Token> tokens) {
  Scratch& sc = *scratch_;
  syntax::Tree out;
  if (tokens.empty()) return out;
  sc.tokens = std::move(tokens);
  sc.tags.resize(sc.tokens.size());
  for (size_t i = 0; i < sc.tokens.size(); ++i) sc.tags[i] = tag_from_name(sc.tokens[i].tag);
  sc.tagger.compute_lemma_flags(sc.tokens);
  sc.nodes.clear();
  sc.pos = 0;
  sc.n = sc.tokens.size();
  sc.dateline_tokens = 0;
  int32_t root = sc.parse_sentence();
  out.tokens.swap(sc.tokens);
  sc.emit_tree(root, out);
  return out;
}

syntax::Tree parse(std::shared_ptr<const Lexicon> lexicon, std::string_view text,
                   const SentenceSpan& span) {
  Parser parser(std::move(lexicon));
  return parser.parse(text, span);
}

int32_t Parser::Scratch::take_node(syntax::Tree& out) {
  // Reuse Node objects (and their children vectors' capacity) across sentences.
  if (used < out.nodes.size()) {
  } else if (!spare.empty()) {
    out.nodes.push_back(std::move(spare.back()));
    spare.pop_back();
  } else {
    out.nodes.emplace_back();
  }
  syntax::Node& node = out.nodes[used];
  node.children.clear();
  node.token = -1;
  return static_cast<int32_t>(used++);
}

int32_t Parser::Scratch::emit(int32_t k, int32_t parent, syntax::Tree& out) {
  const PNode& pn = nodes[static_cast<size_t>(k)];
  const int32_t index = take_node(out);
  syntax::Node& node = out.nodes[static_cast<size_t>(index)];
  node.parent = parent;
  if (pn.label == L::Leaf) {
    node.label = out.tokens[static_cast<size_t>(pn.token)].tag;
    node.token = pn.token;
    node.first_token = node.last_token = pn.token;
    return index;
  }
  node.label = kLabels[static_cast<size_t>(pn.label)];
  // One allocation for the children of a new node, not one per doubling.
  size_t count = 0;
  for (int32_t c = pn.first; c >= 0; c = nodes[static_cast<size_t>(c)].next) ++count;
  node.children.reserve(count);
  int32_t first = INT32_MAX, last = -1;
  for (int32_t c = pn.first; c >= 0; c = nodes[static_cast<size_t>(c)].next) {
    const int32_t child_index = emit(c, index, out);
    // Index again rather than keep `node`: emitting may have grown out.nodes.
    const syntax::Node& child = out.nodes[static_cast<size_t>(child_index)];
    first = std::min(first, child.first_token);
    last = std::max(last, child.last_token);
    out.nodes[static_cast<size_t>(index)].children.push_back(child_index);
  }
  syntax::Node& done = out.nodes[static_cast<size_t>(index)];
  done.first_token = first == INT32_MAX ? 0 : first;
  done.last_token = last;
  return index;
}

void Parser::Scratch::emit_tree(int32_t root, syntax::Tree& out) {
  used = 0;
  // A tree has no more nodes than the arena: one allocation for a new tree's nodes.
  out.nodes.reserve(nodes.size());
  emit(root, -1, out);
  while (out.nodes.size() > used) {
    spare.push_back(std::move(out.nodes.back()));
    out.nodes.pop_back();
  }
  out.root = 0;
}

}  // namespace vigil::nlp
