// The shallow parser's private state: scratch arena, token tests and grammar entry points
// (shared by parser.cc, the grammar, and parser_output.cc, the public Parser and tree output).
#pragma once

#include <cstdint>
#include <string_view>
#include <vector>

#include "tagger.h"

namespace vigil::nlp {
namespace parser_detail {

enum class L : uint8_t {
  ROOT,
  S,
  SBAR,
  NP,
  VP,
  PP,
  ADJP,
  ADVP,
  PRT,
  WHNP,
  WHADVP,
  PRN,
  NPTMP,
  Leaf
};
inline constexpr std::string_view kLabels[] = {"ROOT",   "S",    "SBAR",   "NP",  "VP",
                                               "PP",     "ADJP", "ADVP",   "PRT", "WHNP",
                                               "WHADVP", "PRN",  "NP-TMP", ""};

inline bool is_subordinator(std::string_view l) {
  return l == "because" || l == "if" || l == "while" || l == "although" || l == "though" ||
         l == "whether" || l == "unless" || l == "whereas" || l == "as" || l == "after" ||
         l == "before" || l == "since" || l == "until" || l == "once" || l == "so" || l == "than" ||
         l == "whilst" || l == "till";
}

}  // namespace parser_detail

using parser_detail::is_subordinator;
using parser_detail::kLabels;
using parser_detail::L;

struct Parser::Scratch {
  struct PNode {
    L label;
    int32_t token = -1;
    int32_t first = -1, last = -1, next = -1;
    int32_t count = 0;
  };
  explicit Scratch(const Lexicon& lex) : tagger(lex) {}
  Tagger tagger;
  std::vector<syntax::Token> tokens;
  std::vector<Tag> tags;
  std::vector<PNode> nodes;
  size_t pos = 0;
  size_t n = 0;
  size_t dateline_tokens = 0;  // leading tokens that form a dateline ("OTTAWA --")
  int subject_depth = 0;       // > 0 while parsing inside a clause's subject NP
  static constexpr size_t kMaxParsedTokens = 400;

  // ---- arena ----
  int32_t make(L label) {
    nodes.push_back(PNode{label});
    return static_cast<int32_t>(nodes.size() - 1);
  }
  void add(int32_t parent, int32_t child) {
    if (child < 0) return;
    PNode& p = nodes[static_cast<size_t>(parent)];
    nodes[static_cast<size_t>(child)].next = -1;
    if (p.last < 0) {
      p.first = child;
    } else {
      nodes[static_cast<size_t>(p.last)].next = child;
    }
    p.last = child;
    ++p.count;
  }
  int32_t leaf() {
    int32_t k = make(L::Leaf);
    nodes[static_cast<size_t>(k)].token = static_cast<int32_t>(pos++);
    return k;
  }
  int32_t wrap(L label, int32_t child) {
    int32_t k = make(label);
    add(k, child);
    return k;
  }

  // ---- token tests ----
  Tag tag(size_t i) const { return i < n ? tags[i] : Tag::kNone; }
  Tag cur() const { return tag(pos); }
  std::string_view lemma(size_t i) const {
    return i < n ? std::string_view(tokens[i].lemma) : std::string_view();
  }
  std::string_view word(size_t i) const {
    return i < n ? std::string_view(tokens[i].text) : std::string_view();
  }
  bool at_end() const { return pos >= n; }
  bool has_flag(size_t i, uint8_t f) const { return i < n && (tagger.lemma_flags()[i] & f) != 0; }

  static bool np_start_tag(Tag t) {
    return t == Tag::DT || t == Tag::PRPS || t == Tag::PRP || is_noun(t) || is_adj(t) ||
           t == Tag::CD || t == Tag::PDT || t == Tag::Dollar || t == Tag::EX || t == Tag::WPS ||
           t == Tag::Pound;
  }
  bool np_starts(size_t i) const {
    Tag t = tag(i);
    if (np_start_tag(t)) return true;
    // "deeply troubling step": adverb + adjective.
    const Tag t1 = tag(i + 1);
    return (t == Tag::RB || t == Tag::RBR || t == Tag::RBS) &&
           (is_adj(t1) || t1 == Tag::VBG || t1 == Tag::VBN) &&
           (is_noun(tag(i + 2)) || is_adj(tag(i + 2)));
  }
  bool verb_starts(size_t i) const {
    Tag t = tag(i);
    if (is_verb(t) || t == Tag::MD) return true;
    return is_adv(t) && (is_verb(tag(i + 1)) || tag(i + 1) == Tag::MD);
  }
  bool finite_at(size_t i) const {
    while (is_adv(tag(i))) ++i;
    return is_finite_verb(tag(i));
  }
  // NP + finite verb ahead (a clause), judged by skipping noun-phrase-like tags.
  bool clause_follows(size_t i) const {
    size_t k = i;
    while (k < n && k < i + 16 &&
           (np_start_tag(tag(k)) || tag(k) == Tag::POS || tag(k) == Tag::VBN ||
            (tag(k) == Tag::VBG && k > i) ||
            (k > i && tag(k) == Tag::CC && lemma(k) != "but" && np_start_tag(tag(k + 1))) ||
            (k > i && tag(k) == Tag::IN && np_start_tag(tag(k + 1)) && !is_subordinator(lemma(k)) &&
             lemma(k) != "that")))
      ++k;
    if (k == i) return false;
    // "said his predecessor, Rafael Correa, is trying ...": an apposition between commas.
    if (tag(k) == Tag::Comma) {
      size_t j = k + 1;
      while (j < n && j < k + 8 && (np_start_tag(tag(j)) || tag(j) == Tag::POS)) ++j;
      if (j > k + 1 && tag(j) == Tag::Comma) return finite_at(j + 1);
    }
    return finite_at(k);
  }

