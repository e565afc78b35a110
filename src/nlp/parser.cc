// The shallow parser: a deterministic recursive-descent chunker over tagged tokens that
// builds CoreNLP-shaped Penn Treebank trees. Scratch nodes live in a reusable arena and
// are copied into syntax::Tree in preorder at the end.
#include <utility>

#include "parser_impl.h"

namespace vigil::nlp {

int32_t Parser::Scratch::parse_base_np() {
  const size_t start = pos;
  Tag t = cur();
  if (t == Tag::PRP || t == Tag::EX) return wrap(L::NP, leaf());
  int32_t np = make(L::NP);
  if (t == Tag::PDT) add(np, leaf());
  t = cur();
  if (t == Tag::DT || t == Tag::PRPS || t == Tag::WPS) {
    add(np, leaf());
    // Pronominal determiner: "this is", "those who".
    Tag nt = cur();
    // ("the detained activists": a participle before a noun continues the phrase.)
    if (!np_starts(pos) && !(is_adv(nt) && is_adj(tag(pos + 1))) &&
        !(nt == Tag::OpenQuote && quoted_head_at(pos)) &&
        !((nt == Tag::VBN || nt == Tag::VBG) && (is_noun(tag(pos + 1)) || is_adj(tag(pos + 1)))))
      return np;
  }
  size_t nouns = 0;
  while (!at_end()) {
    t = cur();
    // "met Diendere yesterday", "travel to Kyiv today": a day after a name is a time of
    // its own, not part of the name.
    if (nouns > 0 && has_flag(pos, kDayLemma) && tag(pos - 1) == Tag::NNP &&
        !is_noun(tag(pos + 1)) && tag(pos + 1) != Tag::POS)
      break;
    if (is_noun(t)) {
      Tag prev = pos > start ? tag(pos - 1) : Tag::kNone;
      // A plural ends the phrase ("the protesters police ..."), except after "a/an": "an
      // arms embargo", "a sales tax".
      if ((prev == Tag::NNS || prev == Tag::NNPS) && t != Tag::NNPS && t != Tag::NNP &&
          t != Tag::NNS &&
          !(tag(start) == Tag::DT && (lemma(start) == "a" || lemma(start) == "an")))
        break;
      if (prev == Tag::NNS && (t == Tag::NNP)) break;
      add(np, leaf());
      ++nouns;
    } else if (is_adj(t) && tag(pos + 1) == Tag::CC && is_adj(tag(pos + 2)) &&
               (is_noun(tag(pos + 3)) || is_adj(tag(pos + 3))) && lemma(pos + 1) != "but") {
      int32_t adjp = make(L::ADJP);  // "awful and evil minister"
      add(adjp, leaf());
      add(adjp, leaf());
      add(adjp, leaf());
      add(np, adjp);
    } else if (t == Tag::OpenQuote && pos > start && quoted_modifier_at(pos)) {
      // giant "Free Tibet" banners: a quoted name inside the phrase.
      while (cur() != Tag::CloseQuote) add(np, leaf());
      add(np, leaf());
    } else if (t == Tag::OpenQuote && nouns == 0 && pos > start && quoted_head_at(pos)) {
      while (cur() != Tag::CloseQuote && !ends_sentence_inside_quote(pos)) {
        nouns += is_noun(cur()) ? 1 : 0;
        add(np, leaf());
      }
      if (cur() == Tag::CloseQuote) add(np, leaf());  // else the sentence's end takes it
      break;
    } else if (t == Tag::Comma && nouns == 0 && pos > start && is_adj(tag(pos - 1)) &&
               is_adj(tag(pos + 1)) && (is_noun(tag(pos + 2)) || is_adj(tag(pos + 2)))) {
      add(np, leaf());  // "complete, full diplomatic ties"
    } else if (is_adj(t) || t == Tag::CD || t == Tag::Dollar || t == Tag::Pound) {
      if (nouns > 0 && is_adj(t) && !adjectives_then_noun_after_name(pos))
        break;  // "the people responsible"
      if (nouns > 0 && t == Tag::CD && tag(pos - 1) != Tag::NNP) break;
      // "in southern Guyana three years ago": a count of a plural starts its own phrase.
      if (nouns > 0 && t == Tag::CD && (tag(pos + 1) == Tag::NNS || is_adj(tag(pos + 1)))) break;
      add(np, leaf());
    } else if ((t == Tag::VBN || t == Tag::VBG) && nouns == 0 && pos > start &&
               (is_noun(tag(pos + 1)) || is_adj(tag(pos + 1)))) {
      add(np, leaf());  // "the ruling party", "a detained activist"
    } else if (is_adv(t) && nouns == 0 &&
               (is_adj(tag(pos + 1)) || ((tag(pos + 1) == Tag::VBG || tag(pos + 1) == Tag::VBN) &&
                                         (is_noun(tag(pos + 2)) || is_adj(tag(pos + 2)))))) {
      int32_t adjp = make(L::ADJP);
      add(adjp, leaf());
      add(adjp, leaf());
      add(np, adjp);
    } else if (t == Tag::POS && pos > start) {
      add(np, leaf());
      int32_t outer = make(L::NP);
      add(outer, np);
      np = outer;
      nouns = 0;
      if (!np_starts(pos)) break;
    } else {
      break;
    }
  }
  if (pos == start) return -1;
  return np;
}

int32_t Parser::Scratch::parse_pp() {
  const size_t start = pos;
  Tag t = cur();
  if (t != Tag::IN && t != Tag::TO && !(t == Tag::VBG && lemma(pos) == "accord")) return -1;
  int32_t pp = make(L::PP);
  if (t == Tag::VBG) {  // "according to X"
    add(pp, leaf());
    if (cur() == Tag::TO || cur() == Tag::IN) add(pp, parse_pp());
    return pp;
  }
  add(pp, leaf());
  const std::string_view l = lemma(pos - 1);
  if (cur() == Tag::IN && word(pos) == "of" &&
      (l == "out" || l == "because" || l == "instead" || l == "ahead" || l == "outside" ||
       l == "inside")) {
    add(pp, parse_pp());
    return pp;
  }
  if (np_starts(pos)) {
    add(pp, parse_np(false, l != "of"));
  } else if (cur() == Tag::VBG) {
    int32_t s = make(L::S);
    add(s, parse_vp());
    add(pp, s);
  } else if (cur() == Tag::WDT || cur() == Tag::WP) {
    add(pp, wrap(L::NP, leaf()));
  } else if (cur() == Tag::IN || (cur() == Tag::RB && tag(pos + 1) == Tag::CD)) {
    if (cur() == Tag::RB) {
      add(pp, parse_np(false, false));
    } else {
      add(pp, parse_pp());  // "from across the region"
    }
  } else if (t == Tag::TO && verb_starts(pos)) {
    pos = start;  // "to" + verb is an infinitive, not a PP
    return -1;
  }
  return pp;
}

int32_t Parser::Scratch::parse_relative() {
  // "which will test ...", "who said ...", "that he wrote", "whose members ..."
  int32_t sbar = make(L::SBAR);
  Tag t = cur();
  if (t == Tag::WRB) {
    add(sbar, wrap(L::WHADVP, leaf()));
  } else if (t == Tag::WPS) {
    int32_t wh = make(L::WHNP);
    add(wh, leaf());
    while (!at_end() && (is_noun(cur()) || is_adj(cur()))) add(wh, leaf());
    add(sbar, wh);
  } else if (t == Tag::IN && (lemma(pos) == "in" || lemma(pos) == "of" || lemma(pos) == "by") &&
             (tag(pos + 1) == Tag::WDT || tag(pos + 1) == Tag::WP)) {
    int32_t whpp = make(L::PP);
    add(whpp, leaf());
    add(whpp, wrap(L::WHNP, leaf()));
    add(sbar, whpp);
  } else {
    add(sbar, wrap(L::WHNP, leaf()));
  }
  int32_t s = parse_clause(false);
  if (s >= 0) add(sbar, s);
  return sbar;
}

int32_t Parser::Scratch::parse_np(bool subject, bool attach_pp, bool coord) {
  struct Depth {
    int& d;
    bool on;
    ~Depth() {
      if (on) --d;
    }
  } depth{subject_depth, subject};
  if (subject) ++subject_depth;
  // Inside a subject ("the ambassadors of A, B and C presented ..."), a finite verb after
  // a conjunct is the clause's verb, not the start of a new clause.
  const bool in_subject = subject_depth > 0;
  const size_t start = pos;
  int32_t np = parse_base_np();
  if (np < 0) return -1;
  // Post-modifiers.
  while (!at_end()) {
    Tag t = cur();
    const std::string_view l = lemma(pos);
    if ((t == Tag::IN || t == Tag::TO) && (attach_pp || l == "of") && !is_subordinator(l) &&
        !(l == "that") && np_starts(pos + 1) &&
        (l == "of" || (subject && !time_phrase_at(pos + 1)) ||
         (!time_phrase_at(pos + 1) && !bare_name(np)))) {
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, parse_pp());
      np = outer;
    } else if (t == Tag::WDT || t == Tag::WP || t == Tag::WPS ||
               (t == Tag::IN && (l == "in" || l == "of") &&
                (tag(pos + 1) == Tag::WDT || tag(pos + 1) == Tag::WP))) {
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, parse_relative());
      np = outer;
    } else if (t == Tag::Comma && (tag(pos + 1) == Tag::WDT || tag(pos + 1) == Tag::WP) &&
               lemma(pos + 1) != "that") {
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, leaf());
      add(outer, parse_relative());
      if (cur() == Tag::Comma) add(outer, leaf());
      np = outer;
    } else if (t == Tag::IN && l == "that" && clause_follows(pos + 1) && !time_head(np)) {
      // "a sign that another summer of repression is looming"
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, parse_sbar());
      np = outer;
    } else if (((t == Tag::VBN || (t == Tag::VBG && !subject)) && attach_pp) ||
               (t == Tag::VBN && (tag(pos + 1) == Tag::IN || tag(pos + 1) == Tag::TO) &&
                !is_subordinator(lemma(pos + 1)) && lemma(pos + 1) != "that")) {
      // Reduced relatives: "memos sent by X" (also after objects, where other PPs go to the VP)
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, parse_vp_single());
      np = outer;
    } else if (t == Tag::LRB) {
      size_t save = pos;
      int32_t prn = make(L::PRN);
      add(prn, leaf());
      int32_t inner = parse_np(false, true);
      if (inner < 0 || cur() != Tag::RRB) {
        pos = save;
        break;
      }
      add(prn, inner);
      add(prn, leaf());
      int32_t outer = make(L::NP);
      add(outer, np);
      add(outer, prn);
      np = outer;
    } else {
      break;
    }
  }
  if (!coord) return np;
  // Lists and coordination: "Canada, the UK, the US and Australia"; appositions:
  // "Alex Neve, Secretary General of X,".
  const size_t after_first = pos;
  Parts parts(part_stack);
  parts.push_back(np);
  bool has_cc = false;
  while (!at_end()) {
    Tag t = cur();
    if (t == Tag::Comma &&
        (np_starts(pos + 1) || (tag(pos + 1) == Tag::CC && lemma(pos + 1) != "but" &&
                                parts.size() > 1 && np_starts(pos + 2)))) {
      size_t save = pos;
      int32_t comma = leaf();
      if (cur() == Tag::CC) {
        // ", and X"
        parts.push_back(comma);
        int32_t cc = leaf();
        int32_t next = parse_np(false, attach_pp, false);
        if (next < 0 || (!in_subject && finite_at(pos))) {
          pos = save;
          parts.pop_back();
          break;
        }
        parts.push_back(cc);
        parts.push_back(next);
        has_cc = true;
        break;
      }
      int32_t next = parse_np(false, attach_pp, false);
      if (next < 0) {
        pos = save;
        break;
      }
      parts.push_back(comma);
      parts.push_back(next);
      continue;
    }
    if (t == Tag::CC && lemma(pos) != "but" && np_starts(pos + 1)) {
      size_t save = pos;
      int32_t cc = leaf();
      if (subject && parts.size() == 1) {
        // "Lawmakers and officials in X welcomed": two bare nouns share the PP, as CoreNLP
        // gives it: (NP (NP (NNS Lawmakers) (CC and) (NNS officials)) (PP (IN in) ..)).
        const size_t heads = flat_conjunct(np, false);
        const size_t save2 = pos;
        int32_t bare = heads > 0 ? parse_base_np() : -1;
        if (bare >= 0 && flat_conjunct(bare, true) == heads &&
            static_cast<size_t>(nodes[static_cast<size_t>(bare)].count) == heads &&
            (cur() == Tag::IN || cur() == Tag::TO) && lemma(pos) != "of" &&
            !is_subordinator(lemma(pos)) && lemma(pos) != "that" && np_starts(pos + 1)) {
          int32_t flat = make(L::NP);
          move_children(np, flat);
          add(flat, cc);
          move_children(bare, flat);
          int32_t outer = make(L::NP);
          add(outer, flat);
          add(outer, parse_pp());
          return outer;
        }
        pos = save2;
      }
      int32_t next = parse_np(false, attach_pp, false);
      if (next < 0 || (!in_subject && finite_at(pos))) {
        pos = save;
        break;
      }
      parts.push_back(cc);
      parts.push_back(next);
      has_cc = true;
      break;
    }
    break;
  }
  if (has_cc) {
    int32_t outer = make(L::NP);
    const size_t heads = parts.size() == 3 ? flat_conjunct(parts[0], false) : 0;
    if (heads > 0 && flat_conjunct(parts[2], true) == heads &&
        static_cast<size_t>(nodes[static_cast<size_t>(parts[2])].count) == heads) {
      // CoreNLP keeps "Gondor and Osgiliath", "Danish media and government", "Barack Obama
      // and Vladimir Putin" flat (one NP whose modifiers both heads share) when the second
      // conjunct is a bare name or noun as long as the first one's head.
      move_children(parts[0], outer);
      add(outer, parts[1]);
      move_children(parts[2], outer);
      return outer;
    }
    for (int32_t p : parts) add(outer, p);
    return outer;
  }
  if (parts.size() == 3) {
    // Apposition when followed by a comma, the end, or (as subject) the verb; never for
    // a fronted time ("Last week, the government ...").
    const Tag t = cur();
    const int32_t head_tok = nodes[static_cast<size_t>(nodes[static_cast<size_t>(np)].last)].token;
    const bool temporal = head_tok >= 0 && has_flag(static_cast<size_t>(head_tok), kTimeLemma);
    if (!temporal &&
        (t == Tag::Comma || t == Tag::Period || t == Tag::kNone || t == Tag::CloseQuote)) {
      int32_t outer = make(L::NP);
      for (int32_t p : parts) add(outer, p);
      if (t == Tag::Comma && (subject || !np_starts(pos + 1))) add(outer, leaf());
      return outer;
    }
  }
  pos = after_first;
  (void)start;
  return np;
}

