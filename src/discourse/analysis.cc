// The document, read once (DocumentAnalysis in vigil/discourse.h).
#include <algorithm>

#include "places.h"
#include "vigil/discourse.h"

namespace vigil::discourse {

DocumentAnalysis::DocumentAnalysis(std::string_view text, const Gazetteer* gazetteer)
    : text_(text),
      split_(nlp::split_sentences(text)),
      sentences_(split_),
      dateline_span_(nlp::find_dateline(text)) {
  // A sentence's words start after the dateline and the blanks that follow it.
  for (nlp::SentenceSpan& span : sentences_) {
    if (dateline_span_.found() && span.begin <= dateline_span_.begin &&
        span.end > dateline_span_.end)
      span.begin = dateline_span_.end;
    while (span.begin < span.end && (text[span.begin] == ' ' || text[span.begin] == '\n'))
      ++span.begin;
  }
  dateline_ = dateline_place(text, dateline_span_, gazetteer);
  if (!gazetteer) return;
  // Places sentence by sentence: "the city" may be a city an earlier sentence named ("in
  // Kisumu ... police in the city"), but "the country" and "the territory" refer back
  // within their sentence only (across sentences the last country named is too often
  // another one: "talks with Mexico ... not to leave the country").
  detail::PlaceMemory memory;
  for (const nlp::SentenceSpan& span : sentences_) {
    memory.have_country = memory.have_place = false;
    detail::read_places(text, span.begin, span.begin, span.end, *gazetteer, memory, places_);
  }
}

std::vector<Place> DocumentAnalysis::places_in(size_t begin, size_t end) const {
  auto first = std::lower_bound(places_.begin(), places_.end(), begin,
                                [](const Place& p, size_t at) { return p.begin < at; });
  std::vector<Place> out;
  for (auto it = first; it != places_.end() && it->begin < end; ++it) out.push_back(*it);
  return out;
}

}  // namespace vigil::discourse
