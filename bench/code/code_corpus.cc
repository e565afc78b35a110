// code_corpus: the throughput benchmark of issue 3. Codes every document of the given
// JSON Lines corpora from raw text (vigil's splitter, tagger, parser, then the coder) on
// one thread and prints sentences, events, sentences per CPU-second and peak memory.
//
//   code_corpus [--petrarch-config FILE.ini] [--events FILE] CORPUS.jsonl...
//
// Without --petrarch-config it uses vigil's own dictionaries (data/). --events writes one
// line per event (document, actors, code, verb, pattern, evidence span), so that a speed
// change can be checked to leave the output exactly as it was (diff two such files).
#include <sys/resource.h>

#include <cstdio>
#include <cstring>
#include <fstream>
#include <string>
#include <vector>

#include "vigil/pipeline.h"
#include "vigil/text.h"

namespace {

double cpu_seconds() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return static_cast<double>(u.ru_utime.tv_sec + u.ru_stime.tv_sec) +
         static_cast<double>(u.ru_utime.tv_usec + u.ru_stime.tv_usec) / 1e6;
}

long peak_kb() {
  rusage u{};
  getrusage(RUSAGE_SELF, &u);
  return u.ru_maxrss;
}

}  // namespace

int main(int argc, char** argv) {
  vigil::events::PipelineConfig config;
  config.data_dir = VIGIL_DATA_DIR;
  std::vector<std::string> corpora;
  std::FILE* events_out = nullptr;
  for (int i = 1; i < argc; ++i) {
    if (std::strcmp(argv[i], "--petrarch-config") == 0 && i + 1 < argc) {
      config.petrarch_config = argv[++i];
    } else if (std::strcmp(argv[i], "--events") == 0 && i + 1 < argc) {
      events_out = std::fopen(argv[++i], "w");
      if (!events_out) {
        std::fprintf(stderr, "cannot write %s\n", argv[i]);
        return 2;
      }
    } else {
      corpora.emplace_back(argv[i]);
    }
  }
  if (corpora.empty()) {
    std::fputs("usage: code_corpus [--petrarch-config FILE.ini] [--events FILE] CORPUS.jsonl...\n",
               stderr);
    return 2;
  }
  const double t0 = cpu_seconds();
  auto pipeline = vigil::events::Pipeline::create(config);
  if (!pipeline.ok()) {
    std::fprintf(stderr, "%s\n", pipeline.status().to_string().c_str());
    return 2;
  }
  const double t_load = cpu_seconds() - t0;
  vigil::events::DocumentCoder coder(*pipeline.value());
  size_t docs = 0, events = 0, bytes = 0;
  const double t1 = cpu_seconds();
  for (const std::string& path : corpora) {
    std::ifstream in(path, std::ios::binary);
    if (!in) {
      std::fprintf(stderr, "cannot open %s\n", path.c_str());
      return 2;
    }
    vigil::text::JsonlReader reader(in, path);
    vigil::Document doc;
    while (reader.next(doc)) {
      const auto coded = coder.code(doc);
      events += coded.size();
      if (events_out) {
        for (const auto& e : coded) {
          const std::string target = e.target ? e.target->code + "|" + e.target->text : "-";
          std::fprintf(events_out, "%s\t%d\t%s|%s\t%s\t%s\t%s\t%s\t%s\t%s\t%zu\t%zu\t%d\n",
                       e.doc_id.c_str(), e.sentence_index, e.source.code.c_str(),
                       e.source.text.c_str(), target.c_str(), e.cameo.c_str(),
                       e.event_date.c_str(), e.verb.c_str(), e.pattern.c_str(),
                       e.modality.c_str(), e.evidence_begin, e.evidence_end, e.mentions);
        }
      }
      bytes += doc.text.size();
      ++docs;
    }
  }
  const double t_code = cpu_seconds() - t1;
  if (events_out) std::fclose(events_out);
  const size_t sentences = coder.sentences();
  std::printf("load: %.3f CPU-s\n", t_load);
  std::printf("documents: %zu  bytes: %zu  sentences: %zu  events: %zu\n", docs, bytes, sentences, events);
  std::printf("parsed: %zu sentences (%.0f%%; the others name no actor)\n", coder.parsed(),
              sentences ? 100.0 * static_cast<double>(coder.parsed()) / static_cast<double>(sentences) : 0.0);
  std::printf("coding: %.2f CPU-s  %.0f sentences/CPU-s  %.2f MB/CPU-s\n", t_code,
              static_cast<double>(sentences) / t_code, static_cast<double>(bytes) / 1e6 / t_code);
  std::printf("peak RSS: %.1f MB\n", static_cast<double>(peak_kb()) / 1024.0);
  return 0;
}