int32_t Parser::Scratch::parse_adjp() {
  int32_t adjp = make(L::ADJP);
  while (is_adv(cur()) && (is_adj(tag(pos + 1)) || is_adv(tag(pos + 1)))) add(adjp, leaf());
  if (!is_adj(cur())) return adjp;
  add(adjp, leaf());
  if ((cur() == Tag::IN || cur() == Tag::TO) && np_starts(pos + 1) && !is_subordinator(lemma(pos)))
    add(adjp, parse_pp());
  else if (cur() == Tag::TO && verb_starts(pos + 1))
    add(adjp, parse_to_infinitive());
  return adjp;
}

int32_t Parser::Scratch::parse_to_infinitive() {
  // (S (VP (TO to) (VP (VB go) ...)))
  int32_t s = make(L::S);
  int32_t vp = make(L::VP);
  add(vp, leaf());
  add(vp, parse_vp());
  add(s, vp);
  return s;
}

int32_t Parser::Scratch::parse_sbar() {
  // "that S", "because S", "whether S", "why S"
  int32_t sbar = make(L::SBAR);
  Tag t = cur();
  if (t == Tag::WRB) {
    add(sbar, wrap(L::WHADVP, leaf()));
  } else if (t == Tag::WDT || t == Tag::WP) {
    add(sbar, wrap(L::WHNP, leaf()));
  } else {
    add(sbar, leaf());
  }
  int32_t s = parse_clause(false);
  if (s >= 0) add(sbar, s);
  return sbar;
}

