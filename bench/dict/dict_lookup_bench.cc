// Micro-benchmarks of the per-token dictionary lookups the coder makes on every sentence:
// PhraseIndex::longest_match over the Phoenix actors, VerbDictionary::find, and
// DiscardDictionary::check. Needs ../shared (skips with a message otherwise).
#include <benchmark/benchmark.h>

#include <cstdio>
#include <string>
#include <vector>

#include "vigil/dictionaries.h"

namespace {

using namespace vigil::dict;

const Dictionaries* phoenix() {
  static std::shared_ptr<const Dictionaries> dicts = [] {
    std::shared_ptr<const Dictionaries> out;
    auto cfg = read_petrarch_config(std::string(VIGIL_SHARED_DIR) +
                                    "/external/petrarch2/PETR_config.ini");
    if (!cfg.ok()) return out;
    auto loaded = load_dictionaries(cfg.value().files);
    if (loaded.ok()) out = loaded.value();
    return out;
  }();
  return dicts.get();
}

// An invented news-like sentence, upper-cased as the coder passes it.
const std::vector<std::string> kSentence = {
    "THE", "FOREIGN", "MINISTER", "OF", "FRANCE", "MET", "UNITED", "NATIONS", "OFFICIALS",
    "IN", "GENEVA", "ON", "TUESDAY", "AND", "SAID", "THE", "GOVERNMENT", "OF", "SOUTH",
    "KOREA", "WOULD", "SEND", "AID", "TO", "THE", "REFUGEES"};

void BM_ActorLongestMatch(benchmark::State& state) {
  const Dictionaries* d = phoenix();
  if (d == nullptr) {
    state.SkipWithError("../shared/external/petrarch2 absent");
    return;
  }
  std::vector<std::string_view> words(kSentence.begin(), kSentence.end());
  for (auto _ : state) {
    size_t found = 0;
    for (size_t i = 0; i < words.size(); ++i) found += d->actors.index.longest_match(words, i).length;
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_ActorLongestMatch);

void BM_VerbFind(benchmark::State& state) {
  const Dictionaries* d = phoenix();
  if (d == nullptr) {
    state.SkipWithError("../shared/external/petrarch2 absent");
    return;
  }
  std::vector<std::string_view> words(kSentence.begin(), kSentence.end());
  for (auto _ : state) {
    size_t found = 0;
    for (std::string_view w : words) found += d->verbs.find(w) != nullptr;
    benchmark::DoNotOptimize(found);
  }
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_VerbFind);

void BM_DiscardCheck(benchmark::State& state) {
  const Dictionaries* d = phoenix();
  if (d == nullptr) {
    state.SkipWithError("../shared/external/petrarch2 absent");
    return;
  }
  std::vector<std::string_view> words(kSentence.begin(), kSentence.end());
  for (auto _ : state) benchmark::DoNotOptimize(d->discards.check(words));
  state.SetItemsProcessed(static_cast<int64_t>(state.iterations() * words.size()));
}
BENCHMARK(BM_DiscardCheck);

}  // namespace

BENCHMARK_MAIN();