  // The form of a verb group, for coordination: "and said" joins a finite verb phrase,
  // "and seeking" a gerund, "and meet" a base form.
  enum class Form : uint8_t { kNone, kFinite, kBase, kGerund, kParticiple };
  Form form_at(size_t i) const {
    while (is_adv(tag(i))) ++i;
    const Tag t = tag(i);
    if (is_finite_verb(t)) return Form::kFinite;
    if (t == Tag::VB) return Form::kBase;
    if (t == Tag::VBG) return Form::kGerund;
    if (t == Tag::VBN) return Form::kParticiple;
    return Form::kNone;
  }
  size_t pos_of_verb(size_t i) const {
    while (is_adv(tag(i))) ++i;
    return i;
  }
  // The verb phrase's own verb group starts with a modal ("would free ..").
  bool modal_head(int32_t vp) const {
    for (int32_t k = nodes[static_cast<size_t>(vp)].first; k >= 0;
         k = nodes[static_cast<size_t>(k)].next) {
      const PNode& c = nodes[static_cast<size_t>(k)];
      if (c.label == L::Leaf) return tag(static_cast<size_t>(c.token)) == Tag::MD;
    }
    return false;
  }
  // The forms of the verb phrases being parsed (parse_vp), innermost last.
  std::vector<Form> open_vps;
  // A verb phrase around the innermost one has form `f`: "accused X of plotting and said":
  // "said" belongs to "accused", whose subject it shares, not to "plotting".
  bool outer_vp_has_form(Form f) const {
    for (size_t i = open_vps.size() - 1; i-- > 0;)
      if (open_vps[i] == f) return true;
    return false;
  }

  // "Thursday", "last week", "the weekend": a time phrase, which modifies the verb.
  bool time_phrase_at(size_t i) const {
    if (tag(i) == Tag::DT || is_adj(tag(i))) ++i;
    return (tag(i) == Tag::NNP || tag(i) == Tag::NN) && has_flag(i, kTimeLemma) &&
           !is_noun(tag(i + 1));
  }

  // A bare proper name ("Osgiliath", "United Arab Emirates"): outside the subject, a PP
  // after it other than "of" belongs to the verb ("celebrated Eid at Osgiliath with Gondor").
  bool bare_name(int32_t np) const {
    const PNode& p = nodes[static_cast<size_t>(np)];
    if (p.label != L::NP || p.first < 0) return false;
    for (int32_t k = p.first; k >= 0; k = nodes[static_cast<size_t>(k)].next) {
      const PNode& c = nodes[static_cast<size_t>(k)];
      if (c.label != L::Leaf) return false;
      const Tag t = tag(static_cast<size_t>(c.token));
      if (t != Tag::NNP && t != Tag::NNPS) return false;
    }
    return true;
  }

  // The head (last word) of a base NP is a time noun: "on Friday [that ...]".
  bool time_head(int32_t np) const {
    const PNode& p = nodes[static_cast<size_t>(np)];
    if (p.last < 0) return false;
    const PNode& h = nodes[static_cast<size_t>(p.last)];
    return h.label == L::Leaf && has_flag(static_cast<size_t>(h.token), kTimeLemma);
  }
  // After a name, adjectives and then a noun continue the phrase: "the Gondor main
  // opposition group", "Arnor former security officials", "Central African Republic".
  bool adjectives_then_noun_after_name(size_t i) const {
    if (tag(i - 1) != Tag::NNP && tag(i - 1) != Tag::NNPS) return false;
    size_t k = i;
    while (k < i + 3 && is_adj(tag(k))) ++k;
    return k > i && is_noun(tag(k)) && tag(k + 1) != Tag::POS && !has_flag(k, kTimeLemma);
  }

  // A conjunct that coordinates flat: a base NP of words only (no PP, possessive or
  // clause), and for the second one no determiner of its own.
  // Returns the number of nouns ending it (its head words), or 0 when it is not flat.
  size_t flat_conjunct(int32_t np, bool second) const {
    const PNode& p = nodes[static_cast<size_t>(np)];
    if (p.label != L::NP || p.first < 0 || p.count > 4) return 0;
    size_t heads = 0;
    bool first = true;
    for (int32_t k = p.first; k >= 0; k = nodes[static_cast<size_t>(k)].next) {
      const PNode& c = nodes[static_cast<size_t>(k)];
      if (c.label != L::Leaf) return 0;
      const size_t tok = static_cast<size_t>(c.token);
      const Tag t = tag(tok);
      if (t == Tag::POS || t == Tag::PRP || t == Tag::CD) return 0;
      if (second && (t == Tag::DT || t == Tag::PRPS || t == Tag::PDT)) return 0;
      // "neither X nor Y", "both X and Y": the determiner belongs to the coordination.
      if (first && (lemma(tok) == "neither" || lemma(tok) == "either" || lemma(tok) == "both"))
        return 0;
      first = false;
      heads = is_noun(t) ? heads + 1 : 0;
    }
    return heads;
  }
  void move_children(int32_t from, int32_t to) {
    int32_t k = nodes[static_cast<size_t>(from)].first;
    while (k >= 0) {
      const int32_t next = nodes[static_cast<size_t>(k)].next;
      add(to, k);
      k = next;
    }
  }