int32_t Parser::Scratch::parse_vp(bool predicate) {
  // A clause's predicate is finite whatever its tag says ("vessels that collided", with
  // "collided" read as a participle, still takes "and caused").
  const Form form = predicate && form_at(pos) != Form::kNone ? Form::kFinite : form_at(pos);
  open_vps.push_back(form);
  struct Close {
    std::vector<Form>& v;
    ~Close() { v.pop_back(); }
  } close{open_vps};
  int32_t first = parse_vp_single();
  if (first < 0) return -1;
  // VP coordination: "arrested him and charged him", "met ..., and agreed ...". A verb
  // joins the nearest open verb phrase of its own form: "accused X of plotting and said"
  // coordinates "said" with "accused" (finite with finite, the verb phrase whose subject
  // it shares), "to stop enriching uranium and release" coordinates "release" with "stop";
  // a form no open phrase has joins this one.
  size_t k = pos;
  if (tag(k) == Tag::Comma && tag(k + 1) == Tag::CC) ++k;
  if (tag(k) != Tag::CC || !verb_starts(k + 1)) return first;
  const Form next = form_at(k + 1);
  if (next == Form::kNone || (next != form && outer_vp_has_form(next))) return first;
  // "said they would free the hostages and asked for talks": a past tense does not go on
  // a modal's verb phrase (reported "would" is already past) when an outer one can take it.
  if (next == Form::kFinite && tag(pos_of_verb(k + 1)) == Tag::VBD && modal_head(first) &&
      outer_vp_has_form(Form::kFinite))
    return first;
  int32_t outer = make(L::VP);
  add(outer, first);
  while (pos < k + 1) add(outer, leaf());
  add(outer, parse_vp());
  return outer;
}

