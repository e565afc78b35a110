#include "vigil/coder.h"

#include <algorithm>
#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "actors.h"
#include "co_actors.h"
#include "commas.h"
#include "compiled.h"
#include "first_words.h"
#include "linear.h"
#include "verbs.h"

namespace vigil::events {

Coder::Coder(std::shared_ptr<const dict::Dictionaries> dictionaries, dict::PetrarchOptions options)
    : dictionaries_(std::move(dictionaries)),
      compiled_(std::make_shared<const CompiledVerbs>(dictionaries_->verbs)),
      first_words_(std::make_shared<const FirstWords>(*dictionaries_)),
      options_(options) {}

Screening Coder::screen(const std::vector<syntax::Token>& tokens) const {
  size_t needed = options_.require_dyad ? 2 : 1;
  // Upper case as linearize() writes words (which may be shorter: "é" is "E"); one
  // buffer, views into it.
  thread_local std::string buffer;
  thread_local std::string word;
  thread_local std::vector<size_t> ends;
  thread_local std::vector<std::string_view> words;
  buffer.clear();
  ends.clear();
  for (const syntax::Token& t : tokens) {
    word = t.text;
    to_upper_ascii(word);
    buffer += word;
    ends.push_back(buffer.size());
  }
  words.clear();
  size_t at = 0;
  for (size_t k = 0; k < tokens.size(); ++k) {
    words.emplace_back(buffer.data() + at, ends[k] - at);
    at = ends[k];
    // "X must act" is an appeal by the speaker, who is not named in the sentence.
    const std::string_view w = words.back();
    if (w == "MUST" || w == "SHOULD" || w == "OUGHT") needed = 1;
  }
  switch (dictionaries_->discards.check(words)) {
    case dict::DiscardDictionary::Verdict::kDiscardStory: return Screening::kDiscardStory;
    case dict::DiscardDictionary::Verdict::kDiscardSentence: return Screening::kSkip;
    case dict::DiscardDictionary::Verdict::kKeep: break;
  }
  if (options_.new_actor_length > 0) return Screening::kParse;  // any noun phrase may be an actor
  // Whole dictionary phrases, as code_phrase() would find them in any noun phrase.
  size_t found = 0;
  for (size_t k = 0; k < words.size() && found < needed; ++k) {
    const std::string_view w = words[k];
    // Words the document's context may resolve (DocumentContext::resolve).
    if (is_actor_pronoun(w) || w == "COUNTRY" || w == "NATION" || w == "SIDE" || w == "SIDES" ||
        w == "COUNTRIES" || w == "NATIONS") {
      ++found;
      continue;
    }
    if (!first_words_->may_start(w)) continue;
    const dict::PhraseMatch actor = dictionaries_->actors.index.longest_match(words, k);
    const dict::PhraseMatch agent = dictionaries_->agents.index.longest_match(words, k);
    const size_t length = std::max(actor.length, agent.length);
    if (length == 0) continue;
    ++found;
    k += length - 1;
  }
  return found >= needed ? Screening::kParse : Screening::kSkip;
}

// The coded noun phrases of a linear form, as (code, words).
static void collect_actors(const Linear& items,
                           std::vector<std::pair<std::string, std::string>>& actors) {
  for (size_t k = 0; k < items.size(); ++k) {
    if (items[k].kind != Item::Kind::kNe || items[k].code == "---") continue;
    std::string words;
    for (size_t j = k + 1; j < items.size() && items[j].kind != Item::Kind::kNeEnd; ++j)
      if (items[j].kind == Item::Kind::kWord) words += (words.empty() ? "" : " ") + items[j].text;
    actors.emplace_back(items[k].code, std::move(words));
  }
}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date) const {
  return code(tree, ordinal_date, options_);
}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date,
                           const ReferenceResolver& resolver) const {
  return code(tree, ordinal_date, options_, &resolver);
}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date,
                           const dict::PetrarchOptions& options) const {
  return code(tree, ordinal_date, options, nullptr);
}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date,
                           const dict::PetrarchOptions& options,
                           const ReferenceResolver* resolver) const {
  SentenceCoding result;
  // One linear form per thread, reused: its storage survives from sentence to sentence.
  thread_local Linear items;
  std::string reason;
  const bool usable = linearize(tree, items, reason, options.unnamed_roles);
  // Discard phrases are looked for in the sentence's words (the parse's tokens).
  thread_local std::vector<std::string_view> words;
  words.clear();
  for (const Item& it : items)
    if (it.kind == Item::Kind::kWord) words.push_back(it.text);
  int discard = -1;
  switch (dictionaries_->discards.check(words, &discard)) {
    case dict::DiscardDictionary::Verdict::kDiscardStory:
      result.outcome = SentenceOutcome::kDiscardStory;
      result.note = "story discard phrase";
      return result;
    case dict::DiscardDictionary::Verdict::kDiscardSentence:
      result.outcome = SentenceOutcome::kDiscardSentence;
      result.note = "sentence discard phrase";
      return result;
    case dict::DiscardDictionary::Verdict::kKeep:
      break;
  }
  if (!usable) {
    result.outcome = reason == "dateline" ? SentenceOutcome::kDateline : SentenceOutcome::kBadParse;
    result.note = reason;
    return result;
  }
  join_co_actors(items);
  remove_comma_clauses(items, options);
  code_noun_phrases(*dictionaries_, items, ordinal_date, resolver, &tree);
  collect_actors(items, result.actors);
  index_phrases(items);
  if (std::getenv("VIGIL_TRACE")) std::fprintf(stderr, "%s\n", describe(items).c_str());
  code_verbs(*dictionaries_, *compiled_, options, items, result.events);
  find_obligations(options, items, result.obligations);
  return result;
}

}  // namespace vigil::events
