#include "vigil/coder.h"

#include <cctype>
#include <cstdio>
#include <cstdlib>

#include "actors.h"
#include "commas.h"
#include "compiled.h"
#include "linear.h"
#include "verbs.h"

namespace vigil::events {
namespace {

std::vector<std::string> upper_words(const syntax::Tree& tree, std::string_view text) {
  std::vector<std::string> words;
  auto add = [&](std::string_view w) {
    std::string u(w);
    for (char& c : u) c = static_cast<char>(std::toupper(static_cast<unsigned char>(c)));
    words.push_back(std::move(u));
  };
  if (text.empty()) {
    for (const syntax::Token& t : tree.tokens) add(t.text);
    return words;
  }
  size_t i = 0;
  while (i < text.size()) {
    while (i < text.size() && std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    size_t start = i;
    while (i < text.size() && !std::isspace(static_cast<unsigned char>(text[i]))) ++i;
    if (i > start) add(text.substr(start, i - start));
  }
  return words;
}

}  // namespace

Coder::Coder(std::shared_ptr<const dict::Dictionaries> dictionaries, dict::PetrarchOptions options)
    : dictionaries_(std::move(dictionaries)),
      compiled_(std::make_shared<const CompiledVerbs>(dictionaries_->verbs)),
      options_(options) {}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date,
                           std::string_view text) const {
  return code(tree, ordinal_date, text, options_);
}

SentenceCoding Coder::code(const syntax::Tree& tree, int32_t ordinal_date, std::string_view text,
                           const dict::PetrarchOptions& options) const {
  SentenceCoding result;
  const std::vector<std::string> words = upper_words(tree, text);
  std::vector<std::string_view> views(words.begin(), words.end());
  int discard = -1;
  switch (dictionaries_->discards.check(views, &discard)) {
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
  Linear items;
  std::string reason;
  if (!linearize(tree, items, reason)) {
    result.outcome = reason == "dateline" ? SentenceOutcome::kDateline : SentenceOutcome::kBadParse;
    result.note = reason;
    return result;
  }
  remove_comma_clauses(items, options);
  code_noun_phrases(*dictionaries_, items, ordinal_date);
  if (std::getenv("VIGIL_TRACE")) std::fprintf(stderr, "%s\n", describe(items).c_str());
  code_verbs(*dictionaries_, *compiled_, options, items, result.events);
  return result;
}

}  // namespace vigil::events
