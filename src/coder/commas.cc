#include "commas.h"

#include <algorithm>
#include <cctype>

namespace vigil::events {
namespace {

bool is_comma_open(const Item& it) { return it.kind == Item::Kind::kOpen && it.text == ","; }

// Words that count towards a clause's length: alphabetic words, inside NEs or not.
int count_words(const Linear& items, size_t begin, size_t end) {
  int n = 0;
  for (size_t i = begin; i < end && i < items.size(); ++i) {
    const Item& it = items[i];
    if (it.kind == Item::Kind::kWord && !it.text.empty() &&
        std::isalpha(static_cast<unsigned char>(it.text[0])))
      ++n;
  }
  return n;
}

// Removes every complete phrase (open and close both in [begin, end)); items of phrases
// that straddle the range stay, so the sequence remains balanced.
void delete_phrases(Linear& items, size_t begin, size_t end) {
  // Compacts in place (the kept items move down), so the vector keeps its storage.
  // matching_close only reads at or after i, which is never below the write index.
  size_t kept = 0;
  size_t i = 0;
  while (i < items.size()) {
    if (i >= begin && i < end && items[i].is_open()) {
      size_t close = matching_close(items, i);
      if (close < end) {
        i = close + 1;
        continue;
      }
    }
    if (kept != i) items[kept] = std::move(items[i]);
    ++kept;
    ++i;
  }
  items.erase(items.begin() + static_cast<long>(kept), items.end());
}

size_t find_comma(const Linear& items, size_t from) {
  for (size_t i = from; i < items.size(); ++i)
    if (is_comma_open(items[i])) return i;
  return items.size();
}

// The open item of the sentence's final punctuation: the last non-closing item's opener.
size_t find_end(const Linear& items) {
  size_t k = items.size();
  while (k > 2 && items[k - 1].is_close()) --k;
  return k >= 2 ? k - 2 : 0;
}

size_t last_comma_before(const Linear& items, size_t end) {
  for (size_t k = end; k-- > 2;)
    if (is_comma_open(items[k])) return k;
  return items.size();
}

// True when a clause (S* or VP) closes before `comma` at the comma's own level.
bool clause_before(const Linear& items, size_t comma) {
  int depth = 0;
  for (size_t k = comma; k-- > 0;) {
    const Item& it = items[k];
    if (it.is_close()) {
      if (depth == 0 && it.kind == Item::Kind::kClose &&
          (it.text == "VP" || it.text.rfind("S", 0) == 0))
        return true;
      ++depth;
    } else if (it.is_open()) {
      if (depth == 0) return false;  // reached the comma's parent
      --depth;
    }
  }
  return false;
}

// What the sentence's own phrases (the children of its top clause) in [begin, end) are: a
// noun phrase that can be a subject, a verb phrase that can be its predicate.
struct TopLevel {
  bool subject = false;
  bool predicate = false;
};

TopLevel top_level(const Linear& items, size_t begin, size_t end) {
  TopLevel found;
  int depth = 0;
  for (size_t k = 2; k < end && k < items.size(); ++k) {
    const Item& it = items[k];
    if (it.is_open()) {
      if (depth == 0 && k >= begin) {
        found.subject = found.subject || it.kind == Item::Kind::kNe ||
                        it.kind == Item::Kind::kNec || it.text == "NP";
        found.predicate = found.predicate || (it.kind == Item::Kind::kOpen && it.text == "VP");
      }
      ++depth;
    } else if (it.is_close()) {
      --depth;
    }
  }
  return found;
}

// "In a statement today, the Council condemned the attack, carried out by ...": a span
// between commas with a subject and its predicate is the main clause, not a remark, when
// only introductory phrases come before it (no subject waiting for a verb after it, as in
// "Sudmark, Ostria said, condemned Norland").
bool is_main_clause(const Linear& items, size_t comma, size_t next_comma) {
  const TopLevel inside = top_level(items, comma, next_comma);
  if (!inside.subject || !inside.predicate) return false;
  const TopLevel before = top_level(items, 2, comma);
  return !before.subject && !before.predicate;
}

// The next comma after the comma at `comma` with the same parent, or items.size() when
// the parent closes first: "Y, but Romania, a NATO member, rejected" pairs the commas
// around "but Romania, a NATO member", not the one inside the apposition.
size_t next_sibling_comma(const Linear& items, size_t comma) {
  int depth = 0;
  for (size_t k = comma + 3; k < items.size(); ++k) {
    const Item& it = items[k];
    if (depth == 0 && is_comma_open(it)) return k;
    if (it.is_open()) {
      ++depth;
    } else if (it.is_close() && --depth < 0) {
      break;
    }
  }
  return items.size();
}

// True when the comma at `next_comma` lies inside a phrase that opened after `comma`:
// "but Sweden, a neighbour, criticized" parsed with the apposition's commas inside the
// subject's noun phrase pairs the first comma with one inside the subject.
bool inside_phrase_opened_after(const Linear& items, size_t comma, size_t next_comma) {
  int depth = 0;
  for (size_t k = comma + 3; k < next_comma && k < items.size(); ++k) {
    if (items[k].is_open()) {
      ++depth;
    } else if (items[k].is_close()) {
      depth = std::max(depth - 1, 0);
    }
  }
  return depth > 0;
}

// "X backed Y, but Romania, a member, rejected Z": a span with a noun phrase and no verb
// phrase of its own, right before a verb phrase, holds that verb phrase's subject.
bool holds_subject_of_next(const Linear& items, size_t comma, size_t next_comma) {
  const TopLevel inside = top_level(items, comma, next_comma);
  return inside.subject && !inside.predicate && next_comma + 3 < items.size() &&
         items[next_comma + 3].kind == Item::Kind::kOpen && items[next_comma + 3].text == "VP";
}

// "(PP (IN while) (S (VP (VBG urging) ...)))": a gerund clause with no subject of its own
// after a subordinator. Set off by the sentence's last comma it is no remark but a second
// act of the sentence's subject ("called for calm, while urging protesters to ...").
bool opens_subjectless_gerund_clause(const Linear& items, size_t k) {
  using K = Item::Kind;
  auto opens = [&](size_t at, std::string_view label) {
    return at < items.size() && items[at].kind == K::kOpen && items[at].text == label;
  };
  if (!(opens(k, "PP") || opens(k, "SBAR")) || !opens(k + 1, "IN")) return false;
  const size_t clause = matching_close(items, k + 1) + 1;
  return opens(clause, "S") && opens(clause + 1, "VP") && opens(clause + 2, "VBG");
}

}  // namespace

void remove_comma_clauses(Linear& items, const dict::PetrarchOptions& o) {
  const size_t start = 2;  // past the root and the sentence opener
  size_t first = find_comma(items, 0);
  if (first == items.size()) return;

  if (o.comma_bmax != 0) {
    int n = count_words(items, start, first);
    if (n >= o.comma_bmin && n <= o.comma_bmax) delete_phrases(items, start, first);
  }
  if (o.comma_emax != 0) {
    size_t end = find_end(items);
    size_t comma = last_comma_before(items, end);
    // A verb phrase right after the comma is the predicate of the subject before it
    // ("Sudmark, Ostria said, condemned Norland"), not a trailing remark.
    bool predicate = comma + 3 < items.size() && items[comma + 3].kind == Item::Kind::kOpen &&
                     items[comma + 3].text == "VP";
    // Nor is it a remark when nothing before the comma is a clause: "On Thursday,
    // Norland condemned Sudmark" keeps its main clause.
    predicate = predicate || !clause_before(items, comma);
    // Nor is a second act of the subject (vigil's own reading; PETRARCH drops it).
    predicate = predicate || (o.unnamed_roles && opens_subjectless_gerund_clause(items, comma + 3));
    // Nor is ", but Sweden criticized Denmark": a clause of its own after a conjunction.
    if (comma + 3 < items.size() && items[comma + 3].kind == Item::Kind::kOpen &&
        (items[comma + 3].text == "CC" || items[comma + 3].text == "CCP")) {
      const TopLevel after = top_level(items, comma, end);
      predicate = predicate || (after.subject && after.predicate);
    }
    if (comma < items.size() && !predicate) {
      int n = count_words(items, comma, items.size());
      if (n >= o.comma_emin && n <= o.comma_emax) delete_phrases(items, comma + 3, end);
    }
  }
  if (o.comma_max != 0) {
    size_t a = find_comma(items, 0);
    while (a < items.size()) {
      // A comma whose parent closes first (a parse that nests the first comma deeper)
      // pairs with the next comma at any depth.
      size_t b = next_sibling_comma(items, a);
      if (b == items.size()) {
        b = find_comma(items, a + 1);
        if (b < items.size() && inside_phrase_opened_after(items, a, b)) {
          a = b;
          continue;
        }
      }
      if (b == items.size()) break;
      int n = count_words(items, a + 2, b);
      if (n >= o.comma_min && n <= o.comma_max && !is_main_clause(items, a, b) &&
          !holds_subject_of_next(items, a, b)) {
        size_t before = items.size();
        delete_phrases(items, a, b);
        b -= before - items.size();
        // The clause's closing comma goes too when it sits between a subject and its
        // verb phrase, so that "X, clause, verbed Y" reads as "X verbed Y".
        if (b + 3 < items.size() && items[b + 3].kind == Item::Kind::kOpen &&
            items[b + 3].text == "VP") {
          items.erase(items.begin() + static_cast<long>(b), items.begin() + static_cast<long>(b) + 3);
          b = a;
        }
      }
      a = b;
    }
  }
  // A comma left between a subject and its verb phrase ("Sweden, [a NATO member,]
  // criticized") separates nothing any more.
  for (size_t k = 1; k + 3 < items.size(); ++k) {
    if (is_comma_open(items[k]) && items[k - 1].kind == Item::Kind::kNeEnd &&
        items[k + 3].kind == Item::Kind::kOpen && items[k + 3].text == "VP")
      items.erase(items.begin() + static_cast<long>(k), items.begin() + static_cast<long>(k) + 3);
  }
  // Dangling commas at the start or the end carry no clause any more.
  size_t c = find_comma(items, 0);
  if (c < items.size() && count_words(items, start, c) == 0) items.erase(items.begin() + c, items.begin() + c + 3);
  size_t end = find_end(items);
  c = last_comma_before(items, end);
  if (c < items.size() && count_words(items, c + 1, end) == 0)
    items.erase(items.begin() + c, items.begin() + c + 3);
}

}  // namespace vigil::events
