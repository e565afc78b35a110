// Names around quotations. See names.h and docs/discourse.md.
#include "names.h"

#include <algorithm>
#include <array>

#include "text_util.h"
#include "vigil/calendar.h"
#include "vigil/nlp.h"
#include "vigil/pronouns.h"
#include "vigil/speech_words.h"

namespace vigil::discourse::detail {

namespace {
constexpr size_t npos = std::string_view::npos;
}  // namespace


// Speech verbs, in the forms news uses to attribute a quotation.
const std::array<const char*, 91> kSpeechVerbs = {
    "said",      "says",      "say",       "told",      "tells",      "added",     "adds",
    "stated",    "states",    "warned",    "warns",     "urged",      "urges",     "noted",
    "notes",     "explained", "explains",  "argued",    "argues",     "insisted",  "insists",
    "declared",  "declares",  "asked",     "asks",      "wrote",      "writes",    "tweeted",
    "tweets",    "posted",    "commented", "continued", "concluded",  "replied",   "responded",
    "remarked",  "observed",  "claimed",   "claims",    "announced",  "acknowledged",
    "admitted",  "emphasized", "emphasised", "stressed", "cautioned", "recalled", "pointed",
    "cautions",  "contended", "maintained", "suggested", "predicted", "vowed",     "pledged",
    "demanded",  "charged",   "countered", "lamented",  "complained", "conceded", "quipped",
    "saying",    "read",      "reads",     "confirmed", "revealed",  "disclosed", "joked",
    "reiterated", "reaffirmed", "underlined", "pleaded", "begged",   "whispered", "boasted",
    "promised",  "threatened", "confessed", "objected", "retorted",  "answered",
    "asserted",  "alleged",   "assured",   "reckoned",  "mused",     "agreed",    "estimated",
    "proclaimed", "interjected"};

bool is_speech_verb(std::string_view w) {
  // Verbs are written in lower case; a capitalised "States" or "Notes" is a name.
  if (w.empty() || (w[0] >= 'A' && w[0] <= 'Z')) return false;
  static const WordList kList(kSpeechVerbs);
  return kList.contains(w);
}

bool is_pronoun(std::string_view w) {
  const text::Pronoun* p = text::personal_pronoun(w);
  return p && p->is(text::kSubjectForm) && p->person != 2;
}

// Words that open an adverbial chunk ("On Thursday, Neve said") rather than a subject.
bool opens_adverbial(std::string_view w) {
  static const WordList k = {
      "in",    "on",   "at",      "last",  "earlier", "later", "meanwhile", "however",
      "but",   "and",  "speaking", "after", "during",  "since", "for",       "with",
      "today", "yesterday", "also", "then", "separately", "instead"};
  return k.contains(w);
}

bool is_honorific(std::string_view w) {
  std::string l = lower(w);
  if (!l.empty() && l.back() == '.') l.pop_back();
  // Written out ("Sir", "Madam") or a single letter ("M. Macron"), else abbreviated.
  return l == "m" || nlp::is_honorific(l);
}

// Name particles that may stay lower-case inside a person's name.
bool is_particle(std::string_view w) {
  std::string l = lower(w);
  return l == "de" || l == "da" || l == "van" || l == "von" || l == "der" || l == "bin" ||
         l == "al" || l == "la" || l == "le" || l == "du" || l == "dos" || l == "del";
}

// Capitalised at a sentence start but never a name.
bool is_function_word(std::string_view w) {
  static const WordList k = {
      "the", "this", "that", "these", "those", "it", "its", "a", "an", "in", "on", "at",
      "but", "and", "our", "their", "his", "her", "there", "if", "another"};
  return k.contains(w);
}

bool is_document_noun(std::string_view w) { return text::is_document_noun(w); }

bool is_calendar_word(std::string_view w) {
  return text::weekday_number(w) >= 0 || text::month_number(w, /*abbreviated=*/false) > 0;
}

bool ends_with_possessive(std::string_view w) {
  return w.size() > 2 && (w.substr(w.size() - 2) == "'s" ||
                          (w.size() > 4 && w.substr(w.size() - 4) == "\xE2\x80\x99s"));
}

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

// A description before a name as role and organisation: "the spokesperson for the Trade
// Office" -> spokesperson / Trade Office; "Freedonia's foreign minister" -> foreign minister
// / Freedonia.
void split_role(const std::string& desc, Speaker& s) {
  std::string d = strip_article(desc);
  size_t ap = d.find("'s ");
  size_t cp = d.find("\xE2\x80\x99s ");
  if (ap != std::string::npos && ap > 0 && d.find(' ') >= ap) {
    if (s.org.empty()) s.org = d.substr(0, ap);
    s.role = d.substr(ap + 3);
    return;
  }
  if (cp != std::string::npos && cp > 0 && d.find(' ') >= cp) {
    if (s.org.empty()) s.org = d.substr(0, cp);
    s.role = d.substr(cp + 5);
    return;
  }
  // The first preposition splits: "spokesperson for the Office of the High Commissioner".
  size_t best = std::string::npos, len = 0;
  for (const char* prep : {" of the ", " at the ", " for the ", " of ", " at ", " for "}) {
    size_t p = d.find(prep);
    if (p != std::string::npos && p > 0 && (best == std::string::npos || p < best)) {
      best = p;
      len = std::string_view(prep).size();
    }
  }
  if (best != std::string::npos) {
    s.role = d.substr(0, best);
    if (s.org.empty()) s.org = d.substr(best + len);
    return;
  }
  s.role = d;
}

// Role and organisation from the appositions after a name: "Secretary General of X",
// "Clinic Director at the Y", or "Directrice générale", "Amnistie internationale ...".
void read_appositions(std::string_view t, const std::vector<std::pair<size_t, size_t>>& chunks,
                      size_t first, Speaker& s) {
  if (first >= chunks.size()) return;
  std::string c1 = span(t, chunks[first].first, chunks[first].second);
  // "who runs a course at X": a relative clause, not a role; nor is "quoting from X".
  for (const char* rel : {"who ", "which ", "whose ", "whom "})
    if (c1.compare(0, std::string_view(rel).size(), rel) == 0) return;
  {
    size_t sp = c1.find(' ');
    std::string w0 = lower(c1.substr(0, sp));
    if (w0.size() > 4 && w0.compare(w0.size() - 3, 3, "ing") == 0) return;
  }
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
// Words that make the start of a capitalised run a title: "Foreign Minister Ada Novak".
bool is_title_word(std::string_view w) {
  static const std::array<const char*, 67> kTitles = {
      "mp", "mep", "msp",
      "minister", "president", "secretary", "director", "chief", "spokesperson",
      "spokesman", "spokeswoman", "ambassador", "premier", "mayor", "senator",
      "commissioner", "chair", "chairman", "chairwoman", "leader", "governor", "general",
      "envoy", "head", "officer", "king", "queen", "judge", "justice", "prosecutor",
      "attorney", "brigadier", "captain", "colonel", "lieutenant", "sergeant", "major",
      "commander", "admiral", "chancellor", "prince", "princess", "emir", "sheikh",
      "delegate", "rapporteur", "lawyer", "analyst", "economist", "professor", "producer",
      "activist", "writer", "singer", "coach", "captain", "manager", "teacher", "aide",
      "representative", "archbishop", "bishop", "cardinal", "pope", "patriarch", "rabbi",
      "imam"};
  static const WordList kList(kTitles);
  return kList.contains(w);
}

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
    if ((l0 == "a" || l0 == "an" || l0 == "the" || l0 == "one" || l0 == "another") &&
        ws.size() >= 3 &&
        ws.size() <= 5 &&
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
        // "Secretary of State Jane Roe", "Chancellor of the Exchequer Jane Roe".
        bool of_title = false;
        if ((wj == "of" || wj == "for") && j + 1 < ws.size()) {
          bool title_before = false;
          for (size_t k = i; k < j; ++k)
            if (is_title_word(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) title_before = true;
          size_t n = j + 1;
          if (n < ws.size() && t.substr(ws[n].begin, ws[n].end - ws[n].begin) == "the") ++n;
          of_title = title_before && n < ws.size() && starts_upper(t, ws[n].begin);
        }
        bool article = j > i && t.substr(ws[j].begin, ws[j].end - ws[j].begin) == "the" &&
                       (t.substr(ws[j - 1].begin, ws[j - 1].end - ws[j - 1].begin) == "of" ||
                        t.substr(ws[j - 1].begin, ws[j - 1].end - ws[j - 1].begin) == "for");
        if (!cap && !particle && !of_title && !article) break;
        // Punctuation between words (other than spaces) ends the run, except the full stop
        // of an initial ("Thomas A. Vane").
        auto gap = t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end);
        const bool initial = gap == ". " && ws[j - 1].end - ws[j - 1].begin == 1 && cap;
        if (gap.find_first_not_of(" ") != std::string_view::npos && !initial) break;
        ++j;
      }
      runs.push_back({i, j});
      i = j;
    } else {
      ++i;
    }
  }
  // A participle opening the chunk ("Issuing a statement", "Speaking to reporters") is
  // no name either.
  if (!runs.empty() && runs[0].first == 0 && runs[0].second == 1 && ws.size() > 1) {
    std::string l0 = lower(w0), l1 = lower(t.substr(ws[1].begin, ws[1].end - ws[1].begin));
    static const std::array<const char*, 18> kAfter = {
        "a", "an", "the", "to", "at", "in", "on", "with", "from", "after", "later", "earlier",
        "during", "before", "his", "her", "its", "their"};
    if (l0.size() > 4 && l0.compare(l0.size() - 3, 3, "ing") == 0)
      for (const char* a : kAfter)
        if (l1 == a) runs.erase(runs.begin());
  }
  // A lone capitalised function word ("The statement", "It") is no name, nor is a date
  // ("on Wednesday", "27 February").
  runs.erase(std::remove_if(runs.begin(), runs.end(),
                            [&](const std::pair<size_t, size_t>& r) {
                              bool calendar = true;
                              for (size_t k = r.first; k < r.second; ++k)
                                if (!is_calendar_word(t.substr(ws[k].begin, ws[k].end - ws[k].begin)))
                                  calendar = false;
                              return calendar ||
                                     (r.second - r.first == 1 &&
                                      is_function_word(t.substr(ws[r.first].begin,
                                                                ws[r.first].end - ws[r.first].begin)));
                            }),
             runs.end());
  if (runs.empty()) {
    // "the minister", "a government spokesperson": a short lower-case noun phrase.
    std::string l = lower(w0);
    if ((l == "the" || l == "a" || l == "an" || l == "one" || l == "another") && ws.size() >= 2 &&
        ws.size() <= 5) {
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
  // "But Jane Roe said", "And Roe added": a sentence-initial conjunction is not either.
  while (last - first > 1) {
    std::string l = lower(t.substr(ws[first].begin, ws[first].end - ws[first].begin));
    if (l != "the" && l != "but" && l != "and" && l != "so" && l != "yet" && l != "also" &&
        l != "then" && l != "meanwhile" && l != "however" && l != "now" && l != "yesterday" &&
        l != "today" && l != "tonight" && l != "earlier" && l != "later" && l != "still" &&
        l != "separately")
      break;
    ++first;
  }
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
  size_t title_end = first;
  for (size_t k = first; k < last; ++k) {
    if (is_title_word(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) title_end = k + 1;
  }
  // "in Harrogate Mr Kennedy said": an honorific inside the run starts the name.
  for (size_t k = first + 1; k + 1 < last; ++k)
    if (is_honorific(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) first = k + 1;
  // "Secretary of State Jane Roe": the title takes the words after "of" but the last two.
  if (title_end > first && title_end < last) {
    auto wt = t.substr(ws[title_end].begin, ws[title_end].end - ws[title_end].begin);
    if ((wt == "of" || wt == "for") && last - title_end >= 4) title_end = last - 2;
    // "The Archbishop of Canterbury said": a title of a place is the name itself.
    else if (wt == "of" || wt == "for") title_end = first;
  }
  if (title_end > first && title_end < last) {
    s.role = std::string(t.substr(ws[first].begin, ws[title_end - 1].end - ws[first].begin));
    first = title_end;
  } else if (title_end == last) {
    // Only titles ("Secretary General"): not a name, but "the UN Spokesperson" describes
    // someone.
    std::string l = lower(w0);
    if ((l == "the" || l == "a" || l == "an") && ws.size() <= 6) {
      s.noun_phrase = true;
      s.begin = ws[0].begin;
      s.end = ws.back().end;
      s.name = std::string(t.substr(s.begin, s.end - s.begin));
      return s;
    }
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
      static const std::array<const char*, 20> kRoleWords = {
          "spokes", "minister", "official", "director", "chief", "lawyer", "activist",
          "leader", "president", "envoy", "ambassador", "head", "secretary", "commander",
          "general", "governor", "mayor", "judge", "prosecutor", "delegate"};
      for (const char* r : kRoleWords)
        if (l.find(r) != std::string::npos) s.role = strip_article(role);
      // "State Department spokesman Ned Price": capitalised words right before the role
      // name its organisation, as in "the Foreign Office spokeswoman".
      if (!s.role.empty() && s.org.empty() && runs.size() >= 2 &&
          runs[runs.size() - 2].second == rb &&
          t.substr(ws[rb - 1].end, ws[rb].begin - ws[rb - 1].end).find(',') == npos) {
        const auto org_run = runs[runs.size() - 2];
        s.org = strip_article(std::string(
            t.substr(ws[org_run.first].begin, ws[org_run.second - 1].end - ws[org_run.first].begin)));
      }
    }
  }
  if (first >= last) return Speaker{};
  s.begin = ws[first].begin;
  s.end = ws[last - 1].end;
  s.name = std::string(t.substr(s.begin, s.end - s.begin));
  // A possessive on the name itself ("Neve’s") is not part of it; "Mr Roe's statement",
  // "the group's spokesman" describe someone or something of that name.
  if (ends_with_possessive(s.name)) {
    // Only when the possessive opens the phrase ("Mr Roe's statement", not "a woman who
    // took part in Tuesday's protest").
    const bool opens_phrase =
        run.first == 0 ||
        (run.first == 1 && (is_function_word(w0) || is_honorific(w0)) && !is_pronoun(w0));
    if (opens_phrase && last < ws.size() && ws.size() - last <= 3) {
      bool lower_rest = true;
      for (size_t k = last; k < ws.size(); ++k)
        if (starts_upper(t, ws[k].begin)) lower_rest = false;
      if (lower_rest) {
        Speaker d;
        d.noun_phrase = true;
        d.begin = ws[first].begin;
        d.end = ws.back().end;
        d.name = std::string(t.substr(d.begin, d.end - d.begin));
        d.org = s.name.substr(0, s.name.size() - (s.name.back() == 's' &&
                                                  s.name[s.name.size() - 2] == '\'' ? 2 : 4));
        return d;
      }
    }
    return Speaker{};
  }
  return s;
}

// The subject of a speech verb: [b, e) is the text before the verb in its sentence.
bool chunk_is_adverbial(std::string_view t, size_t b, size_t e) {
  auto ws = words(t, b, e);
  if (ws.empty()) return true;
  std::string w0 = lower(t.substr(ws[0].begin, ws[0].end - ws[0].begin));
  if (opens_adverbial(w0)) return true;
  static const std::array<const char*, 16> kClause = {
      "as", "when", "while", "although", "though", "if", "because", "since", "before",
      "following", "asked", "still", "once", "amid", "despite", "until"};
  for (const char* c : kClause)
    if (w0 == c) return true;
  // A participle clause: "Issuing a statement on Monday", "Speaking later".
  if (w0.size() > 5 && w0.compare(w0.size() - 3, 3, "ing") == 0 && ws.size() > 1) {
    std::string w1 = lower(t.substr(ws[1].begin, ws[1].end - ws[1].begin));
    static const std::array<const char*, 16> kNext = {
        "the", "a", "an", "to", "at", "in", "on", "with", "from", "after", "later",
        "earlier", "during", "before", "his", "her"};
    for (const char* n : kNext)
      if (w1 == n) return true;
  }
  return false;
}

Speaker subject_before(std::string_view t, size_t b, size_t e) {
  auto chunks = comma_chunks(t, b, e);
  size_t k = 0;
  while (k + 1 < chunks.size() && chunk_is_adverbial(t, chunks[k].first, chunks[k].second)) ++k;
  if (k >= chunks.size()) return {};
  {
    // With no comma before the verb, its subject is the last chunk ("A day earlier in
    // Geneva, she said", "..., with spokeswoman Jane Roe saying"); with one, the chunks
    // after the subject are appositions ("Jane Roe, head of X, said").
    size_t tb = b, te = e;
    trim(t, tb, te);
    size_t last = chunks.size() - 1;
    auto lw = words(t, chunks[last].first, chunks[last].second);
    bool with = !lw.empty() && lower(t.substr(lw[0].begin, lw[0].end - lw[0].begin)) == "with";
    if (te > tb && t[te - 1] != ',' && last > k &&
        (with || !chunk_is_adverbial(t, chunks[last].first, chunks[last].second))) {
      Speaker l = parse_name(t, chunks[last].first, chunks[last].second, true);
      size_t ce = chunks[last].second;
      while (ce > chunks[last].first && (t[ce - 1] == '.' || t[ce - 1] == ':')) --ce;
      if (l.ok() && (l.pronoun || l.end == ce)) return l;
      // "…, a training unit in the capital, officials said": a group in lower case.
      if (!l.ok() && !lw.empty() && lw.size() <= 4 && !with) {
        bool lower_words = true;
        for (const auto& w : lw) {
          auto v = t.substr(w.begin, w.end - w.begin);
          if (starts_upper(t, w.begin) || opens_adverbial(v) || is_function_word(v))
            lower_words = false;
        }
        if (lower_words) {
          Speaker g;
          g.noun_phrase = true;
          g.begin = lw.front().begin;
          g.end = lw.back().end;
          g.name = std::string(t.substr(g.begin, g.end - g.begin));
          return g;
        }
      }
    }
  }
  // "Jane Roe in Geneva said": the place is not the speaker.
  {
    auto ws = words(t, chunks[k].first, chunks[k].second);
    for (size_t i = 1; i + 1 < ws.size(); ++i) {
      std::string l = lower(t.substr(ws[i].begin, ws[i].end - ws[i].begin));
      // "Ambassador Jane Roe of Freedonia said": the country is not the name either.
      size_t after_of = i + 1;
      if (l == "of" && after_of < ws.size() &&
          t.substr(ws[after_of].begin, ws[after_of].end - ws[after_of].begin) == "the")
        ++after_of;  // "Jane Roe of the Daily Courier"
      bool of_place = l == "of" && i >= 2 && starts_upper(t, ws[i - 2].begin) &&
                      after_of < ws.size() && ws.size() - after_of <= 3;
      for (size_t j = after_of; of_place && j < ws.size(); ++j)
        if (!starts_upper(t, ws[j].begin)) of_place = false;
      // ("Speaking in Harlow Mr Dale said": a participle is no name to keep.)
      std::string prev = lower(t.substr(ws[i - 1].begin, ws[i - 1].end - ws[i - 1].begin));
      const bool participle = i == 1 && prev.size() > 4 &&
                              prev.compare(prev.size() - 3, 3, "ing") == 0;
      // ("The Archbishop of Lindholm": a title of a place stays whole.)
      const bool title_before = is_title_word(prev);
      if ((l == "in" || l == "at" || l == "from" || of_place) && !participle && !title_before &&
          starts_upper(t, ws[i - 1].begin) && starts_upper(t, ws[after_of].begin)) {
        chunks[k].second = ws[i - 1].end;
        break;
      }
    }
  }
  Speaker s = parse_name(t, chunks[k].first, chunks[k].second, true);
  // "Catalonia's president, Jane Roe, said": a description, then the name.
  bool described = !s.ok() || s.noun_phrase;
  if (!described) {
    // The name is inside a description when it does not end the chunk.
    size_t ce = chunks[k].second;
    while (ce > chunks[k].first && (t[ce - 1] == '.' || t[ce - 1] == ':')) --ce;
    // ... or when a lower-case phrase comes before it ("the spokesperson for the Office,
    // Jane Roe, said").
    described = s.end != ce || (s.begin != chunks[k].first && !starts_upper(t, chunks[k].first)) ||
                (s.begin != chunks[k].first &&
                 is_function_word(t.substr(chunks[k].first,
                                           t.find(' ', chunks[k].first) - chunks[k].first)));
  }
  // "The council's chair, Japan's envoy, Jane Roe, said": the first chunk that is a name.
  for (size_t j = k + 1; described && j < chunks.size() && j <= k + 3; ++j) {
    Speaker n = parse_name(t, chunks[j].first, chunks[j].second, false);
    if (n.ok() && !n.pronoun && !n.noun_phrase && n.begin == chunks[j].first) {
      size_t ne = chunks[j].second;
      while (ne > n.begin && (t[ne - 1] == '.' || t[ne - 1] == ':')) --ne;
      if (n.end == ne) {
        std::string desc = span(t, chunks[j - 1].first, chunks[j - 1].second);
        if (n.role.empty()) split_role(desc, n);
        read_appositions(t, chunks, j + 1, n);
        return n;
      }
    }
  }
  if (s.ok() && !s.pronoun) read_appositions(t, chunks, k + 1, s);
  return s;
}

// The speaker after a speech verb: "said X, Role, Org." ([b, e) starts after the verb).
Speaker subject_after(std::string_view t, size_t b, size_t e) {
  auto chunks = comma_chunks(t, b, e);
  if (chunks.empty()) return {};
  Speaker s = parse_name(t, chunks[0].first, chunks[0].second, false);
  {
    auto ws = words(t, chunks[0].first, chunks[0].second);
    std::string l0 = ws.empty() ? "" : lower(t.substr(ws[0].begin, ws[0].end - ws[0].begin));
    // "said a statement from the Harbour Board": the issuer; "said a statement released on
    // Monday": the document itself.
    size_t doc = 0;
    for (size_t k = 1; k < ws.size() && k <= 3; ++k)
      if (is_document_noun(t.substr(ws[k].begin, ws[k].end - ws[k].begin)) &&
          !starts_upper(t, ws[k].begin)) {
        doc = k;
        break;
      }
    if (doc > 0 && (l0 == "a" || l0 == "an" || l0 == "the")) {
      if (doc + 2 < ws.size()) {
        std::string by = lower(t.substr(ws[doc + 1].begin, ws[doc + 1].end - ws[doc + 1].begin));
        if ((by == "from" || by == "by" || by == "of") && (starts_upper(t, ws[doc + 2].begin) ||
                                                           doc + 3 < ws.size())) {
          Speaker issuer = parse_name(t, ws[doc + 2].begin, chunks[0].second, false);
          if (issuer.ok() && !issuer.pronoun) return issuer;
        }
      }
      Speaker d;
      d.noun_phrase = true;
      d.begin = ws[0].begin;
      d.end = ws[doc].end;
      d.name = std::string(t.substr(d.begin, d.end - d.begin));
      return d;
    }
    // "said a broker at Nomura Securities": a description, and its organisation.
    if ((l0 == "a" || l0 == "an" || l0 == "one" || l0 == "the") && ws.size() >= 2 &&
        !starts_upper(t, ws[1].begin)) {
      for (size_t k = 2; k + 1 < ws.size() && k <= 5; ++k) {
        std::string lk = lower(t.substr(ws[k].begin, ws[k].end - ws[k].begin));
        if (lk != "at" && lk != "of" && lk != "with" && lk != "for" && lk != "from") continue;
        if (!starts_upper(t, ws[k + 1].begin)) break;
        Speaker d;
        d.noun_phrase = true;
        d.begin = ws[0].begin;
        d.end = ws[k - 1].end;
        d.name = std::string(t.substr(d.begin, d.end - d.begin));
        d.role = strip_article(d.name);
        size_t oe = chunks[0].second;
        while (oe > ws[k + 1].begin && (t[oe - 1] == '.' || t[oe - 1] == ':')) --oe;
        d.org = strip_article(std::string(t.substr(ws[k + 1].begin, oe - ws[k + 1].begin)));
        return d;
      }
    }
  }
  // "said on Monday", "said in a statement": no speaker after the verb.
  if (!s.ok() || s.begin != chunks[0].first) {
    // "said asbestosis sufferer Bernie Banton", "admitted the 28-year-old Roe", "said the
    // band's singer Tom Roe": role words (after an article and a possessive organisation),
    // then a name ending the chunk.
    if (!starts_upper(t, chunks[0].first) || !s.ok()) {
      size_t ce = chunks[0].second;
      while (ce > chunks[0].first && (t[ce - 1] == '.' || t[ce - 1] == ':' || t[ce - 1] == ';'))
        --ce;
      Speaker r = parse_name(t, chunks[0].first, chunks[0].second, true);
      if (!r.ok() || r.pronoun || r.noun_phrase || r.end != ce) return {};
      auto ws = words(t, chunks[0].first, r.begin);
      if (ws.empty() || ws.size() > 6) return {};
      size_t k = 0;
      std::string l0 = lower(t.substr(ws[0].begin, ws[0].end - ws[0].begin));
      if (l0 == "the" || l0 == "a" || l0 == "an") ++k;
      std::string org;
      if (k < ws.size() && ends_with_possessive(t.substr(ws[k].begin, ws[k].end - ws[k].begin))) {
        size_t pe = ws[k].end - (t[ws[k].end - 2] == '\'' ? 2 : 4);
        org = std::string(t.substr(ws[0].begin, pe - ws[0].begin));
        ++k;
      }
      if (k >= ws.size()) return {};
      for (size_t j = k; j < ws.size(); ++j)
        if (is_function_word(t.substr(ws[j].begin, ws[j].end - ws[j].begin)) ||
            opens_adverbial(t.substr(ws[j].begin, ws[j].end - ws[j].begin)) ||
            starts_upper(t, ws[j].begin))
          return {};
      if (r.role.empty()) r.role = std::string(t.substr(ws[k].begin, ws.back().end - ws[k].begin));
      if (r.org.empty() && !org.empty()) r.org = strip_article(org);
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

}  // namespace vigil::discourse::detail
