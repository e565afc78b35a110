#include "compiled.h"

namespace vigil::events {

CompiledVerbs::CompiledVerbs(const dict::VerbDictionary& verbs) {
  for (const auto& [name, phrases] : verbs.synsets) {
    SynsetIndex& index = synsets_[name];
    for (const auto& phrase : phrases) {
      if (phrase.empty()) continue;
      index.by_first[phrase.front()].push_back(&phrase);
      index.by_last[phrase.back()].push_back(&phrase);
      index.first_words.add(phrase.front());
      index.last_words.add(phrase.back());
    }
  }
  needs_.resize(verbs.blocks.size());
  blocks_.resize(verbs.blocks.size());
  for (size_t b = 0; b < verbs.blocks.size(); ++b) {
    for (const dict::Pattern& p : verbs.blocks[b].patterns) {
      const auto index = static_cast<uint32_t>(needs_[b].size());
      PatternNeeds needs;
      for (const auto& e : p.after)
        if (e.kind == dict::PatternElement::Kind::kWord) needs.after.push_back(e.text);
      for (const auto& e : p.before)
        if (e.kind == dict::PatternElement::Kind::kWord) needs.before.push_back(e.text);
      BlockIndex& block = blocks_[b];
      if (!needs.after.empty()) {
        block.by_after_word[std::string(needs.after.front())].push_back(index);
        block.after_words.add(needs.after.front());
      } else if (!needs.before.empty()) {
        block.by_before_word[std::string(needs.before.front())].push_back(index);
        block.before_words.add(needs.before.front());
      } else {
        block.keyless.push_back(index);
      }
      needs_[b].push_back(std::move(needs));
    }
  }
}

const SynsetIndex* CompiledVerbs::synset(std::string_view name) const {
  auto it = synsets_.find(name);
  return it == synsets_.end() ? nullptr : &it->second;
}

}  // namespace vigil::events
