#include "discards.h"

#include <algorithm>

namespace vigil::events {

DiscardIndex::DiscardIndex(const dict::DiscardDictionary& discards) : dict_(&discards) {
  for (size_t i = 0; i < discards.entries.size(); ++i) {
    const dict::DiscardEntry& e = discards.entries[i];
    if (e.words.empty()) continue;
    const int idx = static_cast<int>(i);
    std::string_view first = e.words[0];
    // The same split as DiscardDictionary::build_index: one-word non-whole-word entries
    // are stems, everything else is found by its exact first word.
    if (e.words.size() == 1 && !e.whole_word) {
      if (first.empty()) {
        empty_stems_.push_back(idx);
        continue;
      }
      if (first.size() == 1) {
        stem_one_.set(static_cast<unsigned char>(first[0]));
      } else if (first.size() == 2) {
        stem_two_.set(key2(first));
      } else {
        stem_three_.set(key3(first));
      }
      by_stem_[first].push_back(idx);
      stem_lengths_.push_back(first.size());
    } else {
      first_words_.set(word_key(first));
      by_first_word_[first].push_back(idx);
    }
  }
  std::sort(stem_lengths_.begin(), stem_lengths_.end());
  stem_lengths_.erase(std::unique(stem_lengths_.begin(), stem_lengths_.end()),
                      stem_lengths_.end());
}

dict::DiscardDictionary::Verdict DiscardIndex::check(const std::vector<std::string_view>& words,
                                                     int* matched) const {
  using Verdict = dict::DiscardDictionary::Verdict;
  int best_story = -1, best_sentence = -1;
  auto note = [&](int idx) {
    int& slot = dict_->entries[static_cast<size_t>(idx)].whole_story ? best_story : best_sentence;
    if (slot < 0 || idx < slot) slot = idx;
  };
  for (size_t i = 0; i < words.size(); ++i) {
    std::string_view w = words[i];
    for (int idx : empty_stems_) note(idx);
    if (first_words_.test(word_key(w))) {
      if (auto it = by_first_word_.find(w); it != by_first_word_.end()) {
        for (int idx : it->second) {
          const dict::DiscardEntry& e = dict_->entries[static_cast<size_t>(idx)];
          if (i + e.words.size() > words.size()) continue;
          bool ok = true;
          for (size_t n = 1; n < e.words.size() && ok; ++n) {
            std::string_view have = words[i + n];
            const std::string& want = e.words[n];
            bool last = n + 1 == e.words.size();
            ok = (last && !e.whole_word) ? have.substr(0, want.size()) == want : have == want;
          }
          if (ok) note(idx);
        }
      }
    }
    const bool maybe_stem =
        !w.empty() && (stem_one_.test(static_cast<unsigned char>(w[0])) ||
                       (w.size() >= 2 && stem_two_.test(key2(w))) ||
                       (w.size() >= 3 && stem_three_.test(key3(w))));
    if (!maybe_stem) continue;
    for (size_t len : stem_lengths_) {
      if (len > w.size()) break;
      if (auto it = by_stem_.find(w.substr(0, len)); it != by_stem_.end()) {
        for (int idx : it->second) note(idx);
      }
    }
  }
  if (best_story >= 0) {
    if (matched) *matched = best_story;
    return Verdict::kDiscardStory;
  }
  if (best_sentence >= 0) {
    if (matched) *matched = best_sentence;
    return Verdict::kDiscardSentence;
  }
  if (matched) *matched = -1;
  return Verdict::kKeep;
}

}  // namespace vigil::events
