// Throughput of vigil's NLP front end on real news: splits, tokenizes, tags and parses the
// "text" of every JSON line of the given files (default: ../shared/corpora/*.jsonl) on one
// thread, then prints sentences, tokens, CPU seconds, sentences per CPU-second and peak RSS.
//
//   nlp_bench [--limit N] [--repeat N] [file.jsonl ...]
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

}  // namespace

int main(int argc, char** argv) {
  std::vector<std::string> files;
  size_t limit = SIZE_MAX;
  int repeat = 1;
  for (int i = 1; i < argc; ++i) {
    std::string a = argv[i];
    if (a == "--limit" && i + 1 < argc) {
      limit = std::strtoull(argv[++i], nullptr, 10);
    } else if (a == "--repeat" && i + 1 < argc) {
      repeat = std::atoi(argv[++i]);
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
  size_t sentences = 0, tokens = 0, nodes = 0;
  const double t1 = cpu_seconds();
  for (int r = 0; r < repeat; ++r) {
    for (const auto& text : texts) {
      for (const auto& span : vigil::nlp::split_sentences(text)) {
        parser.parse(text, span, tree);
        ++sentences;
        tokens += tree.tokens.size();
        nodes += tree.nodes.size();
      }
    }
  }
  const double secs = cpu_seconds() - t1;
  std::printf("documents            %zu\n", texts.size() * static_cast<size_t>(repeat));
  std::printf("sentences            %zu\n", sentences);
  std::printf("tokens               %zu\n", tokens);
  std::printf("tree nodes           %zu\n", nodes);
  std::printf("lexicon load (CPU s) %.3f (%zu entries)\n", t_load, lexicon.value()->size());
  std::printf("parse CPU seconds    %.3f\n", secs);
  std::printf("sentences/CPU-second %.0f\n",
              secs > 0 ? static_cast<double>(sentences) / secs : 0.0);
  std::printf("tokens/CPU-second    %.0f\n", secs > 0 ? static_cast<double>(tokens) / secs : 0.0);
  std::printf("peak RSS (MB)        %.1f\n", static_cast<double>(peak_rss_kb()) / 1024.0);
  return 0;
}
