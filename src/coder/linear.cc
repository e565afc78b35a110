#include "linear.h"

#include "actors.h"
#include "vigil/speech_words.h"

#include <algorithm>
#include <string_view>
#include <cctype>

namespace vigil::events {
namespace {

using syntax::Node;
using syntax::Tree;


// What the flattener asks about a label, worked out once per node: comparing label
// strings at every visit was a large share of the coder's time.
enum LabelFlag : uint16_t {
  kClauseLike = 1 << 0,  // starts with VP or S
  kCcPrefix = 1 << 1,    // starts with CC
  kNPrefix = 1 << 2,     // starts with N
  kNpPrefix = 1 << 3,    // starts with NP
  kNnPrefix = 1 << 4,    // starts with NN
  kCc = 1 << 5,          // == CC
  kNp = 1 << 6,          // == NP
  kNec = 1 << 7,         // == NEC
  kSbar = 1 << 8,        // == SBAR
  kPos = 1 << 9,         // == POS
  kPp = 1 << 10,         // == PP
  kJj = 1 << 11,         // == JJ
  kIn = 1 << 12,         // == IN
};

uint16_t classify(std::string_view l) {
  // Byte tests rather than string compares: this runs for every node of every parse.
  const size_t n = l.size();
  if (n == 0) return 0;
  const char c0 = l[0];
  const char c1 = n > 1 ? l[1] : '\0';
  uint16_t f = 0;
  if (c0 == 'S' || (c0 == 'V' && c1 == 'P')) f |= kClauseLike;
  if (c0 == 'C' && c1 == 'C') {
    f |= kCcPrefix;
    if (n == 2) f |= kCc;
  }
  if (c0 == 'N') {
    f |= kNPrefix;
    if (c1 == 'P') f |= kNpPrefix;
    if (c1 == 'N') f |= kNnPrefix;
    if (n == 2 && c1 == 'P') f |= kNp;
    if (n == 3 && c1 == 'E' && l[2] == 'C') f |= kNec;
  }
  if (n == 4 && l == "SBAR") f |= kSbar;
  if (n == 3 && l == "POS") f |= kPos;
  if (n == 2 && c0 == 'P' && c1 == 'P') f |= kPp;
  if (n == 2 && c0 == 'J' && c1 == 'J') f |= kJj;
  if (n == 2 && c0 == 'I' && c1 == 'N') f |= kIn;
  return f;
}

// What the coder asks about a subtree, gathered in one bottom-up pass. "below" facts
// exclude the node itself and do not enter relative clauses (SBAR), which PETRARCH
// flattens to plain words inside noun phrases.
struct Facts {
  int clause_like = 0;   // VP/S* nodes in the subtree, itself included
  int conjunctions = 0;  // CC nodes in the subtree
  int nominals = 0;      // N* nodes in the subtree, itself included
  int32_t pos_below = -1;  // first possessive marker below
  int32_t pp_below = -1;   // first prepositional phrase below (pre-order)
  bool np_below = false;   // a noun phrase below
};

// The flattener's per-node state; linearize() keeps one per thread so that its storage
// survives from sentence to sentence.
struct FlattenScratch {
  std::vector<std::string_view> labels;  // tree labels, or NEC/CCP after marking
  std::vector<uint16_t> flags;           // classify(labels[i])
  std::vector<Facts> facts;
};

// Working labels: compound marking renames NP -> NEC and CC -> CCP, like PETRARCH.
class Flattener {
 public:
  Flattener(const Tree& tree, Linear& out, FlattenScratch& scratch, bool relative_clauses)
      : tree_(tree), out_(out), labels_(scratch.labels), flags_(scratch.flags),
        facts_(scratch.facts), relative_clauses_(relative_clauses) {
    labels_.clear();
    flags_.clear();
    for (const Node& n : tree.nodes) {
      labels_.push_back(n.label);
      flags_.push_back(classify(n.label));
    }
    facts_.assign(tree.nodes.size(), Facts{});
    out_.reserve(tree.nodes.size() * 2);
  }

  void run() {
    gather(tree_.root);
    mark_compounds();
    emit(tree_.root);
  }

