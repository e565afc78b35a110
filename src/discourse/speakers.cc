// The people and organisations a document names, for resolving speakers. See speakers.h.
#include "speakers.h"

#include <algorithm>
#include <cctype>
#include <array>
#include <unordered_map>

#include "text_util.h"
#include "vigil/pronouns.h"

namespace vigil::discourse::detail {

namespace {

// Role nouns by family: a description's head finds a person whose role has a word of the
// same family ("the spokeswoman" -> "spokesperson Jane Roe"). Words of their own family get
// a number made from the word itself, different for each.
int own_family(std::string_view l, int base) {
  return base + static_cast<int>(l.size()) * 31 + (l[0] - 'a');
}

// The families of the role nouns (every "spokes..." word aside), built once: role_family
// is asked about nearly every word of a document.
std::unordered_map<std::string_view, int> make_role_families() {
  std::unordered_map<std::string_view, int> families;
  for (std::string_view w : {"minister", "secretary", "secretary-general"}) families[w] = 2;
  for (std::string_view w : {"chief", "head", "leader"}) families[w] = 3;
  for (std::string_view w : {"envoy", "ambassador", "representative", "diplomat"})
    families[w] = 4;
  for (std::string_view w : {"president", "premier"}) families[w] = 5;
  for (std::string_view w : {"director", "director-general"}) families[w] = 6;
  for (std::string_view w :
       {"commissioner", "commander", "general",    "prosecutor", "governor",  "mayor",
        "chancellor",   "chairman",  "chairwoman", "chair",      "delegate",  "official",
        "officer",      "lawyer",    "activist",   "senator",    "negotiator", "observer",
        "monitor",      "rapporteur", "coordinator", "judge",    "adviser",   "advisor",
        "counterpart"})
    families[w] = own_family(w, 100);
  // People named by what they do or who they are to someone.
  for (std::string_view w :
       {"sister",    "brother",   "wife",      "husband",    "mother",       "father",
        "son",       "daughter",  "widow",     "friend",     "singer",       "actor",
        "actress",   "producer",  "coach",     "manager",    "player",       "captain",
        "striker",   "midfielder", "defender", "goalkeeper", "founder",      "boss",
        "executive", "analyst",   "economist", "professor",  "teacher",      "student",
        "doctor",    "journalist", "reporter", "editor",     "writer",       "author",
        "witness",   "resident",  "protester", "demonstrator", "farmer",     "owner",
        "investor",  "trader",    "banker",    "broker",     "soldier",      "survivor",
        "candidate", "campaigner", "organiser", "organizer", "aide"})
    families[w] = own_family(w, 1000);
  return families;
}

int role_family(std::string_view w) {
  static const std::unordered_map<std::string_view, int> kFamilies = make_role_families();
  std::string l = lower(w);
  while (!l.empty() && (l.back() == '.' || l.back() == ',')) l.pop_back();
  if (l.rfind("spokes", 0) == 0) return 1;
  auto it = kFamilies.find(l);
  return it == kFamilies.end() ? 0 : it->second;
}

// "chief" also stands for the head of a body whatever its title.
bool families_match(int desc, int role) {
  if (desc == 0 || role == 0) return false;
  if (desc == role) return true;
  return desc == 3 && (role == 2 || role == 5 || role == 6);
}

bool is_aux_or_adverb(std::string_view w) {
  static const WordList k = {
      "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then",
      "again", "later", "earlier", "previously", "reportedly", "repeatedly", "already",
      "once", "has", "had", "did", "does", "who"};
  return k.contains(w);
}

bool is_connective(std::string_view w) {
  static const WordList k = {
      "of", "in", "at", "on", "to", "and", "or", "the", "a", "an", "for", "from", "with",
      "by", "as", "than", "into", "over", "under", "near", "outside", "after"};
  return k.contains(w);
}

// Names of states and cities of two words start with these ("Saudi Arabia", "South
// Korea", "New Zealand", "San Salvador"): such a name that speaks is no person.
bool place_like(std::string_view name) {
  static const WordList k = {
      "united", "saudi", "south", "north", "new", "sri", "hong", "el", "costa", "burkina",
      "sierra", "papua", "czech", "dominican", "central", "east", "west", "ivory", "puerto",
      "los", "san", "las", "buenos", "abu", "tel", "kuala", "rio", "sao", "cape", "great"};
  size_t sp = name.find(' ');
  return k.contains(name.substr(0, sp));
}

bool all_caps(std::string_view w) {
  size_t letters = 0;
  for (char c : w) {
    if (c >= 'a' && c <= 'z') return false;
    if (c >= 'A' && c <= 'Z') ++letters;
  }
  return letters >= 2;
}

std::string_view word_at(std::string_view t, const Word& w) {
  return t.substr(w.begin, w.end - w.begin);
}

}  // namespace

bool is_role_noun(std::string_view w) { return role_family(w) != 0; }


bool is_org_word(std::string_view w) {
  static const WordList k = {
      "ministry", "department", "council", "union", "nations", "party", "office", "agency",
      "forces", "army", "police", "government", "republic", "states", "kingdom",
      "association", "organization", "organisation", "committee", "commission", "court",
      "assembly", "parliament", "congress", "bank", "international", "foundation",
      "institute", "university", "movement", "front", "alliance", "coalition", "community",
      "group", "watch", "church", "navy", "guard", "corps", "service", "authority",
      "secretariat", "federation", "league", "board", "network", "institution"};
  return k.contains(w);
}

Registry::Registry(std::string_view text, const Sentences& sentences,
                   const std::vector<RawQuote>& quotes)
    : text_(text), sentences_(&sentences) {
  const std::string_view t = text;
  // Quoted stretches are sorted and do not overlap: the last one opened before `pos`.
  auto in_quote = [&](size_t pos) {
    auto it = std::upper_bound(quotes.begin(), quotes.end(), pos,
                               [](size_t p, const RawQuote& q) { return p < q.open; });
    if (it == quotes.begin()) return false;
    --it;
    return pos >= it->begin && pos < it->end;
  };
  auto ws = words(t, 0, t.size());
  // Is ws[k] (after the name ending at word e) the verb of a clause whose subject the name
  // is? Skips appositions: "Jane Roe, head of X, a group in Y, said".
  auto verb_after = [&](size_t e, size_t* speech) -> bool {
    size_t k = e;
    *speech = 0;
    for (int commas = 0; k < ws.size() && commas < 4;) {
      if (in_quote(ws[k].begin)) return false;
      auto g = t.substr(ws[k - 1].end, ws[k].begin - ws[k - 1].end);
      // A dot after "E.U" or "Mr" ends an abbreviation, not the sentence.
      std::string_view prev = word_at(t, ws[k - 1]);
      bool abbrev = prev.find('.') != std::string_view::npos || is_honorific(prev) ||
                    (prev.size() == 1 && starts_upper(t, ws[k - 1].begin));
      if (g.find_first_of(abbrev ? ";:?!(" : ".;:?!(") != std::string_view::npos) return false;
      bool comma = g.find(',') != std::string_view::npos;
      bool dash = g.find("\xE2\x80\x94") != std::string_view::npos;
      if (!comma && !dash && k == e) break;  // "Jane Roe said"
      if (comma || dash) {
        ++commas;
        auto w = word_at(t, ws[k]);
        // "…, Jane Roe, denounced": the name closes an apposition and its verb follows.
        std::string lw = lower(w);
        if (k == e && !starts_upper(t, ws[k].begin) && lw != "who" &&
            (is_speech_verb(w) || is_aux_or_adverb(w) ||
             (lw.size() > 4 && lw.compare(lw.size() - 2, 2, "ed") == 0)))
          break;
        if (!starts_upper(t, ws[k].begin) && !is_connective(w) && k > e && commas >= 2) break;
        if (commas >= 2 && (is_speech_verb(w) || is_aux_or_adverb(w))) break;
      }
      if (k - e > 25) return false;
      ++k;
    }
    if (k >= ws.size()) return false;
    auto w = word_at(t, ws[k]);
    if (starts_upper(t, ws[k].begin) || is_connective(w)) return false;
    *speech = is_speech_verb(w) ? 1 : 0;
    if (!*speech && (w == "has" || w == "had" || w == "have" || w == "also") && k + 1 < ws.size())
      *speech = is_speech_verb(word_at(t, ws[k + 1])) ? 1 : 0;
    return true;
  };
  // The dateline's words name a place and an agency, nobody who speaks.
  size_t first = 0;
  while (first < ws.size() && ws[first].begin < sentences.dateline_end()) ++first;
  for (size_t i = first; i < ws.size();) {
    if (in_quote(ws[i].begin)) {
      ++i;
      continue;
    }
    auto wi = word_at(t, ws[i]);
    // "He said …" at a clause start: the person it stands for, as a subject again.
    if ((wi == "He" || wi == "She") && i + 1 < ws.size() && !starts_upper(t, ws[i + 1].begin)) {
      if (const Mention* p = person_before(ws[i].begin, wi == "He" ? 'm' : 'f')) {
        Mention m = *p;
        m.begin = ws[i].begin;
        m.end = ws[i].end;
        m.subject = true;
        m.issuer = false;
        mentions_.push_back(std::move(m));
      }
      ++i;
      continue;
    }
    // "The official said", "a company spokesman told": a description that speaks is a
    // person for a later "he" or "she" (kept as written, never indexed as a name).
    {
      std::string li = lower(wi);
      if (li == "the" || li == "a" || li == "an" || li == "one") {
        size_t j = i + 1;
        while (j < ws.size() && j - i <= 4 && !is_role_noun(word_at(t, ws[j])) &&
               t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end) == " ")
          ++j;
        if (j < ws.size() && j - i <= 4 && j + 1 < ws.size() && is_role_noun(word_at(t, ws[j])) &&
            !starts_upper(t, ws[j].begin) &&
            t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end) == " " &&
            t.substr(ws[j].end, ws[j + 1].begin - ws[j].end) == " " &&
            is_speech_verb(word_at(t, ws[j + 1])) && !in_quote(ws[j].begin)) {
          Mention m;
          m.begin = ws[i].begin;
          m.end = ws[j].end;
          m.name = std::string(t.substr(m.begin, m.end - m.begin));
          m.role = std::string(word_at(t, ws[j]));
          m.person = m.subject = m.speech = m.description = true;
          mentions_.push_back(std::move(m));
          i = j + 1;
          continue;
        }
      }
    }
    if (!starts_upper(t, ws[i].begin)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    bool org_so_far = is_org_word(wi);
    while (j < ws.size()) {
      auto gap = t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end);
      const bool initial = gap == ". " && ws[j - 1].end - ws[j - 1].begin == 1 &&
                           starts_upper(t, ws[j].begin);  // "Thomas A. Vane"
      if (gap != " " && !initial) break;
      auto wj = word_at(t, ws[j]);
      bool cap = starts_upper(t, ws[j].begin);
      bool particle = is_particle(wj) && j + 1 < ws.size() && starts_upper(t, ws[j + 1].begin);
      // "Ministry of Foreign Affairs": an organisation's name goes on after "of"/"for".
      bool joins = org_so_far && (wj == "of" || wj == "for") && j + 1 < ws.size() &&
                   starts_upper(t, ws[j + 1].begin);
      if (!cap && !particle && !joins) break;
      if (is_org_word(wj)) org_so_far = true;
      ++j;
    }
    const size_t run_b = i, run_e = j;
    i = j;
    // Drop sentence-initial function words, adverbials and calendar words.
    size_t b = run_b, e = run_e;
    while (b < e && (is_function_word(word_at(t, ws[b])) || opens_adverbial(word_at(t, ws[b])) ||
                     is_calendar_word(word_at(t, ws[b]))))
      ++b;
    while (e > b && is_calendar_word(word_at(t, ws[e - 1]))) --e;
    if (b >= e) continue;
    bool honorific = false, org_word = false;
    char gender = 0;
    for (size_t k = b; k < e; ++k) {
      if (is_honorific(word_at(t, ws[k]))) {
        honorific = true;
        if (char g = nlp::honorific_gender(lower(word_at(t, ws[k])))) gender = g;
      }
      if (is_org_word(word_at(t, ws[k]))) org_word = true;
    }
    // The words before the run in its chunk: lower-case role words ("ministry spokesman").
    size_t from = b;
    while (from > 0 && b - from < 4 && !starts_upper(t, ws[from - 1].begin) &&
           t.substr(ws[from - 1].end, ws[from].begin - ws[from - 1].end) == " " &&
           !is_connective(word_at(t, ws[from - 1])) && !in_quote(ws[from - 1].begin))
      --from;
    // "Jane Roe's convoy": Jane Roe is named all the same (not as a subject).
    size_t name_end = ws[e - 1].end;
    bool possessive = ends_with_possessive(word_at(t, ws[e - 1]));
    if (possessive) name_end -= t[name_end - 2] == '\'' ? 2 : 4;
    Speaker s = parse_name(t, ws[from].begin, name_end, true);
    if (!s.ok() || s.pronoun || s.noun_phrase) continue;
    if (ends_with_possessive(s.name)) continue;
    // A dateline ("ISLAMABAD -") is no organisation.
    if (all_caps(s.name) && s.name.size() > 6) continue;
    Mention m;
    m.begin = s.begin;
    m.end = s.end;
    m.name = s.name;
    m.role = s.role;
    m.org = s.org;
    m.gender = gender;
    if (org_word && s.org.empty() && s.role.empty() && s.begin > ws[b].begin) {
      // "League of Coastal Towns": an organisation's whole name, "of" included.
      m.begin = ws[b].begin;
      m.end = name_end;
      m.name = std::string(t.substr(m.begin, m.end - m.begin));
    }
    // A role just before, across a comma: "the spokesperson, Jane Roe", "The spokesperson
    // for the Trade Office, Jane Roe".
    if (b > 0 && m.role.empty()) {
      auto gap = t.substr(ws[b - 1].end, ws[b].begin - ws[b - 1].end);
      if ((gap == ", " || gap == " ") && is_role_noun(word_at(t, ws[b - 1]))) {
        m.role = std::string(word_at(t, ws[b - 1]));
      } else if (gap == ", ") {
        size_t k = b - 1;
        while (k > 0 && b - k < 10 && !in_quote(ws[k - 1].begin)) {
          auto g = t.substr(ws[k - 1].end, ws[k].begin - ws[k - 1].end);
          if (g.find_first_of(",.;:") != std::string_view::npos) break;
          --k;
        }
        for (size_t r = k; r < b; ++r) {
          if (!is_role_noun(word_at(t, ws[r]))) continue;
          Speaker tmp;
          read_appositions(t, {{ws[k].begin, ws[b - 1].end}}, 0, tmp);
          m.role = tmp.role;
          if (m.org.empty()) m.org = tmp.org;
          break;
        }
      }
    }
    // An apposition after: "Jane Roe, a spokesperson for X," / "Jane Roe, head of X,".
    bool apposition = false, speech_after_apposition = false;
    const size_t after_e = ws[e - 1].end;
    if (after_e < t.size() && t[after_e] == ',' && e < ws.size()) {
      size_t k = e;
      while (k < ws.size() && k - e < 12 && !in_quote(ws[k].begin)) {
        auto g = t.substr(ws[k].end, (k + 1 < ws.size() ? ws[k + 1].begin : t.size()) - ws[k].end);
        if (g.find_first_of(".;:") != std::string_view::npos) break;
        // "Jane Roe, chief of the unit told the forum": a verb of saying ends it too.
        const bool verb_next = k > e && k + 1 < ws.size() && g == " " &&
                               is_speech_verb(word_at(t, ws[k + 1]));
        if (verb_next) speech_after_apposition = true;
        if (g.find(',') != std::string_view::npos || verb_next) {
          auto app = words(t, ws[e].begin, ws[k].end);
          bool role_like = false;
          for (size_t a = 0; a < app.size() && a < 5; ++a)
            if (is_role_noun(word_at(t, app[a]))) role_like = true;
          std::string a0 = lower(word_at(t, ws[e]));
          apposition = role_like || a0 == "a" || a0 == "an" || a0 == "the";
          if (role_like) {
            Speaker tmp;
            read_appositions(t, {{ws[e].begin, ws[k].end}}, 0, tmp);
            if (m.role.empty()) m.role = tmp.role;
            if (m.org.empty()) m.org = tmp.org;
          }
          break;
        }
        ++k;
      }
    }
    size_t speech = 0;
    m.subject = !possessive && verb_after(e, &speech);
    m.speech = m.subject && speech;
    if (speech_after_apposition && apposition && !possessive) m.subject = m.speech = true;
    const bool multi = m.name.find(' ') != std::string::npos;
    const Mention* known = multi ? nullptr : by_name_word(m.name);
    if (!known && !multi && !org_word) {
      // "Moss said" after "Rita Moss met": the surname makes the earlier name a person's.
      auto c = candidate_surnames_.find(m.name);
      if (c != candidate_surnames_.end()) {
        Mention& earlier = mentions_[c->second];
        earlier.candidate = false;
        earlier.person = true;
        index_person(c->second);
        known = &earlier;
        candidate_surnames_.erase(c);
      }
    }
    if (org_word || all_caps(m.name) || std::string_view(m.name).find("Presidency") != std::string_view::npos) {
      m.person = false;
    } else if (known) {
      // "Neve" after "Alex Neve": the same person.
      m.person = true;
      m.name = known->name;
      if (m.role.empty()) m.role = known->role;
      if (m.org.empty()) m.org = known->org;
    } else if (!m.role.empty() || honorific ||
               (!place_like(m.name) && ((speech && m.subject && (multi || apposition)) ||
                                        (apposition && multi && m.subject)))) {
      m.person = true;
    } else if (m.subject && speech) {
      m.person = false;  // "Beijing said": a state or a body speaking
    } else if (multi && m.subject && e - b <= 3) {
      // "Rita Moss met …": a person if the text later calls her "Moss".
      m.candidate = true;
    } else {
      continue;  // a capitalised run of unknown kind: a place, a title, an event
    }
    // Issuer: "X said in a statement", "In a statement, X said", "a statement from X".
    if (m.subject) {
      size_t sb = sentences.start(m.begin), se = sentences.end(m.end);
      for (const auto& w : words(t, sb, se))
        if (!in_quote(w.begin) && is_document_noun(word_at(t, w))) m.issuer = true;
    }
    {
      // "confirmed by the X in a statement", "a statement from X".
      size_t k = from;
      if (k > 0 && lower(word_at(t, ws[k - 1])) == "the") --k;
      if (k > 1) {
        auto w1 = lower(word_at(t, ws[k - 1]));
        auto w2 = lower(word_at(t, ws[k - 2]));
        if ((w1 == "from" || w1 == "by") && (is_document_noun(w2) || w2 == "issued" ||
                                             w2 == "released" || w2 == "confirmed"))
          m.issuer = true;
      }
    }
    // An acronym stands for the organisation named before with those initials, unless the
    // article defines it in parentheses ("… States (ECOWAS)"): then it is its own name.
    if (!m.person && t.find("(" + m.name + ")") == std::string_view::npos) {
      if (const Mention* full = expand_acronym(m.name, m.begin)) m.full_name = full->name;
    }
    if (known && !m.gender) m.gender = known->gender;
    mentions_.push_back(std::move(m));
    const size_t index = mentions_.size() - 1;
    const Mention& added = mentions_.back();
    if (added.person) index_person(index);
    if (added.candidate) {
      auto cw = words(added.name, 0, added.name.size());
      if (!cw.empty())
        candidate_surnames_.emplace(std::string(std::string_view(added.name).substr(cw.back().begin)),
                                    index);
    }
    if (!added.person && !added.candidate) index_initials(index);
  }
  learn_genders(ws);
  candidate_surnames_.clear();  // indices: valid only while mentions are appended
}

