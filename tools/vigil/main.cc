// vigil: political event data from news text. A thin command line over the library.
#include <cstdio>
#include <cstring>
#include <exception>
#include <string_view>

#include "cli.h"
#include "commands.h"
#include "vigil/nlp.h"

namespace {

constexpr const char* kHelp = R"(vigil — political event data from news text

usage: vigil COMMAND [OPTIONS] [ARGS]

Commands:
  code      code events in documents (JSON Lines, .txt, PETRARCH .xml) and write them
            as JSON Lines: who did what to whom, when, where, with the evidence
  quotes    list the direct quotations of documents with their speakers
  validate  run PETRARCH validation records (e.g. PETR.UnitTest.dev.xml) and report
            which pass
  dict      check dictionaries in the PETRARCH formats ("vigil dict check")
  ingest    code documents and keep them with their events in a store (SQLite)
  query     filter, count and group the stored events; who joined when (--coalition)
  export    the stored events as Phoenix CSV, ICEWS TSV, PLOVER JSON or JSON Lines
  serve     a web dashboard and a JSON API over a store (http://127.0.0.1:8080/)

Run "vigil COMMAND --help" for a command's options.
Data folder: $VIGIL_DATA, else the one vigil was built with.
)";

}  // namespace

namespace vigil::cli {

std::function<syntax::Tree(std::string_view)> own_parser() {
  auto lexicon = nlp::Lexicon::load();
  auto lex = lexicon.ok() ? lexicon.value() : nlp::Lexicon::closed_class_only();
  auto parser = std::make_shared<nlp::Parser>(lex);
  return [parser](std::string_view text) {
    return parser->parse(text, nlp::SentenceSpan{0, text.size()});
  };
}

}  // namespace vigil::cli

namespace {

int dispatch(int argc, char** argv) {
  if (argc < 2 || std::strcmp(argv[1], "--help") == 0 || std::strcmp(argv[1], "-h") == 0 ||
      std::strcmp(argv[1], "help") == 0) {
    std::fputs(kHelp, stdout);
    return argc < 2 ? 2 : 0;
  }
  std::string_view command = argv[1];
  vigil::cli::Args args(argc, argv, 2);
  if (command == "code") return vigil::cli::run_code(args);
  if (command == "quotes") return vigil::cli::run_quotes(args);
  if (command == "validate") return vigil::cli::run_validate(args);
  if (command == "dict") return vigil::cli::run_dict(args);
  if (command == "ingest") return vigil::cli::run_ingest(args);
  if (command == "query") return vigil::cli::run_query(args);
  if (command == "export") return vigil::cli::run_export(args);
  if (command == "serve") return vigil::cli::run_serve(args);
  std::fprintf(stderr, "vigil: unknown command '%s' (see vigil --help)\n", argv[1]);
  return 2;
}

}  // namespace

// No exception leaves vigil: one that escapes a command is a bug, reported as such, and
// the run ends with status 2 instead of an abort and a core dump.
int main(int argc, char** argv) {
  try {
    return dispatch(argc, argv);
  } catch (const std::exception& e) {
    std::fprintf(stderr, "vigil: internal error: %s (the run was stopped; please report it)\n",
                 e.what());
  } catch (...) {
    std::fprintf(stderr, "vigil: internal error: unknown exception (the run was stopped)\n");
  }
  return 2;
}
