#include "patterns.h"


#include "compiled.h"
#include "skip_words.h"

#include <algorithm>
#include <array>
#include <iterator>
#include <string_view>

namespace vigil::events {
namespace {

using Element = dict::PatternElement;
using EKind = dict::PatternElement::Kind;

bool is_grouping(const Element& e) {
  return e.kind == EKind::kNounOpen || e.kind == EKind::kNounClose ||
         e.kind == EKind::kPrepOpen || e.kind == EKind::kPrepClose;
}

// The span [first, last] of every NE and NEC in a sequence, in sequence order.
struct Span {
  size_t first, last;
  size_t item;   // linear index of the opener
  bool compound;
};

std::vector<Span> phrase_spans(const Sequence& seq, bool reversed) {
  std::vector<Span> spans;
  std::vector<size_t> stack;
  const SeqKind open_ne = reversed ? SeqKind::kNeClose : SeqKind::kNeOpen;
  const SeqKind close_ne = reversed ? SeqKind::kNeOpen : SeqKind::kNeClose;
  const SeqKind open_nec = reversed ? SeqKind::kNecClose : SeqKind::kNecOpen;
  const SeqKind close_nec = reversed ? SeqKind::kNecOpen : SeqKind::kNecClose;
  for (size_t i = 0; i < seq.size(); ++i) {
    SeqKind k = seq[i].kind;
    if (k == open_ne || k == open_nec) {
      stack.push_back(i);
    } else if ((k == close_ne || k == close_nec) && !stack.empty()) {
      size_t first = stack.back();
      stack.pop_back();
      size_t opener = reversed ? seq[i].item : seq[first].item;
      spans.push_back({first, i, opener, k == close_nec});
    }
  }
  std::sort(spans.begin(), spans.end(), [](const Span& a, const Span& b) {
    return a.first != b.first ? a.first < b.first : a.last > b.last;
  });
  return spans;
}

// A pattern element to match, and whether it must directly follow the previous one
// (a '_' join in the dictionary) rather than allow other words in between.
struct Step {
  const Element* element;
  bool adjacent;
};

class Matcher {
 public:
  Matcher(const CompiledVerbs& verbs, const Linear& items, const Sequence& seq, bool is_lower)
      : verbs_(verbs), items_(items), seq_(seq), lower_(is_lower),
        spans_(phrase_spans(seq, !is_lower)) {}

  // Matches elements[e...] from sequence position pos; on success the bindings hold.
  bool match(const std::vector<Step>& elements, size_t e, size_t pos, long& source,
             long& target, int& words) const {
    if (e == elements.size()) return true;
    const Element& el = *elements[e].element;
    // A joined element may only be tried at the next word.
    const size_t limit = elements[e].adjacent ? next_word(pos) + 1 : seq_.size();
    switch (el.kind) {
      case EKind::kWord:
        for (size_t j = pos; j < seq_.size() && j < limit; ++j) {
          if (!is_word(j, el.text)) continue;
          if (match(elements, e + 1, j + 1, source, target, words)) {
            ++words;
            return true;
          }
        }
        return false;
      case EKind::kSynset:
        return match_synset(elements, e, pos, limit, source, target, words);
      case EKind::kSource:
      case EKind::kTarget:
        for (const Span& s : spans_) {
          if (s.compound || s.last < pos) continue;
          long saved = el.kind == EKind::kSource ? source : target;
          (el.kind == EKind::kSource ? source : target) = static_cast<long>(s.item);
          if (match(elements, e + 1, std::max(pos, s.first), source, target, words)) return true;
          (el.kind == EKind::kSource ? source : target) = saved;
        }
        return false;
      case EKind::kSkipActor:
        for (const Span& s : spans_) {
          if (s.compound || s.last < pos) continue;
          if (match(elements, e + 1, s.last + 1, source, target, words)) return true;
        }
        return false;
      case EKind::kCompound:
        for (const Span& s : spans_) {
          if (!s.compound || s.last < pos) continue;
          long saved_s = source, saved_t = target;
          source = target = static_cast<long>(s.item);
          if (match(elements, e + 1, std::max(pos, s.first), source, target, words)) return true;
          source = saved_s;
          target = saved_t;
        }
        return false;
      default:
        return match(elements, e + 1, pos, source, target, words);
    }
  }

 private:
  bool is_word(size_t j, std::string_view w) const {
    if (seq_[j].kind != SeqKind::kWord) return false;
    const std::string& text = items_[seq_[j].item].text;
    if (text != w) return false;
    return !(lower_ && is_unmatchable_after_verb(text));
  }

  // A synset member is a phrase: its words must follow each other (in text order).
  size_t next_word(size_t pos) const {
    while (pos < seq_.size() && seq_[pos].kind != SeqKind::kWord) ++pos;
    return pos;
  }

  bool match_synset(const std::vector<Step>& elements, size_t e, size_t pos, size_t limit,
                    long& source, long& target, int& words) const {
    const SynsetIndex* index = verbs_.synset(elements[e].element->text);
    if (index == nullptr) return false;
    // After the verb a phrase is read in text order; before it, outwards from its end.
    const auto& by_start = lower_ ? index->by_first : index->by_last;
    const WordFilter& starts = lower_ ? index->first_words : index->last_words;
    for (size_t j = pos; j < seq_.size() && j < limit; ++j) {
      if (seq_[j].kind != SeqKind::kWord) continue;
      const std::string_view word = items_[seq_[j].item].text;
      if (!starts.maybe(word)) continue;
      auto candidates = by_start.find(word);
      if (candidates == by_start.end()) continue;
      for (const std::vector<std::string>* phrase : candidates->second) {
        const size_t len = phrase->size();
        bool ok = true;
        size_t k = j;
        for (size_t w = 0; w < len && ok; ++w) {
          const std::string& want = lower_ ? (*phrase)[w] : (*phrase)[len - 1 - w];
          while (k < seq_.size() && seq_[k].kind != SeqKind::kWord) ++k;
          ok = k < seq_.size() && is_word(k, want);
          ++k;
        }
        if (ok && match(elements, e + 1, k, source, target, words)) {
          ++words;
          return true;
        }
      }
    }
    return false;
  }