// While the constructor runs, mentions are only appended, so indices stay valid; the
// indices record begin positions, which add() never changes.
void Registry::index_person(size_t i) {
  const Mention& m = mentions_[i];
  if (m.description || m.name.find(' ') == std::string::npos) return;
  for (const auto& w : words(m.name, 0, m.name.size())) {
    std::string word(std::string_view(m.name).substr(w.begin, w.end - w.begin));
    auto it = person_words_.find(word);
    if (it == person_words_.end() || it->second > m.begin) person_words_[word] = m.begin;
  }
}

void Registry::index_initials(size_t i) {
  const Mention& m = mentions_[i];
  if (m.name.find(' ') == std::string::npos) return;
  // "Economic Community of West African States": ECWAS, or ECOWAS with "of".
  std::string initials, with_small;
  for (const auto& w : words(m.name, 0, m.name.size())) {
    with_small += static_cast<char>(std::toupper(static_cast<unsigned char>(m.name[w.begin])));
    if (!starts_upper(m.name, w.begin)) continue;  // of, the, for
    initials += m.name[w.begin];
  }
  initials_.emplace(initials, m.begin);
  initials_.emplace(with_small, m.begin);
}

const Mention* Registry::at(size_t begin) const {
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), begin,
                             [](const Mention& a, size_t pos) { return a.begin < pos; });
  return it != mentions_.end() && it->begin == begin ? &*it : nullptr;
}