 private:
  const Node& node(int32_t i) const { return tree_.nodes[static_cast<size_t>(i)]; }
  bool is_leaf(int32_t i) const { return node(i).token >= 0; }
  std::string_view label(int32_t i) const { return labels_[static_cast<size_t>(i)]; }
  const Facts& facts(int32_t i) const { return facts_[static_cast<size_t>(i)]; }
  bool has(int32_t i, uint16_t flag) const { return (flags_[static_cast<size_t>(i)] & flag) != 0; }
  void rename(size_t i, std::string_view label) {
    labels_[i] = label;
    flags_[i] = classify(label);
  }

  void gather(int32_t i) {
    Facts f;
    f.clause_like = has(i, kClauseLike) ? 1 : 0;
    f.conjunctions = has(i, kCcPrefix) ? 1 : 0;
    f.nominals = has(i, kNPrefix) ? 1 : 0;
    for (int32_t c : node(i).children) {
      gather(c);
      const Facts& fc = facts(c);
      f.clause_like += fc.clause_like;
      f.conjunctions += fc.conjunctions;
      f.nominals += fc.nominals;
      if (has(c, kSbar)) continue;
      if (f.pos_below < 0) f.pos_below = has(c, kPos) ? c : fc.pos_below;
      if (f.pp_below < 0) f.pp_below = has(c, kPp) ? c : fc.pp_below;
      f.np_below = f.np_below || has(c, kNp) || fc.np_below;
    }
    facts_[static_cast<size_t>(i)] = f;
  }

  // A coordinating conjunction makes its phrase a compound actor only inside a noun
  // phrase with several nouns, no verb phrase or clause, and no second conjunction.
  void mark_compounds() {
    for (size_t i = 0; i < tree_.nodes.size(); ++i) {
      if ((flags_[i] & kCc) == 0) continue;
      int32_t parent = tree_.nodes[i].parent;
      if (parent < 0) continue;
      const Facts& f = facts(parent);
      if (f.clause_like > 0 || f.conjunctions > 1 || opens_indefinite_apposition(parent)) {
        rename(i, "CCP");
      } else if (has(parent, kNp) && f.nominals >= 3) {
        rename(static_cast<size_t>(parent), "NEC");
      }
    }
  }

  // "Romania, a NATO and EU member, ...": a noun phrase described after a comma by an
  // indefinite one is one actor, whatever conjunction the description holds.
  bool opens_indefinite_apposition(int32_t np) const {
    const std::vector<int32_t>& children = node(np).children;
    for (size_t k = 1; k + 1 < children.size(); ++k) {
      if (label(children[k]) != ",") continue;
      if (has(children[k - 1], kCcPrefix)) return false;
      const int32_t first = node(children[k + 1]).first_token;
      if (!has(children[k + 1], kNp) || first < 0) return false;
      const std::string& word = tree_.tokens[static_cast<size_t>(first)].text;
      return word == "a" || word == "an";
    }
    return false;
  }

  void emit_word(int32_t leaf) {
    Item& w = out_.emplace_back();
    w.kind = Item::Kind::kWord;
    w.token = node(leaf).token;
    const std::string& text = tree_.tokens[static_cast<size_t>(w.token)].text;
    w.text = text;
    to_upper_ascii(w.text);
  }

  void push(Item::Kind kind, std::string_view text = {}) {
    Item& it = out_.emplace_back();
    it.kind = kind;
    it.text = text;
  }

  // The words of a subtree as NE content: nested compounds keep their structure,
  // everything else is reduced to words. `skip_leaf` drops one leaf (the possessive).
  void emit_ne_content(int32_t i, int32_t skip_leaf = -1) {
    if (i == skip_leaf) return;
    if (is_leaf(i)) {
      emit_word(i);
      return;
    }
    if (has(i, kNec)) {
      emit_compound(i);
      return;
    }
    for (int32_t c : node(i).children) emit_ne_content(c, skip_leaf);
  }

  void emit_ne(const std::vector<int32_t>& parts, int32_t skip_leaf = -1) {
    push(Item::Kind::kNe);
    for (int32_t p : parts) emit_ne_content(p, skip_leaf);
    push(Item::Kind::kNeEnd);
  }

