// PETRARCH-format dictionaries: verbs (with synsets, patterns, transformations), actors,
// agents, discards and issues. Loaded once, immutable, shared across threads.
// The grammar accepted is documented in docs/dictionary-formats.md.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string>
#include <string_view>
#include <unordered_map>
#include <vector>

#include "vigil/status.h"

namespace vigil::dict {

/// Hash for std::string keys that also accepts std::string_view, so lookups with a view
/// do not allocate (heterogeneous lookup, C++20).
struct TransparentHash {
  using is_transparent = void;
  size_t operator()(std::string_view s) const noexcept {
    return std::hash<std::string_view>{}(s);
  }
};

/// A map from upper-case words to T whose find() takes a std::string_view.
template <typename T>
using WordMap = std::unordered_map<std::string, T, TransparentHash, std::equal_to<>>;

/// An event code as written in a dictionary: "064", "---" (null), "075A", or a pair
/// [A:B] where `reverse` is the code for the target->source event.
struct EventCode {
  std::string forward;   ///< "---" is the null code (matched, but codes nothing)
  std::string reverse;   ///< empty unless the code was paired
  bool is_null() const { return forward == "---" || forward.empty(); }
};

/// One element of a verb pattern. Words and synset names are upper case.
struct PatternElement {
  enum class Kind : uint8_t {
    kWord,        ///< a literal word ("TIES")
    kSynset,      ///< &NAME: any phrase of the synset (see VerbDictionary::synsets)
    kSource,      ///< $  the source actor
    kTarget,      ///< +  the target actor
    kCompound,    ///< %  a compound actor taking both roles
    kSkipActor,   ///< ^  skip over one actor
    kNounOpen,    ///< {  start of a noun phrase whose last element is its head
    kNounClose,   ///< }
    kPrepOpen,    ///< (  start of a prepositional phrase
    kPrepClose,   ///< )
  };
  Kind kind = Kind::kWord;
  std::string text;            ///< word or synset name (without '&'); empty for markers
  /// True when the element was joined to the next one with '_' in the dictionary: the
  /// two must be adjacent words. False means other words may come between them.
  bool joined_to_next = false;
};

/// A verb pattern line: "- PRE WORDS * POST WORDS [CODE] # comment".
struct Pattern {
  std::vector<PatternElement> before;  ///< elements left of '*', in text order
  std::vector<PatternElement> after;   ///< elements right of '*', in text order
  /// True when '*' was joined by '_' to the element before / after it (adjacency).
  bool verb_joined_before = false;
  bool verb_joined_after = false;
  EventCode code;
  std::string text;   ///< the pattern as written, for evidence ("- * DIPLOMATIC TIES")
  std::string file;
  int line = 0;
};

/// One verb (possibly multi-word) and one of its surface forms.
/// "+CORDON_OFF {+CORDONED_OFF}" gives form head "CORDONED" with after = {"OFF"}.
struct VerbForm {
  std::string head;                  ///< the inflected head word, e.g. "RESTORED"
  std::vector<std::string> before;   ///< words that must precede the head, in order
  std::vector<std::string> after;    ///< words that must follow the head, in order
  std::string lemma;                 ///< the verb's base form as written, e.g. "RESTORE"
  int block = -1;                    ///< index into VerbDictionary::blocks
  EventCode code;                    ///< the verb line's own code, else the block's
  int line = 0;                      ///< line of the verb in the block's file
};

/// A "--- MEANING [CODE] ---" block: its verbs share its patterns.
struct VerbBlock {
  std::string meaning;
  EventCode code;
  std::vector<Pattern> patterns;
  std::string file;
  int line = 0;
};

/// "~ a (a b ATTACK) SAY = a b 015": kept as parsed tokens; applied by the coder.
struct Transformation {
  std::vector<std::string> lhs;   ///< tokens left of '=', parentheses kept as tokens
  std::vector<std::string> rhs;   ///< tokens right of '='
  std::string text;
  std::string file;
  int line = 0;
};

class VerbDictionary {
 public:
  std::vector<VerbBlock> blocks;
  /// Head word (upper case, inflected) -> every form with that head. Longer forms
  /// (more before/after words) come first, so the first full match is the best; among
  /// forms of equal length, file order is kept (the first definition wins, as PETRARCH2).
  WordMap<std::vector<VerbForm>> forms;
  /// Synset name (without '&', upper case) -> its phrases, each a word list; nested
  /// synsets are already expanded and plurals already generated.
  WordMap<std::vector<std::vector<std::string>>> synsets;
  std::vector<Transformation> transformations;
  /// Oddities that PETRARCH tolerates (an undefined synset, a TABARI ';' comment, ...):
  /// the line was read as documented in docs/dictionary-formats.md; never fatal.
  std::vector<Diagnostic> warnings;

