// The phrase indexes' tables, private to vigil_dict: dense word ids and the word trie
// behind dict::PhraseIndex (include/vigil/dictionaries.h), whose methods forward here.
#pragma once

#include <cstdint>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/dictionaries.h"

namespace vigil::dict {

/// Dense ids for words, in one open-addressing table whose slots keep each word's hash:
/// a lookup is usually one cache line and, for a word not in the table (most words of a
/// sentence), no string compare. std::unordered_map's buckets of nodes cost several cache
/// misses per lookup, and the coder looks up every word of every sentence.
class WordIds {
 public:
  /// Id of `word`, or -1.
  int32_t find(std::string_view word) const;
  /// Id of `word`, adding it (ids count up from 0) when new.
  int32_t insert(std::string_view word);
  size_t size() const { return count_; }
  /// The word with id `id` (0 <= id < size()).
  std::string_view word_of(int32_t id) const;
  /// The hash the table uses, for callers that build filters over the same words.
  static uint64_t hash_of(std::string_view word);

 private:
  // 16 bytes, four to a cache line: the table is probed for every word of every
  // sentence, and its size in cache is what the lookups cost.
  struct Slot {
    uint64_t head = 0;   ///< the word's first 8 bytes, zero-padded: short words compare here
    uint32_t check = 0;  ///< the hash's high half (the low bits chose the slot)
    int32_t id = -1;     ///< -1: empty
  };
  static uint64_t head_of(std::string_view word);
  void place(const Slot& slot, uint64_t hash);
  void grow();
  std::vector<Slot> slots_;
  std::string arena_;              ///< every word's bytes, end to end
  std::vector<uint32_t> offsets_;  ///< by id: where the word starts in arena_
  std::vector<uint32_t> lengths_;  ///< by id
  size_t count_ = 0;
};

/// The trie of a PhraseIndex: the same contract as PhraseIndex's methods.
class PhraseTrie {
 public:
  void add(const std::vector<std::string>& words, int entry);
  PhraseMatch longest_match(const std::vector<std::string_view>& words, size_t start) const;
  int find(const std::vector<std::string_view>& words) const;
  size_t size() const { return phrase_count_; }
  std::vector<std::string_view> first_words() const;

 private:
  // One open-addressing table for all edges, keyed by (node << 32 | word id), and one map
  // for the words: far smaller and faster than a hash map per trie node.
  int32_t word_id(std::string_view word) const;
  int32_t child(int32_t node, int32_t word) const;
  void grow_edges();
  WordIds word_ids_;
  std::vector<int32_t> root_child_;  ///< word id -> node under the root, -1 for none
  std::vector<uint64_t> edge_keys_;  ///< empty slots hold kNoEdge
  std::vector<int32_t> edge_nodes_;
  size_t edge_count_ = 0;
  std::vector<int32_t> node_entry_ = std::vector<int32_t>(1, -1);
  size_t phrase_count_ = 0;
};

}  // namespace vigil::dict