// A person's gender from an honorific, else from the first personal pronoun after them
// (in their sentence or the next) before another person is named: "Jane Roe said her
// office ...".
void Registry::learn_genders(const std::vector<Word>& ws) {
  const std::string_view t = text_;
  std::unordered_map<std::string, char> known;
  auto find = [&](const std::string& name) -> char* {
    auto it = known.find(name);
    return it == known.end() ? nullptr : &it->second;
  };
  for (const Mention& m : mentions_)
    if (m.person && m.gender && !find(m.name)) known.emplace(m.name, m.gender);
  size_t w = 0;
  for (size_t i = 0; i < mentions_.size(); ++i) {
    Mention& m = mentions_[i];
    // "Baglini said …. He added": a one-word name that speaks and is then "he" is a person.
    const bool maybe = !m.person && !m.candidate && m.speech &&
                       m.name.find(' ') == std::string::npos && !all_caps(m.name) &&
                       !is_org_word(m.name);
    if ((!m.person && !maybe) || find(m.name)) continue;
    size_t limit = i + 1 < mentions_.size() ? mentions_[i + 1].begin : t.size();
    size_t se = sentences_->end(m.end);
    limit = std::min(limit, sentences_->end(std::min(se + 1, t.size())));
    while (w < ws.size() && ws[w].begin < m.end) ++w;
    for (size_t k = w; k < ws.size() && ws[k].begin < limit; ++k) {
      const text::Pronoun* p = text::personal_pronoun(word_at(t, ws[k]));
      const char g = p && (p->gender == 'm' || p->gender == 'f') ? p->gender : 0;
      if (!g) continue;
      known.emplace(m.name, g);
      if (maybe) {
        m.person = true;
        index_person(i);
      }
      break;
    }
  }
  for (Mention& m : mentions_) {
    char* g = find(m.name);
    if (!g) continue;
    if (!m.person && m.speech && m.name.find(' ') == std::string::npos) m.person = true;
    if (m.person && !m.gender) m.gender = *g;
  }
}

