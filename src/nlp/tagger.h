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

 private:
  // Open-class candidate bits.
  enum Cand : uint16_t {
    cNN = 1, cNNS = 2, cVB = 4, cVBZ = 8, cVBD = 16, cVBN = 32, cVBG = 64, cJJ = 128,
    cJJR = 256, cJJS = 512, cRB = 1024
  };
  struct Info {
    Tag closed = Tag::kNone;
    Tag guess = Tag::kNone;   // context-free best tag
    uint16_t cands = 0;
    bool cap = false;         // first letter upper case
    bool all_caps = false;
    bool open = false;        // open-class word
    bool known = false;       // the lexicon knows the word
  };
  void analyse(const syntax::Token& tok, Info& info, bool sentence_initial);
  uint16_t open_candidates(std::string_view lower, uint16_t scores[11], bool& known);
  Tag decide(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags);
  Tag contextual_closed(size_t i, const std::vector<syntax::Token>& toks,
                        std::vector<Tag>& tags);
  Tag choose_open(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags);
  Tag prev_tag(const std::vector<Tag>& tags, size_t i, size_t back = 1) const;
  std::string_view lower_at(size_t i) const { return lowers_[i]; }

  const Lexicon& lex_;
  const Lexicon::Impl& impl_;
  std::vector<Info> info_;
  std::vector<std::string> lowers_;
  std::vector<uint16_t> scores_;  // 11 per token
  bool finite_seen_ = false;  // a finite verb since the last clause opener
  bool any_finite_ = false;   // a finite verb anywhere before
};

}  // namespace vigil::nlp