int32_t Parser::Scratch::parse_vp_single() {
  const Tag t0 = cur();
  if (!(is_verb(t0) || t0 == Tag::MD || (is_adv(t0) && verb_starts(pos + 1)))) return -1;
  int32_t top = make(L::VP);
  int32_t vp = top;
  // Leading adverbs ("also said") go inside the VP as ADVP.
  while (is_adv(cur()) && !at_end() && verb_starts(pos + 1) && !is_verb(cur())) {
    add(vp, wrap(L::ADVP, leaf()));
  }
  while (!at_end()) {
    const Tag t = cur();
    if (!(is_verb(t) || t == Tag::MD)) break;
    // An auxiliary is followed (after adverbs/negation) by another verb.
    size_t k = pos + 1;
    // Adverbs, also coordinated ones: "was heavily and unjustly criticized".
    while (is_adv(tag(k)) ||
           (tag(k) == Tag::CC && k > pos + 1 && is_adv(tag(k - 1)) && is_adv(tag(k + 1))))
      ++k;
    const Tag nt = tag(k);
    const std::string_view l = lemma(pos);
    const bool aux = (t == Tag::MD || l == "be" || l == "have" || l == "do" || l == "get") &&
                     (is_verb(nt) || nt == Tag::MD) && nt != Tag::VBP && nt != Tag::VBZ &&
                     nt != Tag::VBD;
    if (!aux) {
      size_t main = pos;
      add(vp, leaf());
      parse_complements(vp, main);
      return top;
    }
    add(vp, leaf());
    while (pos < k) {
      if (tag(pos + 1) == Tag::CC && pos + 2 < k) {
        int32_t advp = make(L::ADVP);
        add(advp, wrap(L::ADVP, leaf()));
        add(advp, leaf());
        add(advp, wrap(L::ADVP, leaf()));
        add(vp, advp);
      } else if (lemma(pos) == "not" || lemma(pos) == "never") {
        add(vp, leaf());
      } else {
        add(vp, wrap(L::ADVP, leaf()));
      }
    }
    int32_t inner = make(L::VP);
    add(vp, inner);
    vp = inner;
  }
  return top;
}

