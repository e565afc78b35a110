#include "vigil/coder.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "actors.h"
#include "co_actors.h"
#include "commas.h"
#include "compiled.h"
#include "linear.h"
#include "verbs.h"

namespace vigil::events {

Coder::Coder(std::shared_ptr<const dict::Dictionaries> dictionaries, dict::PetrarchOptions options)
    : dictionaries_(std::move(dictionaries)),
      compiled_(std::make_shared<const CompiledVerbs>(dictionaries_->verbs)),
      options_(options) {}

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
  const bool usable = linearize(tree, items, reason);
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
  code_noun_phrases(*dictionaries_, items, ordinal_date, resolver);
  index_phrases(items);
  if (std::getenv("VIGIL_TRACE")) std::fprintf(stderr, "%s\n", describe(items).c_str());
  code_verbs(*dictionaries_, *compiled_, options, items, result.events);
  find_obligations(options, items, result.obligations);
  return result;
}

}  // namespace vigil::events
