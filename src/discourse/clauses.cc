// The reporting clause around a quotation. See clauses.h and docs/discourse.md.
#include "clauses.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string>

#include "vigil/calendar.h"

namespace vigil::discourse::detail {

namespace {
constexpr size_t npos = std::string_view::npos;
}  // namespace

// Verbs that report what someone said or how they qualified something: the speech verbs
// and those that carry a quoted phrase ("called the law ‘…’", "accused X of ‘…’").
bool is_reporting_verb(std::string_view w) {
  if (is_speech_verb(w)) return true;
  static const WordList k = {
      "called",     "calls",       "call",        "calling",     "described",  "describes",
      "describing", "accused",     "accuses",     "accusing",    "blasted",    "condemned",
      "condemns",   "condemning",  "welcomed",    "welcomes",    "hailed",     "rejected",
      "rejects",    "denounced",   "characterized", "characterised", "labelled", "labeled",
      "branded",    "dismissed",   "praised",     "criticised",  "criticized", "slammed",
      "promised",   "promises",    "threatened",  "saying",      "adding",     "telling",
      "warning",    "urging",      "expressed",   "voiced",      "decried",    "termed",
      "confirmed",  "reaffirmed",  "reiterated",  "underlined",  "underscored", "shouted",
      "shouting",   "chanted",     "chanting",    "sang",        "singing",    "yelled",
      "quoted",     "quoting",     "denied",      "cited",       "indicated",  "signalled",
      "signaled",   "fear",        "fears",       "feared",      "believe",    "believes",
      "believed",   "accepted",    "hope",        "hopes",       "hoped",      "expects",
      "expected",   "mentioned",   "revealed",    "reported",    "proposed",   "recommended",
      "appealed",   "attacked",    "agreed",      "insisting",   "noting",     "stressing",
      "arguing",    "claiming",    "labelling",   "branding",    "praising",   "criticising",
      "criticizing", "blaming",    "blamed",      "vowing",      "promising",  "pledging",
      "pledged",    "vowed"};
  return k.contains(w);
}

bool is_chant_verb(std::string_view w) {
  static const WordList k = {
      "chanted", "chanting", "chant", "chants", "shouted", "shouting", "shout", "shouts",
      "sang", "singing", "yelled", "yelling", "chorused", "slogans"};
  return k.contains(w);
}

namespace {

// Words between which a new clause starts, so the subject of a later verb is after them.
bool is_clause_boundary(std::string_view w) {
  static const WordList k = {"that", "although", "though", "while",
                                                "whereas", "because", "where", "but",
                                                "what", "as", "when", "which"};
  return k.contains(w);
}

bool is_subject_filler(std::string_view w) {
  static const std::array<const char*, 30> k = {
      "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then",
      "again", "later", "earlier", "previously", "reportedly", "repeatedly", "already",
      "once", "did", "does", "who", "yesterday", "today", "briefly", "angrily", "had",
      "publicly", "separately", "last"};
  std::string l = lower(w);
  for (const char* v : k)
    if (l == v) return true;
  return text::weekday_number(l) >= 0 || l == "night";
}

}  // namespace

// Words of [b, e) outside every quoted stretch.
std::vector<Word> words_outside(std::string_view t, size_t b, size_t e,
                                const std::vector<RawQuote>& raws) {
  std::vector<Word> out;
  for (const Word& w : words(t, b, e)) {
    auto it = std::upper_bound(raws.begin(), raws.end(), w.begin,
                               [](size_t p, const RawQuote& r) { return p < r.open; });
    bool inside = it != raws.begin() && w.begin < std::prev(it)->after;
    if (!inside) out.push_back(w);
  }
  return out;
}

// A group named in lower case: "protesters", "some", "jubilant crowds outside the hall".
Speaker noun_phrase_speaker(std::string_view t, size_t b, size_t e) {
  trim(t, b, e);
  while (e > b && (t[e - 1] == ',' || t[e - 1] == '.')) --e;
  auto ws = words(t, b, e);
  if (ws.empty() || ws.size() > 8) return {};
  Speaker s;
  s.begin = ws.front().begin;
  s.end = ws.back().end;
  s.name = std::string(t.substr(s.begin, s.end - s.begin));
  s.noun_phrase = true;
  return s;
}

// The subject of a clause: [b, e) is the text before its verb.
Speaker clause_subject(std::string_view t, size_t b, size_t e) {
  trim(t, b, e);
  // "Jane Roe, a lawyer, has said": the comma before the verb's auxiliaries still marks
  // the appositions.
  bool comma_before = false;
  // "Ban yesterday condemned", "the protesters, who chanted": not part of the subject.
  for (;;) {
    auto ws = words(t, b, e);
    if (ws.empty()) return {};
    auto last = t.substr(ws.back().begin, ws.back().end - ws.back().begin);
    if (!is_subject_filler(last) && lower(last) != "on") break;
    e = ws.back().begin;
    trim(t, b, e);
    while (e > b && (t[e - 1] == ',' || t[e - 1] == ' ')) {
      if (t[e - 1] == ',') comma_before = true;
      --e;
    }
  }
  // "Sen. Jane Roe (D-Vt.) said", "Acme Corp <ACME.N> said": the bracket is no name.
  while (e > b && (t[e - 1] == ')' || t[e - 1] == '>')) {
    size_t open_b = t.rfind(t[e - 1] == ')' ? '(' : '<', e - 1);
    if (open_b == npos || open_b < b) break;
    e = open_b;
    trim(t, b, e);
  }
  if (e <= b) return {};
  {
    // "…, although earlier he had warned": the pronoun next to the verb is its subject.
    auto ws = words(t, b, e);
    if (ws.empty()) return {};
    auto lw = t.substr(ws.back().begin, ws.back().end - ws.back().begin);
    if (is_pronoun(lw)) {
      Speaker p;
      p.pronoun = true;
      p.name = std::string(lw);
      p.begin = ws.back().begin;
      p.end = ws.back().end;
      return p;
    }
  }
  // Dashes: "27 May – The council said" (the subject after the dash), "Jane Roe — who
  // lost in 2022 — announced" (an aside after the subject).
  for (std::string_view dash : {std::string_view("\xE2\x80\x94"), std::string_view("\xE2\x80\x93"),
                                std::string_view(" - "), std::string_view(" -- ")}) {
    std::string_view sv = t.substr(b, e - b);
    size_t first = sv.find(dash), last = sv.rfind(dash);
    if (first == npos) continue;
    size_t after = b + last + dash.size();
    if (!words(t, after, e).empty()) {
      b = after;
    } else if (first > 0) {
      e = b + first;
    }
    trim(t, b, e);
    if (e <= b) return {};
  }
  auto chunks = comma_chunks(t, b, e);
  size_t k = 0;
  while (k + 1 < chunks.size() && chunk_is_adverbial(t, chunks[k].first, chunks[k].second)) ++k;
  if (k >= chunks.size()) return subject_before(t, b, e);
  size_t tb = b, te = e;
  trim(t, tb, te);
  // “…, quoting a “Joint Declaration,” said”: a comma inside closing marks counts.
  while (te > tb && closing_mark_len(t, te - 1) == 1 && t[te - 1] != ')') --te;
  while (te >= tb + 3 && t.compare(te - 3, 3, "\xE2\x80\x9D") == 0) te -= 3;
  const bool appositions = comma_before || (te > tb && t[te - 1] == ',');
  size_t kk = appositions ? k : chunks.size() - 1;
  Speaker s;
  if (kk > k) {
    // No comma before the verb: its subject is in the last chunk ("…, with many saying",
    // "…, and some protesters shouted"), after a leading "with".
    size_t lb = chunks[kk].first;
    auto lw = words(t, lb, chunks[kk].second);
    if (!lw.empty() && lower(t.substr(lw[0].begin, lw[0].end - lw[0].begin)) == "with" &&
        lw.size() > 1)
      lb = lw[1].begin;
    chunks[kk].first = lb;
    s = subject_before(t, lb, chunks[kk].second);
  } else {
    s = subject_before(t, b, e);
  }
  if (s.ok()) {
    if (s.pronoun || s.noun_phrase || !s.role.empty()) return s;
    // A name inside a lower-case phrase is not its head: "jubilant crowds outside the
    // Congress", "One woman who took part in Tuesday's protest".
    auto cw = words(t, chunks[kk].first, chunks[kk].second);
    if (cw.empty() || s.begin < chunks[kk].first || s.end > chunks[kk].second) return s;
    auto w0 = t.substr(cw[0].begin, cw[0].end - cw[0].begin);
    const std::string l0 = lower(w0);
    bool lower_head = !starts_upper(t, cw[0].begin) || l0 == "one" || l0 == "some" ||
                      l0 == "many" || l0 == "another" || l0 == "the" || l0 == "a" || l0 == "an";
    size_t ce = chunks[kk].second;
    while (ce > chunks[kk].first && (t[ce - 1] == '.' || t[ce - 1] == ':')) --ce;
    if (!(lower_head && s.end != ce && s.begin != cw[0].begin)) return s;
  }
  return noun_phrase_speaker(t, chunks[kk].first, chunks[kk].second);
}

namespace {

// The main subject of the sentence that starts at `sb`: its first chunk that is not an
// adverbial, up to the first word that looks like a verb.
Speaker main_subject(std::string_view t, size_t sb, size_t limit) {
  auto chunks = comma_chunks(t, sb, limit);
  size_t k = 0;
  while (k + 1 < chunks.size() && chunk_is_adverbial(t, chunks[k].first, chunks[k].second)) ++k;
  if (k >= chunks.size()) return {};
  auto ws = words(t, chunks[k].first, chunks[k].second);
  size_t v = 0;
  for (; v < ws.size(); ++v) {
    auto w = t.substr(ws[v].begin, ws[v].end - ws[v].begin);
    if (starts_upper(t, ws[v].begin)) continue;
    std::string l = lower(w);
    if (is_reporting_verb(w) || is_subject_filler(w) ||
        (l.size() > 3 && (l.compare(l.size() - 2, 2, "ed") == 0 ||
                          l.compare(l.size() - 2, 2, "ly") == 0)))
      break;
  }
  if (v == 0 || v == ws.size()) return {};
  return clause_subject(t, ws[0].begin, ws[v].begin);
}

}  // namespace

// The speaker of a phrase quoted inside a sentence: the subject of the nearest reporting
// verb before it ("X said the law was ‘…’"), or, when that verb has none of its own
// ("… and accused Y of ‘…’", ", shouting ‘…’"), of the verb before it, else the
// sentence's subject. `verb` receives the reporting verb's position (npos when none).
Speaker reporting_clause(std::string_view t, size_t sb, size_t open,
                         const std::vector<RawQuote>& raws, size_t* verb) {
  *verb = npos;
  auto ws = words_outside(t, sb, open, raws);
  size_t k = ws.size();
  size_t tried = 0;  // verbs looked at: a few are enough, and long sentences stay linear
  while (k-- > 0 && tried < 4) {
    auto w = t.substr(ws[k].begin, ws[k].end - ws[k].begin);
    if (!is_reporting_verb(w) || starts_upper(t, ws[k].begin)) continue;
    ++tried;
    // "Radio X quoted the minister as saying …": the one quoted speaks.
    if (k >= 3 && lower(w) == "saying" &&
        lower(t.substr(ws[k - 1].begin, ws[k - 1].end - ws[k - 1].begin)) == "as") {
      for (size_t j = k - 1; j-- > 0 && k - j <= 14;) {
        std::string lj = lower(t.substr(ws[j].begin, ws[j].end - ws[j].begin));
        if (lj != "quoted" && lj != "quotes" && lj != "cited") continue;
        Speaker n = parse_name(t, ws[j].end, ws[k - 1].begin, true);
        if (n.ok() && !n.pronoun) {
          if (*verb == npos) *verb = ws[k].begin;
          return n;
        }
        break;
      }
    }
    if (*verb == npos) *verb = ws[k].begin;
    // The clause of this verb starts after the last boundary word before it (a subject
    // is never more than 40 words before its verb).
    size_t cb = k > 40 ? ws[k - 40].begin : sb;
    for (size_t j = k; j-- > 0 && k - j <= 40;) {
      auto wj = t.substr(ws[j].begin, ws[j].end - ws[j].begin);
      // "as" and "when" open a clause only after a comma ("…, as protesters chanted"), not
      // in "to stand as a candidate".
      const std::string lj = lower(wj);
      const bool needs_comma = lj == "as" || lj == "when";
      const bool comma_before =
          j > 0 && t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end).find(',') != npos;
      if (is_clause_boundary(wj) && !starts_upper(t, ws[j].begin) &&
          (!needs_comma || comma_before)) {
        cb = ws[j].end;
        break;
      }
      // ", and some protesters shouted": a new clause after a comma.
      if ((wj == "and" || wj == "or") && j > 0 &&
          t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end).find(',') != npos) {
        cb = ws[j].end;
        break;
      }
      auto gap = t.substr(ws[j].end, ws[j + 1].begin - ws[j].end);
      if (gap.find(';') != npos) {
        cb = ws[j].end + gap.find(';') + 1;
        break;
      }
    }
    size_t ce = ws[k].begin;
    // No subject of its own: "…, shouting", "… and accused", "accused of".
    size_t pb = cb, pe = ce;
    trim(t, pb, pe);
    auto before = words(t, pb, pe);
    std::string lv = lower(w);
    bool participle = lv.size() > 4 && lv.compare(lv.size() - 3, 3, "ing") == 0;
    bool none = before.empty() || (t[pe - 1] == ',' && participle);
    if (!none && lower(t.substr(before.back().begin, before.back().end - before.back().begin)) ==
                     "who") {
      // "… against some of the protesters, who chanted": the antecedent, after the last
      // preposition before it.
      size_t ab = pb;
      for (size_t j = before.size() - 1; j-- > 0;) {
        std::string wj = lower(t.substr(before[j].begin, before[j].end - before[j].begin));
        if (wj == "of" || wj == "against" || wj == "to" || wj == "with" || wj == "by" ||
            wj == "from" || wj == "on" || wj == "at" || wj == "for" || wj == "among") {
          ab = before[j].end;
          break;
        }
      }
      Speaker a = noun_phrase_speaker(t, ab, before.back().begin);
      if (a.ok()) {
        Speaker n = parse_name(t, a.begin, a.end, true);
        if (n.ok() && !n.pronoun && n.end == a.end) return n;
        return a;
      }
    }
    if (!none) {
      std::string lw = lower(t.substr(before.back().begin, before.back().end - before.back().begin));
      none = lw == "and" || lw == "or" || lw == "was" || lw == "were" || lw == "been" ||
             lw == "being" || lw == "be";
      if (lw == "and") {
        // "was arrested and accused of ‘…’": a passive, nobody's words we know of.
        if (k + 1 < ws.size() &&
            lower(t.substr(ws[k + 1].begin, ws[k + 1].end - ws[k + 1].begin)) == "of" &&
            (lv == "accused" || lv == "charged" || lv == "suspected"))
          return {};
        // "blasted X as ‘…’ and accused": the earlier verb's subject.
        continue;
      }
      if (lw == "was" || lw == "were" || lw == "been" || lw == "being" || lw == "is" ||
          lw == "are" || lw == "be")
        return {};
    }
    if (none) continue;
    Speaker s = clause_subject(t, cb, ce);
    if (s.ok()) return s;
  }
  if (*verb == npos) return {};
  return main_subject(t, sb, open);
}

}  // namespace vigil::discourse::detail