void Registry::add(const Speaker& s, bool person, bool issuer, bool description) {
  Mention m;
  m.begin = s.begin;
  m.end = s.end;
  m.name = s.name;
  m.role = s.role;
  m.org = s.org;
  m.person = person;
  m.subject = true;
  m.speech = true;
  m.issuer = issuer;
  m.description = description;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), m.begin,
                             [](const Mention& a, size_t pos) { return a.begin < pos; });
  if (it != mentions_.end() && it->begin == m.begin) {
    it->subject = true;
    it->issuer = it->issuer || issuer;
    if (it->role.empty()) it->role = m.role;
    if (it->org.empty()) it->org = m.org;
    if (person && !it->person && m.name == it->name) {
      it->person = true;
      index_person(static_cast<size_t>(it - mentions_.begin()));
    }
    return;
  }
  auto at_it = mentions_.insert(it, std::move(m));
  if (person) index_person(static_cast<size_t>(at_it - mentions_.begin()));
}

size_t Registry::previous_sentence_start(size_t pos) const {
  size_t sb = sentences_->start(pos);
  while (sb > 0 && (text_[sb - 1] == ' ' || text_[sb - 1] == '\n' || text_[sb - 1] == '\r' ||
                    text_[sb - 1] == '\t'))
    --sb;
  return sb > 0 ? sentences_->start(sb - 1) : 0;
}

