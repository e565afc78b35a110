// Direct quotations and who said them. See docs/discourse.md for the rules and their limits.
#include <algorithm>
#include <array>
#include <iterator>
#include <map>
#include <optional>
#include <unordered_map>

#include "clauses.h"
#include "names.h"
#include "quote_marks.h"
#include "speakers.h"
#include "text_util.h"
#include "vigil/discourse.h"
#include "vigil/pronouns.h"

namespace vigil::discourse {

namespace {

using namespace detail;  // NOLINT: the private helpers of this library

constexpr size_t npos = std::string_view::npos;

// “...,” according to X.
Speaker attribution_after(std::string_view t, const Sentences& ss, const RawQuote& q,
                          size_t limit) {
  size_t b = q.after, e = std::min(ss.end(q.after), limit);
  if (b >= e) return {};
  auto ws = words(t, b, e);
  if (ws.empty()) return {};
  // A quote ending with a full stop ended its sentence: what follows is a new sentence,
  // unless it goes on in lower case (“... .” he said). After ? or ! the attribution may
  // follow with a capital (“Why now?” Neve asked), so a verb must come within four words.
  char last = q.end > q.begin ? t[q.end - 1] : ' ';
  bool lower_next = !starts_upper(t, ws[0].begin);
  size_t verb_window = 25;
  if (last == '.' && !lower_next) return {};
  if ((last == '?' || last == '!') && !lower_next) verb_window = 4;
  Speaker acc = according_to(t, b, e);
  for (size_t i = 0; i < ws.size() && i < verb_window; ++i) {
    auto w = t.substr(ws[i].begin, ws[i].end - ws[i].begin);
    // A capitalised word is not the verb ("the United States").
    if (!is_speech_verb(w) || starts_upper(t, ws[i].begin)) continue;
    if (i == 0) return subject_after(t, ws[0].end, e);
    Speaker s = subject_before(t, b, ws[i].begin);
    if (s.ok()) return s;
    // "“…” who breaks the law, said Jane Roe": the speaker after the verb.
    size_t pe = ws[i].begin;
    while (pe > b && t[pe - 1] == ' ') --pe;
    if (pe > b && t[pe - 1] == ',') return subject_after(t, ws[i].end, e);
    break;
  }
  return acc;
}

// Attribution before the opening mark: X said “...”, X, Role, said: “...”.
Speaker attribution_before(std::string_view t, const Sentences& ss, const RawQuote& q,
                           size_t floor) {
  size_t sb = std::max(ss.start(q.open), floor);
  size_t b = sb, e = q.open;
  trim(t, b, e);
  // "X said:" closing the previous paragraph introduces a quote standing alone.
  if (b >= e) {
    size_t ls = line_start(t, q.open);
    if (ls < 2 || ls <= floor) return {};
    size_t pe = ls - 1;
    while (pe > 0 && (t[pe - 1] == '\n' || t[pe - 1] == ' ')) --pe;
    if (pe == 0 || t[pe - 1] != ':') return {};
    b = std::max(ss.start(pe - 1), floor);
    e = pe;
  }
  auto ws = words(t, b, e);
  if (ws.empty()) return {};
  Speaker acc = according_to(t, b, e);
  if (acc.ok()) return acc;
  // The last speech verb within the final six words.
  for (size_t k = ws.size(); k-- > 0 && ws.size() - k <= 6;) {
    auto w = t.substr(ws[k].begin, ws[k].end - ws[k].begin);
    if (!is_speech_verb(w)) continue;
    Speaker s = subject_before(t, b, ws[k].begin);
    if (s.ok()) return s;
    // "said X:" / "says Neve:"
    return subject_after(t, ws[k].end, e);
  }
  // "Spokesman Hua Chunying: “...”": a name and a colon, no verb.
  if (t[e - 1] == ':' && ws.size() <= 6) {
    Speaker s = subject_before(t, b, e - 1);
    if (s.ok() && !s.pronoun && !s.noun_phrase && s.end + 1 >= e - 1) return s;
  }
  return {};
}

// True when a speech verb introduces the quote as direct speech: X said “...”, X said:
// “...”, X told reporters, “...”. A verb further back ("urged Beijing to “...”", "said that
// the law was “...”") makes the quote part of the speaker's sentence, not a full quotation.
bool verb_before(std::string_view t, size_t sb, size_t open) {
  size_t b = sb, e = open;
  trim(t, b, e);
  if (e <= b) return false;
  char last = t[e - 1];
  auto ws = words(t, b, e);
  if (ws.empty()) return last == ':';
  {
    // "…, adding, “…”", "with the minister saying: “…”".
    std::string lw = lower(t.substr(ws.back().begin, ws.back().end - ws.back().begin));
    if ((lw == "adding" || lw == "saying" || lw == "telling" || lw == "writing") &&
        (last == ',' || last == ':'))
      return true;
  }
  for (size_t k = ws.size(); k-- > 0 && ws.size() - k <= 4;) {
    if (!is_speech_verb(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) continue;
    size_t after = ws.size() - 1 - k;  // words between the verb and the quote
    if (after == 0) return true;
    if (after == 1 && lower(t.substr(ws[k + 1].begin, ws[k + 1].end - ws[k + 1].begin)) == "that")
      return false;
    return last == ',' || last == ':';
  }
  return last == ':';
}

size_t count_words(std::string_view t, size_t b, size_t e) { return words(t, b, e).size(); }

// Does the quote stand as its own sentence(s)? Its opening starts a sentence/paragraph or
// follows a colon, a speech verb or an attribution comma.
// The start of the sentence holding `pos`, also after a sentence that ends with a closing
// mark and no space (“… detention.”One woman said).
size_t sentence_begin(std::string_view t, const Sentences& ss, size_t pos) {
  const size_t sb = ss.start(pos);
  auto final_punct = [&](size_t k) { return t[k] == '.' || t[k] == '?' || t[k] == '!'; };
  for (size_t i = std::min(pos, t.size() - 1); i > sb; --i) {
    // “… so."“Next” : an opening mark right after the full stop.
    if (i == pos && final_punct(i - 1) && closing_mark_len(t, i) > 0) return i;
    size_t m = npos;
    if (t[i - 1] == '"')
      m = i - 1;
    else if (i >= 3 && t.compare(i - 3, 3, "\xE2\x80\x9D") == 0)
      m = i - 3;
    if (m == npos || m <= sb) continue;
    if (final_punct(m - 1) && starts_upper(t, i)) return i;
  }
  return sb;
}

bool starts_sentence(std::string_view t, const Sentences& ss, size_t open) {
  size_t sb = sentence_begin(t, ss, open), b = sb, e = open;
  trim(t, b, e);
  return b >= e;
}

// A registry of the people quoted so far, so "Neve" finds "Alex Neve" and his role.
struct People {
  struct Person {
    std::string name, role, org;
  };
  std::vector<Person> people;
  std::unordered_map<std::string, size_t> by_name;

  // The last people quoted (a bounded look-back keeps long documents linear).
  const Person* by_surname(std::string_view surname) const {
    size_t n_seen = 0;
    for (auto it = people.rbegin(); it != people.rend() && n_seen++ < 400; ++it) {
      const std::string& n = it->name;
      if (n == surname) return &*it;
      if (n.size() > surname.size() && n.compare(n.size() - surname.size(), npos, surname) == 0 &&
          n[n.size() - surname.size() - 1] == ' ')
        return &*it;
    }
    return nullptr;
  }
  void add(const Speaker& s) {
    auto it = by_name.find(s.name);
    if (it != by_name.end()) {
      Person& p = people[it->second];
      if (p.role.empty()) p.role = s.role;
      if (p.org.empty()) p.org = s.org;
      return;
    }
    by_name.emplace(s.name, people.size());
    people.push_back({s.name, s.role, s.org});
  }
};

// Resolves a one-word name against people quoted before, then against any "First Surname"
// written earlier in the text.
void resolve_surname(std::string_view t, size_t before, const People& people, Quote& q) {
  if (q.speaker.find(' ') != std::string::npos || q.speaker.empty()) return;
  if (const auto* p = people.by_surname(q.speaker)) {
    q.speaker = p->name;
    if (q.speaker_role.empty()) q.speaker_role = p->role;
    if (q.speaker_org.empty()) q.speaker_org = p->org;
    return;
  }
  const std::string sur = q.speaker;
  // Acronyms ("WTO") are organisations, not surnames.
  if (std::all_of(sur.begin(), sur.end(), [](char c) { return c >= 'A' && c <= 'Z'; })) return;
  // "First Surname" within the 20,000 bytes before (a bound for long documents).
  const size_t from = before > 20000 ? before - 20000 : 0;
  for (size_t pos = t.find(sur, from); pos != npos && pos < before; pos = t.find(sur, pos + 1)) {
    auto ws = words(t, pos > 64 ? pos - 64 : 0, pos);  // only the word before matters
    if (ws.empty() || ws.back().end + 1 != pos || t[ws.back().end] != ' ') continue;
    if (!starts_upper(t, ws.back().begin)) continue;
    auto first = t.substr(ws.back().begin, ws.back().end - ws.back().begin);
    if (is_honorific(first) || opens_adverbial(first) || is_function_word(first)) continue;
    q.speaker = std::string(first) + " " + sur;
    return;
  }
}

// A person named as the subject at the start of the sentence before `pos` (in the same or
// the previous paragraph): "Alex Neve spoke in Ottawa. “...”". Two or more capitalised
// words, or a surname of someone already quoted.
Speaker previous_subject(std::string_view t, const Sentences& ss, size_t pos,
                         const People& people) {
  size_t sb = ss.start(pos);
  if (sb == 0) return {};
  size_t pe = sb;
  while (pe > 0 && (t[pe - 1] == ' ' || t[pe - 1] == '\n')) --pe;
  if (pe == 0) return {};
  size_t ps = ss.start(pe - 1);
  // Only the text before the first quotation mark can hold the subject: a sentence that
  // starts with a quotation has none to offer.
  size_t qpos = pe;
  for (std::string_view mark : {std::string_view("\""), std::string_view("\xE2\x80\x9C"),
                                std::string_view("\xE2\x80\x9D")}) {
    size_t f = t.substr(ps, pe - ps).find(mark);
    if (f != npos) qpos = std::min(qpos, ps + f);
  }
  if (qpos == ps) return {};
  // "Forensic pathologist Dr Patricia McFeeley said she ...": the subject of a speech verb.
  auto sw = words(t, ps, qpos);
  for (size_t k = 1; k < sw.size(); ++k) {
    if (!is_speech_verb(t.substr(sw[k].begin, sw[k].end - sw[k].begin))) continue;
    Speaker s = subject_before(t, ps, sw[k].begin);
    if (s.ok() && !s.pronoun) return s;
    // "… the state of emergency declared in X, the minister said": a later verb may
    // have the subject.
  }
  if (qpos != pe) return {};
  auto chunks = comma_chunks(t, ps, pe);
  if (chunks.empty()) return {};
  auto ws = words(t, chunks[0].first, chunks[0].second);
  if (ws.empty() || !starts_upper(t, ws[0].begin)) return {};
  Speaker s = parse_name(t, chunks[0].first, chunks[0].second, false);
  if (!s.ok() || s.pronoun || s.begin != ws[0].begin) return {};
  bool multi = s.name.find(' ') != std::string::npos;
  if (!multi && !people.by_surname(s.name)) return {};
  // The name must be followed by a verb-like lower-case word or an apposition, not be the
  // start of an organisation ("Hong Kong police").
  size_t k = 0;
  while (k < ws.size() && ws[k].end <= s.end) ++k;
  if (k < ws.size() && starts_upper(t, ws[k].begin)) return {};
  read_appositions(t, chunks, 1, s);
  return s;
}

// A quote that goes on with an earlier speaker takes the earlier attribution, span included.
void inherit(const Quote& from, Quote& q) {
  q.speaker = from.speaker;
  q.speaker_role = from.speaker_role;
  q.speaker_org = from.speaker_org;
  q.speaker_begin = from.speaker_begin;
  q.speaker_end = from.speaker_end;
}


// “…,” the spokesman said: a verb of saying within five words after the closing mark,
// with nothing but a comma between.
bool attributed_right_after(std::string_view t, const Sentences& ss, const RawQuote& r) {
  size_t e = std::min(ss.end(r.after), r.after + 120);
  auto ws = words(t, r.after, e);
  for (size_t k = 0; k < ws.size() && k < 6; ++k) {
    if (k > 0) {
      auto gap = t.substr(ws[k - 1].end, ws[k].begin - ws[k - 1].end);
      if (gap.find_first_of(",;:") != npos) return false;
    }
    if (is_speech_verb(t.substr(ws[k].begin, ws[k].end - ws[k].begin)) &&
        !starts_upper(t, ws[k].begin))
      return true;
  }
  return false;
}

// "- Jane Roe, Minister of Foreign Affairs" closing a press release's quotations.
Speaker signature(std::string_view t, size_t para) {
  size_t b = para, e = line_end(t, para);
  trim(t, b, e);
  size_t len = 0;
  if (b < e && t[b] == '-') len = 1;
  if (t.compare(b, 3, "\xE2\x80\x93") == 0 || t.compare(b, 3, "\xE2\x80\x94") == 0) len = 3;
  if (len == 0) return {};
  auto chunks = comma_chunks(t, b + len, e);
  if (chunks.empty() || words(t, b, e).size() > 20) return {};
  Speaker s = parse_name(t, chunks[0].first, chunks[0].second, false);
  if (!s.ok() || s.pronoun || s.noun_phrase) return {};
  // The dash is followed by the name (a title or honorific may come first) and nothing
  // else but appositions: "- The match starts at noon" is no signature.
  size_t ce = chunks[0].second;
  while (ce > chunks[0].first && t[ce - 1] == '.') --ce;
  if (s.end != ce || words(t, chunks[0].first, s.begin).size() > 3) return {};
  // Post-nominal letters ("P.C.", "M.P.") are not a role.
  size_t k = 1;
  while (k < chunks.size() && words(t, chunks[k].first, chunks[k].second).size() == 1 &&
         t.substr(chunks[k].first, chunks[k].second - chunks[k].first).find('.') != npos)
    ++k;
  read_appositions(t, chunks, k, s);
  return s;
}

// Paragraphs after one ending "X said:" that carry no quotation marks: a press release
// quoting its principal (kind kBlock). Returns them as raw stretches with the colon
// paragraph's position in `open`.
std::vector<RawQuote> block_quotes(std::string_view t) {
  std::vector<RawQuote> out;
  auto has_mark = [&](size_t b, size_t e) {
    for (size_t i = b; i < e; ++i) {
      if (t[i] == '"') return true;
      if (t.compare(i, 3, "\xE2\x80\x9C") == 0 || t.compare(i, 3, "\xE2\x80\x9D") == 0 ||
          t.compare(i, 2, "\xC2\xAB") == 0)
        return true;
    }
    return false;
  };
  for (size_t nl = t.find(':'); nl != npos; nl = t.find(':', nl + 1)) {
    // A colon that ends its paragraph (spaces and a carriage return may follow).
    size_t j = nl + 1;
    while (j < t.size() && (t[j] == ' ' || t[j] == '\r')) ++j;
    if (j >= t.size() || t[j] != '\n') continue;
    size_t ps = line_start(t, nl);
    auto ws = words(t, ps, nl);
    if (ws.empty() || ws.size() > 25) continue;
    bool verb = false;
    for (size_t k = ws.size(); k-- > 0 && ws.size() - k <= 3;)
      if (is_speech_verb(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) verb = true;
    if (!verb || has_mark(ps, nl)) continue;
    size_t p = j + 1;
    for (int n = 0; n < 12; ++n) {
      while (p < t.size() && (t[p] == '\n' || t[p] == ' ' || t[p] == '\r')) ++p;
      if (p >= t.size()) break;
      size_t pe = line_end(t, p), b = p, e = pe;
      trim(t, b, e);
      if (has_mark(b, e) || signature(t, b).ok()) break;
      auto pw = words(t, b, e);
      char last = e > b ? t[e - 1] : ' ';
      if (pw.size() < 8 && last != '.' && last != '!' && last != '?') break;  // a heading
      RawQuote r;
      r.open = nl;  // attributed by the colon paragraph
      r.begin = b;
      r.end = e;
      r.after = e;
      out.push_back(r);
      p = pe;
    }
  }
  return out;
}

QuoteKind classify(std::string_view t, const RawQuote& r, bool full, size_t verb_pos) {
  // Headline: the text's first line, short and without a full stop.
  size_t first_end = line_end(t, 0);
  if (r.open < first_end && first_end < t.size()) {
    size_t b = 0, e = first_end;
    trim(t, b, e);
    char last = e > b ? t[e - 1] : '.';
    if (last != '.' && words(t, b, e).size() <= 25) return QuoteKind::kHeadline;
  }
  if (verb_pos != npos) {
    auto vw = words(t, verb_pos, std::min(t.size(), verb_pos + 20));
    if (!vw.empty() && is_chant_verb(t.substr(vw[0].begin, vw[0].end - vw[0].begin)) &&
        r.open - verb_pos < 200)
      return QuoteKind::kChant;
  }
  // Names: "the so-called ‘…’", "a campaign dubbed ‘…’", or a Title Case phrase quoted
  // inside a sentence with no verb of saying before it.
  auto before = words(t, r.open > 60 ? r.open - 60 : 0, r.open);
  if (!before.empty()) {
    std::string w1 = lower(t.substr(before.back().begin, before.back().end - before.back().begin));
    std::string w2 = before.size() > 1 ? lower(t.substr(before[before.size() - 2].begin,
                                                        before[before.size() - 2].end -
                                                            before[before.size() - 2].begin))
                                       : "";
    if (w1 == "so-called" || w1 == "dubbed" || w1 == "titled" || w1 == "entitled" ||
        w1 == "hashtag" || w1 == "named" || (w2 == "known" && w1 == "as") ||
        (w2 == "so" && w1 == "called"))
      return QuoteKind::kName;
    // A nickname inside a name: Jane “The Hammer” Roe.
    if (!full && starts_upper(t, before.back().begin) && before.back().end + 1 == r.open &&
        t[before.back().end] == ' ' && r.after + 1 < t.size() && t[r.after] == ' ' &&
        starts_upper(t, r.after + 1) && words(t, r.begin, r.end).size() <= 3)
      return QuoteKind::kName;
    if (!full && !is_reporting_verb(w1)) {
      auto qw = words(t, r.begin, r.end);
      bool title = qw.size() >= 2 && starts_upper(t, qw[0].begin);
      for (const auto& w : qw)
        if (w.end - w.begin >= 4 && !starts_upper(t, w.begin)) title = false;
      char last = t[r.end - 1];
      if (title && last != '.' && last != '!' && last != '?') return QuoteKind::kName;
    }
  }
  return full ? QuoteKind::kFull : QuoteKind::kPartial;
}

Quote& set_speaker(Quote& q, const Speaker& s) {
  q.speaker = s.name;
  q.speaker_role = s.role;
  q.speaker_org = s.org;
  q.speaker_begin = s.begin;
  q.speaker_end = s.end;
  return q;
}

Speaker from_mention(const Mention& m, const Speaker& at) {
  Speaker s;
  s.name = m.name;
  if (!m.full_name.empty()) s.name = m.full_name;
  s.role = m.role.empty() ? at.role : m.role;
  s.org = m.org.empty() ? at.org : m.org;
  s.begin = at.begin;
  s.end = at.end;
  return s;
}

// The document's registry, read only when a speaker needs resolving (most quotations name
// theirs in full, and documents without quotations need none).
class LazyRegistry {
 public:
  LazyRegistry(std::string_view text, const Sentences& sentences, const std::vector<RawQuote>& raws)
      : text_(text), sentences_(sentences), raws_(raws) {}
  Registry& get() {
    if (!reg_) {
      reg_.emplace(text_, sentences_, raws_);
      for (const auto& a : pending_) reg_->add(a.s, a.person, a.issuer, a.description);
      pending_.clear();
    }
    return *reg_;
  }
  void add(const Speaker& s, bool person, bool issuer, bool description) {
    if (reg_)
      reg_->add(s, person, issuer, description);
    else
      pending_.push_back({s, person, issuer, description});
  }

 private:
  struct Added {
    Speaker s;
    bool person, issuer, description;
  };
  std::string_view text_;
  const Sentences& sentences_;
  const std::vector<RawQuote>& raws_;
  std::optional<Registry> reg_;
  std::vector<Added> pending_;
};

// Resolves a pronoun, a description, a document or a surname to who the document names.
Speaker resolve(std::string_view t, const Speaker& s, size_t pos, LazyRegistry& lazy) {
  if (!s.pronoun && !s.noun_phrase && s.name.find(' ') != std::string::npos) return s;
  const Registry& reg = lazy.get();
  if (s.pronoun) {
    // "it", "they": an organisation that spoke; "he", "she": a person of that gender.
    const text::Pronoun* p = text::personal_pronoun(s.name);
    const bool third = p && p->person == 3 && p->is(text::kSubjectForm);
    const Mention* m = nullptr;
    if (third && (p->gender == 'n' || p->plural))
      m = reg.issuer_before(pos);
    else if (third)
      m = reg.person_before(pos, p->gender);
    if (m) return from_mention(*m, s);
    return {};
  }
  if (s.noun_phrase) {
    auto ws = words(s.name, 0, s.name.size());
    bool doc = false, role = false;
    for (const auto& w : ws) {
      auto v = std::string_view(s.name).substr(w.begin, w.end - w.begin);
      if (is_document_noun(v)) doc = true;
      if (is_role_noun(v)) role = true;
    }
    const Mention* m = nullptr;
    if (doc) {
      // "the police statement": the police named before, else the statement's issuer.
      std::string qualifier;
      for (const auto& w : ws) {
        auto v = std::string_view(s.name).substr(w.begin, w.end - w.begin);
        if (!is_function_word(v) && !is_document_noun(v) && lower(v) != "written" &&
            lower(v) != "separate" && lower(v) != "joint")
          qualifier = std::string(v);
      }
      // "Mr Roe's statement": the statement of that person.
      if (!qualifier.empty()) {
        std::string q = qualifier;
        if (ends_with_possessive(q)) q = q.substr(0, q.size() - (q.back() == 's' && q[q.size() - 2] == '\'' ? 2 : 4));
        m = reg.by_name_word(q);
        if (!m) m = reg.person_named(q, pos);
        if (!m) m = reg.org_described(q, pos);
      }
      if (!m) m = reg.document_issuer_before(pos);
    } else if (role) {
      m = reg.person_described(s.name, pos);
    } else if (!ws.empty()) {
      // Only a definite description ("the group") stands for someone named; "members of
      // the movement" stays as it is.
      std::string d0 = lower(std::string_view(s.name).substr(ws[0].begin, ws[0].end - ws[0].begin));
      if (d0 == "the" || d0 == "this" || d0 == "that") m = reg.org_described(s.name, pos);
    }
    if (m) {
      Speaker r = from_mention(*m, s);
      if (role && m->role.empty()) r.role = strip_article(s.name);
      return r;
    }
    return s;
  }
  if (s.name.find(' ') == std::string::npos) {
    // An acronym the article defines ("… States (ECOWAS)") is its own name for it.
    const bool defined = t.find("(" + s.name + ")") != std::string_view::npos;
    if (!defined)
      if (const Mention* m = reg.expand_acronym(s.name, pos)) return from_mention(*m, s);
    if (const Mention* m = reg.by_name_word(s.name)) {
      Speaker r = from_mention(*m, s);
      if (!s.role.empty()) r.role = s.role;
      if (!s.org.empty()) r.org = s.org;
      return r;
    }
  }
  return s;
}

// Is this speaker a person (for "he said" later)? A name of two or more words with no
// organisation word, or a name with a role.
bool looks_like_person(const Speaker& s) {
  if (s.noun_phrase || s.pronoun || s.name.empty()) return false;
  for (const auto& w : words(s.name, 0, s.name.size())) {
    auto v = std::string_view(s.name).substr(w.begin, w.end - w.begin);
    if (is_org_word(v) || is_function_word(v)) return false;
    if (!starts_upper(s.name, w.begin) && !is_particle(v)) return false;
  }
  return s.name.find(' ') != std::string::npos || !s.role.empty();
}

}  // namespace

const char* to_string(QuoteKind kind) {
  switch (kind) {
    case QuoteKind::kFull: return "full";
    case QuoteKind::kPartial: return "partial";
    case QuoteKind::kBlock: return "block";
    case QuoteKind::kHeadline: return "headline";
    case QuoteKind::kChant: return "chant";
    case QuoteKind::kName: return "name";
    case QuoteKind::kScare: return "scare";
  }
  return "full";
}

bool quote_kind_from_string(std::string_view name, QuoteKind* kind) {
  for (QuoteKind k : {QuoteKind::kFull, QuoteKind::kPartial, QuoteKind::kBlock,
                      QuoteKind::kHeadline, QuoteKind::kChant, QuoteKind::kName,
                      QuoteKind::kScare}) {
    if (name == to_string(k)) {
      *kind = k;
      return true;
    }
  }
  return false;
}

bool names_a_document(std::string_view word) { return detail::is_document_noun(word); }

namespace {

// The quotations of `text` from its paired marks and its sentences.
std::vector<Quote> read_quotes(std::string_view text, const std::vector<RawQuote>& raws,
                               const Sentences& ss) {
  LazyRegistry reg(text, ss, raws);
  std::vector<Quote> out;
  People people;
  const Quote* last_full = nullptr;  // the last attributed quote
  size_t last_full_index = npos;
  size_t prev_after = 0;
  for (size_t i = 0; i < raws.size(); ++i) {
    const RawQuote& r = raws[i];
    Quote q;
    q.begin = r.begin;
    q.end = r.end;
    size_t next_open = i + 1 < raws.size() ? raws[i + 1].open : text.size();

    const size_t sent = sentence_begin(text, ss, r.open);
    size_t sb = std::max(sent, prev_after);
    bool opens = starts_sentence(text, ss, r.open) || r.open <= prev_after;
    if (!opens && i > 0 && raws[i - 1].after >= sent) {
      // “…,” said X, “…”: the second part of an interrupted quotation.
      size_t b = raws[i - 1].after, e = r.open;
      trim(text, b, e);
      if (e > b && text[e - 1] == ',') {
        for (const auto& w : words(text, b, e))
          if (is_speech_verb(text.substr(w.begin, w.end - w.begin))) opens = true;
      }
    }
    bool by_verb = verb_before(text, sb, r.open);
    Speaker s = attribution_before(text, ss, r, prev_after);
    if (!s.ok()) s = attribution_after(text, ss, r, next_open);
    size_t n_words = count_words(text, r.begin, r.end);
    bool embedded = !opens && !by_verb;
    // A short quote that is a sentence of its own (“This is a cover-up.”) is full.
    char last_char = r.end > r.begin ? text[r.end - 1] : ' ';
    bool own_sentence = opens && (last_char == '.' || last_char == '?' || last_char == '!');
    bool partial = embedded || (n_words < 6 && !(opens && s.ok()) && !by_verb && !own_sentence);
    size_t verb = npos;
    if (!opens) {
      // The subject of the reporting clause around a quote inside a sentence.
      Speaker c = reporting_clause(text, sent, r.open, raws, &verb);
      if (!s.ok() || (partial && !by_verb && !attributed_right_after(text, ss, r))) {
        if (c.ok()) s = c;
      }
      if (!s.ok() && verb == npos) {
        // The bloc “strongly” condemned …: a verb right after the quote, its subject before.
        auto after = words(text, r.after, std::min(text.size(), r.after + 40));
        if (!after.empty() && after[0].begin <= r.after + 1 &&
            is_reporting_verb(text.substr(after[0].begin, after[0].end - after[0].begin)) &&
            !starts_upper(text, after[0].begin)) {
          Speaker c2 = clause_subject(text, sent, r.open);
          if (c2.ok()) s = c2;
        }
      }
      if (!s.ok() && verb == npos) {
        // "The bloc “strongly condemned …”": the quote is the predicate of the subject
        // before it.
        size_t b = sent, e = r.open;
        trim(text, b, e);
        if (e > b && r.begin < r.end && !starts_upper(text, r.begin)) {
          Speaker n = subject_before(text, b, e);
          if (n.ok() && !n.pronoun && !n.noun_phrase && n.end + 1 >= e) s = n;
        }
      }
    }
    q.kind = classify(text, r, !partial, verb);
    q.partial = q.kind != QuoteKind::kFull;
    if (q.kind == QuoteKind::kName) s = Speaker{};  // a name is nobody's words
    const bool continued = i > 0 && raws[i - 1].continues;

    if (s.ok()) {
      Speaker res = resolve(text, s, s.begin, reg);
      // An unresolved "he"/"she" continues the last speaker only when that was a person.
      Speaker last_speaker;
      if (last_full) {
        last_speaker.name = last_full->speaker;
        last_speaker.role = last_full->speaker_role;
      }
      const text::Pronoun* pronoun = text::personal_pronoun(s.name);
      const bool personal = pronoun && pronoun->is(text::kSubjectForm) &&
                            (pronoun->gender == 'm' || pronoun->gender == 'f');
      if (!res.ok() && s.pronoun && last_full && !continued &&
          (!personal || looks_like_person(last_speaker))) {
        inherit(*last_full, q);
      } else if (res.ok()) {
        set_speaker(q, res);
        q.speaker_begin = s.begin;
        q.speaker_end = s.end;
        if (!s.pronoun && !s.noun_phrase) resolve_surname(text, s.begin, people, q);
      }
    } else if (!q.partial && !continued) {
      // The person the previous sentence is about, when it has no quotation ("Jane Roe,
      // the envoy, read the statement. “…”"), else its subject as written.
      const Mention* about = nullptr;
      if (sent > 0 && opens) {
        size_t pe = sent;
        while (pe > 0 && (text[pe - 1] == ' ' || text[pe - 1] == '\n')) --pe;
        size_t ps = pe > 0 ? ss.start(pe - 1) : 0;
        auto first_open = std::lower_bound(raws.begin(), raws.end(), ps,
                                           [](const RawQuote& o, size_t p) { return o.open < p; });
        bool quoted = first_open != raws.end() && first_open->open < pe;
        if (!quoted && pe > ps) about = reg.get().main_person(ps, pe);
      }
      if (about) {
        Speaker at;
        at.begin = about->begin;
        at.end = about->end;
        set_speaker(q, from_mention(*about, at));
      } else {
        Speaker prev = previous_subject(text, ss, r.open, people);
        if (prev.ok()) {
          Speaker res = resolve(text, prev, prev.begin, reg);
          set_speaker(q, res.ok() ? res : prev);
          resolve_surname(text, prev.begin, people, q);
        }
      }
    }
    if (q.speaker.empty() && !q.partial && last_full) {
      // A quote standing alone: it continues the previous speaker when the previous quote
      // was left open, when it follows in the same or the next paragraph, or when this
      // paragraph is only a quote.
      size_t prev_line = line_start(text, last_full->end);
      size_t this_line = line_start(text, r.open);
      size_t gap_lines = 0;
      for (size_t p = prev_line; p < this_line; ++p)
        if (text[p] == '\n' && p + 1 < text.size() && text[p + 1] != '\n') ++gap_lines;
      if (continued || gap_lines <= 1) inherit(*last_full, q);
    }
    if (!q.speaker.empty()) {
      Speaker rec;
      rec.name = q.speaker;
      rec.role = q.speaker_role;
      rec.org = q.speaker_org;
      rec.begin = q.speaker_begin;
      rec.end = q.speaker_end;
      people.add(rec);
      // Only names join the registry: a description left as it is ("the regional bloc")
      // is no one a later "the bloc" should resolve to.
      const bool description = s.noun_phrase && q.speaker == s.name;
      bool person_description = false;  // "a spokesman": a person for a later "he"
      if (description)
        for (const auto& w : words(q.speaker, 0, q.speaker.size()))
          if (is_role_noun(std::string_view(q.speaker).substr(w.begin, w.end - w.begin)))
            person_description = true;
      if (s.ok() && !s.pronoun && (!description || person_description) &&
          q.speaker_end > q.speaker_begin) {
        size_t se = ss.end(q.speaker_end);
        bool statement = false;
        for (const auto& w : words(text, q.speaker_end, std::min(se, q.speaker_end + 80)))
          if (is_document_noun(text.substr(w.begin, w.end - w.begin))) statement = true;
        reg.add(rec, looks_like_person(rec) || person_description, statement, description);
      }
    }
    // Words quoted inside a sentence that nobody is reported to have said.
    if (q.kind == QuoteKind::kPartial && q.speaker.empty()) q.kind = QuoteKind::kScare;
    out.push_back(q);
    if (q.kind != QuoteKind::kName && !q.speaker.empty()) last_full_index = out.size() - 1;
    last_full = last_full_index == npos ? nullptr : &out[last_full_index];
    prev_after = r.after;
  }

  // Paragraphs quoted without marks after "X said:".
  for (const RawQuote& r : block_quotes(text)) {
    Quote q;
    q.begin = r.begin;
    q.end = r.end;
    q.kind = QuoteKind::kBlock;
    Speaker s = subject_before(text, line_start(text, r.open), r.open);
    size_t ps = line_start(text, r.open);
    auto ws = words(text, ps, r.open);
    for (size_t k = ws.size(); k-- > 0;) {
      if (!is_speech_verb(text.substr(ws[k].begin, ws[k].end - ws[k].begin))) continue;
      s = k > 0 ? subject_before(text, ps, ws[k].begin) : subject_after(text, ws[k].end, r.open);
      if (!s.ok() && k + 1 < ws.size()) s = subject_after(text, ws[k].end, r.open);
      break;
    }
    if (s.ok()) set_speaker(q, resolve(text, s, s.begin, reg));
    out.push_back(q);
  }

  // A signature line closing quotations that have no speaker: "- Jane Roe, Minister".
  for (size_t i = 0; i < out.size(); ++i) {
    if (!out[i].speaker.empty() || out[i].partial) continue;
    size_t j = i;
    while (j + 1 < out.size() && out[j + 1].speaker.empty() && !out[j + 1].partial) ++j;
    size_t p = line_end(text, out[j].end);
    while (p < text.size() && (text[p] == '\n' || text[p] == ' ')) ++p;
    if (p >= text.size()) continue;
    Speaker s = signature(text, p);
    if (!s.ok()) continue;
    for (size_t k = i; k <= j; ++k) set_speaker(out[k], s);
    i = j;
  }
  std::sort(out.begin(), out.end(), [](const Quote& a, const Quote& b) { return a.begin < b.begin; });
  return out;
}

}  // namespace

std::vector<Quote> find_quotes(std::string_view text) {
  std::vector<RawQuote> raws = pair_marks(text);
  if (raws.empty() && text.find(':') == std::string_view::npos) return {};
  return read_quotes(text, raws, Sentences(text));
}

std::vector<Quote> find_quotes(std::string_view text,
                               const std::vector<nlp::SentenceSpan>& sentences) {
  std::vector<RawQuote> raws = pair_marks(text);
  if (raws.empty() && text.find(':') == std::string_view::npos) return {};
  return read_quotes(text, raws, Sentences(text, sentences));
}

}  // namespace vigil::discourse