  /// Forms whose head is `upper_word`, or nullptr.
  const std::vector<VerbForm>* find(std::string_view upper_word) const;
};

/// A date restriction on an actor code. Dates are ordinal days (see to_ordinal_date).
struct DatedCode {
  enum class Kind : uint8_t { kDefault, kBefore, kAfter, kRange };
  Kind kind = Kind::kDefault;
  std::string code;       ///< "CHNGOV"
  int32_t first = 0;      ///< kAfter: first day on which it holds; kRange: start
  int32_t last = 0;       ///< kBefore: last day on which it holds; kRange: end
};

/// An actor: a root phrase with its synonyms and dated codes.
struct ActorEntry {
  std::string root;                 ///< root phrase as written, '_' replaced by spaces
  std::vector<DatedCode> codes;     ///< restrictions in file order; undated = default
  std::string file;
  int line = 0;
  std::vector<std::string> synonyms;   ///< '+' phrases, upper case, words joined by ' '
  std::vector<int> synonym_lines;      ///< line of each synonym (parallel to synonyms)

  /// The code that holds on `ordinal_date` (restrictions checked in order, then the
  /// default); empty when none holds.
  std::string code_on(int32_t ordinal_date) const;
};

/// An agent: "POLICE {POLICEMEN} [~COP]" or "NGO~" style prefix codes.
struct AgentEntry {
  std::string phrase;        ///< as written, '_' replaced by spaces
  std::string code;          ///< without '~', e.g. "COP"
  bool goes_before = false;  ///< "X~": the code precedes the actor's code
  std::string file;
  int line = 0;
  std::string plural;        ///< plural phrase also indexed for this entry; empty = none
};

/// A result of matching a phrase dictionary at a position in a word list.
struct PhraseMatch {
  size_t length = 0;   ///< words matched; 0 = no match
  int entry = -1;      ///< index into the dictionary's entries
};

/// The hash of a word that the phrase indexes use (for callers that build filters over
/// the same words, such as the coder's first-word screen).
uint64_t word_hash(std::string_view word);

class PhraseTrie;

/// Word tries over upper-case word sequences; longest match wins.
/// Thread safety: const members may be called concurrently once building is done.
class PhraseIndex {
 public:
  /// Adds a phrase (upper-case words). A phrase added twice maps to the last entry given,
  /// as in PETRARCH2 where a later definition replaces an earlier one. Empty: ignored.
  void add(const std::vector<std::string>& words, int entry);
  /// Longest phrase starting at words[start]. Words must be upper case. Does not allocate.
  PhraseMatch longest_match(const std::vector<std::string_view>& words, size_t start) const;
  /// Entry of exactly this phrase, or -1.
  int find(const std::vector<std::string_view>& words) const;
  /// Number of distinct phrases.
  size_t size() const;
  /// Every word that begins some phrase.
  std::vector<std::string_view> first_words() const;

  PhraseIndex();
  ~PhraseIndex();
  PhraseIndex(const PhraseIndex& other);
  PhraseIndex& operator=(const PhraseIndex& other);
  PhraseIndex(PhraseIndex&& other) noexcept;
  PhraseIndex& operator=(PhraseIndex&& other) noexcept;