  // A compound noun phrase: each noun or noun phrase in it becomes one NE; adjectives
  // before the first noun are shared by single-noun elements ("evil Mordor and Rohan").
  // Nouns side by side in a flat phrase ("the Prime Minister and President Zelenskyy")
  // are one element: "Prime Minister", not "Prime" and "Minister".
  void emit_compound(int32_t i) {
    std::vector<int32_t> adjectives;
    std::vector<std::vector<int32_t>> elements;
    collect_compound(i, adjectives, elements, /*seen_noun=*/false);
    // "The army and police": the article before the first noun is every element's, so
    // each can name an actor the document told before ("the police").
    const std::vector<int32_t>& children = node(i).children;
    const int32_t article = !children.empty() && is_leaf(children.front()) &&
                                    tree_.tokens[static_cast<size_t>(node(children.front()).token)]
                                            .lemma == "the"
                                ? children.front()
                                : -1;
    push(Item::Kind::kNec);
    for (const std::vector<int32_t>& e : elements) {
      push(Item::Kind::kNe);
      if (is_leaf(e.front())) {
        if (article >= 0) emit_word(article);
        if (e.size() == 1)
          for (int32_t a : adjectives) emit_word(a);
        for (int32_t leaf : e) emit_word(leaf);
      } else {
        emit_ne_content(e.front());
      }
      push(Item::Kind::kNeEnd);
    }
    push(Item::Kind::kNecEnd);
  }

  bool collect_compound(int32_t i, std::vector<int32_t>& adjectives,
                        std::vector<std::vector<int32_t>>& elements, bool seen_noun) {
    int32_t previous = -1;  // the sibling before c
    for (int32_t c : node(i).children) {
      const bool follows_noun = previous >= 0 && is_leaf(previous) && has(previous, kNnPrefix) &&
                                !elements.empty() && elements.back().back() == previous;
      previous = c;
      if (is_leaf(c) && has(c, kNnPrefix) && follows_noun) {
        elements.back().push_back(c);
      } else if (has(c, kNpPrefix | kNnPrefix | kNec)) {
        elements.push_back({c});
        seen_noun = true;
      } else if (!seen_noun && has(c, kJj)) {
        adjectives.push_back(c);
      } else if (!is_leaf(c)) {
        seen_noun = collect_compound(c, adjectives, elements, seen_noun);
      }
    }
    return seen_noun;
  }

  // "(NP (NP first) (PP (IN of) (NP second)))" becomes one NE "first OF second"; any
  // other shape returns false and the noun phrase is read constituent by constituent.
  bool emit_prepositional(int32_t np, int32_t pp) {
    int32_t holder = node(pp).parent;
    if (holder < 0 || !has(holder, kNp)) return false;
    const auto& kids = node(holder).children;
    if (kids.empty()) return false;
    int32_t first = kids.front();
    if (!has(first, kNp | kNec)) return false;
    int32_t prep = find_first_after(holder, node(first).last_token, kIn);
    if (prep < 0) return false;
    int32_t second = first_noun_phrase_after(holder, node(prep).first_token);
    if (second < 0) return false;
    if (facts(second).pp_below >= 0) return false;
    push(Item::Kind::kNe);
    emit_ne_content(first);
    emit_word(prep);
    emit_ne_content(second);
    // A relative clause after the phrase stays with it as words.
    for (int32_t c : node(np).children) {
      if (has(c, kSbar) && node(c).first_token > node(second).last_token) {
        emit_ne_content(c);
        break;
      }
    }
    push(Item::Kind::kNeEnd);
    return true;
  }

  // The first noun phrase (or compound) in `within` that starts after token `after`.
  int32_t first_noun_phrase_after(int32_t within, int32_t after) const {
    for (int32_t c : node(within).children) {
      if (node(c).last_token <= after) continue;
      if (has(c, kNp | kNec) && node(c).first_token > after) return c;
      int32_t found = first_noun_phrase_after(c, after);
      if (found >= 0) return found;
    }
    return -1;
  }

