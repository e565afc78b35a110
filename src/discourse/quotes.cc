// Direct quotations and who said them. See docs/discourse.md for the rules and their limits.
#include <algorithm>
#include <array>
#include <map>

#include "text_util.h"
#include "vigil/discourse.h"

namespace vigil::discourse {

namespace {

using detail::line_end;
using detail::line_start;
using detail::lower;
using detail::sentence_end;
using detail::sentence_start;
using detail::starts_upper;
using detail::trim;
using detail::Word;
using detail::words;

constexpr size_t npos = std::string_view::npos;

// Speech verbs, in the forms news uses to attribute a quotation.
const std::array<const char*, 62> kSpeechVerbs = {
    "said",      "says",      "say",       "told",      "tells",      "added",     "adds",
    "stated",    "states",    "warned",    "warns",     "urged",      "urges",     "noted",
    "notes",     "explained", "explains",  "argued",    "argues",     "insisted",  "insists",
    "declared",  "declares",  "asked",     "asks",      "wrote",      "writes",    "tweeted",
    "tweets",    "posted",    "commented", "continued", "concluded",  "replied",   "responded",
    "remarked",  "observed",  "claimed",   "claims",    "announced",  "acknowledged",
    "admitted",  "emphasized", "emphasised", "stressed", "cautioned", "recalled", "pointed",
    "cautions",  "contended", "maintained", "suggested", "predicted", "vowed",     "pledged",
    "demanded",  "charged",   "countered", "lamented",  "complained", "conceded", "quipped"};

bool is_speech_verb(std::string_view w) {
  std::string l = lower(w);
  for (const char* v : kSpeechVerbs)
    if (l == v) return true;
  return false;
}

bool is_pronoun(std::string_view w) {
  std::string l = lower(w);
  return l == "he" || l == "she" || l == "they" || l == "i" || l == "we";
}

// Words that open an adverbial chunk ("On Thursday, Neve said") rather than a subject.
bool opens_adverbial(std::string_view w) {
  static const std::array<const char*, 22> k = {
      "in",    "on",   "at",      "last",  "earlier", "later", "meanwhile", "however",
      "but",   "and",  "speaking", "after", "during",  "since", "for",       "with",
      "today", "yesterday", "also", "then", "separately", "instead"};
  std::string l = lower(w);
  for (const char* a : k)
    if (l == a) return true;
  return false;
}

bool is_honorific(std::string_view w) {
  std::string l = lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  return l == "mr" || l == "mrs" || l == "ms" || l == "dr" || l == "prof" || l == "sir" ||
         l == "madam" || l == "mme" || l == "m";
}

// Name particles that may stay lower-case inside a person's name.
bool is_particle(std::string_view w) {
  std::string l = lower(w);
  return l == "de" || l == "da" || l == "van" || l == "von" || l == "der" || l == "bin" ||
         l == "al" || l == "la" || l == "le" || l == "du" || l == "dos" || l == "del";
}

// Capitalised at a sentence start but never a name.
bool is_function_word(std::string_view w) {
  static const std::array<const char*, 20> k = {
      "the", "this", "that", "these", "those", "it", "its", "a", "an", "in", "on", "at",
      "but", "and", "our", "their", "his", "her", "there", "if"};
  std::string l = lower(w);
  for (const char* n : k)
    if (l == n) return true;
  return false;
}

bool ends_with_possessive(std::string_view w) {
  return w.size() > 2 && (w.substr(w.size() - 2) == "'s" ||
                          (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s"));
}

struct RawQuote {
  size_t open = 0;         // position of the opening mark
  size_t begin = 0;        // quoted text
  size_t end = 0;
  size_t after = 0;        // just after the closing mark (== end when unclosed)
  bool continues = false;  // unclosed at a paragraph end: the next quote goes on with it
};

// Opening/closing marks. Curly quotes say which they are; a straight quote opens when it
// follows whitespace, the start or an opening bracket/dash, and closes otherwise.
std::vector<RawQuote> pair_marks(std::string_view t) {
  std::vector<RawQuote> out;
  bool open = false;
  RawQuote cur;
  auto close_at = [&](size_t end, size_t after, bool continues) {
    size_t b = cur.begin, e = end;
    trim(t, b, e);
    // “…step,” Neve said: the comma belongs to the attribution, not to the words quoted.
    if (e > b && t[e - 1] == ',') --e;
    trim(t, b, e);
    cur.begin = b;
    cur.end = e;
    cur.after = after;
    cur.continues = continues;
    if (e > b) out.push_back(cur);
    open = false;
  };
  for (size_t i = 0; i < t.size(); ++i) {
    // Every quotation mark starts with one of three bytes; most bytes are none of them.
    const auto lead = static_cast<unsigned char>(t[i]);
    if (lead != 0xE2 && lead != 0xC2 && lead != '"') continue;
    int kind = 0;  // +1 open, -1 close
    size_t len = 0;
    if (t.compare(i, 3, "\xE2\x80\x9C") == 0) {
      kind = 1, len = 3;
    } else if (t.compare(i, 3, "\xE2\x80\x9D") == 0) {
      kind = -1, len = 3;
    } else if (t.compare(i, 2, "\xC2\xAB") == 0) {
      kind = 1, len = 2;
    } else if (t.compare(i, 2, "\xC2\xBB") == 0) {
      kind = -1, len = 2;
    } else if (t[i] == '"') {
      len = 1;
      bool after_space = i == 0 || t[i - 1] == ' ' || t[i - 1] == '\n' || t[i - 1] == '\t' ||
                         t[i - 1] == '(' || t[i - 1] == '[' || t[i - 1] == '-' ||
                         static_cast<unsigned char>(t[i - 1]) == 0xA0 ||
                         static_cast<unsigned char>(t[i - 1]) == 0x94 ||  // — and –
                         static_cast<unsigned char>(t[i - 1]) == 0x93;
      bool para_start = i == 0 || t[i - 1] == '\n';
      if (para_start) {
        kind = 1;  // a paragraph opening with a quote mark (re)opens a quote
      } else if (open) {
        kind = -1;
      } else {
        kind = after_space ? 1 : 0;  // 0: a stray closing mark
      }
    }
    if (kind == 0) continue;
    if (kind == 1) {
      if (open) {
        // A new opening while open: a quote running over paragraphs reopens each one.
        size_t nl = t.rfind('\n', i);
        if (nl != npos && nl > cur.begin)
          close_at(nl, nl, true);
        else
          close_at(i, i, false);
      }
      cur = RawQuote{};
      cur.open = i;
      cur.begin = i + len;
      open = true;
    } else if (open) {
      close_at(i, i + len, false);
    }
    i += len - 1;
  }
  if (open) {
    size_t e = line_end(t, cur.begin);
    close_at(e, e, false);
  }
  return out;
}

// A speaker parsed from the words around a speech verb.
struct Speaker {
  std::string name;
  std::string role;
  std::string org;
  size_t begin = 0;
  size_t end = 0;
  bool pronoun = false;
  bool noun_phrase = false;  // "the ministry": not a name
  bool ok() const { return !name.empty() || pronoun; }
};

std::string span(std::string_view t, size_t b, size_t e) {
  trim(t, b, e);
  return std::string(t.substr(b, e - b));
}

// Splits [b, e) on commas (outside nothing fancier) into trimmed chunks.
std::vector<std::pair<size_t, size_t>> comma_chunks(std::string_view t, size_t b, size_t e) {
  std::vector<std::pair<size_t, size_t>> out;
  size_t s = b;
  for (size_t i = b; i <= e; ++i) {
    if (i == e || t[i] == ',') {
      size_t cb = s, ce = i;
      trim(t, cb, ce);
      if (ce > cb) out.push_back({cb, ce});
      s = i + 1;
    }
  }
  return out;
}

std::string strip_article(std::string s) {
  for (const char* a : {"the ", "The ", "a ", "an ", "A ", "An "}) {
    std::string_view av(a);
    if (s.compare(0, av.size(), av) == 0) return s.substr(av.size());
  }
  return s;
}

// Role and organisation from the appositions after a name: "Secretary General of X",
// "Clinic Director at the Y", or "Directrice générale", "Amnistie internationale ...".
void read_appositions(std::string_view t, const std::vector<std::pair<size_t, size_t>>& chunks,
                      size_t first, Speaker& s) {
  if (first >= chunks.size()) return;
  std::string c1 = span(t, chunks[first].first, chunks[first].second);
  // "who runs a course at X": a relative clause, not a role.
  for (const char* rel : {"who ", "which ", "whose ", "whom "})
    if (c1.compare(0, std::string_view(rel).size(), rel) == 0) return;
  // Trailing sentence punctuation belongs to no field.
  while (!c1.empty() && (c1.back() == '.' || c1.back() == ':')) c1.pop_back();
  for (const char* prep : {" of the ", " at the ", " for the ", " with the ", " of ", " at ",
                           " for ", " with "}) {
    size_t p = c1.find(prep);
    if (p != std::string::npos && p > 0) {
      s.role = strip_article(c1.substr(0, p));
      s.org = c1.substr(p + std::string_view(prep).size());
      return;
    }
  }
  s.role = strip_article(c1);
  if (first + 1 < chunks.size()) {
    std::string c2 = span(t, chunks[first + 1].first, chunks[first + 1].second);
    while (!c2.empty() && (c2.back() == '.' || c2.back() == ':')) c2.pop_back();
    s.org = strip_article(c2);
  }
}

// Parses a name chunk: a pronoun, "the minister", or a capitalised run ("Alex Neve"),
// possibly after a role ("Foreign Minister Wang Yi", "ministry spokesman Zhao Lijian") or a
// possessive organisation ("Amnesty International’s Alex Neve"). `from_end`: take the last
// capitalised run (subject before a verb) instead of the first (after "said").
Speaker parse_name(std::string_view t, size_t b, size_t e, bool from_end) {
  Speaker s;
  auto ws = words(t, b, e);
  if (ws.empty()) return s;
  std::string_view w0 = t.substr(ws[0].begin, ws[0].end - ws[0].begin);
  {
    // "a Vodafone spokesman", "the Foreign Office spokeswoman": a short noun phrase whose
    // head is a lower-case role noun; capitalised words inside name the organisation.
    std::string l0 = lower(w0);
    auto head = t.substr(ws.back().begin, ws.back().end - ws.back().begin);
    if ((l0 == "a" || l0 == "an" || l0 == "the") && ws.size() >= 3 && ws.size() <= 5 &&
        !starts_upper(t, ws.back().begin) && starts_upper(t, ws[1].begin)) {
      s.noun_phrase = true;
      s.begin = ws[0].begin;
      s.end = ws.back().end;
      s.name = std::string(t.substr(s.begin, s.end - s.begin));
      s.role = std::string(head);
      s.org = std::string(t.substr(ws[1].begin, ws[ws.size() - 2].end - ws[1].begin));
      return s;
    }
  }
  if (is_pronoun(w0) && (ws.size() == 1 || !from_end)) {
    s.pronoun = true;
    s.begin = ws[0].begin;
    s.end = ws[0].end;
    s.name = std::string(w0);
    return s;
  }
  // Capitalised runs.
  std::vector<std::pair<size_t, size_t>> runs;  // word index ranges
  for (size_t i = 0; i < ws.size();) {
    auto wv = t.substr(ws[i].begin, ws[i].end - ws[i].begin);
    if (starts_upper(t, ws[i].begin) && !is_honorific(wv)) {
      size_t j = i + 1;
      while (j < ws.size()) {
        auto wj = t.substr(ws[j].begin, ws[j].end - ws[j].begin);
        bool cap = starts_upper(t, ws[j].begin);
        bool particle = is_particle(wj) && j + 1 < ws.size() && starts_upper(t, ws[j + 1].begin);
        if (!cap && !particle) break;
        // Punctuation between words (other than spaces) ends the run.
        auto gap = t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end);
        if (gap.find_first_not_of(" ") != std::string_view::npos) break;
        ++j;
      }
      runs.push_back({i, j});
      i = j;
    } else {
      ++i;
    }
  }
  // A lone capitalised function word ("The statement", "It") is no name.
  runs.erase(std::remove_if(runs.begin(), runs.end(),
                            [&](const std::pair<size_t, size_t>& r) {
                              return r.second - r.first == 1 &&
                                     is_function_word(t.substr(
                                         ws[r.first].begin, ws[r.first].end - ws[r.first].begin));
                            }),
             runs.end());
  if (runs.empty()) {
    // "the minister", "a government spokesperson": a short lower-case noun phrase.
    std::string l = lower(w0);
    if ((l == "the" || l == "a" || l == "an") && ws.size() >= 2 && ws.size() <= 5) {
      s.noun_phrase = true;
      s.begin = ws[0].begin;
      s.end = ws.back().end;
      s.name = std::string(t.substr(s.begin, s.end - s.begin));
    }
    return s;
  }
  auto run = from_end ? runs.back() : runs.front();
  size_t first = run.first, last = run.second;  // [first, last)
  // "The WTO", "The Federal Agency": the article is not part of the name.
  if (last - first > 1 && lower(t.substr(ws[first].begin, ws[first].end - ws[first].begin)) == "the")
    ++first;
  // Possessive organisation inside the run: "Amnesty International’s Alex Neve".
  for (size_t k = first; k + 1 < last; ++k) {
    auto wk = t.substr(ws[k].begin, ws[k].end - ws[k].begin);
    if (ends_with_possessive(wk)) {
      size_t cut = wk.size() - (wk.back() == 's' && wk[wk.size() - 2] == '\'' ? 2 : 4);
      s.org = std::string(t.substr(ws[first].begin, ws[k].begin + cut - ws[first].begin));
      first = k + 1;
      break;
    }
  }
  // A title inside the run: the name is what follows the last title word.
  static const std::array<const char*, 27> kTitles = {
      "mp", "mep", "msp",
      "minister", "president", "secretary", "director", "chief", "spokesperson",
      "spokesman", "spokeswoman", "ambassador", "premier", "mayor", "senator",
      "commissioner", "chair", "chairman", "chairwoman", "leader", "governor", "general",
      "envoy", "head", "officer", "king", "queen"};
  size_t title_end = first;
  for (size_t k = first; k < last; ++k) {
    std::string l = lower(t.substr(ws[k].begin, ws[k].end - ws[k].begin));
    for (const char* ti : kTitles)
      if (l == ti) title_end = k + 1;
  }
  if (title_end > first && title_end < last) {
    s.role = std::string(t.substr(ws[first].begin, ws[title_end - 1].end - ws[first].begin));
    first = title_end;
  } else if (title_end == last) {
    // Only titles ("Secretary General"): not a name.
    return Speaker{};
  }
  // Lower-case role words just before the run: "ministry spokesman Zhao Lijian".
  if (from_end && s.role.empty() && first > 0 && run.first == first) {
    size_t rb = first;
    while (rb > 0 && !starts_upper(t, ws[rb - 1].begin) &&
           t.substr(ws[rb - 1].end, ws[rb].begin - ws[rb - 1].end).find(',') == npos)
      --rb;
    if (rb < first) {
      std::string role(t.substr(ws[rb].begin, ws[first - 1].end - ws[rb].begin));
      std::string l = lower(role);
      if (l.find("spokes") != std::string::npos || l.find("minister") != std::string::npos ||
          l.find("official") != std::string::npos || l.find("director") != std::string::npos ||
          l.find("chief") != std::string::npos || l.find("lawyer") != std::string::npos ||
          l.find("activist") != std::string::npos)
        s.role = strip_article(role);
    }
  }
  if (first >= last) return Speaker{};
  s.begin = ws[first].begin;
  s.end = ws[last - 1].end;
  s.name = std::string(t.substr(s.begin, s.end - s.begin));
  // A possessive on the name itself ("Neve’s") is not part of it.
  if (ends_with_possessive(s.name)) return Speaker{};
  return s;
}

// The subject of a speech verb: [b, e) is the text before the verb in its sentence.
Speaker subject_before(std::string_view t, size_t b, size_t e) {
  auto chunks = comma_chunks(t, b, e);
  size_t k = 0;
  while (k + 1 < chunks.size()) {
    auto ws = words(t, chunks[k].first, chunks[k].second);
    if (ws.empty() || !opens_adverbial(t.substr(ws[0].begin, ws[0].end - ws[0].begin))) break;
    ++k;
  }
  if (k >= chunks.size()) return {};
  Speaker s = parse_name(t, chunks[k].first, chunks[k].second, true);
  if (s.ok() && !s.pronoun) read_appositions(t, chunks, k + 1, s);
  return s;
}

// The speaker after a speech verb: "said X, Role, Org." ([b, e) starts after the verb).
Speaker subject_after(std::string_view t, size_t b, size_t e) {
  auto chunks = comma_chunks(t, b, e);
  if (chunks.empty()) return {};
  Speaker s = parse_name(t, chunks[0].first, chunks[0].second, false);
  // "said on Monday", "said in a statement": no speaker after the verb.
  if (!s.ok() || s.begin != chunks[0].first) {
    if (!s.ok()) return {};
    if (!starts_upper(t, chunks[0].first)) {
      // "said asbestosis sufferer Bernie Banton": role words, then a name ending the chunk.
      size_t ce = chunks[0].second;
      while (ce > chunks[0].first && (t[ce - 1] == '.' || t[ce - 1] == ':' || t[ce - 1] == ';'))
        --ce;
      Speaker r = parse_name(t, chunks[0].first, chunks[0].second, true);
      if (!r.ok() || r.pronoun || r.noun_phrase || r.end != ce) return {};
      auto ws = words(t, chunks[0].first, r.begin);
      if (ws.empty() || ws.size() > 4) return {};
      for (const auto& w : ws)
        if (is_function_word(t.substr(w.begin, w.end - w.begin)) ||
            opens_adverbial(t.substr(w.begin, w.end - w.begin)))
          return {};
      if (r.role.empty()) r.role = std::string(t.substr(ws[0].begin, ws.back().end - ws[0].begin));
      s = r;
    }
  }
  // "warned EU foreign policy chief Josep Borrell": an organisation and role words before
  // the name; the name is the capitalised run that ends the chunk.
  if (!s.pronoun && !s.noun_phrase) {
    size_t ce = chunks[0].second;
    while (ce > chunks[0].first && (t[ce - 1] == '.' || t[ce - 1] == ':' || t[ce - 1] == ';'))
      --ce;
    Speaker r = parse_name(t, chunks[0].first, chunks[0].second, true);
    if (r.ok() && !r.pronoun && r.begin > s.end && r.end == ce) {
      auto between = words(t, s.end, r.begin);
      bool role_words = !between.empty() && between.size() <= 5;
      for (const auto& w : between)
        if (opens_adverbial(t.substr(w.begin, w.end - w.begin)) ||
            is_function_word(t.substr(w.begin, w.end - w.begin)))
          role_words = false;
      if (role_words) {
        if (r.role.empty())
          r.role = std::string(t.substr(between[0].begin, between.back().end - between[0].begin));
        if (r.org.empty()) r.org = s.name;
        s = r;
      }
    }
  }
  if (!s.pronoun) read_appositions(t, chunks, 1, s);
  return s;
}

// Looks for "according to X" in [b, e).
Speaker according_to(std::string_view t, size_t b, size_t e) {
  std::string l = lower(t.substr(b, e - b));
  size_t p = l.find("according to ");
  if (p == std::string::npos) return {};
  size_t nb = b + p + 13;
  Speaker s = subject_after(t, nb, e);
  if (!s.ok()) {
    auto chunks = comma_chunks(t, nb, e);
    if (!chunks.empty()) {
      s.begin = chunks[0].first;
      s.end = chunks[0].second;
      while (s.end > s.begin && (t[s.end - 1] == '.' || t[s.end - 1] == ':')) --s.end;
      s.name = std::string(t.substr(s.begin, s.end - s.begin));
    }
  }
  return s;
}

// Attribution after the closing mark: “...,” X said. / “...,” said X, Role. /
// “...,” according to X.
Speaker attribution_after(std::string_view t, const RawQuote& q, size_t limit) {
  size_t b = q.after, e = std::min(sentence_end(t, q.after), limit);
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
    if (!is_speech_verb(w)) continue;
    if (i == 0) return subject_after(t, ws[0].end, e);
    Speaker s = subject_before(t, b, ws[i].begin);
    if (s.ok()) return s;
    break;
  }
  return acc;
}

// Attribution before the opening mark: X said “...”, X, Role, said: “...”.
Speaker attribution_before(std::string_view t, const RawQuote& q, size_t floor) {
  size_t sb = std::max(sentence_start(t, q.open), floor);
  size_t b = sb, e = q.open;
  trim(t, b, e);
  // "X said:" closing the previous paragraph introduces a quote standing alone.
  if (b >= e) {
    size_t ls = line_start(t, q.open);
    if (ls < 2 || ls <= floor) return {};
    size_t pe = ls - 1;
    while (pe > 0 && (t[pe - 1] == '\n' || t[pe - 1] == ' ')) --pe;
    if (pe == 0 || t[pe - 1] != ':') return {};
    b = std::max(sentence_start(t, pe - 1), floor);
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
bool starts_sentence(std::string_view t, size_t open) {
  size_t sb = sentence_start(t, open), b = sb, e = open;
  trim(t, b, e);
  return b >= e;
}

// A registry of the people quoted so far, so "Neve" finds "Alex Neve" and his role.
struct People {
  struct Person {
    std::string name, role, org;
  };
  std::vector<Person> people;

  const Person* by_surname(std::string_view surname) const {
    for (auto it = people.rbegin(); it != people.rend(); ++it) {
      const std::string& n = it->name;
      if (n == surname) return &*it;
      if (n.size() > surname.size() && n.compare(n.size() - surname.size(), npos, surname) == 0 &&
          n[n.size() - surname.size() - 1] == ' ')
        return &*it;
    }
    return nullptr;
  }
  void add(const Speaker& s) {
    for (auto& p : people) {
      if (p.name == s.name) {
        if (p.role.empty()) p.role = s.role;
        if (p.org.empty()) p.org = s.org;
        return;
      }
    }
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
  for (size_t pos = t.find(sur); pos != npos && pos < before; pos = t.find(sur, pos + 1)) {
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
Speaker previous_subject(std::string_view t, size_t pos, const People& people) {
  size_t sb = sentence_start(t, pos);
  if (sb == 0) return {};
  size_t pe = sb;
  while (pe > 0 && (t[pe - 1] == ' ' || t[pe - 1] == '\n')) --pe;
  if (pe == 0) return {};
  size_t ps = sentence_start(t, pe - 1);
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
    break;
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

}  // namespace

std::vector<Quote> find_quotes(std::string_view text) {
  std::vector<RawQuote> raws = pair_marks(text);
  std::vector<Quote> out;
  People people;
  const Quote* last_full = nullptr;  // the last attributed full quote
  size_t last_full_index = npos;
  size_t prev_after = 0;
  for (size_t i = 0; i < raws.size(); ++i) {
    const RawQuote& r = raws[i];
    Quote q;
    q.begin = r.begin;
    q.end = r.end;
    size_t next_open = i + 1 < raws.size() ? raws[i + 1].open : text.size();

    size_t sb = std::max(sentence_start(text, r.open), prev_after);
    bool opens = starts_sentence(text, r.open) || r.open <= prev_after;
    bool by_verb = verb_before(text, sb, r.open);
    Speaker s = attribution_before(text, r, prev_after);
    if (!s.ok()) s = attribution_after(text, r, next_open);
    size_t n_words = count_words(text, r.begin, r.end);
    bool embedded = !opens && !by_verb;
    // A short quote that is a sentence of its own (“This is a cover-up.”) is full.
    char last_char = r.end > r.begin ? text[r.end - 1] : ' ';
    bool own_sentence = opens && (last_char == '.' || last_char == '?' || last_char == '!');
    q.partial = embedded || (n_words < 6 && !(opens && s.ok()) && !by_verb && !own_sentence);
    // A phrase quoted inside someone's sentence is attributed only to a named speaker.
    if (q.partial && s.noun_phrase) s = Speaker{};

    if (s.ok()) {
      if (s.pronoun) {
        Speaker prev = previous_subject(text, r.open, people);
        if (prev.ok()) {
          q.speaker = prev.name;
          q.speaker_role = prev.role;
          q.speaker_org = prev.org;
          resolve_surname(text, prev.begin, people, q);
        } else if (last_full) {
          inherit(*last_full, q);
        }
      } else {
        q.speaker = s.name;
        q.speaker_role = s.role;
        q.speaker_org = s.org;
        resolve_surname(text, s.begin, people, q);
      }
      q.speaker_begin = s.begin;
      q.speaker_end = s.end;
    } else if (!q.partial && !(i > 0 && raws[i - 1].continues) &&
               previous_subject(text, r.open, people).ok()) {
      Speaker prev = previous_subject(text, r.open, people);
      q.speaker = prev.name;
      q.speaker_role = prev.role;
      q.speaker_org = prev.org;
      q.speaker_begin = prev.begin;
      q.speaker_end = prev.end;
      resolve_surname(text, prev.begin, people, q);
    } else if (!q.partial && last_full) {
      // A quote standing alone: it continues the previous speaker when the previous quote
      // was left open, when it follows in the same or the next paragraph, or when this
      // paragraph is only a quote.
      bool continued = i > 0 && raws[i - 1].continues;
      size_t prev_line = line_start(text, last_full->end);
      size_t this_line = line_start(text, r.open);
      size_t gap_lines = 0;
      for (size_t p = prev_line; p < this_line; ++p)
        if (text[p] == '\n' && p + 1 < text.size() && text[p + 1] != '\n') ++gap_lines;
      if (continued || gap_lines <= 1) inherit(*last_full, q);
    }
    if (!q.speaker.empty() && !s.pronoun) {
      Speaker rec;
      rec.name = q.speaker;
      rec.role = q.speaker_role;
      rec.org = q.speaker_org;
      people.add(rec);
    }
    out.push_back(q);
    if (!q.partial && !q.speaker.empty()) last_full_index = out.size() - 1;
    last_full = last_full_index == npos ? nullptr : &out[last_full_index];
    prev_after = r.after;
  }
  return out;
}

}  // namespace vigil::discourse
