// vigil's own English front end: sentence splitter, PTB tokenizer, POS tagger/lemmatizer
// and a fast shallow parser that builds Penn-Treebank-shaped trees (ROOT > S > NP VP ...)
// like the CoreNLP parses the PETRARCH coder was written for. No external NLP, no trained
// model: a lexicon read from Debian's WordNet plus hand-written closed-class lists and rules.
//
// Usage:
//
//   #include "vigil/nlp.h"
//
//   auto lexicon = vigil::nlp::Lexicon::load();          // WordNet at /usr/share/wordnet
//   if (!lexicon.ok()) { /* lexicon.status().to_string() */ }
//   vigil::nlp::Parser parser(lexicon.value());          // one per thread; reuses buffers
//
//   std::string_view text = document.text;
//   vigil::nlp::Dateline dl = vigil::nlp::find_dateline(text);   // "OTTAWA –", if any
//   for (const vigil::nlp::SentenceSpan& s : vigil::nlp::split_sentences(text)) {
//     vigil::syntax::Tree tree = parser.parse(text, s);  // tokens carry byte offsets, tags,
//     // lemmas; tree.to_string() == "(ROOT (S (NP ...) (VP ...) (. .)))"
//   }
//
// Thread safety: the free functions are pure; a Lexicon is immutable and may be shared by
// any number of threads; a Parser holds scratch state and belongs to one thread at a time.
#pragma once

#include <cstddef>
#include <cstdint>
#include <memory>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/status.h"
#include "vigil/tree.h"

namespace vigil::nlp {

/// A sentence as [begin, end) byte offsets into the document text. The span starts at the
/// sentence's first non-space byte and ends after its final punctuation (and any closing
/// quote or bracket that belongs to it).
struct SentenceSpan {
  size_t begin = 0;
  size_t end = 0;
};

/// A news dateline: the place and agency lead of a story ("OTTAWA –", "CAIRO:",
/// "WASHINGTON (Reuters) -", "Washington (Reuters) -", "BEIJING, March 21 (Xinhua) --",
/// "Colombo, Sri Lanka –", "KHARTOUM, (Reuters) –", "(Reuters) -", "AFP -"). The one
/// reader of datelines: the pipeline skips its span, the discourse stage resolves its place
/// against the gazetteer (discourse::dateline_place), the quote reader skips its words.
/// All spans are [begin, end) byte offsets into the text; an absent part is empty.
struct Dateline {
  size_t begin = 0;  ///< the whole dateline, its separator ("-", "--", "–", "—", ":") included
  size_t end = 0;
  size_t place_begin = 0;  ///< the place as written: "OTTAWA", "Colombo", "DALLAS/FORT WORTH"
  size_t place_end = 0;
  size_t region_begin = 0;  ///< the state or country after the place: "Sri Lanka", "Conn."
  size_t region_end = 0;
  size_t agency_begin = 0;  ///< the agency, without brackets: "Reuters", "AFP"
  size_t agency_end = 0;
  bool found() const { return end > begin; }
  bool has_place() const { return place_end > place_begin; }
};

/// Finds the dateline of the text from `from` on: at the start of its first line, or of
/// its second when the first is a headline (a line without final punctuation). The place
/// is one to four words in capitals ("NEW DELHI"), or capitalised ("Rio de Janeiro") when
/// an agency in brackets or ", region or date" follows it; a dash or colon (for a place in
/// capitals or an agency) ends the dateline, as does the end of the line after
/// "PLACE, Region". A place of fewer than three letters, a month or weekday, prose after
/// the comma ("Lima, he said, ...") or more than four words (an all-capitals headline) is
/// no dateline. Returns an empty Dateline when there is none.
Dateline find_dateline(std::string_view text, size_t from = 0);

/// The longest sentence split_sentences returns, in bytes and in clause commas (", " or
/// "; "). News sentences stay far below both (the longest of 2,225 BBC and 21,578 Reuters
/// articles: 4,327 bytes, 36 commas); text without sentence ends (a comma splice, a
/// table, a run-on) would otherwise make one sentence of megabytes, and parsing and
/// coding cost grows faster than linearly with a sentence's length.
inline constexpr size_t kMaxSentenceBytes = 5000;
inline constexpr size_t kMaxSentenceCommas = 100;

/// Splits news text into sentences. News-aware: abbreviations (U.S., Mr., Jan., Inc., ...),
/// initials, decimals, closing quotes after the final period, headlines and list lines
/// (a line without final punctuation followed by a line break, when the text is not
/// hard-wrapped), paragraph breaks (always a boundary). A dateline stays with the first
/// sentence of its paragraph; use find_dateline() to skip it. Empty spans are never
/// returned. A sentence longer than the caps above is cut into pieces (after a clause
/// comma, else at a space); `cut_sentences`, when given, receives how many were cut.
std::vector<SentenceSpan> split_sentences(std::string_view text, size_t* cut_sentences = nullptr);

/// True for an honorific or rank written abbreviated before a person's name, given lower
/// case without its period: "mr", "mrs", "dr", "prof", "gen", "sen", "capt", "rev", "mme".
/// The splitter never ends a sentence after "Mr." before a name, and the discourse stage
/// reads the name after one as a person's: one list for both.
bool is_honorific_abbreviation(std::string_view lower_word);

/// True for an honorific or rank before a person's name, abbreviated (as above) or written
/// out ("sir", "madam"), given lower case without a period. The speaker reader's list.
bool is_honorific(std::string_view lower_word);

/// The gender an honorific gives the person named after it, given lower case without a
/// period: 'm' ("mr", "sir"), 'f' ("mrs", "ms", "mme", "madam"), or 0 for a rank or title
/// of either ("dr", "gen") and for a word that is no honorific. One table with the list.
char honorific_gender(std::string_view lower_word);

/// PTB-style tokens of text[begin, end) with byte offsets into `text`: possessive and
/// contraction clitics split ("China's" -> "China" "'s", "didn't" -> "did" "n't"), quotes
/// as `` and '' (offsets point at the original characters, curly or straight), dashes as
/// "--", brackets as -LRB-/-RRB-, "..." for ellipses; hyphenated words, numbers
/// ("1,000.50"), URLs and e-mail addresses stay whole. Tags and lemmas are left empty.
std::vector<syntax::Token> tokenize(std::string_view text, size_t begin, size_t end);

/// Same, appending to `out` (which is cleared first) so that callers can reuse it.
void tokenize(std::string_view text, size_t begin, size_t end, std::vector<syntax::Token>& out);

/// Word classes known to the lexicon (WordNet's four open classes).
enum WordClass : uint8_t { kNoun = 1, kVerb = 2, kAdjective = 4, kAdverb = 8 };

/// The word lexicon: WordNet's lemmas (index.noun/verb/adj/adv with their tagged-sense
/// counts, used as a frequency hint), WordNet's irregular forms (*.exc) and vigil's own
/// closed-class lists. Immutable after loading; share it through shared_ptr<const>.
class Lexicon {
 public:
  struct Impl;
  /// Reads WordNet's index and exception files from `wordnet_dir` (default: the
  /// VIGIL_WORDNET environment variable, else /usr/share/wordnet). Fails with a Status
  /// naming every missing or unreadable file. Takes a few tens of milliseconds.
  static Result<std::shared_ptr<const Lexicon>> load(const std::string& wordnet_dir = {});
  /// A lexicon with the closed-class lists only (open-class words are then guessed from
  /// suffixes and context). For tests and for machines without WordNet.
  static std::shared_ptr<const Lexicon> closed_class_only();