  bool is_inside(int32_t c, int32_t ancestor) const {
    for (int32_t p = node(c).parent; p >= 0; p = node(p).parent)
      if (p == ancestor) return true;
    return false;
  }

  int32_t find_first_after(int32_t within, int32_t after_token, uint16_t flag) const {
    for (int32_t c : node(within).children) {
      if (node(c).first_token <= after_token) continue;
      if (has(c, flag)) return c;
      int32_t found = find_first_after(c, after_token, flag);
      if (found >= 0) return found;
    }
    return -1;
  }

  void emit_flat_words(int32_t i) {
    if (is_leaf(i)) {
      emit_word(i);
      return;
    }
    for (int32_t c : node(i).children) emit_flat_words(c);
  }

  void emit_noun_phrase(int32_t i) {
    // "Sweden, a NATO and EU member": the actor is the phrase described; the description
    // names no other actor.
    if (opens_indefinite_apposition(i) && has(node(i).children.front(), kNp)) {
      emit_noun_phrase(node(i).children.front());
      return;
    }
    const Facts& f = facts(i);
    if (f.pos_below >= 0) {
      emit_ne({i}, f.pos_below);
      return;
    }
    if (f.pp_below >= 0) {
      if (emit_prepositional(i, f.pp_below)) return;
    } else if (!f.np_below) {
      emit_ne({i});
      return;
    }
    // Something else: read its parts.
    push(Item::Kind::kOpen, "NP");
    for (int32_t c : node(i).children) {
      if (has(c, kSbar)) {
        push(Item::Kind::kOpen, "SBR");
        if (!(relative_clauses_ && emit_subject_relative(c))) emit_flat_words(c);
        push(Item::Kind::kClose, "SBR");
      } else {
        emit(c);
      }
    }
    push(Item::Kind::kClose, "NP");
  }

  // "(SBAR (WHNP which) (S (VP condemned Russia)))": a relative clause whose pronoun is
  // its subject keeps its verb phrase, as "(WHNP WHICH ~WHNP) (RS (VP ...) ~RS)", so the
  // verb is coded with the antecedent as its subject. ("RS", not "S": the clause reports
  // nothing, and a statement verb must not read it as its complement.)
  bool emit_subject_relative(int32_t sbar) {
    const std::vector<int32_t>& parts = node(sbar).children;
    if (parts.size() != 2 || label(parts[0]) != "WHNP" || label(parts[1]) != "S") return false;
    const std::vector<int32_t>& clause = node(parts[1]).children;
    if (clause.size() != 1 || label(clause[0]) != "VP") return false;
    push(Item::Kind::kOpen, "WHNP");
    emit_flat_words(parts[0]);
    push(Item::Kind::kClose, "WHNP");
    push(Item::Kind::kOpen, "RS");
    emit(clause[0]);
    push(Item::Kind::kClose, "RS");
    return true;
  }

  void emit(int32_t i) {
    const std::string_view label = labels_[static_cast<size_t>(i)];
    if (is_leaf(i)) {
      push(Item::Kind::kOpen, label);
      emit_word(i);
      push(Item::Kind::kClose, label);
      return;
    }
    if (has(i, kNp)) {
      emit_noun_phrase(i);
      return;
    }
    if (has(i, kNec)) {
      emit_compound(i);
      return;
    }
    if (has(i, kPp) && emit_speech_channel(i)) return;
    push(Item::Kind::kOpen, label);
    for (int32_t c : node(i).children) emit(c);
    push(Item::Kind::kClose, label);
  }

