// Rule-based tagging: lexicon candidates (WordNet classes, inflection, irregular forms,
// closed-class lists) narrowed by hand-written context rules. No trained model.
#include "tagger.h"

#include <algorithm>
#include <iterator>

#include "chars.h"

namespace vigil::nlp {
namespace {

using detail::is_ascii_lower;
using detail::is_ascii_upper;
using detail::is_digit;

constexpr Tag kCandTags[11] = {Tag::NN,  Tag::NNS, Tag::VB,  Tag::VBZ, Tag::VBD, Tag::VBN,
                               Tag::VBG, Tag::JJ,  Tag::JJR, Tag::JJS, Tag::RB};

bool ends(std::string_view w, std::string_view s) { return w.ends_with(s); }

// Tags that begin or continue a noun phrase before its head.
bool premodifier(Tag t) {
  return t == Tag::DT || t == Tag::PRPS || t == Tag::POS || t == Tag::WPS || t == Tag::PDT ||
         is_adj(t) || t == Tag::CD;
}

// Words after which a clause (and so a new finite verb) may start.
bool clause_opener(Tag t, std::string_view l) {
  return t == Tag::WDT || t == Tag::WP || t == Tag::WRB || t == Tag::CC || t == Tag::Comma ||
         t == Tag::Colon || t == Tag::OpenQuote || t == Tag::CloseQuote || t == Tag::LRB ||
         (t == Tag::IN &&
          (l == "that" || l == "because" || l == "if" || l == "while" || l == "although" ||
           l == "though" || l == "whether" || l == "as" || l == "after" || l == "before" ||
           l == "since" || l == "until" || l == "unless" || l == "than" || l == "whereas"));
}

// Conjunctions of time that take a clause, and so a gerund clause, but seldom a noun
// phrase: "while accusing Uganda", "after meeting Putin".
bool takes_gerund_clause(std::string_view l) {
  return l == "while" || l == "whilst" || l == "after" || l == "before" || l == "since" ||
         l == "upon" || l == "when";
}

// Quantifiers whose noun is plural ("several groups", "many protesters").
bool is_plural_quantifier(std::string_view l) {
  return l == "several" || l == "many" || l == "numerous" || l == "various" || l == "few" ||
         l == "multiple" || l == "dozens" || l == "hundreds" || l == "thousands";
}

}  // namespace

uint16_t Tagger::open_candidates(std::string_view w, const LexEntry* e, uint16_t sc[11],
                                 bool& known) {
  uint16_t c = 0;
  auto add = [&](int bit, int score) {
    c = static_cast<uint16_t>(c | (1u << bit));
    uint16_t s = static_cast<uint16_t>(score > 60000 ? 60000 : score + 1);
    if (sc[bit] < s) sc[bit] = s;
  };
  if (e != nullptr) {
    if (e->classes & kNoun) add(0, e->freq[0]);
    if (e->classes & kVerb) add(2, e->freq[1]);
    if (e->classes & kAdjective) add(7, e->freq[2]);
    if (e->classes & kAdverb) add(10, e->freq[3]);
    if (e->noun_base != LexEntry::kNoString) add(1, 2);
    if (e->verb_base != LexEntry::kNoString) {
      const LexEntry* b = impl_.find(impl_.str(e->verb_base));
      int f = b != nullptr ? b->freq[1] + 2 : 2;
      switch (e->verb_irregular_kind) {
        case 2:
          add(5, f);
          break;
        case 3:
          add(4, f);
          break;
        case 4:
          add(3, f);
          break;
        case 5:
          add(6, f);
          break;
        default:
          add(4, f);
          add(5, f);
          break;
      }
    }
    if (e->adj_base != LexEntry::kNoString) add(ends(w, "st") ? 9 : 8, 2);
  }
  auto known_as = [&](const std::string& base, unsigned cls) -> const LexEntry* {
    const LexEntry* b = impl_.find(base);
    return b != nullptr && (b->classes & cls) ? b : nullptr;
  };
  const size_t n = w.size();
  // "spokesmen", "chairmen", "congressmen": plurals of -man compounds.
  if (n > 5 && ends(w, "men") && !(c & 2u)) {
    std::string base(w.substr(0, n - 3));
    base += "man";
    if (const LexEntry* b = known_as(base, kNoun)) add(1, b->freq[0] + 1);
  }
  if (n > 3 && w.back() == 's' && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is")) {
    if (const LexEntry* b = known_as(lemma_for(impl_, w, Tag::NNS, e), kNoun)) add(1, b->freq[0]);
    if (const LexEntry* b = known_as(lemma_for(impl_, w, Tag::VBZ, e), kVerb)) add(3, b->freq[1]);
  } else if (n > 3 && ends(w, "ed")) {  // "used", "owed" too
    if (const LexEntry* b = known_as(lemma_for(impl_, w, Tag::VBD, e), kVerb)) {
      add(4, b->freq[1]);
      add(5, b->freq[1]);
    }
  } else if (n > 4 && ends(w, "ing")) {
    if (const LexEntry* b = known_as(lemma_for(impl_, w, Tag::VBG, e), kVerb)) add(6, b->freq[1]);
  } else if (n > 4 && (ends(w, "er") || ends(w, "est"))) {
    const bool sup = ends(w, "est");
    if (const LexEntry* b = known_as(lemma_for(impl_, w, sup ? Tag::JJS : Tag::JJR, e), kAdjective))
      add(sup ? 9 : 8, b->freq[2]);
  }
  known = c != 0;
  if (c != 0) return c;
  // Unknown word: guess from its shape.
  const bool hyphen = w.find('-') != std::string_view::npos;
  if (ends(w, "ly") && n > 4) {
    add(10, 0);
  } else if (ends(w, "ing") && n > 5) {
    add(6, 1);
    add(0, 0);
  } else if (ends(w, "ed") && n > 4) {
    add(4, 0);
    add(5, 0);
    if (hyphen) add(7, 1);
  } else if (hyphen) {
    add(7, 1);
    add(0, 0);
  } else if (n > 3 && w.back() == 's' && !ends(w, "ss") && !ends(w, "us") && !ends(w, "is")) {
    add(1, 0);
  } else if (ends(w, "ous") || ends(w, "ful") || ends(w, "ive") || ends(w, "able") ||
             ends(w, "ible") || ends(w, "al") || ends(w, "ic") || ends(w, "ish") ||
             ends(w, "less") || ends(w, "ary") || ends(w, "ian") || ends(w, "ese")) {
    add(7, 0);
  } else {
    add(0, 1);
    add(2, 0);  // an unknown bare word may be a verb after "to" or a modal
  }
  return c;
}

Tagger::CachedWord* Tagger::cached(std::string_view lower, uint32_t hash) {
  CachedWord* cw = &scratch_word_;
  if (lower.size() <= CachedWord::kMaxLen) {
    if (cache_.empty()) cache_.resize(kCacheSize);
    cw = &cache_[hash & (kCacheSize - 1)];
    if (cw->holds(lower)) return cw;
    *cw = CachedWord{};
    std::copy(lower.begin(), lower.end(), cw->key);
    cw->len = static_cast<uint8_t>(lower.size());
    cw->fill = ++fills_;
  } else {
    scratch_word_ = CachedWord{};
  }
  const LexEntry* e = impl_.find(lower, hash);
  cw->entry = e;
  cw->closed = e != nullptr ? e->closed : Tag::kNone;
  cw->flags = e != nullptr ? e->flags : 0;
  return cw;
}

// Lower-cases every token into one buffer, and notes each form's hash and whether it has
// a lower-case letter, all in one pass over the bytes (these used to be three passes and a
// string per token).
void Tagger::lower_all(const std::vector<syntax::Token>& toks) {
  size_t total = 0;
  for (const syntax::Token& tok : toks) total += tok.text.size();
  lower_buf_.resize(total);
  lower_begin_.resize(toks.size() + 1);
  char* out = lower_buf_.data();
  uint32_t at = 0;
  for (size_t i = 0; i < toks.size(); ++i) {
    lower_begin_[i] = at;
    uint32_t h = Lexicon::Impl::kHashSeed;
    bool has_lower = false;
    // A local view: a store through `out` (a char pointer) could alias the token's string,
    // which would make the compiler reload its data and size for every byte.
    const std::string_view text = toks[i].text;
    char* dst = out + at;
    for (size_t k = 0; k < text.size(); ++k) {
      char c = text[k];
      has_lower |= is_ascii_lower(c);
      if (is_ascii_upper(c)) c = static_cast<char>(c - 'A' + 'a');
      dst[k] = c;
      h = Lexicon::Impl::hash_step(h, c);
    }
    at += static_cast<uint32_t>(text.size());
    info_[i].hash = h;
    info_[i].has_lower = has_lower;
  }
  lower_begin_[toks.size()] = at;
}

void Tagger::analyse(size_t i, const syntax::Token& tok, Info& info, bool sentence_initial) {
  const std::string& t = tok.text;
  const std::string_view lower = lower_at(i);
  CachedWord* cw = cached(lower, info.hash);
  slots_[i] = cw == &scratch_word_ ? nullptr : cw;
  slot_fills_[i] = cw->fill;
  info.closed = cw->closed;
  info.flags = cw->flags;
  info.cap = !t.empty() && is_ascii_upper(t[0]);
  info.all_caps = info.cap && t.size() >= 2 && !info.has_lower;
  if (t.empty()) return;
  if (is_digit(t[0]) || ((t[0] == '-' || t[0] == '.') && t.size() > 1 && is_digit(t[1]))) {
    const size_t hyphen = lower.find('-');
    if (hyphen != std::string::npos && hyphen + 1 < lower.size() &&
        is_ascii_lower(lower[hyphen + 1])) {
      info.guess = Tag::JJ;  // "12-year", "500-page"
      return;
    }
    info.guess =
        (ends(lower, "st") || ends(lower, "nd") || ends(lower, "rd") || ends(lower, "th")) &&
                !ends(lower, "s")
            ? Tag::JJ
            : Tag::CD;
    return;
  }
  if (info.closed != Tag::kNone) {
    // Upper-case closed-class words mid-sentence are names ("US", "May 5", "IT").
    if (info.all_caps && t != "I" && t != "A" && !sentence_initial) {
      info.closed = Tag::kNone;
    } else {
      info.guess = info.closed;
      return;
    }
  }
  info.open = true;
  if (!is_ascii_lower(t[0]) && !info.cap) {
    // Symbols, non-ASCII words: names if they start with a non-ASCII letter.
    info.guess = static_cast<unsigned char>(t[0]) >= 0x80 ? Tag::NNP : Tag::SYM;
    if (t.size() > 1 && static_cast<unsigned char>(t[0]) >= 0x80) info.guess = Tag::NNP;
    return;
  }
  if (!cw->cands_done) {
    cw->cands = open_candidates(lower, cw->entry, cw->scores, cw->known);
    cw->cands_done = true;
  }
  info.cands = cw->cands;
  info.known = cw->known;
  const uint16_t* sc = cw->scores;
  uint16_t best = 0;
  for (int b = 0; b < 11; ++b) {
    if ((info.cands >> b) & 1u && sc[b] > best) {
      best = sc[b];
      info.guess = kCandTags[b];
    }
  }
  if (info.guess == Tag::kNone) info.guess = Tag::NN;
}

Tag Tagger::prev_tag(const std::vector<Tag>& tags, size_t i, size_t back) const {
  return i >= back ? tags[i - back] : Tag::kNone;
}

Tag Tagger::contextual_closed(size_t i, const std::vector<syntax::Token>& toks,
                              std::vector<Tag>& tags) {
  const std::string_view l = lower_at(i);
  const Tag p = prev_tag(tags, i);
  const Tag p2 = prev_tag(tags, i, 2);
  const Tag n = i + 1 < toks.size() ? info_[i + 1].guess : Tag::kNone;
  const std::string_view nl = i + 1 < toks.size() ? lower_at(i + 1) : std::string_view();
  const std::string_view pl = i > 0 ? lower_at(i - 1) : std::string_view();
  const Tag c = info_[i].closed;
  auto after_aux = [&](uint8_t f) {
    if (i >= 1 && flag_at(i - 1, f)) return true;
    return i >= 2 && is_adv(p) && flag_at(i - 2, f);
  };
  if (c >= Tag::Dollar) return c;  // punctuation and symbols
  if (c == Tag::MD && l == "may" && info_[i].cap && !info_[i].all_caps && i > 0 &&
      p != Tag::OpenQuote && p != Tag::Colon && i + 1 < toks.size() &&
      (n == Tag::CD || p == Tag::NNP || (info_[i + 1].cap && info_[i + 1].open)))
    return Tag::NNP;  // the month or a name: "on May 5", "May Day", "Theresa May"
  if (!flag_at(i, kContextual)) goto verbs;
  if (l == "that") {
    if (is_verb(p) || is_adj(p)) return Tag::IN;
    const bool next_name = i + 1 < toks.size() && info_[i + 1].cap && info_[i + 1].open;
    if (is_noun(p) && (n == Tag::DT || n == Tag::PRP || n == Tag::NNP || n == Tag::EX || next_name))
      return Tag::IN;
    // "hopes on Thursday that ...": after a time word, the complementiser.
    if (is_noun(p) && flag_at(i - 1, kTimeLemma)) return Tag::IN;
    if (is_noun(p) || (p == Tag::Comma && is_noun(p2))) return Tag::WDT;
    if (is_noun(n) || is_adj(n)) return Tag::DT;
    if (is_verb(n) || n == Tag::MD || n == Tag::Period || n == Tag::kNone) return Tag::DT;
    return Tag::IN;
  }
  if (l == "'s") {
    if (p == Tag::PRP || p == Tag::WP || p == Tag::EX || p == Tag::WDT || p == Tag::DT ||
        pl == "that" || pl == "it" || pl == "there" || pl == "what" || pl == "who")
      return Tag::VBZ;
    if (n == Tag::VBN || n == Tag::VBG || (n == Tag::RB && nl == "not")) return Tag::VBZ;
    return Tag::POS;
  }
  if (l == "'") {
    if ((p == Tag::NNS || p == Tag::NNPS) && (info_[i + 1 < toks.size() ? i + 1 : i].open))
      return Tag::POS;
    return Tag::CloseQuote;
  }
  if (l == "her") {
    if (is_noun(n) || is_adj(n) || n == Tag::CD || n == Tag::VBG || n == Tag::JJ) return Tag::PRPS;
    return Tag::PRP;
  }
  if (l == "there") {
    if ((i + 1 < toks.size() && flag_at(i + 1, kBeForm)) || n == Tag::MD || nl == "seems" ||
        nl == "seem" || nl == "appear" || nl == "appears")
      return Tag::EX;
    return Tag::RB;
  }
  if (l == "all" || l == "both" || l == "half" || l == "such") {
    if (n == Tag::DT || n == Tag::PRPS) return Tag::PDT;
    return l == "such" ? Tag::JJ : Tag::DT;
  }
  if (l == "more" || l == "most" || l == "less" || l == "least") {
    if ((is_adj(n) || is_adv(n)) && nl != "than") {
      return l == "more" || l == "less" ? Tag::RBR : Tag::RBS;
    }
    return c;
  }
  if (l == "up" || l == "out" || l == "off" || l == "down") {
    if (is_verb(p) && nl != "of" && nl != "from" && nl != "to") return Tag::RP;
    if (is_verb(p2) && (p == Tag::PRP) && nl != "of") return Tag::RP;
    return Tag::IN;
  }
  if (l == "like") {
    if (p == Tag::PRP || p == Tag::MD || p == Tag::TO || p == Tag::NNS)
      return p == Tag::MD || p == Tag::TO ? Tag::VB : Tag::VBP;
    return Tag::IN;
  }
  if (l == "yet" && (p == Tag::Comma || p == Tag::kNone)) return Tag::CC;
  if (l == "so" && nl == "that") return Tag::IN;
  if (l == "about" && n == Tag::CD) return Tag::RB;
  // "to back down", "could back away", "did not back the plan": a verb where a base form
  // is due.
  if (l == "back" && (p == Tag::TO || p == Tag::MD || after_aux(kDoForm) ||
                      (is_adv(p) && (p2 == Tag::MD || p2 == Tag::TO))))
    return Tag::VB;
  if (c == Tag::IN && (l == "before" || l == "after") &&
      (n == Tag::Period || n == Tag::Comma || n == Tag::kNone))
    return Tag::RB;
verbs:
  // Auxiliaries and verbs in the closed lists: base forms and past participles.
  if (c == Tag::VBP || c == Tag::VB) {
    if (p == Tag::TO || p == Tag::MD || after_aux(kDoForm) ||
        (is_adv(p) && (p2 == Tag::MD || p2 == Tag::TO)))
      return Tag::VB;
    if (l == "be") return Tag::VB;
    if (p == Tag::kNone || p == Tag::OpenQuote) return Tag::VBP;
    return Tag::VBP;
  }
  if (c == Tag::VBD) {
    if (after_aux(kHaveForm) || after_aux(kBeForm)) return Tag::VBN;
    if ((l == "said" || l == "told") && finite_seen_ && is_noun(p) && nl == "to") return Tag::VBN;
    return Tag::VBD;
  }
  return c;
}

// "The men arrested in the raid were charged": a participle followed by a prepositional
// phrase and then the clause's own finite auxiliary is a reduced relative, not the verb.
// Up to three adjective-only words and then a noun: "improved global economic relations".
bool Tagger::adjectives_then_noun(size_t i) const {
  size_t k = i;
  while (k < info_.size() && k < i + 3 && info_[k].cands == cJJ) ++k;
  return k > i && k < info_.size() && (info_[k].cands & (cNN | cNNS)) != 0;
}

bool Tagger::reduced_relative_ahead(size_t i) const {
  const size_t n = info_.size();
  if (i + 2 >= n) return false;
  const Tag first = info_[i + 1].guess;
  if (first != Tag::IN && first != Tag::TO) return false;
  if (lower_at(i + 1) == "that") return false;
  for (size_t k = i + 2; k < n && k < i + 14; ++k) {
    const Info& in = info_[k];
    if (((in.flags & (kBeForm | kHaveForm)) != 0 && lower_at(k)[0] != '\'') || in.guess == Tag::MD)
      return true;
    const Tag g = in.guess;
    if (!(is_noun(g) || is_adj(g) || g == Tag::DT || g == Tag::IN || g == Tag::TO || g == Tag::CD ||
          g == Tag::POS || g == Tag::PRPS || g == Tag::VBG || (in.cands & (cNN | cNNS | cJJ)) != 0))
      return false;
    if (g == Tag::IN && lower_at(k) == "that") return false;
  }
  return false;
}

// A word that can only be a past-tense verb within the next few words, before a comma or
// a clause boundary: the clause's finite verb lies ahead.
bool Tagger::past_verb_ahead(size_t from, size_t size) const {
  for (size_t j = from; j < size && j < from + 6; ++j) {
    const Info& w = info_[j];
    if (w.closed == Tag::Comma || w.closed == Tag::CC || w.closed == Tag::WDT) return false;
    if ((w.cands & cVBD) && !(w.cands & (cNN | cNNS | cJJ))) return true;
  }
  return false;
}

Tag Tagger::choose_open(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags) {
  const Info& in = info_[i];
  const uint16_t c = in.cands;
  const Tag p = prev_tag(tags, i);
  const Tag p2 = prev_tag(tags, i, 2);
  const Info* next = i + 1 < toks.size() ? &info_[i + 1] : nullptr;
  const Tag n = next != nullptr ? next->guess : Tag::kNone;
  const bool next_nounish =
      next != nullptr && (is_noun(n) || (next->cands & (cNN | cNNS)) || (next->cap && next->open));
  auto has = [&](uint16_t m) { return (c & m) != 0; };
  auto noun_tag = [&]() {
    if (has(cNNS) && !has(cNN)) return Tag::NNS;
    if (has(cNN) && !has(cNNS)) return Tag::NN;
    const LexEntry* e = impl_.find(lower_at(i));
    if (e != nullptr && e->noun_base != LexEntry::kNoString) return Tag::NNS;  // "men"
    return lower_at(i).back() == 's' ? Tag::NNS : Tag::NN;
  };
  auto base_verb = [&]() {
    if (p == Tag::TO || p == Tag::MD || (is_adv(p) && (p2 == Tag::MD || p2 == Tag::TO)))
      return Tag::VB;
    if (i >= 1 && (flag_at(i - 1, kDoForm) || (is_adv(p) && i >= 2 && flag_at(i - 2, kDoForm))))
      return Tag::VB;
    if (p == Tag::kNone || p == Tag::OpenQuote || p == Tag::CC) return Tag::VB;
    return Tag::VBP;
  };
  // An auxiliary (tagged as a verb: not the possessive "'s") shortly before.
  auto aux_before = [&](uint8_t f) {
    auto aux = [&](size_t k) { return flag_at(k, f) && is_verb(tags[k]); };
    if (i >= 1 && aux(i - 1)) return true;
    if (i >= 2 && (is_adv(p) || p == Tag::PRP) && aux(i - 2)) return true;
    if (i >= 3 && is_adv(p) && is_adv(p2) && aux(i - 3)) return true;
    // "was heavily and unjustly criticized", "has not yet really ..."
    if (i < 3 || !is_adv(p)) return false;
    size_t k = i - 1;
    while (k > 0 && i - k <= 4 &&
           (is_adv(tags[k]) || (tags[k] == Tag::CC && is_adv(tags[k - 1]) && is_adv(tags[k + 1]))))
      --k;
    return k + 1 < i && aux(k);
  };
  const bool one = (c & (c - 1)) == 0;
  // Single-candidate words still need VB/VBP and VBD/VBN decisions.
  if (one && c != cVB && c != (cVBD | cVBN) && c != cVBD) {
    if (c == cVBD && aux_before(kHaveForm)) return Tag::VBN;
    return in.guess;
  }
  const bool verbish = has(cVB | cVBZ | cVBD | cVBN | cVBG);
  // "The EU further urges ...": an adverb between a subject and its verb, not an adjective.
  if (has(cRB) && has(cJJ) && is_noun(p) && !finite_seen_ && next != nullptr &&
      (next->cands & (cVBZ | cVBD)) && !(next->cands & cNN))
    return Tag::RB;
  // "We further call on ...": after a subject pronoun (one no verb or preposition governs,
  // unlike "gave them further help") a word that can be a finite verb is that verb.
  if (has(cRB) && has(cJJ) && p == Tag::PRP && !is_verb(p2) && p2 != Tag::IN && next != nullptr &&
      (next->cands & (cVB | cVBZ | cVBD)))
    return Tag::RB;
  // 1. Infinitive and modal contexts, across negation and adverbs ("can't ever clash").
  if (has(cVB) && (p == Tag::TO || p == Tag::MD || (is_adv(p) && (p2 == Tag::MD || p2 == Tag::TO))))
    return Tag::VB;
  if (has(cVB) && aux_before(kDoForm)) return Tag::VB;
  if (has(cVB) && is_adv(p) && is_adv(p2) && i >= 3) {
    size_t k = i - 3;
    while (k > 0 && k + 5 > i && is_adv(tags[k])) --k;
    if (tags[k] == Tag::MD || tags[k] == Tag::TO || (flag_at(k, kDoForm) && is_verb(tags[k])))
      return Tag::VB;
  }
  // 2. Perfect and passive.
  if (has(cVBN | cVBD) && aux_before(kHaveForm)) return Tag::VBN;
  if (aux_before(kBeForm)) {
    if (has(cVBN | cVBD)) return Tag::VBN;
    if (has(cVBG)) return Tag::VBG;
    if (has(cJJ)) return Tag::JJ;
    if (has(cNN | cNNS)) return noun_tag();
  }
  // 3. After a determiner, possessive or adjective: a noun, or an adjective before one.
  const Info* next2 = i + 2 < toks.size() ? &info_[i + 2] : nullptr;
  const bool next_modifier_then_noun = next != nullptr && next2 != nullptr &&
                                       (next->cands & (cJJ | cVBN | cVBG)) &&
                                       (is_noun(next2->guess) || (next2->cands & (cNN | cNNS)));
  if (p == Tag::DT && has(cVBZ | cVBD) && i >= 1) {
    const std::string_view d = lower_at(i - 1);
    if ((d == "this" || d == "that" || d == "these" || d == "those") && !next_nounish &&
        n != Tag::Period)
      return has(cVBZ) ? Tag::VBZ : Tag::VBD;  // "this needs", "that meant"
  }
  if (premodifier(p) || (is_noun(p) && !verbish)) {
    if ((next_nounish || next_modifier_then_noun) && has(cJJ)) return Tag::JJ;
    if (next_nounish && has(cVBG) && !has(cNN)) return Tag::VBG;
    if (next_nounish && has(cVBN | cVBD) && !has(cNN | cNNS)) return Tag::VBN;
    if (has(cNN | cNNS)) return noun_tag();
    if (has(cJJ)) return Tag::JJ;
  }
  // "The Chadian armed forces": after a nationality adjective at the start of a noun phrase
  // (a name that can be an adjective), a word that can be one before a noun is one too.
  if (p == Tag::NNP && (info_[i - 1].cands & cJJ) && (p2 == Tag::DT || i == 1) && has(cJJ) &&
      next_nounish && !next->cap)
    return Tag::JJ;
  // 4. After a preposition: a gerund ("by promoting") or a noun.
  if (p == Tag::IN || p == Tag::TO) {
    // "after accusing Uganda": a gerund before a name ("leading Democrats" takes no such
    // conjunction before it).
    if (has(cVBG) && i >= 1 && takes_gerund_clause(lower_at(i - 1)) && next != nullptr &&
        next->cap && next->open)
      return Tag::VBG;
    if ((next_nounish || next_modifier_then_noun) && has(cJJ)) return Tag::JJ;
    // "with exiled dissidents": a participle modifying the object.
    if (next_nounish && has(cVBN | cVBD) && !has(cNN | cNNS) && !next->cap) return Tag::JJ;
    if (has(cVBG)) return Tag::VBG;
    if (has(cNN | cNNS)) return noun_tag();
    if (has(cJJ)) return Tag::JJ;
  }
  // 5. After a subject: the clause's finite verb.
  const bool subject_before = p == Tag::PRP || p == Tag::NNP || p == Tag::NNPS || p == Tag::NNS ||
                              p == Tag::NN || p == Tag::WDT || p == Tag::WP || p == Tag::EX ||
                              p == Tag::CD || (p == Tag::RB && (is_noun(p2) || p2 == Tag::PRP));
  // A plural noun or a verb? The object of a verb, a noun before the clause's verb
  // ("crowds burned"), or a compound at the end ("peace talks.") is a noun.
  if (has(cNNS) && has(cVBZ)) {
    const bool next_verb =
        next != nullptr && (is_finite_verb(n) || n == Tag::VBN ||
                            ((next->cands & (cVBD | cVBN)) && !(next->cands & (cNN | cNNS))));
    if (is_verb(p) || next_verb) return Tag::NNS;
    // "Reports from Iran say ...": a sentence does not open with a verb in -s.
    if (i == 0 || (i == 1 && (p == Tag::OpenQuote || p == Tag::LRB))) return Tag::NNS;
    // "announced asset freezes", "said peace talks": a bare singular noun right after a
    // verb heads no clause of its own; it is the first half of a compound.
    // After a reporting verb a clause is as likely ("said security remains tight"), so
    // there only a coordination or a comma after the word makes it a noun.
    if (p == Tag::NN && is_verb(p2) && i >= 2 && !info_[i - 1].cap &&
        (!flag_at(i - 2, kSayLemma) || n == Tag::CC || n == Tag::Comma))
      return Tag::NNS;
    // ... and so after its adjective: "imposed year-long food bans".
    if (p == Tag::NN && is_adj(p2) && i >= 3 && !info_[i - 1].cap) {
      const Tag p3 = prev_tag(tags, i, 3);
      if (is_verb(p3) && !flag_at(i - 3, kSayLemma)) return Tag::NNS;
    }
    // "government forces at the base repelled ...": a word after a noun and before a
    // preposition, with the clause's past-tense verb still ahead, is the subject's plural
    // head ("forces" as a verb takes an object, not "at").
    if (p == Tag::NN && !finite_seen_ && n == Tag::IN && lower_at(i + 1) != "that" &&
        past_verb_ahead(i + 2, toks.size()))
      return Tag::NNS;
    // "asset freezes and bans on travel": coordinated plurals.
    if (p == Tag::CC && p2 == Tag::NNS) return Tag::NNS;
    // "several opposition groups", "two rebel groups": a plural quantifier wants its
    // plural head.
    if (p == Tag::NN && i >= 2 &&
        ((p2 == Tag::CD && lower_at(i - 2) != "one") || is_plural_quantifier(lower_at(i - 2))))
      return Tag::NNS;
    if (p == Tag::NN && (n == Tag::Period || n == Tag::Comma || n == Tag::kNone)) return Tag::NNS;
    // After a name (or "X of Y") with its object ahead, the clause's verb: "Obama wants
    // Putin to ...", "The Secretary of State wants to help".
    if (!finite_seen_ && (p == Tag::NNP || (p == Tag::NN && p2 == Tag::IN)) && next != nullptr &&
        (n == Tag::DT || n == Tag::PRPS || n == Tag::PRP || n == Tag::TO ||
         (next->cap && next->open)))
      return Tag::VBZ;
  }
  // "an arms embargo", "a sales tax": after a singular determiner and a plural, a noun.
  if (p == Tag::NNS && p2 == Tag::DT && i >= 2 && has(cNN) &&
      (lower_at(i - 2) == "a" || lower_at(i - 2) == "an"))
    return Tag::NN;
  // "awful and evil minister": coordinated adjectives share the tag before a noun.
  if (p == Tag::CC && is_adj(p2) && has(cJJ) && (next_nounish || next_modifier_then_noun))
    return Tag::JJ;
  // "the government issue condemned ...": a noun-or-verb word between a noun and the
  // clause's past-tense verb is part of the subject.
  if (is_noun(p) && p != Tag::NNS && has(cNN) && has(cVB) && !has(cVBD) && !finite_seen_ &&
      next != nullptr && (next->cands & cVBD) && !(next->cands & (cNN | cNNS)))
    return Tag::NN;
  // "killed or injured": coordinated participles share the tag.
  if (p == Tag::CC && (p2 == Tag::VBN || p2 == Tag::VBD) && has(cVBN | cVBD)) return p2;
  // "adopted a resolution calling on X", "issued a statement calling for Y": after the
  // clause's verb, an -ing form between its object and "on", "upon" or "for" is a
  // participle modifying the object, not the head of a compound noun.
  if (is_noun(p) && p != Tag::NNP && p != Tag::NNPS && has(cVBG) && finite_seen_ &&
      next != nullptr &&
      (lower_at(i + 1) == "on" || lower_at(i + 1) == "upon" || lower_at(i + 1) == "for"))
    return Tag::VBG;
  // "the peace process by ...", "an air strike against ...": the head of a compound.
  // (Not a past tense still missing from the clause: "the ruling party won.")
  if (p == Tag::NN && premodifier(p2) && has(cNN) && next != nullptr &&
      !(has(cVBD) && !finite_seen_) &&
      ((n == Tag::IN && lower_at(i + 1) != "that") || n == Tag::TO || n == Tag::Period ||
       n == Tag::Comma))
    return Tag::NN;
  const bool compound_noun = p == Tag::NN && has(cNN | cNNS) &&
                             (p2 == Tag::CC || p2 == Tag::Comma || p2 == Tag::IN ||
                              p2 == Tag::kNone || p2 == Tag::OpenQuote || p2 == Tag::NN);
  if (compound_noun) return noun_tag();
  // "tear gas", "pepper spray": a noun-or-verb word before a noun after a separator.
  if ((p == Tag::Comma || p == Tag::CC) && has(cNN) && !has(cJJ) && next != nullptr &&
      (next->guess == Tag::NN || next->guess == Tag::NNS))
    return Tag::NN;
  // A participle between a main verb and its object noun is an adjective: "will abandon
  // improved relations", "condemned renewed attacks" (not after be/have: passive, perfect).
  if (is_verb(p) && p != Tag::VBG && has(cVBN | cVBD) && i >= 1 &&
      !flag_at(i - 1, kBeForm | kHaveForm | kDoForm | kSayLemma) &&
      (next_nounish || next_modifier_then_noun || adjectives_then_noun(i + 1)) &&
      (has(cJJ) || !next->cap))
    return Tag::JJ;
  // "restore complete, full ties": an adjective opening a list of adjectives.
  if ((is_verb(p) || p == Tag::Comma) && has(cJJ) && n == Tag::Comma && i + 3 < toks.size() &&
      (info_[i + 2].cands & cJJ) != 0 && (info_[i + 3].cands & (cJJ | cNN | cNNS)) != 0)
    return Tag::JJ;
  // A gerund after a main verb, before its own object: "resisted taking a harder line".
  if (is_verb(p) && p != Tag::VBG && has(cVBG) && next != nullptr &&
      (n == Tag::DT || n == Tag::PRPS || n == Tag::PRP || n == Tag::CD))
    return Tag::VBG;
  // An adjective between a main verb and its object noun: "fired live ammunition",
  // "sought closer ties" (not after be, have or do, nor a gerund, which is often a noun).
  if (is_verb(p) && p != Tag::VBG && has(cJJ | cJJR) && i >= 1 &&
      !flag_at(i - 1, kBeForm | kHaveForm | kDoForm) && next != nullptr && !next->cap &&
      (is_noun(n) || (next->cands & (cNN | cNNS))))
    return has(cJJ) ? Tag::JJ : Tag::JJR;
  // The object of a gerund after a preposition: "in using force", "by firing shots". (A
  // gerund elsewhere is often a noun itself: "the ruling party".)
  if (p == Tag::VBG && p2 == Tag::IN && has(cNN | cNNS) && next != nullptr && !next->cap)
    return noun_tag();
  // The object of a main verb: "faced arrest", "held talks".
  if (is_verb(p) && p != Tag::VBG && has(cNN | cNNS) && i >= 1 &&
      !flag_at(i - 1, kBeForm | kHaveForm | kDoForm))
    return has(cJJ) && (next_nounish || next_modifier_then_noun || next == nullptr ||
                        n == Tag::Comma || n == Tag::Period || n == Tag::CC)
               ? Tag::JJ
               : noun_tag();
  if (subject_before && verbish) {
    const bool obj_follows = next == nullptr || n == Tag::DT || n == Tag::PRPS || n == Tag::PRP ||
                             n == Tag::IN || n == Tag::TO || n == Tag::CD || n == Tag::NNP ||
                             is_adj(n) || n == Tag::Period || n == Tag::Comma || n == Tag::RB ||
                             n == Tag::RP || n == Tag::WDT || n == Tag::WRB || n == Tag::OpenQuote;
    const bool pronoun_subject =
        p == Tag::PRP || p == Tag::WDT || p == Tag::WP || p == Tag::EX || p == Tag::RB;
    if (!finite_seen_ || pronoun_subject) {
      if (has(cVBN) && is_noun(p) && reduced_relative_ahead(i)) return Tag::VBN;
      if (has(cVBD | cVBN)) return Tag::VBD;
      if ((pronoun_subject || obj_follows || !has(cNN | cNNS)) && has(cVBZ) && p != Tag::NNS &&
          p != Tag::NNPS)
        return Tag::VBZ;
      // Not after a singular name when the word can be a noun: "Islamist group al-Shabab
      // attacked" (a name takes -s: "Hamas says").
      const bool name_modifies = p == Tag::NNP && has(cNN) && !flag_at(i, kSayLemma);
      if ((pronoun_subject || obj_follows || !has(cNN | cNNS)) && has(cVB) && p != Tag::NN &&
          !name_modifies)
        return Tag::VBP;
    } else if (has(cVBN | cVBD) && is_noun(p)) {
      return Tag::VBN;  // reduced relative: "men sought in ..."
    }
  }
  // 6. Past forms elsewhere.
  if (has(cVBN | cVBD) && !has(cNN | cNNS | cJJ)) {
    // After an apposition ("Maria Lopez, the minister, met ..."): the main verb.
    if (p == Tag::Comma && !any_finite_ && i >= 2) return Tag::VBD;
    if (p == Tag::kNone || p == Tag::Comma || p == Tag::OpenQuote) return Tag::VBN;
    return finite_seen_ ? Tag::VBN : Tag::VBD;
  }
  if (has(cVBG) && !has(cNN)) return Tag::VBG;
  if (p == Tag::kNone && has(cVB) && !has(cNNS) && n == Tag::DT) return Tag::VB;
  // 7. Frequency default.
  if (in.guess == Tag::VB) return base_verb();
  if ((in.guess == Tag::VBD || in.guess == Tag::VBN) && has(cVBD | cVBN))
    return finite_seen_ ? Tag::VBN : Tag::VBD;
  return in.guess;
}

Tag Tagger::decide(size_t i, const std::vector<syntax::Token>& toks, std::vector<Tag>& tags) {
  const Info& in = info_[i];
  if (!in.open) return in.closed != Tag::kNone ? contextual_closed(i, toks, tags) : in.guess;
  // Capitalised open-class words: names, unless a sentence-initial word reads as
  // something other than a singular noun ("Protesters", "Asked").
  if (in.cap) {
    // "Moscow-based", "Saudi-led", "Western-backed": a name + participle is an adjective.
    if (const size_t h = toks[i].text.rfind('-');
        h != std::string::npos && h + 3 < toks[i].text.size() &&
        is_ascii_lower(toks[i].text[h + 1]) &&
        (ends(toks[i].text, "ed") || ends(toks[i].text, "born")))
      return Tag::JJ;
    const bool initial = i == 0 || tags[i - 1] == Tag::OpenQuote || tags[i - 1] == Tag::LRB ||
                         tags[i - 1] == Tag::Colon;
    const Info* next = i + 1 < toks.size() ? &info_[i + 1] : nullptr;
    const bool next_cap = next != nullptr && next->cap && next->open;
    const std::string_view l = lower_at(i);
    if (initial && !next_cap && in.known && !in.all_caps && (in.cands & ~(cNN)) != 0) {
      Tag t = choose_open(i, toks, tags);
      if (t != Tag::NN) return t;
    }
    const bool nationality = ends(l, "an") || ends(l, "ese") || ends(l, "ish") || ends(l, "ic") ||
                             ends(l, "i") || ends(l, "ch") || ends(l, "ai");
    const bool inside_name = i > 0 && tags[i - 1] == Tag::NNP && !initial;
    if (!in.all_caps && nationality && !inside_name && (in.cands & cJJ) && next != nullptr &&
        next->open && (is_noun(next->guess) || (next->cands & (cNN | cNNS)) || next->cap))
      return Tag::JJ;  // "the Canadian government", "Syrian President Assad"
    if (l.size() > 3 && l.back() == 's' && !in.all_caps && !ends(l, "ss") && !ends(l, "us") &&
        !ends(l, "is") && (in.cands & cNNS) &&
        ((i > 0 && (tags[i - 1] == Tag::NNP || tags[i - 1] == Tag::NNPS)) || next_cap))
      return Tag::NNPS;
    return Tag::NNP;
  }
  return choose_open(i, toks, tags);
}

void Tagger::run(std::vector<syntax::Token>& toks, std::vector<Tag>& tags) {
  const size_t n = toks.size();
  info_.assign(n, Info{});
  slots_.assign(n, nullptr);
  slot_fills_.resize(n);
  lower_all(toks);
  tags.assign(n, Tag::kNone);
  bool initial = true;
  for (size_t i = 0; i < n; ++i) {
    analyse(i, toks[i], info_[i], initial);
    const Tag g = info_[i].guess;
    initial = g == Tag::OpenQuote || g == Tag::LRB || (initial && g == Tag::Colon);
  }
  finite_seen_ = any_finite_ = false;
  for (size_t i = 0; i < n; ++i) {
    Tag t = decide(i, toks, tags);
    tags[i] = t;
    info_[i].guess = t;
    if (is_finite_verb(t)) finite_seen_ = any_finite_ = true;
    // A reporting verb opens a complement clause: "said such a step enjoyed support".
    if (is_verb(t) && flag_at(i, kSayLemma)) finite_seen_ = false;
    if (clause_opener(t, lower_at(i))) finite_seen_ = false;
  }
  lemma_flags_.resize(n);
  for (size_t i = 0; i < n; ++i) {
    syntax::Token& tok = toks[i];
    const Tag t = tags[i];
    tok.tag.assign(tag_name(t));
    const bool plain = (t == Tag::NNP || t == Tag::NNPS || t == Tag::CD || !info_[i].open) &&
                       !(!info_[i].open && info_[i].closed != Tag::kNone);
    if (plain) {
      tok.lemma = lower_at(i);
      lemma_flags_[i] = info_[i].flags;
      continue;
    }
    // The cache slot may have been taken by a later token of this sentence: check the key.
    CachedWord* cw = slots_[i];
    if (cw != nullptr && cw->fill != slot_fills_[i]) cw = nullptr;  // taken by a later word
    if (cw != nullptr && cw->lemma_tag == t) {
      tok.lemma.assign(cw->lemma, cw->lemma_len);
      lemma_flags_[i] = cw->lemma_flags;
      continue;
    }
    tok.lemma = cw != nullptr ? lemma_for(impl_, lower_at(i), t, cw->entry)
                              : lemma_for(impl_, lower_at(i), t);
    lemma_flags_[i] = tok.lemma == lower_at(i) ? info_[i].flags : word_flags(impl_, tok.lemma);
    if (cw != nullptr && tok.lemma.size() <= CachedWord::kMaxLen) {
      cw->lemma_tag = t;
      cw->lemma_len = static_cast<uint8_t>(tok.lemma.size());
      std::copy(tok.lemma.begin(), tok.lemma.end(), cw->lemma);
      cw->lemma_flags = lemma_flags_[i];
    }
  }
}

void Tagger::compute_lemma_flags(const std::vector<syntax::Token>& toks) {
  lemma_flags_.resize(toks.size());
  for (size_t i = 0; i < toks.size(); ++i) lemma_flags_[i] = word_flags(impl_, toks[i].lemma);
}

void tag(const Lexicon& lexicon, std::vector<syntax::Token>& tokens) {
  Tagger tagger(lexicon);
  std::vector<Tag> tags;
  tagger.run(tokens, tags);
}

}  // namespace vigil::nlp
