#include "co_actors.h"

#include <array>
#include <string_view>

namespace vigil::events {
namespace {

using Kind = Item::Kind;

// Word sequences that introduce partners sharing the subject's role.
constexpr std::array<std::array<std::string_view, 3>, 6> kCues = {{
    {"ALONG", "WITH", ""},
    {"TOGETHER", "WITH", ""},
    {"ALONGSIDE", "", ""},
    {"JOINTLY", "WITH", ""},
    {"IN", "CONCERT", "WITH"},
    {"IN", "CONJUNCTION", "WITH"},
}};

// Index of the word item after `i` (markers skipped), or items.size().
size_t next_word(const Linear& items, size_t i) {
  for (size_t k = i + 1; k < items.size(); ++k) {
    if (items[k].kind == Kind::kWord) return k;
    if (items[k].kind == Kind::kNe || items[k].kind == Kind::kNec) return items.size();
  }
  return items.size();
}

// When a cue starts at word item `i`, the index of its last word; else items.size().
size_t cue_end(const Linear& items, size_t i) {
  // Every cue starts with A, T, J or I: one byte rules out almost every word.
  const std::string& first = items[i].text;
  if (first.empty() || (first[0] != 'A' && first[0] != 'T' && first[0] != 'J' && first[0] != 'I'))
    return items.size();
  for (const auto& cue : kCues) {
    size_t k = i;
    bool matched = true;
    for (size_t w = 0; w < cue.size() && !cue[w].empty(); ++w) {
      if (w > 0) k = next_word(items, k);
      if (k >= items.size() || items[k].text != cue[w]) {
        matched = false;
        break;
      }
    }
    if (matched) return k;
  }
  return items.size();
}

// The first NE or NEC after `i`, passing only phrase markers; items.size() if none.
size_t noun_phrase_after(const Linear& items, size_t i) {
  for (size_t k = i + 1; k < items.size(); ++k) {
    if (items[k].kind == Kind::kNe || items[k].kind == Kind::kNec) return k;
    if (items[k].kind == Kind::kWord) return items.size();
  }
  return items.size();
}

// The outermost PP, ADVP or ADJP ("together with" parses as either) opening at or before
// `first` (with only markers between) whose close is at or after `last`.
size_t enclosing_pp(const Linear& items, size_t first, size_t last) {
  size_t found = items.size();
  for (size_t k = first; k-- > 0;) {
    const Item& it = items[k];
    if (it.kind == Kind::kWord || it.kind == Kind::kNe || it.kind == Kind::kNec) break;
    if (it.kind == Kind::kOpen && (it.text == "PP" || it.text == "ADVP" || it.text == "ADJP") &&
        matching_close(items, k) >= last)
      found = k;
  }
  return found;
}

// True when items[i..i+2] is a punctuation phrase "(, , ~," or "(: -- ~:".
bool is_delimiter(const Linear& items, size_t i) {
  return i + 2 < items.size() && items[i].kind == Kind::kOpen &&
         (items[i].text == "," || items[i].text == ":") && items[i + 2].kind == Kind::kClose;
}

// Widens [b, e] over a pair of commas or dashes around it: "X, along with Y, verbed".
void take_delimiters(const Linear& items, size_t& b, size_t& e) {
  if (b >= 3 && is_delimiter(items, b - 3) && is_delimiter(items, e + 1) &&
      items[b - 3].text == items[e + 1].text) {
    b -= 3;
    e += 3;
  }
}

// The opener of the clause (S, S1, SINV ..., not SBAR) that contains item `i`.
size_t enclosing_clause(const Linear& items, size_t i) {
  int depth = 0;
  for (size_t k = i; k-- > 0;) {
    const Item& it = items[k];
    if (it.is_close()) {
      ++depth;
    } else if (it.is_open()) {
      if (depth > 0) {
        --depth;
        continue;
      }
      if (it.kind == Kind::kOpen && it.text.size() >= 1 && it.text[0] == 'S' && it.text != "SBAR")
        return k;
    }
  }
  return items.size();
}

// The clause's subject: its last direct NE/NEC child before its verb phrase, outside
// [skip_begin, skip_end] ("Last week, the government released ..." is the government).
size_t clause_subject(const Linear& items, size_t clause, size_t skip_begin, size_t skip_end) {
  const size_t end = matching_close(items, clause);
  size_t subject = items.size();
  for (size_t k = clause + 1; k < end; ++k) {
    if (k >= skip_begin && k <= skip_end) {
      k = skip_end;
      continue;
    }
    const Item& it = items[k];
    if (it.kind == Kind::kOpen && it.text == "VP") return subject;
    if (it.kind == Kind::kNe || it.kind == Kind::kNec) subject = k;
    if (it.is_open()) k = matching_close(items, k);
  }
  return items.size();
}

// Appends the NEs of the phrase at `i` (an NE, or each NE of an NEC) to `out`.
void append_elements(const Linear& items, size_t i, Linear& out) {
  const size_t end = matching_close(items, i);
  if (items[i].kind == Kind::kNe) {
    out.insert(out.end(), items.begin() + static_cast<long>(i),
               items.begin() + static_cast<long>(end) + 1);
    return;
  }
  for (size_t k = i + 1; k < end; ++k) {
    if (items[k].kind != Kind::kNe) continue;
    const size_t close = matching_close(items, k);
    out.insert(out.end(), items.begin() + static_cast<long>(k),
               items.begin() + static_cast<long>(close) + 1);
    k = close;
  }
}

// Joins one co-actor phrase found at or after `from`; returns where to look next, or
// items.size() when there is none left.
size_t join_one(Linear& items, size_t from) {
  for (size_t i = from; i < items.size(); ++i) {
    if (items[i].kind != Kind::kWord) continue;
    const size_t last_cue_word = cue_end(items, i);
    if (last_cue_word >= items.size()) continue;
    const size_t partner = noun_phrase_after(items, last_cue_word);
    if (partner >= items.size()) continue;
    const size_t partner_end = matching_close(items, partner);
    size_t pp = enclosing_pp(items, i, partner_end);
    if (pp >= items.size()) continue;
    size_t pp_end = matching_close(items, pp);
    const size_t clause = enclosing_clause(items, pp);
    if (clause >= items.size()) continue;
    const size_t subject = clause_subject(items, clause, pp, pp_end);
    if (subject >= items.size()) continue;
    take_delimiters(items, pp, pp_end);

    Linear compound;
    Item open;
    open.kind = Kind::kNec;
    open.text = "NEC";
    compound.push_back(open);
    append_elements(items, subject, compound);
    append_elements(items, partner, compound);
    Item close;
    close.kind = Kind::kNecEnd;
    close.text = "NEC";
    compound.push_back(close);

    const size_t subject_end = matching_close(items, subject);
    // Erase the later span first so the earlier indices stay valid.
    auto erase = [&](size_t b, size_t e) {
      items.erase(items.begin() + static_cast<long>(b), items.begin() + static_cast<long>(e) + 1);
    };
    if (pp > subject) {
      erase(pp, pp_end);
      erase(subject, subject_end);
      items.insert(items.begin() + static_cast<long>(subject), compound.begin(), compound.end());
    } else {
      erase(subject, subject_end);
      items.insert(items.begin() + static_cast<long>(subject), compound.begin(), compound.end());
      erase(pp, pp_end);
    }
    for (Item& it : items) it.close = -1;  // indices moved: matching_close scans again
    return pp < subject ? pp : subject;
  }
  return items.size();
}

}  // namespace

void join_co_actors(Linear& items) {
  size_t from = 0;
  while (from < items.size()) from = join_one(items, from);
}

}  // namespace vigil::events
