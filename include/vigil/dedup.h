// Cross-document deduplication: one event per (source, target, code, day), counting how
// many documents and distinct sources reported it. GDELT-style data is criticised above
// all for duplicates; this filter is vigil's answer for runs over many articles.
#pragma once

#include <map>
#include <set>
#include <string>
#include <tuple>
#include <vector>

#include "vigil/pipeline.h"

namespace vigil::events {

/// Collects event records and keeps the first of each (source, target, code, day,
/// modality): under --all a hypothetical or negated event is not merged into an asserted
/// one (nor counts its document). Memory grows with the number of distinct events, not
/// with the number of documents.
class DayDeduplicator {
 public:
  /// `source` names who published the document (Document::source), for the count of
  /// distinct sources.
  void add(const EventRecord& record, const std::string& source);

  struct Entry {
    EventRecord first;               ///< the first record seen
    std::set<std::string> documents; ///< doc ids that reported it
    std::set<std::string> sources;   ///< distinct publishers
  };
  /// Entries in the order their first record arrived.
  const std::vector<Entry>& entries() const { return entries_; }

 private:
  using Key = std::tuple<std::string, std::string, std::string, std::string, std::string>;
  std::map<Key, size_t> index_;
  std::vector<Entry> entries_;
};

}  // namespace vigil::events