const Mention* Registry::person_before(size_t pos, char gender) const {
  // The last sentence before `pos` that names a person.
  const Mention* last = scan_back(pos, [&](const Mention& m) {
    return m.person && !(gender && m.gender && m.gender != gender);
  });
  if (!last) return nullptr;
  return main_person(sentences_->start(last->begin), pos, gender);
}

const Mention* Registry::main_person(size_t b, size_t e, char gender) const {
  // Who the sentence is about: the first person that says something, else the first that
  // is a subject, else the first named.
  const Mention *speech = nullptr, *subject = nullptr, *first = nullptr;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), b,
                             [](const Mention& a, size_t pos) { return a.begin < pos; });
  for (; it != mentions_.end() && it->end <= e; ++it) {
    const Mention& m = *it;
    if (!m.person) continue;
    if (gender && m.gender && m.gender != gender) continue;
    if (!first) first = &m;
    if (!subject && m.subject) subject = &m;
    if (!speech && m.speech) speech = &m;
  }
  return speech ? speech : subject ? subject : first;
}

const Mention* Registry::expand_acronym(std::string_view acronym, size_t pos) const {
  std::string letters;
  for (char c : acronym) {
    if (c >= 'A' && c <= 'Z') letters += c;
    else if (c != '.') return nullptr;
  }
  if (letters.size() < 2 || letters.size() > 7) return nullptr;
  auto it = initials_.find(letters);
  if (it == initials_.end() || it->second >= pos) return nullptr;
  return at(it->second);
}

