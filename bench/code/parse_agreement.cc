// parse_agreement: how far events coded from vigil's own parse agree with events coded
// from the parses given in a PETRARCH XML file (e.g. CoreNLP's, in GigaWord.sample).
//
//   parse_agreement CONFIG.ini FILE.xml
//
// Prints, over all records, the events from the given parses (reference), from our parse,
// the overlap, and precision/recall/F1 of ours against the reference, over all records and
// over those whose parse has the same words as their text. Events are compared as
// (source, target, code) per record. VIGIL_SHOW_DIFF=1 lists the records that differ.
#include <algorithm>
#include <cstdlib>
#include <cstdio>
#include <set>
#include <string>
#include <tuple>

#include "vigil/coder.h"
#include "vigil/dictionaries.h"
#include "vigil/nlp.h"
#include "vigil/text.h"
#include "vigil/tree.h"

int main(int argc, char** argv) {
  if (argc != 3) {
    std::fputs("usage: parse_agreement CONFIG.ini FILE.xml\n", stderr);
    return 2;
  }
  auto config = vigil::dict::read_petrarch_config(argv[1]);
  if (!config.ok()) {
    std::fprintf(stderr, "%s\n", config.status().to_string().c_str());
    return 2;
  }
  auto dicts = vigil::dict::load_dictionaries(config.value().files);
  if (!dicts.ok()) {
    std::fprintf(stderr, "%s\n", dicts.status().to_string().c_str());
    return 2;
  }
  std::vector<vigil::Diagnostic> problems;
  auto file = vigil::text::read_petrarch_xml(argv[2], problems);
  if (!file.ok()) {
    std::fprintf(stderr, "%s\n", file.status().to_string().c_str());
    return 2;
  }
  auto lexicon = vigil::nlp::Lexicon::load();
  if (!lexicon.ok()) {
    std::fprintf(stderr, "%s\n", lexicon.status().to_string().c_str());
    return 2;
  }
  vigil::nlp::Parser parser(lexicon.value());
  vigil::events::Coder coder(dicts.value(), config.value().options);

  using Event = std::tuple<std::string, std::string, std::string>;
  // Tallies over all records, and over those whose <Parse> has the words of their <Text>
  // (some GigaWord records were edited after parsing: "claimed" for "said", other names).
  struct Tally {
    size_t records = 0, reference = 0, ours = 0, both = 0;
    void print(const char* what) const {
      const double p = ours ? static_cast<double>(both) / static_cast<double>(ours) : 0.0;
      const double r = reference ? static_cast<double>(both) / static_cast<double>(reference) : 0.0;
      const double f1 = p + r > 0 ? 2 * p * r / (p + r) : 0.0;
      std::printf("%s: records: %zu  events from given parses: %zu  from our parse: %zu  in both: %zu\n",
                  what, records, reference, ours, both);
      std::printf("%s: precision %.3f  recall %.3f  F1 %.3f\n", what, p, r, f1);
    }
  };
  Tally all, consistent;
  for (const auto& record : file.value().records) {
    if (record.text.empty() || record.parse.empty()) continue;  // nothing to compare
    auto given = vigil::syntax::read_ptb(record.parse, record.id);
    if (!given.ok()) continue;
    const bool same_words =
        vigil::syntax::align_tokens(given.value(), record.text) == given.value().tokens.size();
    const int32_t date = vigil::dict::to_ordinal_date(record.date);
    std::set<Event> ref, own;
    for (const auto& e : coder.code(given.value(), date).events) ref.emplace(e.source, e.target, e.code);
    vigil::syntax::Tree tree = parser.parse(record.text, {0, record.text.size()});
    for (const auto& e : coder.code(tree, date).events) own.emplace(e.source, e.target, e.code);
    size_t agreed = 0;
    for (const Event& e : own) agreed += ref.count(e);
    for (Tally* t : {&all, same_words ? &consistent : nullptr}) {
      if (!t) continue;
      ++t->records;
      t->reference += ref.size();
      t->ours += own.size();
      t->both += agreed;
    }
    if (ref != own && std::getenv("VIGIL_SHOW_DIFF")) {
      std::printf("%s: %s\n", record.id.c_str(), record.text.c_str());
      for (const Event& e : ref) if (!own.count(e)) std::printf("  only given parse: %s %s %s\n", std::get<0>(e).c_str(), std::get<1>(e).c_str(), std::get<2>(e).c_str());
      for (const Event& e : own) if (!ref.count(e)) std::printf("  only our parse:   %s %s %s\n", std::get<0>(e).c_str(), std::get<1>(e).c_str(), std::get<2>(e).c_str());
    }
  }
  all.print("all records");
  consistent.print("text = parse");
  return 0;
}
