#include "verb_parts.h"

#include "reader_util.h"

namespace vigil::dict::detail {

namespace {

bool has_space(std::string_view s) { return s.find_first_of(" \t") != std::string_view::npos; }

}  // namespace

bool parse_event_code(std::string_view inside, EventCode& out, std::string& err) {
  std::string_view t = trim(inside);
  if (t.empty()) {
    err = "empty code '[]'; expected [CODE], [A:B] or [---]";
    return false;
  }
  if (has_space(t)) {
    err = "code '[" + std::string(inside) + "]' contains a space; expected [CODE] or [A:B]";
    return false;
  }
  size_t colon = t.find(':');
  if (colon == std::string_view::npos) {
    out.forward = std::string(t);
    out.reverse.clear();
    return true;
  }
  std::string_view fwd = t.substr(0, colon);
  std::string_view rev = t.substr(colon + 1);
  if (rev.empty() || rev.find(':') != std::string_view::npos) {
    err = "bad paired code '[" + std::string(t) + "]'; expected [A:B] or [:B]";
    return false;
  }
  out.forward = std::string(fwd);
  out.reverse = std::string(rev);
  return true;
}

bool parse_verb_phrase(std::string_view text, const VerbPhrase* base, VerbPhrase& out,
                       std::string& err) {
  out = VerbPhrase{};
  int head = -1;
  size_t i = 0;
  while (true) {
    size_t us = text.find('_', i);
    std::string_view piece = text.substr(i, us == std::string_view::npos ? us : us - i);
    bool plus = !piece.empty() && piece[0] == '+';
    if (plus) piece.remove_prefix(1);
    if (piece.empty()) {
      err = "empty word in verb '" + std::string(text) + "'; expected WORD or WORD_+WORD";
      return false;
    }
    if (piece.find('+') != std::string_view::npos) {
      err = "'+' inside a word in verb '" + std::string(text) +
            "'; '+' goes before the head word only";
      return false;
    }
    if (plus) {
      if (head >= 0) {
        err = "verb '" + std::string(text) + "' marks more than one head word with '+'";
        return false;
      }
      head = static_cast<int>(out.words.size());
    }
    out.words.push_back(upper(piece));
    if (us == std::string_view::npos) break;
    i = us + 1;
  }
  if (head < 0) {
    if (out.words.size() == 1) {
      head = 0;
    } else if (base != nullptr && base->words.size() == out.words.size()) {
      head = static_cast<int>(base->head);
    } else {
      err = "multi-word verb '" + std::string(text) +
            "' needs '+' before its head word, e.g. +CORDON_OFF or WIRE_+TAP";
      return false;
    }
  }
  out.head = static_cast<size_t>(head);
  return true;
}

namespace {

enum class TokKind { kWord, kStar, kOpenNoun, kCloseNoun, kOpenPrep, kClosePrep };

struct Tok {
  TokKind kind = TokKind::kWord;
  std::string text;
  bool joined_before = false;   // '_' directly before it
};

std::vector<Tok> tokenize(std::string_view body) {
  std::vector<Tok> toks;
  std::string cur;
  bool cur_joined = false;
  bool glue = false;
  auto flush = [&] {
    if (!cur.empty()) toks.push_back(Tok{TokKind::kWord, std::move(cur), cur_joined});
    cur.clear();
  };
  for (char c : body) {
    if (c == ' ' || c == '\t') {
      flush();
      glue = false;  // "IN_ *": a '_' before a space joins nothing (TABARI's open match)
    } else if (c == '_') {
      flush();
      glue = !toks.empty();
    } else if (c == '*' || c == '(' || c == ')' || c == '{' || c == '}') {
      flush();
      TokKind k = c == '*'   ? TokKind::kStar
                  : c == '(' ? TokKind::kOpenPrep
                  : c == ')' ? TokKind::kClosePrep
                  : c == '{' ? TokKind::kOpenNoun
                             : TokKind::kCloseNoun;
      toks.push_back(Tok{k, {}, c == '*' && glue});
      glue = false;
    } else {
      if (cur.empty()) {
        cur_joined = glue;
        glue = false;
      }
      cur.push_back(c);
    }
  }
  flush();
  return toks;
}

}  // namespace

BodyResult parse_pattern_body(std::string_view body, const std::unordered_set<std::string>& synsets,
                        Pattern& p, std::string& err, std::string& undefined) {
  std::vector<Tok> toks = tokenize(body);
  bool seen_star = false, in_noun = false, in_prep = false;
  auto list = [&]() -> std::vector<PatternElement>& { return seen_star ? p.after : p.before; };
  auto push = [&](PatternElement e, bool joined_before) {
    auto& l = list();
    if (joined_before) {
      if (!l.empty()) {
        l.back().joined_to_next = true;
      } else if (seen_star) {
        p.verb_joined_after = true;
      }
    }
    l.push_back(std::move(e));
  };
  for (size_t i = 0; i < toks.size(); ++i) {
    Tok& t = toks[i];
    PatternElement e;
    switch (t.kind) {
      case TokKind::kStar:
        if (seen_star) {
          err = "more than one '*'; a pattern has exactly one verb position";
          return BodyResult::kError;
        }
        if (in_noun || in_prep) {
          err = "'*' inside {...} or (...)";
          return BodyResult::kError;
        }
        seen_star = true;
        if (t.joined_before && !p.before.empty()) {
          p.verb_joined_before = true;
          p.before.back().joined_to_next = true;
        }
        continue;
      case TokKind::kOpenNoun:
        if (in_noun) {
          err = "'{' inside another '{...}'";
          return BodyResult::kSkipped;
        }
        in_noun = true;
        e.kind = PatternElement::Kind::kNounOpen;
        push(e, false);
        continue;
      case TokKind::kCloseNoun:
        if (!in_noun) {
          err = "'}' without a matching '{'";
          return BodyResult::kSkipped;
        }
        in_noun = false;
        e.kind = PatternElement::Kind::kNounClose;
        push(e, false);
        continue;
      case TokKind::kOpenPrep:
        if (in_prep || in_noun) {
          err = "'(' inside another '(...)' or '{...}'";
          return BodyResult::kSkipped;
        }
        in_prep = true;
        e.kind = PatternElement::Kind::kPrepOpen;
        push(e, false);
        continue;
      case TokKind::kClosePrep:
        if (!in_prep || in_noun) {
          err = in_noun ? "')' while a '{' is still open" : "')' without a matching '('";
          return BodyResult::kSkipped;
        }
        in_prep = false;
        e.kind = PatternElement::Kind::kPrepClose;
        push(e, false);
        continue;
      case TokKind::kWord:
        break;
    }
    const std::string& w = t.text;
    if (w == "$") {
      e.kind = PatternElement::Kind::kSource;
    } else if (w == "+") {
      e.kind = PatternElement::Kind::kTarget;
    } else if (w == "%") {
      e.kind = PatternElement::Kind::kCompound;
    } else if (w == "^") {
      e.kind = PatternElement::Kind::kSkipActor;
    } else if (w[0] == '&') {
      // The longest run of '_'-joined words that names a synset: &FIGHT_OF_WORDS is one
      // synset, &FIGHT_CRIM is &FIGHT joined to CRIM.
      std::string name = upper(std::string_view(w).substr(1));
      std::string best = synsets.count(name) != 0 ? name : std::string();
      size_t used = 0, j = i + 1;
      std::string cand = name;
      while (j < toks.size() && toks[j].kind == TokKind::kWord && toks[j].joined_before &&
             toks[j].text[0] != '&') {
        cand += "_" + upper(toks[j].text);
        if (synsets.count(cand) != 0) {
          best = cand;
          used = j - i;
        }
        ++j;
      }
      if (best.empty()) {
        if (undefined.empty()) undefined = name.empty() ? "&" : name;
        best = name;
      }
      i += used;
      e.kind = PatternElement::Kind::kSynset;
      e.text = best;
    } else {
      e.text = upper(w);
    }
    push(std::move(e), t.joined_before);
  }
  if (!seen_star) {
    err = "no '*' (the verb's place); expected '- WORDS * WORDS [CODE]'";
    return BodyResult::kError;
  }
  if (in_noun || in_prep) {
    err = std::string("unclosed '") + (in_noun ? "{" : "(") + "'";
    return BodyResult::kSkipped;
  }
  return BodyResult::kOk;
}

}  // namespace vigil::dict::detail