void Parser::Scratch::parse_complements(int32_t vp, size_t main) {
  const std::string_view verb = lemma(main);
  const bool say = has_flag(main, kSayLemma);
  const bool be = verb == "be" || verb == "become" || verb == "remain" || verb == "seem";
  int objects = 0;
  while (!at_end()) {
    const Tag t = cur();
    const std::string_view l = lemma(pos);
    if (t == Tag::RP) {
      add(vp, wrap(L::PRT, leaf()));
      continue;
    }
    if (say && t == Tag::Comma && tag(pos + 1) == Tag::OpenQuote) {
      add(vp, leaf());  // said, "..."
      continue;
    }
    if (t == Tag::OpenQuote && say) {
      // said "it is now vital ..."
      int32_t s = make(L::S);
      add(s, leaf());
      int32_t inner = parse_clause(true);
      if (inner >= 0) add(s, inner);
      if (cur() == Tag::CloseQuote) add(s, leaf());
      add(vp, s);
      continue;
    }
    if (say && clause_follows(pos)) {
      // said [that] S: CoreNLP gives (SBAR (S ...)) when "that" is dropped.
      int32_t sbar = make(L::SBAR);
      int32_t s = parse_clause(true);
      if (s < 0) break;
      add(sbar, s);
      add(vp, sbar);
      continue;
    }
    if (t == Tag::IN && l == "that") {
      add(vp, parse_sbar());
      continue;
    }
    if (measure_clause_at(pos) || (t == Tag::Comma && measure_clause_at(pos + 1))) {
      // "[,] almost five years after crowds burned ...": (SBAR (NP ..) (IN after) (S ..)).
      if (t == Tag::Comma) add(vp, leaf());
      int32_t sbar = make(L::SBAR);
      int32_t np = make(L::NP);
      while (cur() != Tag::IN) add(np, leaf());
      add(sbar, np);
      add(sbar, leaf());
      int32_t s = parse_clause(false);
      if (s >= 0) add(sbar, s);
      add(vp, sbar);
      continue;
    }
    if (be && t == Tag::IN && l == "about" && tag(pos + 1) == Tag::TO && verb_starts(pos + 2)) {
      // "is about to restore": (VP (IN about) (S (VP (TO to) ..))).
      int32_t inner = make(L::VP);
      add(inner, leaf());
      add(inner, parse_to_infinitive());
      add(vp, inner);
      continue;
    }
    if ((t == Tag::IN && is_subordinator(l) && clause_follows(pos + 1)) ||
        ((t == Tag::WRB || t == Tag::WP || t == Tag::WDT) && objects <= 1 && !be)) {
      add(vp, parse_sbar());
      continue;
    }
    if (t == Tag::TO && verb_starts(pos + 1)) {
      add(vp, parse_to_infinitive());
      continue;
    }
    if ((t == Tag::IN || t == Tag::TO || (t == Tag::VBG && l == "accord"))) {
      int32_t pp = parse_pp();
      if (pp < 0) break;
      add(vp, pp);
      continue;
    }
    if (np_starts(pos) &&
        !(is_adj(t) && !is_noun(tag(pos + 1)) && !is_adj(tag(pos + 1)) && tag(pos + 1) != Tag::CC &&
          !(tag(pos + 1) == Tag::Comma && is_adj(tag(pos + 2)))) &&
        (objects < 2 || time_phrase_at(pos))) {
      if (objects == 1) {
        // A second NP only after a pronoun or short object ("told him the news") or as
        // a time ("said Wednesday").
        if (!(is_noun(t) || t == Tag::DT || t == Tag::CD || time_phrase_at(pos))) break;
      }
      const bool tmp = time_phrase_at(pos) && tag(pos) != Tag::NNP &&
                       (tag(pos) != Tag::DT || tag(pos + 1) != Tag::NNP);
      int32_t np = parse_np(false, false);
      if (np < 0) break;
      if (tmp && nodes[static_cast<size_t>(np)].first >= 0 &&
          nodes[static_cast<size_t>(nodes[static_cast<size_t>(np)].first)].label == L::Leaf) {
        // "said today", "meet next week": CoreNLP's NP-TMP, a time and not an object.
        nodes[static_cast<size_t>(np)].label = L::NPTMP;
        add(vp, np);
        continue;
      }
      if (objects == 0 && cur() == Tag::TO && verb_starts(pos + 1) &&
          (bare_name(np) ||
           tag(static_cast<size_t>(
               nodes[static_cast<size_t>(nodes[static_cast<size_t>(np)].first)].token)) ==
               Tag::PRP)) {
        // "wants Putin to attack", "urged them to leave": CoreNLP's (S (NP ..) (VP (TO to) ..)).
        int32_t s = make(L::S);
        add(s, np);
        int32_t inf = parse_to_infinitive();
        const int32_t inner = nodes[static_cast<size_t>(inf)].first;  // the (VP (TO to) ..)
        add(s, inner);
        add(vp, s);
        ++objects;
        continue;
      }
      add(vp, np);
      ++objects;
      continue;
    }
    if (is_adj(t) || (is_adv(t) && is_adj(tag(pos + 1)))) {
      add(vp, parse_adjp());
      continue;
    }
    if (t == Tag::VBG || (t == Tag::VBN && be)) {
      int32_t s = make(L::S);
      add(s, parse_vp());
      add(vp, s);
      continue;
    }
    if (is_adv(t)) {
      add(vp, wrap(L::ADVP, leaf()));
      continue;
    }
    if (t == Tag::Comma && (tag(pos + 1) == Tag::VBG) && lemma(pos + 1) != "accord") {
      // ", condemning the new legislation": a participial adjunct.
      add(vp, leaf());
      int32_t s = make(L::S);
      add(s, parse_vp());
      add(vp, s);
      continue;
    }
    if (t == Tag::Comma && tag(pos + 1) == Tag::PRP && is_finite_verb(tag(pos + 2)) &&
        tag(pos + 3) == Tag::Comma && pos + 4 < n) {
      // ", it seems,", ", he said,": a parenthetical inside the verb phrase.
      int32_t prn = make(L::PRN);
      add(prn, leaf());
      int32_t s = make(L::S);
      add(s, wrap(L::NP, leaf()));
      add(s, wrap(L::VP, leaf()));
      add(prn, s);
      add(prn, leaf());
      add(vp, prn);
      continue;
    }
    if (t == Tag::Colon && lemma(pos) == "--" &&
        (tag(pos + 1) == Tag::RB || tag(pos + 1) == Tag::IN)) {
      add(vp, leaf());  // "released a statement -- along with ..."
      continue;
    }
    break;
  }
}