 private:
  // The trie's tables (src/dict/phrase_trie.h); never null.
  std::unique_ptr<PhraseTrie> trie_;
};

struct ActorDictionary {
  std::vector<ActorEntry> entries;
  PhraseIndex index;   ///< every root and synonym phrase -> entry
  std::vector<Diagnostic> warnings;   ///< tolerated oddities (see VerbDictionary::warnings)
};

struct AgentDictionary {
  std::vector<AgentEntry> entries;
  PhraseIndex index;   ///< every phrase and generated plural -> entry
  std::vector<Diagnostic> warnings;   ///< tolerated oddities (see VerbDictionary::warnings)
};

/// Discard phrases: a sentence (or, with a leading '+', its whole story) containing one
/// is not coded.
struct DiscardEntry {
  std::vector<std::string> words;   ///< upper case
  bool whole_story = false;
  bool whole_word = true;           ///< trailing '_' in the file; else prefix match on last word
  std::string file;
  int line = 0;
};

struct DiscardDictionary {
  std::vector<DiscardEntry> entries;
  enum class Verdict : uint8_t { kKeep, kDiscardSentence, kDiscardStory };
  /// Checks upper-case words of a sentence; story discards win over sentence discards.
  /// `matched` (optional) receives the entry index that fired (the first in file order).
  Verdict check(const std::vector<std::string_view>& upper_words, int* matched = nullptr) const;
  /// Rebuilds the lookup tables from `entries`; the readers call it. Call it yourself
  /// after changing `entries` by hand.
  void build_index();
  std::vector<Diagnostic> warnings;   ///< tolerated oddities (see VerbDictionary::warnings)

 private:
  struct Lookup;  // built by build_index() (src/dict/lists.cc); null until then
  std::shared_ptr<const Lookup> lookup_;
};

struct IssueEntry {
  std::vector<std::string> words;   ///< upper case
  std::string code;
  std::string category;
  bool ignore = false;              ///< leading '~': phrase that suppresses the issue
  bool ignore_story = false;        ///< leading '~~': suppresses issues for the whole story
  std::string file;
  int line = 0;
};

struct IssueDictionary {
  std::vector<IssueEntry> entries;
  PhraseIndex index;   ///< every expanded form (n:, v:, '+' variants) -> entry
  std::vector<Diagnostic> warnings;   ///< tolerated oddities (see VerbDictionary::warnings)
};

/// Every dictionary the coder needs. Immutable once loaded.
struct Dictionaries {
  VerbDictionary verbs;
  ActorDictionary actors;
  AgentDictionary agents;
  DiscardDictionary discards;
  IssueDictionary issues;

  /// Every warning of every dictionary (tolerated oddities), in load order.
  std::vector<Diagnostic> warnings() const;

