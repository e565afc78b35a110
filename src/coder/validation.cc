#include "vigil/validation.h"

#include <algorithm>
#include <filesystem>
#include <sstream>

#include "vigil/coder.h"
#include "vigil/dictionaries.h"
#include "vigil/text.h"

namespace vigil::events {
namespace {

std::string environment_value(const text::PetrarchFile& file, std::string_view key) {
  for (const auto& [k, v] : file.environment)
    if (k == key) return v;
  return {};
}

std::string error_name(SentenceOutcome outcome) {
  switch (outcome) {
    case SentenceOutcome::kDiscardSentence: return "sentencediscard";
    case SentenceOutcome::kDiscardStory: return "storydiscard";
    case SentenceOutcome::kDateline: return "dateline";
    case SentenceOutcome::kBadParse: return "bad_input_parse";
    case SentenceOutcome::kCoded: return "";
  }
  return "";
}

bool same_set(std::vector<Triple> a, std::vector<Triple> b) {
  auto key = [](const Triple& t) { return t.source + "\t" + t.target + "\t" + t.code; };
  auto less = [&](const Triple& x, const Triple& y) { return key(x) < key(y); };
  std::sort(a.begin(), a.end(), less);
  std::sort(b.begin(), b.end(), less);
  a.erase(std::unique(a.begin(), a.end()), a.end());
  b.erase(std::unique(b.begin(), b.end()), b.end());
  return a == b;
}

RecordResult code_record(const Coder& coder, const dict::PetrarchOptions& petrarch_options,
                         const text::PetrarchRecord& record, const ValidationOptions& options) {
  RecordResult r;
  r.id = record.id;
  r.category = record.category;
  r.expected_error = record.expect_error;
  r.expect_no_events = record.expect_no_events;
  for (const auto& e : record.expected) r.expected.push_back({e.source, e.target, e.event});

  syntax::Tree tree;
  if (options.parser) {
    tree = options.parser(record.text);
  } else {
    Result<syntax::Tree> parsed = syntax::read_ptb(record.parse, record.id);
    if (!parsed.ok()) {
      r.got_error = "bad_input_parse";
    } else {
      tree = std::move(parsed).value();
    }
  }
  if (r.got_error.empty()) {
    SentenceCoding coding = coder.code(tree, dict::to_ordinal_date(record.date), petrarch_options);
    r.got_error = error_name(coding.outcome);
    for (const CodedEvent& e : coding.events) r.got.push_back({e.source, e.target, e.code});
  }
  if (!r.expected_error.empty()) {
    r.pass = r.got_error == r.expected_error;
  } else if (r.expect_no_events) {
    r.pass = r.got.empty() && r.got_error.empty();
  } else {
    r.pass = r.got_error.empty() && same_set(r.expected, r.got);
  }
  return r;
}

}  // namespace

Result<std::vector<RecordResult>> run_validation(const std::string& path,
                                                 const ValidationOptions& options) {
  std::vector<Diagnostic> problems;
  Result<text::PetrarchFile> file = text::read_petrarch_xml(path, problems);
  if (!file.ok()) return file.status();
  const text::PetrarchFile& f = file.value();

  const std::filesystem::path dir = std::filesystem::path(path).parent_path();
  auto resolve = [&](const std::string& name) {
    return name.empty() ? std::string() : (dir / name).string();
  };
  dict::DictionaryFiles files;
  files.verbs = resolve(environment_value(f, "Verbfile"));
  if (std::string actors = environment_value(f, "Actorfile"); !actors.empty()) {
    std::stringstream list(actors);
    std::string one;
    while (std::getline(list, one, ',')) {
      one.erase(0, one.find_first_not_of(" \t"));
      one.erase(one.find_last_not_of(" \t") + 1);
      if (!one.empty()) files.actors.push_back(resolve(one));
    }
  }
  files.agents = resolve(environment_value(f, "Agentfile"));
  files.discards = resolve(environment_value(f, "Discardfile"));
  auto dicts = dict::load_dictionaries(files);
  if (!dicts.ok()) return dicts.status();

  dict::PetrarchOptions opts;
  for (const auto& [name, value] : f.environment_config) opts.set(name, value);
  std::vector<RecordResult> results;
  const Coder coder(dicts.value(), opts);
  for (const text::PetrarchRecord& record : f.records) {
    for (const auto& [name, value] : record.config_before) opts.set(name, value);
    results.push_back(code_record(coder, opts, record, options));
  }
  return results;
}

}  // namespace vigil::events