const Mention* Registry::issuer_before(size_t pos) const {
  // "it" looks back two sentences at most.
  const size_t from = previous_sentence_start(pos);
  const Mention* subject = nullptr;
  const Mention* issuer = scan_back(pos, [&](const Mention& m) {
    if (m.person || m.candidate || m.begin < from) return false;
    if (!subject && m.subject) subject = &m;
    return m.issuer;
  });
  return issuer ? issuer : subject;
}

const Mention* Registry::document_issuer_before(size_t pos) const {
  if (const Mention* found = scan_back(pos, [](const Mention& m) { return m.issuer; }))
    return found;
  // No statement named its issuer: the last organisation that said something.
  return scan_back(pos, [](const Mention& m) { return !m.person && !m.candidate && m.speech; });
}

const Mention* Registry::person_described(std::string_view description, size_t pos) const {
  auto ws = words(description, 0, description.size());
  int head = 0;
  std::vector<std::string> qualifiers;
  bool person_qualifier = false;
  for (const auto& w : ws) {
    auto v = description.substr(w.begin, w.end - w.begin);
    if (int f = role_family(v)) head = f;
    if (starts_upper(description, w.begin) && !is_function_word(v) && !is_role_noun(v)) {
      std::string q(v);
      if (ends_with_possessive(q)) q = q.substr(0, q.find_last_of("'\xE2"));
      qualifiers.push_back(q);
      if (by_name_word(q)) person_qualifier = true;
    }
  }
  if (head == 0) return nullptr;
  auto matches = [&](const Mention& m) {
    if (!m.person || m.description) return false;
    bool role_ok = false;
    for (const auto& rw : words(m.role, 0, m.role.size()))
      if (families_match(head, role_family(m.role.substr(rw.begin, rw.end - rw.begin))))
        role_ok = true;
    if (!role_ok) return false;
    if (person_qualifier) {
      // "a Guterres spokesman": the spokesman of that person, not any spokesman.
      for (const auto& q : qualifiers)
        if (m.org.find(q) != std::string::npos || m.role.find(q) != std::string::npos)
          return true;
      return false;
    }
    return true;
  };
  if (const Mention* m = scan_back(pos, matches)) return m;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), pos,
                             [](const Mention& a, size_t p) { return a.begin < p; });
  for (size_t n = 0; it != mentions_.end() && n < kWindow; ++it, ++n)
    if (matches(*it)) return &*it;
  return nullptr;
}

