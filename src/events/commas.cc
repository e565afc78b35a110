#include "commas.h"

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
    if (comma < items.size() && !predicate) {
      int n = count_words(items, comma, items.size());
      if (n >= o.comma_emin && n <= o.comma_emax) delete_phrases(items, comma + 3, end);
    }
  }
  if (o.comma_max != 0) {
    size_t a = find_comma(items, 0);
    while (a < items.size()) {
      size_t b = find_comma(items, a + 1);
      if (b == items.size()) break;
      int n = count_words(items, a + 2, b);
      if (n >= o.comma_min && n <= o.comma_max && !is_main_clause(items, a, b)) {
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
  // Dangling commas at the start or the end carry no clause any more.
  size_t c = find_comma(items, 0);
  if (c < items.size() && count_words(items, start, c) == 0) items.erase(items.begin() + c, items.begin() + c + 3);
  size_t end = find_end(items);
  c = last_comma_before(items, end);
  if (c < items.size() && count_words(items, c + 1, end) == 0)
    items.erase(items.begin() + c, items.begin() + c + 3);
}

}  // namespace vigil::events