  // "almost five years after S", "two days before S": a measure of time, a subordinator
  // and a clause.
  bool measure_clause_at(size_t i) const {
    size_t k = i;
    if (is_adv(tag(k))) ++k;
    if (tag(k) != Tag::CD && tag(k) != Tag::DT) return false;
    ++k;
    if (!is_noun(tag(k)) || !has_flag(k, kTimeLemma)) return false;
    ++k;
    return tag(k) == Tag::IN && (lemma(k) == "after" || lemma(k) == "before") &&
           clause_follows(k + 1);
  }

  // A base NP whose last word is a common noun ("old foes", "the rival leaders").
  bool ends_in_common_noun(int32_t np) const {
    const PNode& p = nodes[static_cast<size_t>(np)];
    if (p.label != L::NP || p.last < 0) return false;
    const PNode& h = nodes[static_cast<size_t>(p.last)];
    if (h.label != L::Leaf) return false;
    const Tag t = tag(static_cast<size_t>(h.token));
    return t == Tag::NN || t == Tag::NNS;
  }

  // `` Name Name '' followed by a noun: a quoted modifier ("`` Free Tibet '' banners").
  bool quoted_modifier_at(size_t i) const {
    size_t k = i + 1;
    while (k < i + 6 && (is_noun(tag(k)) || is_adj(tag(k)))) ++k;
    return k > i + 1 && tag(k) == Tag::CloseQuote && is_noun(tag(k + 1));
  }

  // `` word(s) '' right after a determiner or adjective: the quoted head of the phrase
  // ('described him as a "fascist"', 'the "special operation"').
  bool quoted_head_at(size_t i) const {
    size_t k = i + 1;
    while (k < i + 6 && (is_noun(tag(k)) || is_adj(tag(k)))) ++k;
    return k > i + 1 && (tag(k) == Tag::CloseQuote || ends_sentence_inside_quote(k));
  }

  // 'dismissed the report as a "fabrication."': the sentence's period inside the closing
  // quote.
  bool ends_sentence_inside_quote(size_t k) const {
    return tag(k) == Tag::Period && tag(k + 1) == Tag::CloseQuote && tag(k + 2) == Tag::kNone;
  }

  // The conjuncts of the noun phrase being parsed (parse_np), kept on one stack shared by
  // the nested calls instead of a vector allocated per call: each call's list is the top
  // of the stack while that call runs, and goes when it returns.
  std::vector<int32_t> part_stack;
  class Parts {
   public:
    explicit Parts(std::vector<int32_t>& stack) : stack_(stack), base_(stack.size()) {}
    ~Parts() { stack_.resize(base_); }
    Parts(const Parts&) = delete;
    Parts& operator=(const Parts&) = delete;
    size_t size() const { return stack_.size() - base_; }
    int32_t operator[](size_t i) const { return stack_[base_ + i]; }
    void push_back(int32_t k) { stack_.push_back(k); }
    void pop_back() { stack_.pop_back(); }
    const int32_t* begin() const { return stack_.data() + base_; }
    const int32_t* end() const { return stack_.data() + stack_.size(); }

   private:
    std::vector<int32_t>& stack_;
    size_t base_;
  };

  // ---- grammar ----
  int32_t parse_base_np();
  int32_t parse_np(bool subject, bool attach_pp, bool coord = true);
  int32_t parse_pp();
  // `predicate`: the verb phrase of a clause with a subject (or of a relative clause),
  // finite for coordination whatever its first verb's tag.
  int32_t parse_vp(bool predicate = false);
  int32_t parse_vp_single();
  void parse_complements(int32_t vp, size_t main);
  int32_t parse_clause(bool need_subject);
  int32_t parse_sbar();
  int32_t parse_relative();
  int32_t parse_to_infinitive();
  int32_t parse_adjp();
  int32_t parse_sentence();
  bool reporting_clause_at(size_t i) const;
  // Output: preorder copy of the scratch tree into syntax::Tree.
  std::vector<syntax::Node> spare;
  size_t used = 0;
  // A phrase being copied out: arena node, output index, token span of its done children.
  struct OpenPhrase {
    int32_t k, index, first, last;
  };
  std::vector<OpenPhrase> open_phrases;
  void grow_nodes(syntax::Tree& out);  // appends a Node from `spare` (not empty) to out.nodes
  void emit_tree(int32_t root, syntax::Tree& out);
};

}  // namespace vigil::nlp
