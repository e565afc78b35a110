#include "vigil/dedup.h"

namespace vigil::events {

void DayDeduplicator::add(const EventRecord& record, const std::string& source) {
  // The day is the event's own date at day precision; month- or year-precise dates
  // group by what they say. What did not happen (negated, hypothetical) is another event.
  Key key{record.source.code, record.target ? record.target->code : std::string(), record.cameo,
          record.event_date, record.modality};
  auto [it, inserted] = index_.try_emplace(std::move(key), entries_.size());
  if (inserted) entries_.push_back({record, {}, {}});
  Entry& entry = entries_[it->second];
  entry.documents.insert(record.doc_id);
  if (!source.empty()) entry.sources.insert(source);
}

}  // namespace vigil::events