const Mention* Registry::org_described(std::string_view description, size_t pos) const {
  auto ws = words(description, 0, description.size());
  if (ws.empty()) return nullptr;
  std::string head = lower(description.substr(ws.back().begin, ws.back().end - ws.back().begin));
  static const WordList kGeneric = {
      "group", "bloc", "body", "organisation", "organization", "movement", "alliance",
      "coalition", "council"};
  bool generic = kGeneric.contains(head);
  auto org = [](const Mention& m) { return !m.person && !m.candidate; };
  // "the body": an institution (a council, an assembly, a commission ...).
  if (head == "body") {
    static const WordList kBodies = {
        "council", "assembly", "commission", "committee", "parliament", "court", "board",
        "agency", "congress"};
    const Mention* body = scan_back(pos, [&](const Mention& m) {
      if (!org(m)) return false;
      for (const auto& w : words(m.name, 0, m.name.size()))
        if (kBodies.contains(std::string_view(m.name).substr(w.begin, w.end - w.begin)))
          return true;
      return false;
    });
    if (body) return body;
  }
  if (const Mention* found = scan_back(pos, [&](const Mention& m) {
        return org(m) && lower(m.name).find(head) != std::string::npos;
      }))
    return found;
  if (!generic) return nullptr;
  // "the group said": the last organisation that said something, else the last subject.
  if (const Mention* found =
          scan_back(pos, [&](const Mention& m) { return org(m) && (m.speech || m.issuer); }))
    return found;
  if (const Mention* found =
          scan_back(pos, [&](const Mention& m) { return org(m) && m.subject; }))
    return found;
  // Else the last organisation named in the sentence before (or in the same one).
  const Mention* last = scan_back(pos, org);
  if (!last) return nullptr;
  const size_t prev = previous_sentence_start(pos);
  return last->begin >= prev ? last : nullptr;
}

const Mention* Registry::person_named(std::string_view name, size_t pos) const {
  if (name.empty()) return nullptr;
  return scan_back(pos, [&](const Mention& m) {
    if (!m.person || m.description) return false;
    std::string_view n = m.name;
    return n == name || (n.size() > name.size() && n.substr(n.size() - name.size()) == name &&
                         n[n.size() - name.size() - 1] == ' ');
  });
}

const Mention* Registry::by_name_word(std::string_view word) const {
  if (word.empty()) return nullptr;
  auto it = person_words_.find(std::string(word));
  if (it == person_words_.end()) return nullptr;
  const Mention* m = at(it->second);
  return m && m->person ? m : nullptr;
}

}  // namespace vigil::discourse::detail