  const CompiledVerbs& verbs_;
  const Linear& items_;
  const Sequence& seq_;
  bool lower_;
  std::vector<Span> spans_;
};

}  // namespace

PatternMatch best_pattern(const CompiledVerbs& verbs, size_t block, const Linear& items,
                          const std::vector<dict::Pattern>& patterns, const Sequence& upper,
                          const Sequence& lower) {
  // The words on each side, to skip patterns that need a word that is not there.
  // Scratch vectors kept per thread: this runs for every dictionary verb of every sentence.
  thread_local std::vector<std::string_view> lower_words, upper_words;
  lower_words.clear();
  upper_words.clear();
  for (const SeqItem& s : lower)
    if (s.kind == SeqKind::kWord) lower_words.push_back(items[s.item].text);
  for (const SeqItem& s : upper)
    if (s.kind == SeqKind::kWord) upper_words.push_back(items[s.item].text);
  // Summaries of both sides: most needed words are absent, and the filter says so
  // without comparing strings.
  thread_local WordFilter lower_set, upper_set;
  lower_set.clear();
  upper_set.clear();
  for (std::string_view w : lower_words) lower_set.add(w);
  for (std::string_view w : upper_words) upper_set.add(w);
  auto present = [](const std::vector<std::string_view>& needed,
                    const std::vector<std::string_view>& words, const WordFilter& set) {
    for (std::string_view w : needed) {
      if (!set.maybe(w)) return false;
      if (std::find(words.begin(), words.end(), w) == words.end()) return false;
    }
    return true;
  };
  PatternMatch best;
  int best_words = -1;
  size_t best_elements = 0;
  Matcher lower_matcher(verbs, items, lower, /*is_lower=*/true);
  Matcher upper_matcher(verbs, items, upper, /*is_lower=*/false);
  thread_local std::vector<Step> after, before;
  // Candidates: patterns whose key word occurs, plus those without literal words, in
  // file order (ties between equally specific patterns go to the first).
  const BlockIndex& block_index = verbs.block_index(block);
  // The keyless list is sorted and disjoint from the keyed ones (each pattern is filed
  // once), so only the few keyed hits need sorting before the merge.
  // Each keyed list is sorted too, and the lists are disjoint: a word seen twice gives
  // the same list, taken once. So the candidates are a merge of sorted runs.
  thread_local std::vector<const std::vector<uint32_t>*> lists;
  thread_local std::vector<uint32_t> candidates, merged;
  lists.clear();
  auto add = [&](const dict::WordMap<std::vector<uint32_t>>& by_word, const WordFilter& keys,
                 const std::vector<std::string_view>& words) {
    for (std::string_view w : words) {
      if (!keys.maybe(w)) continue;
      auto it = by_word.find(w);
      if (it == by_word.end()) continue;
      if (std::find(lists.begin(), lists.end(), &it->second) == lists.end())
        lists.push_back(&it->second);
    }
  };
  add(block_index.by_after_word, block_index.after_words, lower_words);
  add(block_index.by_before_word, block_index.before_words, upper_words);
  candidates.assign(block_index.keyless.begin(), block_index.keyless.end());
  for (const std::vector<uint32_t>* list : lists) {
    merged.clear();
    std::merge(candidates.begin(), candidates.end(), list->begin(), list->end(),
               std::back_inserter(merged));
    candidates.swap(merged);
  }
  for (uint32_t index : candidates) {
    const dict::Pattern& p = patterns[index];
    const PatternNeeds& needs = verbs.needs(block, index);
    if (!present(needs.after, lower_words, lower_set) ||
        !present(needs.before, upper_words, upper_set))
      continue;
    after.clear();
    before.clear();
    // After the verb, element i+1 is joined to i by i's flag; the first element by the
    // verb's own join.
    bool joined = p.verb_joined_after;
    for (const Element& e : p.after) {
      if (is_grouping(e)) {
        joined = joined || e.joined_to_next;
        continue;
      }
      after.push_back({&e, joined});
      joined = e.joined_to_next;
    }
    // Before the verb the elements are matched outwards, so element i is joined to the
    // one matched before it (i+1, or the verb) by i's own flag.
    const Element* previous = nullptr;
    for (auto it = p.before.rbegin(); it != p.before.rend(); ++it) {
      if (is_grouping(*it)) continue;
      bool adjacent = previous == nullptr ? p.verb_joined_before : it->joined_to_next;
      before.push_back({&*it, adjacent});
      previous = &*it;
    }
    long source = -1, target = -1;
    int words = 0;
    if (!lower_matcher.match(after, 0, 0, source, target, words)) continue;
    if (!upper_matcher.match(before, 0, 0, source, target, words)) continue;
    size_t elements = after.size() + before.size();
    if (words > best_words || (words == best_words && elements > best_elements)) {
      best = {&p, source, target};
      best_words = words;
      best_elements = elements;
    }
  }
  return best;
}

}  // namespace vigil::events
