#include "vigil/speech_words.h"

#include <array>
#include <cctype>

namespace vigil::text {
namespace {

struct SpeechWord {
  std::string_view word;  // lower case
  bool document;          // speaks for its issuer
};

constexpr std::array<SpeechWord, 26> kSpeechWords = {{
    {"statement", true},    {"communique", true}, {"release", true},    {"declaration", true},
    {"announcement", true}, {"letter", true},     {"post", true},       {"tweet", true},
    {"report", true},       {"interview", false}, {"speech", false},    {"briefing", false},
    {"conference", false},  {"address", false},   {"broadcast", false}, {"video", false},
    {"message", false},     {"remarks", false},   {"podcast", false},   {"television", false},
    {"radio", false},       {"twitter", false},   {"facebook", false},  {"telegram", false},
    {"instagram", false},   {"communiqué", true},
}};

bool same_lower(std::string_view word, std::string_view lower) {
  if (word.size() != lower.size()) return false;
  for (size_t k = 0; k < word.size(); ++k)
    if (std::tolower(static_cast<unsigned char>(word[k])) != lower[k]) return false;
  return true;
}

const SpeechWord* find(std::string_view word) {
  for (const SpeechWord& s : kSpeechWords)
    if (same_lower(word, s.word)) return &s;
  return nullptr;
}

}  // namespace

bool is_document_noun(std::string_view word) {
  const SpeechWord* s = find(word);
  return s != nullptr && s->document;
}

bool is_speech_channel(std::string_view word) { return find(word) != nullptr; }

}  // namespace vigil::text