  /// Bitmask of WordClass for a lower-case lemma (0 when unknown).
  uint8_t classes(std::string_view lower_lemma) const;
  /// The closed-class Penn tag of a lower-case word ("the" -> "DT"), or "" if open-class.
  std::string_view closed_tag(std::string_view lower_word) const;
  /// Lower-case lemma of `word` read as Penn tag `tag` ("went","VBD" -> "go";
  /// "countries","NNS" -> "country"; "better","JJR" -> "good").
  std::string lemma(std::string_view word, std::string_view tag) const;
  /// True when every noun sense of a lower-case noun lemma is a thing, an act, a state or
  /// an idea (WordNet's noun.act, noun.artifact, noun.communication ...) and none a person,
  /// group, place or quantity: "use", "funding", "sovereignty" are; "police", "capital",
  /// "convoy", "dozen" are not. False for words WordNet does not know as nouns.
  bool names_thing(std::string_view lower_lemma) const;
  /// True when a noun sense of a lower-case lemma is a person or a group (WordNet's
  /// noun.person, noun.group): "spokesman", "council", "ministry"; not "bill", "attack".
  bool names_person_or_group(std::string_view lower_lemma) const;
  /// Number of lemmas and irregular forms loaded.
  size_t size() const;

  const Impl& impl() const { return *impl_; }
  explicit Lexicon(std::unique_ptr<Impl> impl);
  ~Lexicon();

 private:
  std::unique_ptr<Impl> impl_;
};

/// Tags and lemmatises `tokens` in place (Token::tag, Token::lemma) using the lexicon and
/// vigil's contextual rules. Tokens must come from tokenize() (PTB forms).
void tag(const Lexicon& lexicon, std::vector<syntax::Token>& tokens);

/// The shallow parser: tokenizes, tags and builds a CoreNLP-shaped constituency tree
/// (ROOT, S, SBAR, NP, VP, PP, ADJP, ADVP, PRT, WHNP, QP; Penn preterminals). Holds scratch
/// buffers reused across sentences: one Parser per thread.
class Parser {
 public:
  explicit Parser(std::shared_ptr<const Lexicon> lexicon);
  ~Parser();
  Parser(Parser&&) noexcept;
  Parser& operator=(Parser&&) noexcept;

  /// Parses text[span.begin, span.end). Never fails: an empty span gives an empty tree.
  syntax::Tree parse(std::string_view text, const SentenceSpan& span);
  /// Same, writing into `out` (reusing its storage where possible).
  void parse(std::string_view text, const SentenceSpan& span, syntax::Tree& out);
  /// Same, when `out.tokens` already holds tokenize(text, span.begin, span.end) (a caller
  /// that looked at the tokens first need not tokenize twice).
  void parse_tokenized(std::string_view text, const SentenceSpan& span, syntax::Tree& out);
  /// Builds the tree over already tagged tokens (e.g. from tag()).
  syntax::Tree parse_tagged(std::vector<syntax::Token> tokens);

  const Lexicon& lexicon() const { return *lexicon_; }

 private:
  struct Scratch;
  std::shared_ptr<const Lexicon> lexicon_;
  std::unique_ptr<Scratch> scratch_;
};

/// One-shot convenience: parses one sentence with a temporary Parser.
syntax::Tree parse(std::shared_ptr<const Lexicon> lexicon, std::string_view text,
                   const SentenceSpan& span);

}  // namespace vigil::nlp