  /// Lines that could not be read and were left out of the load, each with file:line and
  /// why (see LoadOptions::strict). Empty for a clean set.
  std::vector<Diagnostic> skipped_lines;
};

/// How load_dictionaries treats bad lines.
struct LoadOptions {
  /// Refuse the whole set when any line is bad. Off: the good lines load and each bad
  /// one is listed in Dictionaries::skipped_lines (a file that cannot be read at all
  /// fails the load either way).
  bool strict = false;
};

/// Which files to load. Empty paths / lists mean "none of that kind".
struct DictionaryFiles {
  std::string verbs;
  std::vector<std::string> actors;
  std::string agents;
  std::string discards;
  std::string issues;
};

/// Reads each file. Fails when a file cannot be read, or (options.strict) when any line is
/// bad; the Status's details() then list every problem with file and line (all files are
/// read, so the list is complete). Otherwise bad lines are skipped and listed in
/// Dictionaries::skipped_lines. Warnings (oddities PETRARCH tolerates) never fail the
/// load; see Dictionaries::warnings().
Result<std::shared_ptr<const Dictionaries>> load_dictionaries(const DictionaryFiles& files,
                                                              const LoadOptions& options = {});

/// Finds the dictionaries under `dir` (recursively, sorted by path): *.verbs.txt,
/// *.actors.txt (all of them), *.agents.txt, *.discards.txt, *.issues.txt. Fails when the
/// folder cannot be read or holds more than one verbs/agents/discards/issues file.
Result<DictionaryFiles> load_dictionary_dir(const std::string& dir);

/// Returns every problem found by a deep check: event codes not in `known_event_codes`
/// (skipped when it is empty), a phrase defined twice across the actor files (reported at
/// the later line, naming the earlier one), one agent phrase with different codes,
/// overlapping date restrictions with different codes in one actor entry, several
/// undated defaults in one entry, and actor/agent codes that are not 3-letter upper-case
/// elements. These are not load errors: the dictionaries still work.
std::vector<Diagnostic> check_dictionaries(const Dictionaries& dicts,
                                           const std::vector<std::string>& known_event_codes);

/// Individual readers, appending to `out` and to `problems`. Exposed for tests and tools.
void read_verb_file(const std::string& path, VerbDictionary& out,
                    std::vector<Diagnostic>& problems);
void read_actor_file(const std::string& path, ActorDictionary& out,
                     std::vector<Diagnostic>& problems);
void read_agent_file(const std::string& path, AgentDictionary& out,
                     std::vector<Diagnostic>& problems);
void read_discard_file(const std::string& path, DiscardDictionary& out,
                       std::vector<Diagnostic>& problems);
void read_issue_file(const std::string& path, IssueDictionary& out,
                     std::vector<Diagnostic>& problems);

/// Same readers over in-memory text; `name` is used as the file name in diagnostics.
void parse_verbs(std::string_view text, std::string_view name, VerbDictionary& out,
                 std::vector<Diagnostic>& problems);
void parse_actors(std::string_view text, std::string_view name, ActorDictionary& out,
                  std::vector<Diagnostic>& problems);
void parse_agents(std::string_view text, std::string_view name, AgentDictionary& out,
                  std::vector<Diagnostic>& problems);
void parse_discards(std::string_view text, std::string_view name, DiscardDictionary& out,
                    std::vector<Diagnostic>& problems);
void parse_issues(std::string_view text, std::string_view name, IssueDictionary& out,
                  std::vector<Diagnostic>& problems);

/// Ordinal day number (days since 0001-01-01 is day 1, as Python's date.toordinal) of a
/// YYYYMMDD / YYMMDD date string as PETRARCH reads it (7 characters or fewer = YYMMDD,
/// YY <= 30 means 20YY). Returns -1 when the text is not a date.
int32_t to_ordinal_date(std::string_view date_text);
/// Ordinal day of year/month/day; -1 when not a valid date.
int32_t ordinal_from_ymd(int year, int month, int day);

/// Options of a PETRARCH2 config file ([Options] section) that change coding.
struct PetrarchOptions {
  int new_actor_length = 0;   ///< >0: unknown NPs of at most this many words become actors
  bool require_dyad = true;   ///< events need a non-null source and target
  int comma_min = 2, comma_max = 8;    ///< internal comma clauses removed (words)
  int comma_bmin = 0, comma_bmax = 0;  ///< initial clause; max 0 = off
  int comma_emin = 2, comma_emax = 8;  ///< terminal clause; max 0 = off
  /// Not a PETRARCH option (no config key): vigil's own dictionaries set it. Agentless
  /// passives ("protesters were arrested") and patterns marking the subject as target
  /// ("- + * &ARREST_NOUNS" on FACE) give an event with an unnamed source, where
  /// PETRARCH reads the passive as active or finds no event; a verb with no noun phrase
  /// after it ("protesters rallied") gives an event with an unnamed target.
  bool unnamed_roles = false;
  /// Sets one option by its PETRARCH name; returns false for unknown names or bad values.
  bool set(std::string_view name, std::string_view value);
};

/// A parsed PETRARCH2 config file: dictionary paths resolved relative to the file.
struct PetrarchConfig {
  DictionaryFiles files;
  PetrarchOptions options;
};

/// Reads a PETRARCH2 .ini config ([Dictionaries] verbfile_name, actorfile_list,
/// agentfile_name, discardfile_name, issuefile_name; [Options]).
Result<PetrarchConfig> read_petrarch_config(const std::string& path);

}  // namespace vigil::dict