bool Parser::Scratch::reporting_clause_at(size_t i) const {
  // ", [''] NP said ..." or ", said NP"
  if (tag(i) != Tag::Comma) return false;
  size_t k = i + 1;
  if (tag(k) == Tag::CloseQuote) ++k;
  if (is_verb(tag(k)) && has_flag(k, kSayLemma)) return true;
  size_t j = k;
  while (j < n && (np_start_tag(tag(j)) || tag(j) == Tag::POS || tag(j) == Tag::IN ||
                   tag(j) == Tag::Comma)) {
    if (tag(j) == Tag::IN && lemma(j) != "of") return false;
    ++j;
  }
  if (j == k) return false;
  while (is_adv(tag(j))) ++j;
  return is_verb(tag(j)) && has_flag(j, kSayLemma) &&
         (is_finite_verb(tag(j)) || tag(j) == Tag::VBN);
}

int32_t Parser::Scratch::parse_clause(bool need_subject) {
  const size_t start = pos;
  int32_t s = make(L::S);
  // Fronted modifiers: "Last week,", "In Beijing,", "According to X,", "If ..., ".
  while (!at_end()) {
    const Tag t = cur();
    const std::string_view l = lemma(pos);
    size_t save = pos;
    if ((t == Tag::IN || t == Tag::WRB) && (is_subordinator(l) || t == Tag::WRB) &&
        clause_follows(pos + 1) && pos == start) {
      add(s, parse_sbar());
      if (cur() == Tag::Comma) add(s, leaf());
      continue;
    }
    if ((t == Tag::IN || t == Tag::TO || (t == Tag::VBG && l == "accord")) && pos == start) {
      int32_t pp = parse_pp();
      if (pp >= 0) {
        add(s, pp);
        if (cur() == Tag::Comma) add(s, leaf());
        continue;
      }
    }
    if (is_adv(t) && tag(pos + 1) == Tag::Comma) {
      add(s, wrap(L::ADVP, leaf()));
      add(s, leaf());
      continue;
    }
    if ((t == Tag::VBG || t == Tag::VBN) && pos == start && !need_subject) break;
    if ((t == Tag::VBG || t == Tag::VBN) && pos == start) {
      // "Speaking to reporters, X said ..."
      int32_t inner = make(L::S);
      add(inner, parse_vp());
      if (cur() == Tag::Comma) {
        add(s, inner);
        add(s, leaf());
        continue;
      }
      pos = save;
    }
    break;
  }
  int32_t subject = -1;
  if (np_starts(pos)) {
    size_t save = pos;
    subject = parse_np(true, true);
    // A fronted time NP before the subject: "Last week, the government ...".
    if (subject >= 0 && cur() == Tag::Comma && np_starts(pos + 1)) {
      size_t save2 = pos;
      int32_t comma = leaf();
      int32_t real = parse_np(true, true);
      if (real >= 0 && verb_starts(pos)) {
        add(s, subject);
        add(s, comma);
        subject = real;
      } else {
        pos = save2;
      }
    }
    if (subject >= 0 && (cur() == Tag::NNP || cur() == Tag::NNPS) && !verb_starts(pos) &&
        ends_in_common_noun(subject)) {
      // "Old foes India and Pakistan agreed": a description and then the names.
      const size_t save2 = pos;
      int32_t names = parse_np(true, true);
      if (names >= 0 && verb_starts(pos)) {
        int32_t outer = make(L::NP);
        add(outer, subject);
        add(outer, names);
        subject = outer;
      } else {
        pos = save2;
      }
    }
    (void)save;
  }
  // "Putin on Monday warned ...": a time between the subject and its verb is the verb's.
  int32_t time = -1;
  if (subject >= 0 && cur() == Tag::IN && time_phrase_at(pos + 1)) {
    const size_t save = pos;
    time = parse_pp();
    if (time < 0 || !verb_starts(pos)) {
      pos = save;
      time = -1;
    }
  }
  int32_t vp = parse_vp(subject >= 0 || !need_subject);
  if (vp < 0 && subject < 0) {
    if (pos == start) return -1;
  }
  if (vp < 0 && !need_subject && subject >= 0 && nodes[static_cast<size_t>(s)].count == 0) {
    pos = start;  // a bare NP is not a clause
    return -1;
  }
  add(s, subject);
  if (time >= 0) add(s, time);
  add(s, vp);
  return s;
}

