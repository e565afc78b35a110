// Reading who is named around a quotation: speech verbs, names with their titles,
// appositions giving role and organisation, the subject before a verb and the speaker
// after one. Private to vigil_discourse; quotes.cc and speakers.cc use it.
#pragma once

#include <cstddef>
#include <string>
#include <string_view>
#include <utility>
#include <vector>

namespace vigil::discourse::detail {

/// A speaker parsed from the words around a speech verb.
struct Speaker {
  std::string name;
  std::string role;
  std::string org;
  size_t begin = 0;
  size_t end = 0;
  bool pronoun = false;
  bool noun_phrase = false;  ///< "the ministry", "a spokesman": a description, not a name
  bool ok() const { return !name.empty() || pronoun; }
};

bool is_speech_verb(std::string_view w);
bool is_pronoun(std::string_view w);
bool opens_adverbial(std::string_view w);
bool is_honorific(std::string_view w);
bool is_particle(std::string_view w);
bool is_function_word(std::string_view w);
bool ends_with_possessive(std::string_view w);
/// Words that name a document that can speak for its issuer ("statement", "communique").
bool is_document_noun(std::string_view w);
/// Weekday and month names.
bool is_calendar_word(std::string_view w);

/// [b, e) trimmed, as a string.
std::string span(std::string_view t, size_t b, size_t e);
/// [b, e) split on commas into trimmed chunks.
std::vector<std::pair<size_t, size_t>> comma_chunks(std::string_view t, size_t b, size_t e);
/// "the minister" -> "minister".
std::string strip_article(std::string s);
/// A description before a name as role and organisation ("the spokesperson for the Trade
/// Office", "Freedonia's foreign minister"); the organisation is kept when already set.
void split_role(const std::string& desc, Speaker& s);
/// Role and organisation from the appositions chunks[first..] after a name.
void read_appositions(std::string_view t, const std::vector<std::pair<size_t, size_t>>& chunks,
                      size_t first, Speaker& s);
/// A name chunk: a pronoun, a description, or a capitalised run with its title/possessive
/// organisation. `from_end`: the last capitalised run (a subject) instead of the first.
Speaker parse_name(std::string_view t, size_t b, size_t e, bool from_end);
/// A comma chunk that opens a sentence without being its subject: "On Monday",
/// "As talks stalled", "Speaking to reporters".
bool chunk_is_adverbial(std::string_view t, size_t b, size_t e);
/// The subject of a speech verb; [b, e) is the text before the verb in its sentence.
Speaker subject_before(std::string_view t, size_t b, size_t e);
/// The speaker after a speech verb: "said X, Role, Org." ([b, e) starts after the verb).
Speaker subject_after(std::string_view t, size_t b, size_t e);
/// "according to X" in [b, e).
Speaker according_to(std::string_view t, size_t b, size_t e);

}  // namespace vigil::discourse::detail
