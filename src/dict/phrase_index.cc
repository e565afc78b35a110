#include <algorithm>
#include <cstring>
#include <memory>
#include <new>

#include "phrase_trie.h"
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

uint64_t WordIds::hash_of(std::string_view word) {
  // Eight bytes at a time, each step mixed by multiplication: words are short, so this is
  // a handful of instructions, and the table only needs the bits spread.
  uint64_t h = 0x9e3779b97f4a7c15ULL ^ word.size();
  const char* p = word.data();
  size_t n = word.size();
  while (n >= 8) {
    uint64_t v;
    std::memcpy(&v, p, 8);
    h = mix(h ^ v);
    p += 8;
    n -= 8;
  }
  uint64_t tail = 0;
  std::memcpy(&tail, p, n);
  return mix(h ^ tail);
}

uint64_t WordIds::head_of(std::string_view word) {
  uint64_t head = 0;
  std::memcpy(&head, word.data(), std::min<size_t>(word.size(), sizeof head));
  return head;
}

std::string_view WordIds::word_of(int32_t id) const {
  const auto k = static_cast<size_t>(id);
  return std::string_view(arena_).substr(offsets_[k], lengths_[k]);
}

int32_t WordIds::find(std::string_view word) const {
  if (slots_.empty()) return -1;
  const uint64_t h = hash_of(word);
  const auto check = static_cast<uint32_t>(h >> 32);
  const uint64_t head = head_of(word);
  const size_t mask = slots_.size() - 1;
  for (size_t i = h & mask;; i = (i + 1) & mask) {
    const Slot& s = slots_[i];
    if (s.id < 0) return -1;
    if (s.check != check || s.head != head) continue;
    // Same hash and first 8 bytes: almost surely the word; the length and any tail decide.
    const auto k = static_cast<size_t>(s.id);
    if (lengths_[k] != word.size()) continue;
    if (word.size() <= sizeof head ||
        std::memcmp(arena_.data() + offsets_[k] + sizeof head, word.data() + sizeof head,
                    word.size() - sizeof head) == 0)
      return s.id;
  }
}

void WordIds::place(const Slot& slot, uint64_t hash) {
  const size_t mask = slots_.size() - 1;
  size_t i = hash & mask;
  while (slots_[i].id >= 0) i = (i + 1) & mask;
  slots_[i] = slot;
}

int32_t WordIds::insert(std::string_view word) {
  const int32_t existing = find(word);
  if (existing >= 0) return existing;
  if ((count_ + 1) * 2 > slots_.size()) grow();  // load under 1/2: short probes
  const uint64_t h = hash_of(word);
  Slot fresh;
  fresh.head = head_of(word);
  fresh.check = static_cast<uint32_t>(h >> 32);
  fresh.id = static_cast<int32_t>(count_++);
  offsets_.push_back(static_cast<uint32_t>(arena_.size()));
  lengths_.push_back(static_cast<uint32_t>(word.size()));
  arena_.append(word);
  place(fresh, h);
  return fresh.id;
}

void WordIds::grow() {
  std::vector<Slot> old = std::move(slots_);
  slots_.assign(old.empty() ? 1024 : old.size() * 2, Slot{});
  for (const Slot& s : old)
    if (s.id >= 0) place(s, hash_of(word_of(s.id)));
}

std::vector<std::string_view> PhraseTrie::first_words() const {
  std::vector<std::string_view> out;
  for (size_t id = 0; id < root_child_.size(); ++id)
    if (root_child_[id] >= 0) out.push_back(word_ids_.word_of(static_cast<int32_t>(id)));
  return out;
}

int32_t PhraseTrie::word_id(std::string_view word) const { return word_ids_.find(word); }

int32_t PhraseTrie::child(int32_t node, int32_t word) const {
  if (node == 0) {
    const auto w = static_cast<size_t>(word);
    return w < root_child_.size() ? root_child_[w] : -1;
  }
  if (edge_keys_.empty()) return -1;
  uint64_t key = edge_key(node, word);
  size_t mask = edge_keys_.size() - 1;
  for (size_t i = mix(key) & mask;; i = (i + 1) & mask) {
    if (edge_keys_[i] == key) return edge_nodes_[i];
    if (edge_keys_[i] == kNoEdge) return -1;
  }
}

void PhraseTrie::grow_edges() {
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

void PhraseTrie::add(const std::vector<std::string>& words, int entry) {
  if (words.empty()) return;
  int32_t node = 0;
  for (const std::string& w : words) {
    const int32_t word = word_ids_.insert(w);
    int32_t next = child(node, word);
    if (next < 0 && node == 0) {
      // The root's children sit in a plain array by word id: every lookup of a sentence
      // starts there, and an array read beats a probe of the big edge table.
      next = static_cast<int32_t>(node_entry_.size());
      node_entry_.push_back(-1);
      if (root_child_.size() <= static_cast<size_t>(word)) root_child_.resize(static_cast<size_t>(word) + 1, -1);
      root_child_[static_cast<size_t>(word)] = next;
    } else if (next < 0) {
      // Keep the load factor under 1/2 so probes stay short.
      if ((edge_count_ + 1) * 2 > edge_keys_.size()) grow_edges();
      uint64_t key = edge_key(node, word);
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

PhraseMatch PhraseTrie::longest_match(const std::vector<std::string_view>& words,
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

int PhraseTrie::find(const std::vector<std::string_view>& words) const {
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

uint64_t word_hash(std::string_view word) { return WordIds::hash_of(word); }

// PhraseIndex forwards to its trie; a moved-from index is given a fresh, empty one.
PhraseIndex::PhraseIndex() : trie_(std::make_unique<PhraseTrie>()) {}
PhraseIndex::~PhraseIndex() = default;
PhraseIndex::PhraseIndex(const PhraseIndex& other)
    : trie_(std::make_unique<PhraseTrie>(*other.trie_)) {}
PhraseIndex& PhraseIndex::operator=(const PhraseIndex& other) {
  if (this != &other) trie_ = std::make_unique<PhraseTrie>(*other.trie_);
  return *this;
}
PhraseIndex::PhraseIndex(PhraseIndex&& other) noexcept : trie_(std::move(other.trie_)) {
  other.trie_.reset(new (std::nothrow) PhraseTrie());
}
PhraseIndex& PhraseIndex::operator=(PhraseIndex&& other) noexcept {
  if (this != &other) {
    trie_ = std::move(other.trie_);
    other.trie_.reset(new (std::nothrow) PhraseTrie());
  }
  return *this;
}

void PhraseIndex::add(const std::vector<std::string>& words, int entry) { trie_->add(words, entry); }
PhraseMatch PhraseIndex::longest_match(const std::vector<std::string_view>& words,
                                       size_t start) const {
  return trie_->longest_match(words, start);
}
int PhraseIndex::find(const std::vector<std::string_view>& words) const {
  return trie_->find(words);
}
size_t PhraseIndex::size() const { return trie_->size(); }
std::vector<std::string_view> PhraseIndex::first_words() const { return trie_->first_words(); }

std::vector<Diagnostic> Dictionaries::warnings() const {
  std::vector<Diagnostic> out;
  for (const auto* list : {&verbs.warnings, &actors.warnings, &agents.warnings,
                           &discards.warnings, &issues.warnings}) {
    out.insert(out.end(), list->begin(), list->end());
  }
  return out;
}

}  // namespace vigil::dict
