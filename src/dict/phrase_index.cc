#include "vigil/dictionaries.h"

namespace vigil::dict {

namespace {

uint64_t edge_key(int32_t node, int32_t word) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) |
         static_cast<uint32_t>(word);
}

}  // namespace

int32_t PhraseIndex::word_id(std::string_view word) const {
  auto it = word_ids_.find(word);
  return it == word_ids_.end() ? -1 : it->second;
}

void PhraseIndex::add(const std::vector<std::string>& words, int entry) {
  if (words.empty()) return;
  int32_t node = 0;
  for (const std::string& w : words) {
    auto [wit, fresh_word] = word_ids_.try_emplace(w, static_cast<int32_t>(word_ids_.size()));
    (void)fresh_word;
    auto [eit, fresh_edge] =
        edges_.try_emplace(edge_key(node, wit->second), static_cast<int32_t>(node_entry_.size()));
    if (fresh_edge) node_entry_.push_back(-1);
    node = eit->second;
  }
  int32_t& slot = node_entry_[static_cast<size_t>(node)];
  if (slot < 0) ++phrase_count_;
  slot = entry;
}

PhraseMatch PhraseIndex::longest_match(const std::vector<std::string_view>& words,
                                       size_t start) const {
  PhraseMatch best;
  int32_t node = 0;
  for (size_t i = start; i < words.size(); ++i) {
    int32_t w = word_id(words[i]);
    if (w < 0) break;
    auto it = edges_.find(edge_key(node, w));
    if (it == edges_.end()) break;
    node = it->second;
    int32_t entry = node_entry_[static_cast<size_t>(node)];
    if (entry >= 0) {
      best.length = i - start + 1;
      best.entry = entry;
    }
  }
  return best;
}

int PhraseIndex::find(const std::vector<std::string_view>& words) const {
  if (words.empty()) return -1;
  int32_t node = 0;
  for (std::string_view word : words) {
    int32_t w = word_id(word);
    if (w < 0) return -1;
    auto it = edges_.find(edge_key(node, w));
    if (it == edges_.end()) return -1;
    node = it->second;
  }
  return node_entry_[static_cast<size_t>(node)];
}

std::vector<Diagnostic> Dictionaries::warnings() const {
  std::vector<Diagnostic> out;
  for (const auto* list : {&verbs.warnings, &actors.warnings, &agents.warnings,
                           &discards.warnings, &issues.warnings}) {
    out.insert(out.end(), list->begin(), list->end());
  }
  return out;
}

}  // namespace vigil::dict
