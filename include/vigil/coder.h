// The event coder: PETRARCH-compatible coding of one parsed sentence.
//
//   auto dicts = vigil::dict::load_dictionaries(files);          // once, shared
//   vigil::events::Coder coder(dicts.value(), options);           // cheap, thread-safe
//   vigil::events::SentenceCoding out = coder.code(tree, date);   // per sentence
//
// The coder reads noun phrases as actors (dictionary actors + agents, dated codes),
// finds verbs of the verb dictionary in each verb phrase, matches the verb's patterns on
// the words before and after it, and assembles (source, target, code) events with
// compounds, passives and paired codes. docs/coder.md describes every rule.
#pragma once

#include <cstdint>
#include <functional>
#include <memory>
#include <string_view>
#include <string>
#include <vector>

#include "vigil/dictionaries.h"
#include "vigil/tree.h"

namespace vigil::events {

/// One coded (source, target, event) triple with its provenance.
struct CodedEvent {
  std::string source;          ///< actor code, "---" when null
  std::string target;
  std::string code;            ///< event code as written in the dictionary
  std::string source_text;     ///< the words that named the source
  std::string target_text;
  std::string verb;            ///< the verb word(s) as they appear (upper case)
  std::string pattern;         ///< the pattern that matched, or "" for the verb's own code
  /// Where the rule that gave the code is written: the pattern's line, or the verb's line
  /// when its own code was used; "" / 0 for events no verb line gave.
  std::string pattern_file;
  int pattern_line = 0;
  /// The actor dictionary entries that named the source and the target (owned by the
  /// coder's dictionaries), each with the words it was found in; entry nullptr when no
  /// entry did (an unknown phrase, a reference the document resolved, an unnamed role).
  /// Provenance only: it describes source_text / target_text as the coder read them.
  struct ActorFrom {
    const dict::ActorEntry* entry = nullptr;
    std::string text;
  };
  ActorFrom source_from;
  ActorFrom target_from;
  int32_t first_token = -1;    ///< token span of the evidence (source .. target .. verb)
  int32_t last_token = -1;
  int32_t verb_token = -1;     ///< the verb's token, -1 when the event has no verb
  bool passive = false;
  /// "asserted", "negated" ("did not condemn") or "hypothetical" (a modal: would, could,
  /// may, might, should, must, can). Read from the verb's own chain of verb phrases.
  std::string modality = "asserted";
  /// The clause states what its subject means to do ("will meet", "would free", "plans
  /// to sign"): the document pipeline codes cooperative acts so stated as intentions (03x).
  bool intended = false;
  /// The clause states that its subject will not do the act ("will not pull out", "would
  /// never sign", "refused to", "has no intention to"): the document pipeline codes a
  /// cooperative act so refused as its rejection (12x).
  bool refused = false;
  /// Reported speech: the speaker whose words carry this event ("Police said they had
  /// arrested ..."), as actor code and words; empty when the sentence states it itself.
  std::string reporter;
  std::string reporter_text;
  /// A wrong with no CAMEO act of its own ("is trying to destabilise the country",
  /// "rigged the vote"; verb blocks named WRONG...): only an accusation, coded `code`, of
  /// the source (with any co-agents) by whoever says it. The document pipeline makes the
  /// speaker its source; a wrong that no one is said to allege is no event.
  bool alleged = false;
  /// Events of one act by or toward a compound actor ("Canada and the UK condemned ...")
  /// share a number > 0 within their sentence; 0 for an act of one actor on one.
  int joint = 0;
};

/// What happened to a sentence.
enum class SentenceOutcome : uint8_t {
  kCoded,            ///< coded normally (possibly zero events)
  kDiscardSentence,  ///< a discard phrase matched
  kDiscardStory,     ///< a story-discard phrase matched
  kDateline,         ///< the parse looks like a dateline, not a sentence
  kBadParse,         ///< the tree could not be used
};

struct SentenceCoding {
  SentenceOutcome outcome = SentenceOutcome::kCoded;
  std::vector<CodedEvent> events;
  /// Prescriptive clauses ("The government must act"): the actor addressed as target,
  /// the modal and verb; no source or code. Said by someone, each is an appeal.
  std::vector<CodedEvent> obligations;
  std::string note;   ///< why a sentence was not coded
  /// Every noun phrase the dictionaries coded as an actor, in sentence order: its code
  /// and its words (upper case). The document context learns who is named from these.
  std::vector<std::pair<std::string, std::string>> actors;
};

/// Codes sentences with one set of dictionaries and options. Construction indexes the
/// verb dictionary (build one Coder and share it); immutable after construction, so
/// code() may be called from many threads at once.
/// Document context for noun phrases that name an actor only by reference ("he", "they",
/// "the government", "the country"): given the phrase's words (upper case) and the code
/// the dictionaries gave it ("---", "---GOV"), returns the code to use, or "" to keep it.
using ReferenceResolver =
    std::function<std::string(const std::vector<std::string_view>& words, const std::string& code)>;

class CompiledVerbs;
class FirstWords;

/// What Coder::screen() decides about a sentence before it is parsed.
enum class Screening : uint8_t { kParse, kSkip, kDiscardStory };

class Coder {
 public:
  Coder(std::shared_ptr<const dict::Dictionaries> dictionaries, dict::PetrarchOptions options);

