// From documents to event records: sentence splitting and parsing (or the given parses),
// event coding, and everything an analyst needs around each event (ontology fields,
// evidence, and — as the discourse stage grows — quotes, dates and places).
//
//   auto pipeline = vigil::events::Pipeline::create(config);     // once; shared
//   vigil::events::DocumentCoder coder(pipeline.value());         // one per thread
//   for (const vigil::events::EventRecord& e : coder.code(doc)) write(e);
//
// Writers of event records (JSON Lines) are in vigil/jsonl.h (vigil_output).
#pragma once

#include <memory>
#include <optional>
#include <string>
#include <string_view>
#include <vector>

#include "vigil/coder.h"
#include "vigil/discourse.h"
#include "vigil/dictionaries.h"
#include "vigil/document.h"
#include "vigil/ontology.h"

namespace vigil::nlp {
class Lexicon;
class Parser;
}  // namespace vigil::nlp

namespace vigil::events {

/// What a pipeline is built from.
struct PipelineConfig {
  /// Empty: vigil's own dictionaries under data_dir. Else a PETRARCH2 .ini file.
  std::string petrarch_config;
  /// vigil's data folder (dictionaries under data/{verbs,actors,agents}, tables under
  /// data/cameo, places under data/places).
  std::string data_dir;
  /// Folder of the dictionaries (*.verbs.txt, *.actors.txt ...); empty = data_dir.
  std::string dictionary_dir;
  /// Also write negated and hypothetical events, with their modality.
  bool include_all_modalities = false;
};

/// One actor of an event as written out.
struct ActorOut {
  std::string code;      ///< CAMEO actor code, e.g. "CANGOV"
  std::string country;   ///< ISO alpha-3 country, empty for IGO/NGO/unknown
  std::string sector;    ///< role element (GOV, COP, NGO ...) or empty
  std::string text;      ///< the words that named it
};

/// One event as vigil writes it (docs/CONTRACT fields).
struct EventRecord {
  std::string doc_id;
  int sentence_index = 0;
  std::string sentence;
  std::string date;          ///< publication date
  std::string event_date;    ///< YYYY-MM-DD, YYYY-MM or YYYY; empty = null
  ActorOut source;
  std::optional<ActorOut> target;
  std::string cameo;
  std::string cameo_root;
  std::optional<double> goldstein;
  int quad_class = 0;
  std::string plover_event;  ///< empty = null
  std::string plover_mode;
  std::string quote_speaker; ///< quote fields empty = null
  std::string quote_text;
  std::string location_name; ///< empty = null
  std::string location_country;
  std::optional<double> location_lat, location_lon;
  size_t evidence_begin = 0, evidence_end = 0;  ///< byte span in the document text
  std::string verb;
  std::string pattern;       ///< the pattern text, "" when the verb's own code was used
  /// Provenance: where the rule that gave the code is written, "FILE:LINE" with FILE
  /// relative to the dictionary folder (the pattern's line, or the verb's line when its
  /// own code was used); "" = null (an event no verb line gave).
  std::string rule_at;
  /// The actor dictionary entry that named the source / target: its root phrase and
  /// "FILE:LINE"; empty = null (no entry: a reference the document resolved, a role not
  /// named, an actor the pipeline supplied).
  struct EntryOut {
    std::string root;
    std::string at;
  };
  EntryOut source_entry, target_entry;
  /// "source" or "target" when that role was not named in the sentence but taken from
  /// the document ("demonstrators faced arrest": the police named earlier); else "".
  std::string implied_role;
  std::string modality = "asserted";
  int mentions = 1;          ///< sentences of the document that gave this same event
  /// Every mention of this event in the document (the first is the record's own).
  struct Mention {
    int sentence_index = 0;
    size_t begin = 0, end = 0;  ///< byte span of the mentioning sentence
  };
  std::vector<Mention> mention_spans;
  /// Shared by the events of one joint act ("Canada and the UK condemned China": one per
  /// member) so that the act can be counted once: "<sentence_index>.<n>"; empty = null.
  std::string joint;
};

/// Immutable, shared by all threads: dictionaries, ontology, lexicon and options. Always
/// owned by a shared_ptr (create() is the only way to make one), so that every
/// DocumentCoder can share its ownership.
class Pipeline : public std::enable_shared_from_this<Pipeline> {
 public:
  /// Loads everything named by `config`; every dictionary problem is listed on failure.
  static Result<std::shared_ptr<const Pipeline>> create(const PipelineConfig& config);

  const Coder& coder() const { return coder_; }
  const Ontology& ontology() const { return *ontology_; }
  const std::shared_ptr<const nlp::Lexicon>& lexicon() const { return lexicon_; }
  const discourse::Gazetteer* gazetteer() const { return gazetteer_.get(); }
  const PipelineConfig& config() const { return config_; }

  /// The actor code of a free-text phrase ("Amnesty International Canada") on a date
  /// (ordinal, see dict::to_ordinal_date); "" when the dictionaries do not know it.
  std::string actor_code(std::string_view phrase, int32_t ordinal_date) const;

