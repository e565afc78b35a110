// The public Parser: tokenize, tag, run the grammar, copy the scratch tree out in preorder.
#include <algorithm>
#include <climits>
#include <utility>

#include "parser_impl.h"

namespace vigil::nlp {
namespace {

// Room for the tokens of a sentence of `bytes` bytes. News averages about six bytes a
// token: on the Reuters and BBC corpora this is enough for 99.8% of sentences (the rest
// grow once) and leaves about a third of the room unused.
size_t expected_tokens(size_t bytes) { return bytes / 5 + 8; }

}  // namespace

Parser::Parser(std::shared_ptr<const Lexicon> lexicon)
    : lexicon_(std::move(lexicon)), scratch_(std::make_unique<Scratch>(*lexicon_)) {}
Parser::~Parser() = default;
Parser::Parser(Parser&&) noexcept = default;
Parser& Parser::operator=(Parser&&) noexcept = default;

void Parser::parse(std::string_view text, const SentenceSpan& span, syntax::Tree& out) {
  // The tokens are made in the output tree's own vector: a reused tree keeps its
  // capacity, and a new one (the pipeline keeps one per sentence) gets one allocation
  // instead of growing from nothing or a copy at the end.
  if (out.tokens.capacity() == 0 && span.end > span.begin)
    out.tokens.reserve(expected_tokens(span.end - span.begin));
  tokenize(text, span.begin, span.end, out.tokens);
  parse_tokenized(text, span, out);
}

void Parser::parse_tokenized(std::string_view text, const SentenceSpan& span, syntax::Tree& out) {
  Scratch& sc = *scratch_;
  sc.tokens.swap(out.tokens);  // and back at the end
  sc.tagger.run(sc.tokens, sc.tags);
  out.root = -1;
  if (sc.tokens.empty()) {
    out.tokens.swap(sc.tokens);
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
  out.tokens.swap(sc.tokens);
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

void Parser::Scratch::grow_nodes(syntax::Tree& out) {
  // Reuse Node objects (and their children vectors' capacity) across sentences.
  out.nodes.push_back(std::move(spare.back()));
  spare.pop_back();
}

void Parser::Scratch::emit_tree(int32_t root, syntax::Tree& out) {
  used = 0;
  // A tree has no more nodes than the arena: one allocation for a new tree's nodes.
  out.nodes.reserve(nodes.size());
  // A preorder walk over the arena's first-child/next-sibling links with a stack of the
  // phrases still open, rather than a recursive call per node. When a node is done, its
  // token span is folded into its parent's, and the parent is done after its last child.
  open_phrases.clear();
  int32_t k = root;
  for (;;) {
    const PNode& pn = nodes[static_cast<size_t>(k)];
    const int32_t parent = open_phrases.empty() ? -1 : open_phrases.back().index;
    if (used == out.nodes.size()) {
      if (spare.empty()) {
        out.nodes.emplace_back();  // a new tree: room is reserved, so this stays inline
      } else {
        grow_nodes(out);
      }
    }
    const auto index = static_cast<int32_t>(used++);
    syntax::Node& node = out.nodes[static_cast<size_t>(index)];
    node.children.clear();
    node.token = -1;
    node.parent = parent;
    if (parent >= 0) out.nodes[static_cast<size_t>(parent)].children.push_back(index);
    if (pn.label == L::Leaf) {
      node.label = out.tokens[static_cast<size_t>(pn.token)].tag;
      node.token = pn.token;
      node.first_token = node.last_token = pn.token;
    } else {
      node.label = kLabels[static_cast<size_t>(pn.label)];
      // One allocation for the children of a new node, not one per doubling.
      size_t count = 0;
      for (int32_t c = pn.first; c >= 0; c = nodes[static_cast<size_t>(c)].next) ++count;
      node.children.reserve(count);
      if (pn.first >= 0) {
        open_phrases.push_back({k, index, INT32_MAX, -1});
        k = pn.first;
        continue;
      }
      node.first_token = 0;  // an empty phrase
      node.last_token = -1;
    }
    int32_t first = node.first_token, last = node.last_token;
    // Node k is done: fold its span into the open phrases, closing each whose last child
    // is done, until one has a next child.
    for (;;) {
      if (open_phrases.empty()) {
        while (out.nodes.size() > used) {
          spare.push_back(std::move(out.nodes.back()));
          out.nodes.pop_back();
        }
        out.root = 0;
        return;
      }
      OpenPhrase& p = open_phrases.back();
      p.first = std::min(p.first, first);
      p.last = std::max(p.last, last);
      const int32_t next = nodes[static_cast<size_t>(k)].next;
      if (next >= 0) {
        k = next;
        break;
      }
      syntax::Node& done = out.nodes[static_cast<size_t>(p.index)];
      done.first_token = p.first == INT32_MAX ? 0 : p.first;
      done.last_token = p.last;
      first = done.first_token;
      last = done.last_token;
      k = p.k;
      open_phrases.pop_back();
    }
  }
}

}  // namespace vigil::nlp