int32_t Parser::Scratch::parse_sentence() {
  int32_t root = make(L::ROOT);
  int32_t s = make(L::S);
  add(root, s);
  if (n > kMaxParsedTokens) {
    // Run-on text (tables, lists without punctuation): the recursive grammar would nest
    // very deep, so keep it flat; the tokens, tags and lemmas are still there.
    while (!at_end()) add(s, leaf());
    return root;
  }
  if (dateline_tokens > 0 && dateline_tokens < n) {
    // (S (NP (NNP OTTAWA)) (: --) (NP ...) (VP ...)): the place stays visible to the coder.
    int32_t place = make(L::NP);
    while (pos < dateline_tokens && (is_noun(cur()) || cur() == Tag::Comma || cur() == Tag::CD))
      add(place, leaf());
    if (nodes[static_cast<size_t>(place)].count > 0) add(s, place);
    while (pos < dateline_tokens) add(s, leaf());
  }
  std::vector<int32_t> lead;
  while (cur() == Tag::OpenQuote || cur() == Tag::Colon) lead.push_back(leaf());
  int32_t clause = parse_clause(true);
  int32_t body = s;  // where trailing material goes
  if (clause >= 0) {
    for (int32_t q : lead) add(s, q);
    // Reporting clause, clause coordination, or nothing: decide what follows.
    if (reporting_clause_at(pos)) {
      add(s, clause);
      add(s, leaf());  // ,
      if (cur() == Tag::CloseQuote) add(s, leaf());
      if (np_starts(pos)) add(s, parse_np(true, true));
      add(s, parse_vp());
    } else if ((cur() == Tag::CC || (cur() == Tag::Comma && tag(pos + 1) == Tag::CC) ||
                cur() == Tag::Colon) &&
               clause_follows(pos + (cur() == Tag::Comma ? 2 : 1))) {
      add(s, clause);
      while (cur() == Tag::Comma || cur() == Tag::CC || cur() == Tag::Colon) add(s, leaf());
      int32_t second = parse_clause(true);
      add(s, second);
    } else {
      // The clause is the sentence: lift its children into s.
      PNode& c = nodes[static_cast<size_t>(clause)];
      for (int32_t k = c.first; k >= 0;) {
        int32_t next = nodes[static_cast<size_t>(k)].next;
        add(s, k);
        k = next;
      }
    }
  } else {
    for (int32_t q : lead) add(s, q);
  }
  // Whatever is left: quotes, punctuation, stray phrases.
  while (!at_end()) {
    const size_t before = pos;
    const Tag t = cur();
    if (t == Tag::Comma && reporting_clause_at(pos)) {
      // Wrap what we have so far as an inner clause.
      // (make() may grow the arena: take the reference after it.)
      const int32_t inner = make(L::S);
      PNode& sn = nodes[static_cast<size_t>(s)];
      nodes[static_cast<size_t>(inner)].first = sn.first;
      nodes[static_cast<size_t>(inner)].last = sn.last;
      nodes[static_cast<size_t>(inner)].count = sn.count;
      sn.first = sn.last = -1;
      sn.count = 0;
      add(s, inner);
      add(s, leaf());
      if (cur() == Tag::CloseQuote) add(s, leaf());
      if (np_starts(pos)) add(s, parse_np(true, true));
      add(s, parse_vp());
      continue;
    }
    int32_t k = -1;
    if (t == Tag::IN && is_subordinator(lemma(pos)) && clause_follows(pos + 1)) k = parse_sbar();
    if (k < 0 && (t == Tag::IN || t == Tag::TO)) k = parse_pp();
    if (k < 0 && np_starts(pos)) k = parse_np(false, true);
    if (k < 0 && verb_starts(pos)) k = parse_vp();
    if (k < 0 && is_adv(t)) k = wrap(L::ADVP, leaf());
    if (k < 0 || pos == before) {
      pos = before;
      k = leaf();
    }
    add(body, k);
  }
  return root;
}

}  // namespace vigil::nlp
