#include "vigil/dictionaries.h"

namespace vigil::dict {

namespace {

constexpr uint64_t kNoEdge = ~uint64_t{0};

uint64_t edge_key(int32_t node, int32_t word) {
  return (static_cast<uint64_t>(static_cast<uint32_t>(node)) << 32) |
         static_cast<uint32_t>(word);
}

// splitmix64's finaliser: spreads (node, word) keys over the whole table.
uint64_t mix(uint64_t x) {
  x ^= x >> 30;
  x *= 0xbf58476d1ce4e5b9ULL;
  x ^= x >> 27;
  x *= 0x94d049bb133111ebULL;
  x ^= x >> 31;
  return x;
}

}  // namespace

int32_t PhraseIndex::word_id(std::string_view word) const {
  auto it = word_ids_.find(word);
  return it == word_ids_.end() ? -1 : it->second;
}

int32_t PhraseIndex::child(int32_t node, int32_t word) const {
  if (edge_keys_.empty()) return -1;
  uint64_t key = edge_key(node, word);
  size_t mask = edge_keys_.size() - 1;
  for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (edge_keys_[i] == key) return edge_nodes_[i];
    if (edge_keys_[i] == kNoEdge) return -1;
  }
}

void PhraseIndex::grow_edges() {
  size_t cap = edge_keys_.empty() ? 1024 : edge_keys_.size() * 2;
  std::vector<uint64_t> keys(cap, kNoEdge);
  std::vector<int32_t> nodes(cap, -1);
  size_t mask = cap - 1;
  for (size_t j = 0; j < edge_keys_.size(); ++j) {
    if (edge_keys_[j] == kNoEdge) continue;
    size_t i = mix(edge_keys_[j]) & mask;
    while (keys[i] != kNoEdge) i = (i + 1) & mask;
    keys[i] = edge_keys_[j];
    nodes[i] = edge_nodes_[j];
  }
  edge_keys_.swap(keys);
  edge_nodes_.swap(nodes);
}

void PhraseIndex::add(const std::vector<std::string>& words, int entry) {
  if (words.empty()) return;
  int32_t node = 0;
  for (const std::string& w : words) {
    auto [wit, fresh_word] = word_ids_.try_emplace(w, static_cast<int32_t>(word_ids_.size()));
    (void)fresh_word;
    int32_t next = child(node, wit->second);
    if (next < 0) {
      // Keep the load factor under 1/2 so probes stay short.
      if ((edge_count_ + 1) * 2 > edge_keys_.size()) grow_edges();
      uint64_t key = edge_key(node, wit->second);
      size_t mask = edge_keys_.size() - 1;
      size_t i = mix(key) & mask;
      while (edge_keys_[i] != kNoEdge) i = (i + 1) & mask;
      next = static_cast<int32_t>(node_entry_.size());
      edge_keys_[i] = key;
      edge_nodes_[i] = next;
      ++edge_count_;
      node_entry_.push_back(-1);
    }
    node = next;
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
    node = child(node, w);
    if (node < 0) break;
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
    node = child(node, w);
    if (node < 0) return -1;
  }
  return node_entry_[static_cast<size_t>(node)];
}

bool PhraseIndex::starts_phrase(std::string_view word) const {
  const int32_t w = word_id(word);
  return w >= 0 && child(0, w) >= 0;
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
