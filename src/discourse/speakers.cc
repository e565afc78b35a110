// The people and organisations a document names, for resolving speakers. See speakers.h.
#include "speakers.h"

#include <algorithm>
#include <array>

#include "text_util.h"

namespace vigil::discourse::detail {

namespace {

bool in_list(std::string_view w, const char* const* list, size_t n) {
  std::string l = lower(w);
  for (size_t i = 0; i < n; ++i)
    if (l == list[i]) return true;
  return false;
}

// Role nouns by family: a description's head finds a person whose role has a word of the
// same family ("the spokeswoman" -> "spokesperson Jane Roe").
int role_family(std::string_view w) {
  std::string l = lower(w);
  while (!l.empty() && (l.back() == '.' || l.back() == ',')) l.pop_back();
  if (l.rfind("spokes", 0) == 0) return 1;
  if (l == "minister" || l == "secretary" || l == "secretary-general") return 2;
  if (l == "chief" || l == "head" || l == "leader") return 3;
  if (l == "envoy" || l == "ambassador" || l == "representative" || l == "diplomat") return 4;
  if (l == "president" || l == "premier") return 5;
  if (l == "director" || l == "director-general") return 6;
  if (l == "commissioner" || l == "commander" || l == "general" || l == "prosecutor" ||
      l == "governor" || l == "mayor" || l == "chancellor" || l == "chairman" ||
      l == "chairwoman" || l == "chair" || l == "delegate" || l == "official" ||
      l == "officer" || l == "lawyer" || l == "activist" || l == "senator" ||
      l == "negotiator" || l == "observer" || l == "monitor" || l == "rapporteur" ||
      l == "coordinator" || l == "judge" || l == "adviser" || l == "advisor" ||
      l == "counterpart")
    return 100 + static_cast<int>(l.size()) * 31 + (l[0] - 'a');  // its own family
  return 0;
}

// "chief" also stands for the head of a body whatever its title.
bool families_match(int desc, int role) {
  if (desc == 0 || role == 0) return false;
  if (desc == role) return true;
  return desc == 3 && (role == 2 || role == 5 || role == 6);
}

bool is_aux_or_adverb(std::string_view w) {
  static const std::array<const char*, 24> k = {
      "has", "have", "had", "was", "were", "is", "are", "will", "would", "also", "then",
      "again", "later", "earlier", "previously", "reportedly", "repeatedly", "already",
      "once", "has", "had", "did", "does", "who"};
  return in_list(w, k.data(), k.size());
}

bool is_connective(std::string_view w) {
  static const std::array<const char*, 22> k = {
      "of", "in", "at", "on", "to", "and", "or", "the", "a", "an", "for", "from", "with",
      "by", "as", "than", "into", "over", "under", "near", "outside", "after"};
  return in_list(w, k.data(), k.size());
}

bool is_calendar_word(std::string_view w) {
  static const std::array<const char*, 19> k = {
      "monday", "tuesday", "wednesday", "thursday", "friday", "saturday", "sunday",
      "january", "february", "march", "april", "may", "june", "july", "august", "september",
      "october", "november", "december"};
  return in_list(w, k.data(), k.size());
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

bool is_document_noun(std::string_view w) {
  static const std::array<const char*, 10> k = {
      "statement", "communique", "communiqué", "release", "declaration", "announcement",
      "letter", "post", "tweet", "report"};
  return in_list(w, k.data(), k.size());
}

bool is_org_word(std::string_view w) {
  static const std::array<const char*, 44> k = {
      "ministry", "department", "council", "union", "nations", "party", "office", "agency",
      "forces", "army", "police", "government", "republic", "states", "kingdom",
      "association", "organization", "organisation", "committee", "commission", "court",
      "assembly", "parliament", "congress", "bank", "international", "foundation",
      "institute", "university", "movement", "front", "alliance", "coalition", "community",
      "group", "watch", "church", "navy", "guard", "corps", "service", "authority",
      "secretariat", "federation"};
  return in_list(w, k.data(), k.size());
}

Registry::Registry(std::string_view text, const std::vector<RawQuote>& quotes) : text_(text) {
  const std::string_view t = text;
  auto in_quote = [&](size_t pos) {
    for (const RawQuote& q : quotes)
      if (pos >= q.begin && pos < q.end) return true;
    return false;
  };
  auto ws = words(t, 0, t.size());
  for (size_t i = 0; i < ws.size();) {
    if (!starts_upper(t, ws[i].begin) || in_quote(ws[i].begin)) {
      ++i;
      continue;
    }
    size_t j = i + 1;
    while (j < ws.size()) {
      auto gap = t.substr(ws[j - 1].end, ws[j].begin - ws[j - 1].end);
      if (gap != " ") break;
      bool cap = starts_upper(t, ws[j].begin);
      bool particle = is_particle(word_at(t, ws[j])) && j + 1 < ws.size() &&
                      starts_upper(t, ws[j + 1].begin);
      if (!cap && !particle) break;
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
    for (size_t k = b; k < e; ++k) {
      if (is_honorific(word_at(t, ws[k]))) honorific = true;
      if (is_org_word(word_at(t, ws[k]))) org_word = true;
    }
    // The words before the run in its chunk: lower-case role words ("ministry spokesman").
    size_t from = b;
    while (from > 0 && b - from < 4 && !starts_upper(t, ws[from - 1].begin) &&
           t.substr(ws[from - 1].end, ws[from].begin - ws[from - 1].end) == " " &&
           !is_connective(word_at(t, ws[from - 1])))
      --from;
    Speaker s = parse_name(t, ws[from].begin, ws[e - 1].end, true);
    if (!s.ok() || s.pronoun || s.noun_phrase) continue;
    if (ends_with_possessive(s.name)) continue;
    Mention m;
    m.begin = s.begin;
    m.end = s.end;
    m.name = s.name;
    m.role = s.role;
    m.org = s.org;
    // A role just before, across a comma: "the spokesperson, Jane Roe".
    size_t gap_b = ws[b].begin;
    if (b > 0 && m.role.empty()) {
      auto gap = t.substr(ws[b - 1].end, gap_b - ws[b - 1].end);
      if ((gap == ", " || gap == " ") && is_role_noun(word_at(t, ws[b - 1])))
        m.role = std::string(word_at(t, ws[b - 1]));
    }
    // An apposition after: "Jane Roe, a spokesperson for X," / "Jane Roe, head of X,".
    size_t after_e = ws[e - 1].end;
    size_t next = e;  // the word after the name and its apposition
    if (after_e < t.size() && t[after_e] == ',') {
      size_t k = e;
      while (k < ws.size() && k - e < 12 && !in_quote(ws[k].begin)) {
        auto g = t.substr(ws[k].end, (k + 1 < ws.size() ? ws[k + 1].begin : t.size()) - ws[k].end);
        if (g.find_first_of(".;:") != std::string_view::npos) break;
        if (g.find(',') != std::string_view::npos) {
          // the apposition ends here
          auto app = words(t, ws[e].begin, ws[k].end);
          bool role_like = false;
          for (size_t a = 0; a < app.size() && a < 5; ++a)
            if (is_role_noun(word_at(t, app[a]))) role_like = true;
          if (role_like) {
            Speaker tmp;
            read_appositions(t, {{ws[e].begin, ws[k].end}}, 0, tmp);
            if (m.role.empty()) m.role = tmp.role;
            if (m.org.empty()) m.org = tmp.org;
            next = k + 1;
          }
          break;
        }
        ++k;
      }
    }
    bool speech_next = next < ws.size() && !in_quote(ws[next].begin) &&
                       (is_speech_verb(word_at(t, ws[next])) ||
                        is_aux_or_adverb(word_at(t, ws[next])));
    const bool multi = m.name.find(' ') != std::string::npos;
    if (org_word || all_caps(m.name)) {
      m.person = false;
    } else if (!m.role.empty() || honorific || (speech_next && multi && e - b <= 4)) {
      m.person = true;
    } else {
      continue;  // a capitalised run of unknown kind: a place, a title, an event
    }
    // Subject: a verb (or an auxiliary) follows the name and its apposition.
    if (next < ws.size() && !in_quote(ws[next].begin)) {
      auto nw = word_at(t, ws[next]);
      auto g = t.substr(ws[next - 1].end, ws[next].begin - ws[next - 1].end);
      bool plain_gap = g.find_first_of(".;:?!") == std::string_view::npos;
      m.subject = plain_gap && !starts_upper(t, ws[next].begin) && !is_connective(nw);
    }
    // Issuer: "X said in a statement", "a statement from X", "issued by X".
    size_t se = sentence_end(t, m.end);
    auto tail = words(t, m.end, std::min(se, m.end + 120));
    for (size_t k = 0; k < tail.size() && k < 10; ++k)
      if (is_document_noun(word_at(t, tail[k]))) m.issuer = m.subject;
    if (from > 1) {
      auto w1 = lower(word_at(t, ws[from - 1]));
      auto w2 = lower(word_at(t, ws[from - 2]));
      if ((w1 == "from" || w1 == "by") && (is_document_noun(w2) || w2 == "issued" ||
                                           w2 == "released" || w2 == "confirmed"))
        m.issuer = true;
    }
    mentions_.push_back(std::move(m));
  }
}

void Registry::add(const Speaker& s, bool person, bool issuer) {
  Mention m;
  m.begin = s.begin;
  m.end = s.end;
  m.name = s.name;
  m.role = s.role;
  m.org = s.org;
  m.person = person;
  m.subject = true;
  m.issuer = issuer;
  auto it = std::lower_bound(mentions_.begin(), mentions_.end(), m.begin,
                             [](const Mention& a, size_t pos) { return a.begin < pos; });
  if (it != mentions_.end() && it->begin == m.begin) {
    it->subject = true;
    it->issuer = it->issuer || issuer;
    if (it->role.empty()) it->role = m.role;
    if (it->org.empty()) it->org = m.org;
    if (person && !it->person && m.name == it->name) it->person = true;
    return;
  }
  mentions_.insert(it, std::move(m));
}

const Mention* Registry::person_before(size_t pos) const {
  const Mention* any = nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->end > pos || !it->person) continue;
    if (it->subject) return &*it;
    if (!any) any = &*it;
  }
  return any;
}

const Mention* Registry::issuer_before(size_t pos) const {
  const Mention* subject = nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->end > pos) continue;
    if (it->issuer) return &*it;
    if (!subject && it->subject) subject = &*it;
  }
  return subject;
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
      if (ends_with_possessive(q)) q = q.substr(0, q.find_last_of("'\xE2") );
      qualifiers.push_back(q);
      if (by_name_word(q)) person_qualifier = true;
    }
  }
  if (head == 0) return nullptr;
  auto matches = [&](const Mention& m) {
    if (!m.person) return false;
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
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
    if (it->end <= pos && matches(*it)) return &*it;
  for (const auto& m : mentions_)
    if (m.begin >= pos && matches(m)) return &m;
  return nullptr;
}

const Mention* Registry::org_described(std::string_view description, size_t pos) const {
  auto ws = words(description, 0, description.size());
  if (ws.empty()) return nullptr;
  std::string head = lower(description.substr(ws.back().begin, ws.back().end - ws.back().begin));
  static const std::array<const char*, 9> kGeneric = {
      "group", "bloc", "body", "organisation", "organization", "movement", "alliance",
      "coalition", "council"};
  bool generic = in_list(head, kGeneric.data(), kGeneric.size());
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it) {
    if (it->end > pos || it->person) continue;
    if (lower(it->name).find(head) != std::string::npos) return &*it;
  }
  if (!generic) return nullptr;
  for (auto it = mentions_.rbegin(); it != mentions_.rend(); ++it)
    if (it->end <= pos && !it->person && it->subject) return &*it;
  return nullptr;
}

const Mention* Registry::by_name_word(std::string_view word) const {
  if (word.empty()) return nullptr;
  for (const auto& m : mentions_) {
    if (!m.person || m.name.size() <= word.size()) continue;
    for (const auto& w : words(m.name, 0, m.name.size()))
      if (std::string_view(m.name).substr(w.begin, w.end - w.begin) == word) return &m;
  }
  return nullptr;
}

}  // namespace vigil::discourse::detail