  /// The actor a quotation's speaker speaks for: the body their role belongs to
  /// ("Amnesty International's director for the Middle East" -> Amnesty), else their
  /// organisation, else their name; "" when the dictionaries know none of them. One rule
  /// for the pipeline's quoted events, `vigil quotes` and the store.
  std::string speaker_code(const discourse::Quote& quote, int32_t ordinal_date) const;

  /// Country and sector of a CAMEO actor code ("CANGOV" -> CAN, GOV; "NGO" -> "", NGO).
  ActorOut describe_actor(const std::string& code, const std::string& text) const;

  /// "FILE:LINE" of a dictionary line, FILE relative to the dictionaries' folder (the
  /// data folder, or the PETRARCH config's folder) when it lies inside it.
  std::string dictionary_line(const std::string& file, int line) const;

 private:
  Pipeline(Coder coder, std::shared_ptr<const Ontology> ontology,
           std::shared_ptr<const nlp::Lexicon> lexicon,
           std::shared_ptr<const discourse::Gazetteer> gazetteer, PipelineConfig config);
  Coder coder_;
  std::shared_ptr<const Ontology> ontology_;
  std::shared_ptr<const nlp::Lexicon> lexicon_;
  std::shared_ptr<const discourse::Gazetteer> gazetteer_;
  PipelineConfig config_;
};

/// Per-thread worker over a shared Pipeline (holds the parser's scratch buffers). It
/// shares ownership of its pipeline, so a coder kept longer than the Engine or the
/// shared_ptr it was made from (in a binding, a cache) never dangles.
class DocumentCoder {
 public:
  explicit DocumentCoder(std::shared_ptr<const Pipeline> pipeline);
  /// The same, sharing ownership with the shared_ptr that owns `pipeline` (every
  /// Pipeline is owned by one: Pipeline::create).
  explicit DocumentCoder(const Pipeline& pipeline);
  ~DocumentCoder();
  DocumentCoder(DocumentCoder&&) noexcept;

  /// Codes one document. Never fails: problems become notes in `diagnostics`.
  std::vector<EventRecord> code(const Document& doc, std::vector<std::string>* diagnostics = nullptr);
  /// Sentences seen since construction (for throughput reports).
  size_t sentences() const { return sentences_; }
  /// Of those, sentences parsed: the others could name no actor (Coder::screen).
  size_t parsed() const { return parsed_; }

 private:
  bool keep_one_sided(const CodedEvent& e) const;
  void read_as_accusation(CodedEvent& e) const;
  void act_of_the_reporting_state(CodedEvent& e) const;
  void know_by_quotes(std::string& code, const std::string& text, int32_t ordinal,
                      const std::vector<discourse::Quote>& quotes) const;
  bool names_a_thing(std::string_view phrase, const syntax::Tree& tree) const;
  void drop_things_as_actors(CodedEvent& e, const syntax::Tree& tree) const;
  void speak_in_quotes(std::vector<CodedEvent>& events, const syntax::Tree& tree, int32_t ordinal,
                       const std::vector<discourse::Quote>& quotes) const;
  void aim_at_author(CodedEvent& e, const syntax::Tree& tree, int32_t ordinal) const;
  void code_as_intention(CodedEvent& e) const;
  void add_quoted_judgement(const syntax::Tree& tree, size_t begin, size_t end, int32_t ordinal,
                            const std::vector<discourse::Quote>& quotes,
                            const std::vector<CodedEvent>& obligations,
                            std::vector<CodedEvent>& events) const;
  void add_nominal_acts(const syntax::Tree& tree, int32_t ordinal,
                        const ReferenceResolver& resolver, std::vector<CodedEvent>& events) const;
  static void add_nominal_events(std::string_view sentence, const std::vector<EventRecord>& told,
                                 std::vector<CodedEvent>& events);
  std::string speaker_code(const discourse::Quote& quote, int32_t ordinal) const;
  std::pair<std::string, std::string> speaker_at(const Document& doc, size_t begin, size_t end,
                                                 int32_t ordinal,
                                                 const std::vector<discourse::Quote>& quotes,
                                                 const std::vector<CodedEvent>& sentence_events) const;
  void add_appeals(const Document& doc, std::vector<CodedEvent>& found, size_t begin, size_t end,
                   int32_t ordinal,
                   const std::vector<discourse::Quote>& quotes,
                   std::vector<CodedEvent>& events) const;

  std::vector<std::string> document_countries(const discourse::DocumentAnalysis& analysis,
                               const std::vector<const syntax::Tree*>& trees,
                               int32_t ordinal) const;
  std::vector<EventRecord> merge_mentions(std::vector<EventRecord> records) const;

  std::shared_ptr<const Pipeline> pipeline_;  // never null
  std::unique_ptr<nlp::Parser> parser_;
  std::vector<syntax::Token> tokens_;  // scratch for Coder::screen
  std::vector<std::string> condemnation_phrases_;  // the verb dictionary's, "A B" joined
  size_t sentences_ = 0;
  size_t parsed_ = 0;
};

/// Ordinal day (see dict::to_ordinal_date) of a "YYYY-MM-DD" date; -1 when not a date.
int32_t ordinal_of(std::string_view iso_date);

}  // namespace vigil::events
