// The rule-based part-of-speech tagger and lemmatiser (private to vigil_nlp).
#pragma once

#include <string>
#include <vector>

#include "lexicon_impl.h"

namespace vigil::nlp {

/// Reusable tagging state; tags tokens in place and also reports the Tag codes.
class Tagger {
 public:
  explicit Tagger(const Lexicon& lexicon) : lex_(lexicon), impl_(lexicon.impl()) {}
  /// Sets Token::tag and Token::lemma; `tags` receives the same tags as codes.
  void run(std::vector<syntax::Token>& tokens, std::vector<Tag>& tags);
  /// WordFlag bits of each token's lemma after run() or compute_lemma_flags().
  const std::vector<uint8_t>& lemma_flags() const { return lemma_flags_; }
  void compute_lemma_flags(const std::vector<syntax::Token>& tokens);

 private:
  // Open-class candidate bits.
  enum Cand : uint16_t {
    cNN = 1,
    cNNS = 2,
    cVB = 4,
    cVBZ = 8,
    cVBD = 16,
    cVBN = 32,
    cVBG = 64,
    cJJ = 128,
    cJJR = 256,
    cJJS = 512,
    cRB = 1024
  };
  struct Info {
    Tag closed = Tag::kNone;
    Tag guess = Tag::kNone;  // context-free best tag
    uint16_t cands = 0;
    bool cap = false;  // first letter upper case
    bool all_caps = false;
    bool open = false;       // open-class word
    bool known = false;      // the lexicon knows the word
    uint8_t flags = 0;       // WordFlag bits of the word form
    bool has_lower = false;  // some letter is lower case
    uint32_t hash = 0;       // Lexicon::Impl::hash_of(lower form)
  };
  void analyse(size_t i, const syntax::Token& tok, Info& info, bool sentence_initial);
  uint16_t open_candidates(std::string_view lower, const LexEntry* entry, uint16_t scores[11],
                           bool& known);
  Tag decide(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags);
  Tag contextual_closed(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags);
  Tag choose_open(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags);
  Tag prev_tag(const std::vector<Tag>& tags, size_t i, size_t back = 1) const;
  bool reduced_relative_ahead(size_t i) const;
  bool adjectives_then_noun(size_t i) const;
  bool past_verb_ahead(size_t from, size_t size) const;
  std::string_view lower_at(size_t i) const {
    return std::string_view(lower_buf_.data() + lower_begin_[i],
                            lower_begin_[i + 1] - lower_begin_[i]);
  }
  void lower_all(const std::vector<syntax::Token>& toks);

  // A direct-mapped memo of per-word lexicon work (lookups, inflection analysis, lemmas):
  // news vocabulary is Zipfian, so most tokens hit it and skip the big hash table.
  struct CachedWord {
    static constexpr size_t kMaxLen = 23;
    char key[kMaxLen] = {};
    uint8_t len = 0xFF;  // 0xFF: empty
    Tag closed = Tag::kNone;
    uint8_t flags = 0;
    bool cands_done = false;
    bool known = false;
    uint16_t cands = 0;
    uint16_t scores[11] = {};
    Tag lemma_tag = Tag::kNone;
    uint8_t lemma_len = 0;
    uint8_t lemma_flags = 0;
    char lemma[kMaxLen] = {};
    uint32_t fill = 0;                // Tagger::fills_ when this entry was (re)filled
    const LexEntry* entry = nullptr;  // the word's lexicon entry, if any
    bool holds(std::string_view w) const {
      return len == w.size() && std::string_view(key, len) == w;
    }
  };
  // 16384 entries (about 1.4 MB per Parser): with 8192, one word in seven of a few hundred
  // news articles still missed and redid the lexicon work (open_candidates, lemma_for);
  // 16384 saves ~2% of the front end's instructions, 32768 little more.
  static constexpr size_t kCacheSize = 16384;
  CachedWord* cached(std::string_view lower, uint32_t hash);
  std::vector<CachedWord> cache_;
  CachedWord scratch_word_;         // for words too long for the cache
  std::vector<CachedWord*> slots_;  // per token
  // Per token, the slot's `fill` when the token looked it up: if it is unchanged when the
  // lemma is set, no later token of the sentence took the slot (an integer compare instead
  // of comparing the words again).
  std::vector<uint32_t> slot_fills_;
  uint32_t fills_ = 0;

  const Lexicon& lex_;
  const Lexicon::Impl& impl_;
  std::vector<Info> info_;
  // The lower-case forms of a sentence's tokens, back to back: token i's is
  // lower_buf_[lower_begin_[i], lower_begin_[i + 1]). One buffer, not a string per token.
  std::string lower_buf_;
  std::vector<uint32_t> lower_begin_;
  std::vector<uint8_t> lemma_flags_;
  bool flag_at(size_t i, uint8_t f) const { return (info_[i].flags & f) != 0; }
  bool finite_seen_ = false;  // a finite verb since the last clause opener
  bool any_finite_ = false;   // a finite verb anywhere before
};

}  // namespace vigil::nlp
