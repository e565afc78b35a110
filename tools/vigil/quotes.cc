// vigil quotes: the direct quotations of each document with their speakers.
#include <cstdio>

#include "cli.h"
#include "commands.h"
#include "inputs.h"
#include "vigil/discourse.h"
#include "vigil/pipeline.h"
#include "vigil/vigil.h"

namespace vigil::cli {
namespace {

constexpr const char* kHelp = R"(usage: vigil quotes [OPTIONS] [INPUT...]

Writes one JSON object per direct quotation (JSON Lines):
  {doc_id, text, kind, speaker, speaker_role, speaker_org, speaker_code, begin, end}
kind is full (sentences of speech), partial (words quoted inside a sentence and said by
someone), block (paragraphs without marks after "X said:"), headline or chant. begin/end are byte
offsets of the quoted text (without its quotation marks) in the document; speaker is the
person's name as the document gives it, or the organisation or group when no person is
named, null when none can be attributed; speaker_code is the actor code of the speaker's
organisation (or of the speaker) from the dictionaries. Quoted names of laws, documents
and people (kind name) and scare quotes nobody is reported to have said (kind scare) are
not quotations and are left out unless asked for with --kind.
Inputs are read as for vigil code: every problem is written to stderr with file:line and
the document id, and a summary line ends a run that met any. Exit status: 0, or 1 when
an input could not be read at all (or, with --strict, after any problem), 2 when vigil
cannot run.

Options:
  --kind K[,K...]             write only these kinds (full, partial, block, headline,
                              chant, name, scare)
  --partial                   accepted for compatibility: every quotation is written
  --petrarch-config FILE.ini  resolve speaker codes with a PETRARCH2 config's dictionaries
  --strict                    exit with status 1 after any problem with the input
)";

std::string nullable(std::string_view s) { return s.empty() ? "null" : json_string(s); }


}  // namespace

int run_quotes(Args& args) {
  if (args.flag("--help") || args.flag("-h")) {
    std::fputs(kHelp, stdout);
    return 0;
  }
  (void)args.flag("--partial");
  const bool strict = args.flag("--strict");
  std::string kinds_arg;
  args.option("--kind", kinds_arg);
  // Which kinds to write: all but names by default.
  bool wanted[7] = {true, true, true, true, true, false, false};
  if (!kinds_arg.empty()) {
    for (bool& w : wanted) w = false;
    size_t from = 0;
    while (from <= kinds_arg.size()) {
      size_t comma = kinds_arg.find(',', from);
      if (comma == std::string::npos) comma = kinds_arg.size();
      discourse::QuoteKind k;
      std::string name = kinds_arg.substr(from, comma - from);
      if (!discourse::quote_kind_from_string(name, &k)) {
        std::fprintf(stderr, "vigil quotes: unknown kind '%s' (see vigil quotes --help)\n",
                     name.c_str());
        return 2;
      }
      wanted[static_cast<int>(k)] = true;
      from = comma + 1;
    }
  }
  events::PipelineConfig config;
  config.data_dir = data_dir();
  args.option("--petrarch-config", config.petrarch_config);
  if (std::string bad = args.unknown_option(); !bad.empty() && bad != "-") {
    std::fprintf(stderr, "vigil quotes: unknown option %s (see vigil quotes --help)\n", bad.c_str());
    return 2;
  }
  auto pipeline = events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "vigil quotes: %s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  DocumentSource source(args.rest(), "vigil quotes");
  Document doc;
  while (source.next(doc)) {
    const int32_t ordinal = events::ordinal_of(doc.date);
    // Window by window on a huge document (the cost of quotation finding grows faster
    // than the text).
    for (const discourse::Quote& q : find_quotes_bounded(doc.text)) {
      if (!wanted[static_cast<int>(q.kind)]) continue;
      std::string code;
      if (!q.speaker_org.empty()) code = pipeline.value()->actor_code(q.speaker_org, ordinal);
      if (code.empty() && !q.speaker.empty()) code = pipeline.value()->actor_code(q.speaker, ordinal);
      std::string line = "{\"doc_id\": " + json_string(doc.id) +
                         ", \"text\": " + json_string(std::string_view(doc.text).substr(q.begin, q.end - q.begin)) +
                         ", \"kind\": " + json_string(discourse::to_string(q.kind)) +
                         ", \"speaker\": " + nullable(q.speaker) +
                         ", \"speaker_role\": " + nullable(q.speaker_role) +
                         ", \"speaker_org\": " + nullable(q.speaker_org) +
                         ", \"speaker_code\": " + nullable(code) +
                         ", \"begin\": " + std::to_string(q.begin) + ", \"end\": " + std::to_string(q.end) +
                         "}\n";
      std::fwrite(line.data(), 1, line.size(), stdout);
    }
  }
  // As vigil code's summary, but only when something went wrong (quotations have no count
  // of their own to report).
  const InputCounts& counts = source.counts();
  if (source.problems() > 0)
    std::fprintf(stderr, "vigil quotes: %zu documents; %zu bad lines, %zu warnings, %zu inputs not read\n",
                 counts.documents, counts.bad_lines, counts.warnings, counts.unreadable);
  if (counts.unreadable > 0) return 1;
  return strict && source.problems() > 0 ? 1 : 0;
}

}  // namespace vigil::cli
