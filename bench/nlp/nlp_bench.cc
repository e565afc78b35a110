// Throughput of vigil's NLP front end on real news: splits, tokenizes, tags and parses the
// "text" of every JSON line of the given files (default: ../shared/corpora/*.jsonl) on one
// thread, then prints sentences, tokens, CPU seconds, sentences per CPU-second and peak RSS.
// By default each sentence is parsed into one reused tree; --fresh returns a new tree per
// sentence, as the pipeline does (it keeps a document's trees), which also counts the
// allocations of building a tree from nothing.
//
//   nlp_bench [--limit N] [--repeat N] [--fresh] [file.jsonl ...]
//
// Instructions per sentence (valgrind counts only the front end's own work):
//
//   valgrind --tool=callgrind --toggle-collect='*parse_document*' nlp_bench --limit 400 F
#include <sys/resource.h>

#include <cstdio>
#include <cstdlib>
#include <ctime>
#include <fstream>
#include <iostream>
#include <nlohmann/json.hpp>
#include <string>
#include <vector>

#include "vigil/nlp.h"

namespace {

double cpu_seconds() {
  timespec ts{};
  clock_gettime(CLOCK_PROCESS_CPUTIME_ID, &ts);
  return static_cast<double>(ts.tv_sec) + static_cast<double>(ts.tv_nsec) * 1e-9;
}

long peak_rss_kb() {
  rusage ru{};
  getrusage(RUSAGE_SELF, &ru);
  return ru.ru_maxrss;
}

struct Counts {
  size_t sentences = 0, tokens = 0, nodes = 0;
};

// One document through the front end. Not inlined, so that a profiler can count exactly
// this and nothing of the JSON reading.
[[gnu::noinline]] void parse_document(vigil::nlp::Parser& parser, const std::string& text,
                                      bool fresh, vigil::syntax::Tree& tree, Counts& counts) {
  for (const auto& span : vigil::nlp::split_sentences(text)) {
    if (fresh) {
      tree = parser.parse(text, span);
    } else {
      parser.parse(text, span, tree);
    }
    ++counts.sentences;
    counts.tokens += tree.tokens.size();
    counts.nodes += tree.nodes.size();
  }
}

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  size_t limit = SIZE_MAX;
  int repeat = 1;
  bool fresh = false;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) {
      limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
    } else if (a == "--fresh") {
      fresh = true;
    } else {
      files.push_back(a);
    }
  }
  if (files.empty()) {
    files = {std::string(VIGIL_SHARED_DIR) + "/corpora/reuters21578.jsonl",
             std::string(VIGIL_SHARED_DIR) + "/corpora/bbc2225.jsonl"};
  }
  std::vector<std::string> texts;
  for (const auto& f : files) {
    std::ifstream in(f);
    if (!in) {
      std::cerr << "cannot read " << f << "\n";
      return 1;
    }
    std::string line;
    while (std::getline(in, line) && texts.size() < limit) {
      auto j = nlohmann::json::parse(line, nullptr, false);
      if (j.is_discarded() || !j.contains("text") || !j["text"].is_string()) continue;
      texts.push_back(j["text"].get<std::string>());
    }
  }
  const double t0 = cpu_seconds();
  auto lexicon = vigil::nlp::Lexicon::load();
  if (!lexicon.ok()) {
    std::cerr << lexicon.status().to_string() << "\n";
    return 1;
  }
  const double t_load = cpu_seconds() - t0;
  vigil::nlp::Parser parser(lexicon.value());
  vigil::syntax::Tree tree;
  Counts counts;
  const double t1 = cpu_seconds();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& text : texts) parse_document(parser, text, fresh, tree, counts);
  }
  const double secs = cpu_seconds() - t1;
  const auto per_second = [secs](size_t n) {
    return secs > 0 ? static_cast<double>(n) / secs : 0.0;
  };
  std::printf("documents            %zu\n", texts.size() * static_cast<size_t>(repeat));
  std::printf("sentences            %zu\n", counts.sentences);
  std::printf("tokens               %zu\n", counts.tokens);
  std::printf("tree nodes           %zu\n", counts.nodes);
  std::printf("lexicon load (CPU s) %.3f (%zu entries)\n", t_load, lexicon.value()->size());
  std::printf("parse CPU seconds    %.3f\n", secs);
  std::printf("sentences/CPU-second %.0f\n", per_second(counts.sentences));
  std::printf("tokens/CPU-second    %.0f\n", per_second(counts.tokens));
  std::printf("peak RSS (MB)        %.1f\n", static_cast<double>(peak_rss_kb()) / 1024.0);
  return 0;
}