  // "Said in a statement that ...", "wrote on Twitter that ...", "told reporters at a
  // briefing": the means or occasion of a saying is no party to what is said, so the
  // phrase is left out; what it holds that is said ("a statement that the raid was
  // illegal") and whom it was addressed to ("a letter to the Council") stay, as the
  // verb's own. Returns false (nothing emitted) for any other prepositional phrase.
  bool emit_speech_channel(int32_t pp) {
    const std::vector<int32_t>& kids = node(pp).children;
    const int32_t parent = node(pp).parent;
    if (kids.size() != 2 || parent < 0 || label(parent).substr(0, 2) != "VP" || !is_leaf(kids[0]) ||
        !has(kids[1], kNp))
      return false;
    const std::string& preposition = tree_.tokens[static_cast<size_t>(node(kids[0]).token)].lemma;
    if (preposition != "in" && preposition != "on" && preposition != "at" &&
        preposition != "via" && preposition != "through")
      return false;
    // The channel's own noun phrase: the first child when the phrase has modifiers.
    int32_t head_np = kids[1];
    if (!node(head_np).children.empty() && has(node(head_np).children.front(), kNp))
      head_np = node(head_np).children.front();
    const std::vector<int32_t>& words = node(head_np).children;
    if (words.empty() || !is_leaf(words.back()) || !has(words.back(), kNnPrefix)) return false;
    if (!text::is_speech_channel(tree_.tokens[static_cast<size_t>(node(words.back()).token)].text))
      return false;
    for (int32_t c : node(kids[1]).children) {
      if (c == head_np) continue;
      const bool to_phrase = has(c, kPp) && !node(c).children.empty() &&
                             is_leaf(node(c).children.front()) &&
                             tree_.tokens[static_cast<size_t>(node(node(c).children.front()).token)]
                                     .lemma == "to";
      if (to_phrase || has(c, kSbar)) emit(c);
    }
    return true;
  }

  const Tree& tree_;
  Linear& out_;
  std::vector<std::string_view>& labels_;
  std::vector<uint16_t>& flags_;
  std::vector<Facts>& facts_;
  bool relative_clauses_;
};

}  // namespace

void index_phrases(Linear& items) {
  thread_local std::vector<size_t> stack;   // storage reused from sentence to sentence
  stack.clear();
  for (size_t i = 0; i < items.size(); ++i) {
    if (items[i].is_open()) {
      stack.push_back(i);
    } else if (items[i].is_close() && !stack.empty()) {
      items[stack.back()].close = static_cast<int32_t>(i);
      stack.pop_back();
    }
  }
}

size_t matching_close(const Linear& items, size_t open) {
  if (!items[open].is_open()) return open;
  if (items[open].close >= 0) return static_cast<size_t>(items[open].close);
  int depth = 0;
  for (size_t i = open; i < items.size(); ++i) {
    if (items[i].is_open()) ++depth;
    if (items[i].is_close() && --depth == 0) return i;
  }
  return items.size() - 1;
}

std::string describe(const Linear& items) {
  std::string out;
  for (const Item& it : items) {
    switch (it.kind) {
      case Item::Kind::kOpen: out += "(" + it.text + " "; break;
      case Item::Kind::kClose: out += "~" + it.text + " "; break;
      case Item::Kind::kWord: out += it.text + " "; break;
      case Item::Kind::kNe: out += "[NE:" + it.code + " "; break;
      case Item::Kind::kNeEnd: out += "] "; break;
      case Item::Kind::kNec: out += "{NEC "; break;
      case Item::Kind::kNecEnd: out += "} "; break;
    }
  }
  return out;
}

std::vector<std::string_view> words_between(const Linear& items, size_t begin, size_t end) {
  std::vector<std::string_view> words;
  for (size_t i = begin; i < end && i < items.size(); ++i)
    if (items[i].kind == Item::Kind::kWord) words.push_back(items[i].text);
  return words;
}

bool linearize(const syntax::Tree& tree, Linear& out, std::string& reason,
               bool relative_clauses) {
  out.clear();
  if (tree.empty()) {
    reason = "empty parse";
    return false;
  }
  thread_local FlattenScratch scratch;
  Flattener(tree, out, scratch, relative_clauses).run();
  // A dateline ("GONDOR, ARNOR (AP) -") parses as a bare compound noun phrase.
  Item::Kind opens[3];
  size_t n_opens = 0;
  for (const Item& it : out) {
    if (it.is_open()) opens[n_opens++] = it.kind;
    if (n_opens >= 3) break;
  }
  if (n_opens >= 3 && opens[1] == Item::Kind::kNe && opens[2] == Item::Kind::kNec) {
    reason = "dateline";
    return false;
  }
  return true;
}

}  // namespace vigil::events