  /// Codes one parsed sentence. `ordinal_date` (see dict::to_ordinal_date) selects
  /// dated actor codes. Discard phrases are looked for in the tree's words.
  SentenceCoding code(const syntax::Tree& tree, int32_t ordinal_date) const;
  /// Same with other options (PETRARCH validation files change them between records).
  SentenceCoding code(const syntax::Tree& tree, int32_t ordinal_date,
                      const dict::PetrarchOptions& options) const;
  /// Same, resolving references with the document's context.
  SentenceCoding code(const syntax::Tree& tree, int32_t ordinal_date,
                      const ReferenceResolver& resolver) const;

  /// Reads a sentence's tokens before any parse. kDiscardStory / kSkip when a discard
  /// phrase matches (story or sentence). kSkip also when the sentence cannot give an event
  /// whatever its parse: it has fewer actor or agent phrases (or words the document may
  /// resolve: "he", "she", "they", "country", "nation") than an event needs: two with
  /// require_dyad, else one, and one for an appeal ("must", "should", "ought": the
  /// speaker is named elsewhere). Else kParse. Lets callers skip parsing.
  Screening screen(const std::vector<syntax::Token>& tokens) const;

  const dict::PetrarchOptions& options() const { return options_; }
  const dict::Dictionaries& dictionaries() const { return *dictionaries_; }

 private:
  SentenceCoding code(const syntax::Tree& tree, int32_t ordinal_date,
                      const dict::PetrarchOptions& options, const ReferenceResolver* resolver) const;

  std::shared_ptr<const dict::Dictionaries> dictionaries_;
  std::shared_ptr<const CompiledVerbs> compiled_;   // indexes over the verb dictionary
  std::shared_ptr<const FirstWords> first_words_;   // for screen()
  dict::PetrarchOptions options_;
};

// Actor codes and words: what the coder reads noun phrases with, and what the document
// pipeline (vigil_events) reads its context with, written once here.

/// Upper-cases ASCII letters in place, as dictionary words are written (and as
/// std::toupper does in the "C" locale the library runs in), and writes each accented
/// Latin letter (UTF-8 U+00C0..U+00FF) as its ASCII capital: "Pérez" is "PEREZ", as the
/// dictionaries spell names. The string may become shorter.
void to_upper_ascii(std::string& s);

/// True when `code` begins with a country ("CHN", "HKGCOP"), not with a prefix of
/// data/cameo/cameo-actor-roles.tsv (IGO, NGO, IMG, MNC: read from it when vigil is built),
/// UIS, "---" or a quoted new actor: the elements that stand in a country's place.
bool starts_with_country(std::string_view code);

/// True when `code` begins with a CAMEO region (the rows of kind region of
/// data/cameo/cameo-actor-roles.tsv: "WST", "AFR", "SAM" ...): it stands in a country's
/// place (`starts_with_country` is true) but names no state, so it is no ISO 3166 country
/// and no state a police force, a government or a protest belongs to.
bool names_region(std::string_view code);

/// True when upper-case words name a collective of many states ("THE INTERNATIONAL
/// COMMUNITY", "WORLD LEADERS", "MORE GOVERNMENTS"): such an actor has no country,
/// whatever the article's.
bool names_many_states(std::string_view upper_words);

/// Pronouns that stand for the last actor named ("he", "she", "they", "it", any case):
/// the document context resolves them, and the screen counts them as actors. The third
/// person subject forms of vigil/pronouns.h, the one pronoun list.
bool is_actor_pronoun(std::string_view word);

/// The code of a noun phrase's words; "---" when nothing in it is in the dictionaries.
/// `root` receives the actor phrase found and `entry` its dictionary entry (provenance).
std::string code_phrase(const dict::Dictionaries& dicts, const std::vector<std::string_view>& words,
                        int32_t ordinal_date, const std::string** root = nullptr,
                        const dict::ActorEntry** entry = nullptr);

}  // namespace vigil::events
